"""Calendar arithmetic for TIMEX3 values: shifting dates, and the days a value covers."""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

Interval = tuple[date | None, date | None]

#: A month/day this close to the anchor is taken as is, even against the tense ("by Jan. 14", a day late).
SNAP_DAYS = 45
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    last = _cal.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, letter: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (TIMEX3 letters D, W, M, Q, Y, H)."""
    if letter == "D":
        return day + timedelta(days=amount)
    if letter == "W":
        return day + timedelta(weeks=amount)
    if letter == "H":
        days = -(-abs(amount) // 24)
        return day + timedelta(days=days if amount > 0 else -days)
    months = {"M": 1, "Q": 3, "Y": 12}.get(letter)
    return add_months(day, amount * months) if months else day


def month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def monday(day: date) -> date:
    return day - timedelta(days=day.isoweekday() - 1)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def nearest_year(anchor: date, month: int, day: int, direction: str) -> int:
    """The year that puts month/day in the past, the future, or nearest to ``anchor``."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        last = _cal.monthrange(year, month)[1]
        candidates.append(date(year, month, min(day, last)))
    nearest = min(candidates, key=lambda c: abs((c - anchor).days))
    if abs((nearest - anchor).days) <= SNAP_DAYS:
        return nearest.year  # a date weeks away is that one, whatever the tense says
    if direction == "past":
        return max(c for c in candidates if c <= anchor).year
    if direction == "future":
        return min(c for c in candidates if c >= anchor).year
    return min(candidates, key=lambda c: abs((c - anchor).days)).year


def weekday_near(anchor: date, weekday: int, direction: str) -> date:
    """The weekday's date: the most recent (past, default) or the coming one; its own day counts."""
    if direction == "future":
        return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)
    return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)


def bounds(value: str | None, anchor: date | None) -> Interval:
    """The first and last calendar day a TIMEX3 date value covers; (None, None) if not a date."""
    if not value:
        return None, None
    if value == "PRESENT_REF":
        return anchor, anchor
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value)
    if m:
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if m:
        start = date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
        return start, date.fromisocalendar(int(m[1]), int(m[2]), 7)
    return _period_bounds(value)


def _period_bounds(value: str) -> Interval:
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), month_end(year, month)
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", value)
    if m:
        year, size, n = int(m[1]), 3 if m[2] == "Q" else 6, int(m[3])
        return date(year, (n - 1) * size + 1, 1), month_end(year, n * size)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        year, (first, last) = int(m[1]), SEASON_MONTHS[m[2]]
        return date(year, first, 1), month_end(year + (last < first), last)
    m = re.fullmatch(r"\d{2,4}", value)
    if m:
        span = 10 ** (4 - len(value))
        start = int(value) * span
        if 1 <= start <= 9999 - span + 1:
            return date(start, 1, 1), date(start + span - 1, 12, 31)
    return None, None


def narrow(interval: Interval, mod: str | None) -> Interval:
    """The early, middle or late third of an interval."""
    start, end = interval
    if not mod or start is None or end is None:
        return interval
    length = (end - start).days + 1
    third = max(length // 3, 1)
    if mod == "early":
        return start, start + timedelta(days=third - 1)
    if mod == "late":
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), end - timedelta(days=third)
