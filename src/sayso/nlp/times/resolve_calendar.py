"""Resolvers for calendar expressions: dates, months, years, decades, quarters, seasons, holidays."""

from __future__ import annotations

from datetime import date, timedelta

from . import lexicon
from .calendar import bounds, narrow, nearest_year, quarter_of
from .context import Context, Resolution

Groups = dict[str, str | None]


def _resolved(value: str, ctx: Context, mod: str | None = None) -> Resolution:
    start, end = narrow(bounds(value, ctx.anchor), lexicon.relative("MOD", mod))
    return Resolution(value, start, end)


def _month(name: str | None) -> int:
    return int(lexicon.table("months.tsv")[name or ""])


def _direction(ctx: Context, default: str = "unknown") -> str:
    return ctx.tense if ctx.tense != "unknown" else default


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_(g: Groups, ctx: Context) -> Resolution | None:
    """ "November 29, 2024", "Dec. 1", "Friday, Oct. 23", "the 5th of March"."""
    month, day = _month(g["month"]), lexicon.ordinal(g["day"] or "") or 0
    if g["year"]:
        year = int(g["year"])
    elif ctx.anchor is None:
        return Resolution(f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
    else:
        year = nearest_year(ctx.anchor, month, min(day, 28), _direction(ctx))
    found = _safe_day(year, month, day)
    return _resolved(found.isoformat(), ctx) if found else None


def date_numeric(g: Groups, ctx: Context) -> Resolution | None:
    """ "2024-11-29", "11/29/2024"."""
    found = _safe_day(int(g["year"] or 0), int(g["mm"] or 0), int(g["dd"] or 0))
    return _resolved(found.isoformat(), ctx) if found else None


def month(g: Groups, ctx: Context) -> Resolution | None:
    """ "March", "last November", "late November", "August 1988", "July last year"."""
    number = _month(g["month"])
    rel = lexicon.relative("REL", g.get("rel"))
    if g.get("year"):
        year = int(g["year"] or 0)
    elif g.get("yrel"):
        if ctx.anchor is None:
            return Resolution(f"XXXX-{number:02d}")
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[(g["yrel"] or "").lower()]
    elif ctx.anchor is None:
        return Resolution(f"XXXX-{number:02d}")
    elif rel == "this":
        year = ctx.anchor.year
    elif rel == "last":  # the most recent one before this month, however near ("last December" in late October)
        year = ctx.anchor.year - (number >= ctx.anchor.month)
    elif rel == "next":
        year = ctx.anchor.year + (number <= ctx.anchor.month)
    else:
        direction = _direction(ctx)
        day = {"past": 1, "future": 28}.get(direction, 15)
        year = nearest_year(ctx.anchor, number, day, direction)
    return _resolved(f"{year}-{number:02d}", ctx, g.get("mod"))


def year(g: Groups, ctx: Context) -> Resolution | None:
    """ "1998", "fiscal 1989", "early 1990"."""
    return _resolved(g["year"] or "", ctx, g.get("mod"))


def spelled_year(g: Groups, ctx: Context) -> Resolution | None:
    """ "nineteen ninety-six", "the year two thousand" (broadcast transcripts)."""
    if g.get("millennium"):
        extra = lexicon.number(g["rest"]) if g.get("rest") else 0
        return _resolved(str(2000 + (extra or 0)), ctx)
    rest = lexicon.number(g["rest"] or "")
    if rest is None or not 10 <= rest <= 99:
        return None
    century = 19 if (g["century"] or "").lower() == "nineteen" else 20
    return _resolved(f"{century}{rest:02d}", ctx)


def decade(g: Groups, ctx: Context) -> Resolution | None:
    """ "the 1990s", "the early '80s"."""
    if g.get("year"):
        prefix = (g["year"] or "")[:3]
    else:
        yy = int(g["yy"] or 0)
        century = 19 if ctx.anchor is None or yy > ctx.anchor.year % 100 else ctx.anchor.year // 100
        prefix = f"{century}{yy // 10}"
    return _resolved(prefix, ctx, g.get("mod"))


def century(g: Groups, ctx: Context) -> Resolution | None:
    """ "the 20th century" (TIMEX3 "19")."""
    number = lexicon.ordinal(g["ord"] or "")
    if not number or number > 21:
        return None
    return _resolved(f"{number - 1:02d}", ctx, g.get("mod"))


def _year_of(g: Groups, ctx: Context, year_key: str, rel_key: str) -> int | None:
    if g.get(year_key):
        return int(g[year_key] or 0)
    if ctx.anchor is None:
        return None
    shift = {"this": 0, "the": 0, "last": -1, "next": 1}.get((g.get(rel_key) or "this").lower(), 0)
    return ctx.anchor.year + shift


def quarter(g: Groups, ctx: Context) -> Resolution | None:
    """ "the third quarter", "third-quarter", "the 1988 second quarter", "the first quarter of 1990"."""
    number = lexicon.ordinal(g["ord"] or "") or 0
    year = _year_of(g, ctx, "year", "yrel")
    if g.get("year2") or g.get("yrel2"):
        year = _year_of(g, ctx, "year2", "yrel2")
    return _resolved(f"{year}-Q{number}", ctx) if year else Resolution(f"XXXX-Q{number}")


def half(g: Groups, ctx: Context) -> Resolution | None:
    """ "the first half of 1990"."""
    number = lexicon.ordinal(g["ord"] or "") or 1
    year = _year_of(g, ctx, "year", "yrel")
    return _resolved(f"{year}-H{number}", ctx) if year else Resolution(f"XXXX-H{number}")


def season(g: Groups, ctx: Context) -> Resolution | None:
    """ "last fall", "this summer", "the winter of 1994", "in spring"."""
    code = lexicon.table("seasons.tsv")[(g["season"] or "").lower()]
    rel = lexicon.relative("REL", g.get("rel")) or ("the" if g.get("rel") else None)
    if not (g.get("year") or rel or g.get("trim")):
        return None
    if g.get("year"):
        return _resolved(f"{g['year']}-{code}", ctx, g.get("mod"))
    if ctx.anchor is None:
        return Resolution(f"XXXX-{code}")
    return _resolved(_season_year(code, rel, ctx), ctx, g.get("mod"))


def _season_year(code: str, rel: str | None, ctx: Context) -> str:
    anchor = ctx.anchor
    assert anchor is not None
    if rel == "this":
        return f"{anchor.year}-{code}"
    direction = {"last": "past", "next": "future"}.get(rel or "", _direction(ctx))
    candidates = [f"{y}-{code}" for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    spans = [(c, bounds(c, anchor)) for c in candidates]
    if direction == "past":
        done = [c for c, (s, _e) in spans if s and s <= anchor]
        return done[-1]
    if direction == "future":
        return next(c for c, (_s, e) in spans if e and e >= anchor)
    return f"{anchor.year}-{code}"


def holiday(g: Groups, ctx: Context) -> Resolution | None:
    """ "Christmas", "Thanksgiving Day", "New Year's Day 2000"."""
    rule = lexicon.table("holidays.tsv")[g["holiday"] or ""]
    if g.get("year"):
        year = int(g["year"] or 0)
    elif ctx.anchor is None:
        return None if ":" in rule else Resolution(f"XXXX-{rule}")
    else:
        month = int(rule.split(":")[-1]) if ":" in rule else int(rule[:2])
        year = nearest_year(ctx.anchor, month, 15, _direction(ctx))
    return _resolved(_holiday_date(rule, year).isoformat(), ctx)


def _holiday_date(rule: str, year: int) -> date:
    if ":" not in rule:
        return date(year, int(rule[:2]), int(rule[3:]))
    nth, weekday, month = (int(x) for x in rule.split(":"))
    if nth < 0:
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def current_quarter(anchor: date, offset: int) -> str:
    """The anchor's quarter moved by ``offset`` quarters, as "YYYY-Qn"."""
    index = anchor.year * 4 + quarter_of(anchor) - 1 + offset
    return f"{index // 4}-Q{index % 4 + 1}"
