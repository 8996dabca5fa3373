"""Clock times ("10:35 a.m.", "noon") and their joining with an adjacent day ("10 p.m. Wednesday")."""

from __future__ import annotations

import re

from .context import Context, Resolution

Groups = dict[str, str | None]

_NAMED = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}
#: What may stand between a clock time and the day it belongs to.
_JOINER = re.compile(r"[\s,]*(?:\([^()]{1,24}\)[\s,]*)?(?:on\s+|of\s+|at\s+)?", re.IGNORECASE)
_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d|XXXX-WXX-\d)(?:T[A-Z]{2}|T\d\d:\d\d)?$")  # a day, its part, a time on it


def clock_time(g: Groups, ctx: Context) -> Resolution | None:
    """A time of day on the anchor's date (joined to an adjacent day later, if there is one)."""
    if g.get("named"):
        hour, minute = _NAMED[(g["named"] or "").lower()]
    else:
        hour, minute = int(g["h"] or 0), int(g["m"] or 0)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    if ctx.anchor is None:
        return Resolution(f"XXXX-XX-XX{clock}")
    return Resolution(ctx.anchor.isoformat() + clock, ctx.anchor, ctx.anchor)


def joinable(text: str, left_end: int, right_start: int) -> bool:
    """True when only a comma, spaces, "on", "at" or a parenthesis ("(0735 GMT)") separate two expressions."""
    gap = text[left_end:right_start]
    return _JOINER.fullmatch(gap) is not None


def join(clock: Resolution, day: Resolution) -> Resolution | None:
    """The clock time placed on the day of ``day``; None if ``day`` is not a single day."""
    if not day.value or not clock.value:
        return None
    m = _DAY_VALUE.match(day.value)
    if not m:
        return None
    return Resolution(m.group(1) + clock.value[clock.value.index("T") :], day.start, day.end)
