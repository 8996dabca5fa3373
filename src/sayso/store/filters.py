"""Filters over stored events: the CLI's ``--type/--actor/--since/--until/--where`` and the desk's query."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, or_

from ..errors import ConfigError
from . import schema as t

#: Columns a ``--where`` condition may name, and what they are.
WHERE_COLUMNS = {
    "type": t.events.c.type,
    "subtype": t.events.c.subtype,
    "actor1": t.events.c.actor1,
    "actor2": t.events.c.actor2,
    "country": t.events.c.country,
    "admin1": t.events.c.admin1,
    "polarity": t.events.c.polarity,
    "hedged": t.events.c.hedged,
    "fatalities_low": t.events.c.fatalities_low,
    "fatalities_high": t.events.c.fatalities_high,
    "date_from": t.events.c.date_from,
    "date_to": t.events.c.date_to,
    "article_id": t.events.c.article_id,
    "outlet": t.outlets.c.name,
}
_CONDITION = re.compile(r"^\s*(?P<column>[a-z_0-9]+)\s*(?P<op>!=|>=|<=|=|>|<|~)\s*(?P<value>.*?)\s*$")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to select. Every field narrows the selection; None means no restriction."""

    type: str | None = None
    subtype: str | None = None
    actor: str | None = None
    place: str | None = None
    outlet: str | None = None
    country: str | None = None
    polarity: str | None = None
    since: date | None = None
    until: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east
    where: tuple[str, ...] = field(default=())

    def clauses(self) -> list[ColumnElement[bool]]:
        """The SQL conditions for this filter (over ``events`` joined to ``articles``/``outlets``)."""
        e = t.events.c
        out: list[ColumnElement[bool]] = []
        if self.type:
            out.append(or_(e.type == self.type, e.subtype == self.type))
        if self.subtype:
            out.append(e.subtype == self.subtype)
        if self.actor:
            like = f"%{self.actor}%"
            out.append(or_(e.actor1.ilike(like), e.actor2.ilike(like)))
        if self.place:
            like = f"%{self.place}%"
            out.append(or_(e.admin1.ilike(like), e.place_key.in_(_places_named(like))))
        if self.outlet:
            out.append(t.outlets.c.name == self.outlet)
        if self.country:
            out.append(e.country == self.country.upper())
        if self.polarity:
            out.append(e.polarity == self.polarity)
        if self.since:
            out.append(or_(e.date_to >= self.since, and_(e.date_to.is_(None), e.date_from >= self.since)))
        if self.until:
            out.append(e.date_from <= self.until)
        if self.bbox:
            south, west, north, east = self.bbox
            out += [e.lat >= south, e.lat <= north, e.lon >= west, e.lon <= east]
        out += [parse_where(w) for w in self.where]
        return out


def _places_named(like: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    return select(t.places.c.key).where(t.places.c.name.ilike(like))


def parse_where(condition: str) -> ColumnElement[bool]:
    """``column OP value`` (OP one of = != > >= < <= ~, where ~ means 'contains') as a SQL condition."""
    m = _CONDITION.match(condition)
    if not m or m.group("column") not in WHERE_COLUMNS:
        names = ", ".join(sorted(WHERE_COLUMNS))
        raise ConfigError(f"--where {condition!r}: expected COLUMN OP VALUE with COLUMN one of {names}")
    column, op, raw = WHERE_COLUMNS[m.group("column")], m.group("op"), m.group("value").strip("'\"")
    value: object = raw
    if m.group("column") in ("fatalities_low", "fatalities_high"):
        value = _int(condition, raw)
    elif m.group("column") in ("date_from", "date_to"):
        value = _date(condition, raw)
    elif m.group("column") == "hedged":
        value = raw.lower() in ("1", "true", "yes")
    if op == "~":
        return column.ilike(f"%{raw}%")
    return {
        "=": column == value,
        "!=": column != value,
        ">": column > value,
        ">=": column >= value,
        "<": column < value,
        "<=": column <= value,
    }[op]


def _int(condition: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"--where {condition!r}: {raw!r} is not a whole number") from exc


def _date(condition: str, raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise ConfigError(f"--where {condition!r}: {raw!r} is not a date (YYYY-MM-DD)") from exc
