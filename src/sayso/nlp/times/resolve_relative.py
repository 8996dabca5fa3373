"""Resolvers for expressions relative to the anchor or to the previous expression."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import lexicon
from .calendar import add_months, bounds, monday, narrow, shift, week_value, weekday_near
from .context import Context, Resolution
from .resolve_calendar import _season_year, current_quarter

Groups = dict[str, str | None]

_QUARTER = re.compile(r"\d{4}-Q\d")
_REF_BY_SIGN = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}


def _pod(g: Groups) -> str:
    word = (g.get("pod") or "").lower()
    return f"T{lexicon.table('parts_of_day.tsv')[word]}" if word else ""


def _day(day: date, ctx: Context, suffix: str = "") -> Resolution:
    return Resolution(day.isoformat() + suffix, day, day)


def weekday(g: Groups, ctx: Context) -> Resolution | None:
    """ "Saturday", "last Friday", "next Monday", "Friday morning", "Tuesdays" (a set)."""
    number = int(lexicon.table("weekdays.tsv")[g["wd"] or ""])
    if g.get("plural"):
        return Resolution(f"XXXX-WXX-{number}{_pod(g)}")
    if ctx.anchor is None:
        return Resolution(f"XXXX-WXX-{number}{_pod(g)}")
    rel = lexicon.relative("WDREL", g.get("rel")) or "bare"
    anchor = ctx.anchor
    if (g.get("rel") or "").lower().startswith("the ") and ctx.previous and ctx.previous.start:
        anchor = ctx.previous.start  # "the previous Friday", "the following Monday"
    if rel == "last":
        day = weekday_near(anchor - timedelta(days=1), number, "past")
    elif rel == "next":
        day = weekday_near(anchor + timedelta(days=1), number, "future")
    elif rel == "this":
        day = monday(anchor) + timedelta(days=number - 1)
    else:
        day = weekday_near(anchor, number, "future" if ctx.tense == "future" else "past")
    return _day(day, ctx)


def deictic(g: Groups, ctx: Context) -> Resolution | None:
    """ "today", "yesterday", "tomorrow night", "tonight", "this morning", "last night"."""
    word = " ".join((g["word"] or "").lower().split())
    offset = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}.get(word)
    if offset is None:
        offset = -2 if word.startswith("before") else 2
    suffix = _pod(g)
    if ctx.anchor is None:
        return Resolution(_REF_BY_SIGN[max(-1, min(1, offset))])
    return _day(ctx.anchor + timedelta(days=offset), ctx, suffix)


def relative_unit(g: Groups, ctx: Context) -> Resolution | None:
    """ "last week", "this year", "earlier this week", "the past year", "next month", "this summer"."""
    rel = lexicon.relative("UREL", g.get("rel")) or ("bare" if g.get("rel") else None)
    unit = (g["unit"] or "").lower()
    sign = {"last": -1, "this": 0, "next": 1}.get(rel or "", 0)
    if rel == "bare" and unit == "quarter":
        sign = -1  # "the quarter" of an earnings report: the latest one completed
    if ctx.anchor is None:
        return Resolution(_REF_BY_SIGN[sign])
    value = _unit_value(unit, rel or "this", sign, ctx)
    if value.startswith("P"):
        start, end = _counted(ctx.anchor, "Y", 10, sign)
        return Resolution(value, start, end)
    start, end = bounds(value, ctx.anchor)
    start, end = _modified(start, end, (g.get("mod") or "").lower(), ctx.anchor)
    return Resolution(value, start, end)


def _unit_value(unit: str, rel: str, sign: int, ctx: Context) -> str:
    anchor = ctx.anchor
    assert anchor is not None
    if unit == "week":
        return week_value(anchor + timedelta(weeks=sign))
    if unit == "weekend":
        return _weekend(anchor, rel, ctx.tense)
    if unit == "month":
        return add_months(anchor, sign).strftime("%Y-%m")
    if unit == "year":
        return str(anchor.year + sign)
    if unit == "quarter":
        return current_quarter(anchor, sign)
    if unit == "decade":
        return "P10Y" if sign else str(anchor.year)[:3]
    if unit == "century":
        return f"{anchor.year // 100 + sign:02d}"
    code = lexicon.table("seasons.tsv")[unit]
    return _season_year(code, rel if rel in ("last", "next", "this") else None, ctx)


def _weekend(anchor: date, rel: str, tense: str) -> str:
    if rel == "next" or (rel == "bare" and tense == "future"):
        saturday = weekday_near(anchor + timedelta(days=1), 6, "future")
    elif rel == "this":
        saturday = monday(anchor) + timedelta(days=5)
    else:
        saturday = weekday_near(anchor if anchor.isoweekday() == 7 else anchor - timedelta(days=1), 6, "past")
    return f"{week_value(saturday)}-WE"


def _modified(start: date | None, end: date | None, mod: str, anchor: date):
    if start is None or end is None:
        return start, end
    if mod == "earlier":
        return start, max(start, min(end, anchor - timedelta(days=1)))
    if mod == "later":
        return min(end, max(start, anchor + timedelta(days=1))), end
    if mod == "the rest of":
        return max(start, anchor), end
    return narrow((start, end), lexicon.relative("MOD", mod))


def _counted(base: date, letter: str, amount: float, sign: int) -> tuple[date | None, date | None]:
    """The days from ``base`` back (sign -1) or forward (sign 1) by ``amount`` units."""
    if sign == 0:
        return None, None
    moved = shift(base, letter, int(round(amount)) * sign) if letter in "DWMQYH" else base
    return (moved, base) if sign < 0 else (base, moved)


def _granular(day: date, letter: str) -> str:
    if letter == "Y":
        return str(day.year)
    if letter in ("M",):
        return day.strftime("%Y-%m")
    if letter == "W":
        return week_value(day)
    if letter == "Q":
        return current_quarter(day, 0)
    return day.isoformat()


def ago(g: Groups, ctx: Context) -> Resolution | None:
    """ "two years ago", "a year earlier", "three days later", "five months from now"."""
    direction = " ".join((g["dir"] or "").lower().split())
    sign = -1 if direction in ("ago", "earlier") else 1
    count = lexicon.number(g["num"] or "")
    unit = lexicon.units()[(g["unit"] or "").lower()]
    if count is None or ctx.anchor is None:
        return Resolution(_REF_BY_SIGN[sign])
    base = ctx.anchor
    previous = ctx.previous
    if unit.letter == "Y" and previous and previous.value and _QUARTER.fullmatch(previous.value):
        # "third-quarter profit ... compared with a year ago": the same quarter, a year back
        value = f"{int(previous.value[:4]) + sign * int(count) * unit.multiplier}{previous.value[4:]}"
        return Resolution(value, *bounds(value, ctx.anchor))
    if direction in ("earlier", "later") and previous is not None and previous.start is not None:
        base = previous.start
        if unit.letter == "Y" and previous.value and _shiftable_year(previous.value):
            moved = int(previous.value[:4]) + sign * int(count) * unit.multiplier
            value = f"{moved}{previous.value[4:]}"
            start, end = bounds(value, ctx.anchor)
            return Resolution(value, start, end)
    letter = "D" if unit.clock else unit.letter
    amount = int(round(count * unit.multiplier)) if not unit.clock else 0
    if unit.clock and unit.letter == "H":
        letter, amount = "H", int(count)
    day = shift(base, letter, sign * amount)
    value = _granular(day, "D" if letter == "H" else letter)
    start, end = bounds(value, ctx.anchor)
    return Resolution(value, start, end)


def year_ago_period(g: Groups, ctx: Context) -> Resolution | None:
    """ "the year-ago quarter", "the year-earlier period": the latest completed quarter, a year back."""
    if ctx.anchor is None:
        return Resolution("PAST_REF")
    value = current_quarter(ctx.anchor, -5)
    start, end = bounds(value, ctx.anchor)
    return Resolution(value, start, end)


def _shiftable_year(value: str) -> bool:
    return len(value) >= 4 and value[:4].isdigit() and len(value) != 10


def duration(g: Groups, ctx: Context) -> Resolution | None:
    """ "the past 24 hours" (PT24H), "two days" (P2D), "the two preceding days", "10-year", "for years"."""
    if g.get("vague"):
        unit = lexicon.units()[(g["vague"] or "").lower()]
        return Resolution(f"P{'T' if unit.clock else ''}X{unit.letter}")
    unit = lexicon.units()[(g["unit"] or "").lower()]
    count = lexicon.number(g["num"]) if g.get("num") else 1
    value = _duration_value(count, unit, g.get("frac"))
    meaning = lexicon.relative("DREL", g.get("rel"))
    if count is None or ctx.anchor is None or meaning in (None, "none"):
        return Resolution(value)
    amount = count * unit.multiplier
    letter = unit.letter if not unit.clock or unit.letter == "H" else "D"
    amount = amount if not unit.clock or unit.letter == "H" else 0
    return Resolution(value, *_duration_days(meaning, letter, amount, ctx))


def _duration_days(meaning: str, letter: str, amount: float, ctx: Context):
    anchor = ctx.anchor
    assert anchor is not None
    previous = ctx.previous
    if meaning == "back":
        return _counted(anchor, letter, amount, -1)
    if meaning == "forward":
        return _counted(anchor, letter, amount, 1)
    if meaning == "before_previous":
        base = previous.start if previous and previous.start else anchor
        start, _ = _counted(base, letter, amount, -1)
        return start, base - timedelta(days=1)
    base = previous.end if previous and previous.end else anchor
    _, end = _counted(base, letter, amount, 1)
    return base + timedelta(days=1), end


def _duration_value(count: float | None, unit: lexicon.Unit, frac: str | None) -> str:
    clock = "T" if unit.clock else ""
    if count is None:
        return f"P{clock}X{unit.letter}"
    amount = count * unit.multiplier
    if frac and unit.letter in ("Y", "H", "D"):
        sub = {"Y": "6M", "H": "30M", "D": "T12H"}[unit.letter]
        return f"P{clock}{_fmt(amount)}{unit.letter}{sub}"
    return f"P{clock}{_fmt(amount)}{unit.letter}"


def _fmt(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else str(amount)


def reference(g: Groups, ctx: Context) -> Resolution | None:
    """ "now" (PRESENT_REF), "recently" (PAST_REF), "in the future" (FUTURE_REF)."""
    value = lexicon.table("references.tsv")[" ".join((g["ref"] or "").lower().split())]
    start, end = bounds(value, ctx.anchor)
    return Resolution(value, start, end)


def frequency(g: Groups, ctx: Context) -> Resolution | None:
    """ "daily" (P1D), "each Thursday" (XXXX-WXX-4), "every July" (XXXX-07)."""
    if g.get("set"):
        return Resolution(lexicon.table("sets.tsv")[" ".join((g["set"] or "").lower().split())])
    if g.get("wd"):
        return Resolution(f"XXXX-WXX-{lexicon.table('weekdays.tsv')[g['wd'] or '']}{_pod(g)}")
    return Resolution(f"XXXX-{int(lexicon.table('months.tsv')[g['month'] or '']):02d}")


def anaphoric(g: Groups, ctx: Context) -> Resolution | None:
    """ "the previous day", "the next morning", "the following year", "that day", relative to the last date."""
    rel = (g["rel"] or "").lower()
    sign = -1 if rel in ("previous", "preceding", "before") else 1 if rel in ("next", "following", "after") else 0
    word = (g["unit"] or "").lower()
    base = ctx.previous.start if ctx.previous and ctx.previous.start else ctx.anchor
    if base is None:
        return None
    letter = {"week": "W", "month": "M", "year": "Y"}.get(word, "D")
    day = shift(base, letter, sign)
    suffix = _pod({"pod": word}) if word not in ("day", "week", "month", "year") else ""
    value = _granular(day, letter) + suffix
    start, end = bounds(value, ctx.anchor)
    return Resolution(value, start, end)


def day_of_month(g: Groups, ctx: Context) -> Resolution | None:
    """ "on the 5th": that day of the anchor's month, or of the month before or after by tense."""
    number = lexicon.ordinal(g["day"] or "")
    if not number or number > 31 or ctx.anchor is None:
        return None
    options = []
    for offset in (-1, 0, 1):
        first = add_months(ctx.anchor.replace(day=1), offset)
        try:
            options.append(first.replace(day=number))
        except ValueError:
            continue
    if ctx.tense == "future":
        options = [d for d in options if d >= ctx.anchor] or options
    elif ctx.tense == "past":
        options = [d for d in options if d <= ctx.anchor] or options
    day = min(options, key=lambda d: abs((d - ctx.anchor).days))
    return _day(day, ctx)
