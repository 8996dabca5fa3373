"""Reads the desk's pages need beyond ``sayso.store.read``: map markers, timeline buckets, event claims.

Every query narrows by the event filter's indexed columns first (country+date, lat/lon, type) and
returns bounded results: the map gets at most ``max_markers`` markers, else grid clusters.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, case, func, select

from ..store import cells
from ..store import schema as t
from ..store.filters import EventFilter
from ..store.read import event_query, event_row

#: ACLED's event types (the codebook's spelling), in the legend's order.
EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)


def _event_source(flt: EventFilter):  # type: ignore[no-untyped-def]
    """``events`` joined to what the filter needs (outlets only when it filters by outlet)."""
    source = t.events
    if flt.outlet or any("outlet" in w for w in flt.where):
        source = source.join(t.articles).outerjoin(t.outlets)
    return source


def count_events(conn: Connection, flt: EventFilter, *, at_most: int | None = None) -> int:
    """How many events match ``flt``; with ``at_most``, stop counting there (an index walk cut short)."""
    matching = select(t.events.c.uid).select_from(_event_source(flt)).where(*flt.clauses())
    if at_most is not None:
        matching = matching.limit(at_most)
    return int(conn.execute(select(func.count()).select_from(matching.subquery())).scalar_one())


def map_markers(conn: Connection, flt: EventFilter, *, max_markers: int = 1500) -> list[dict[str, Any]]:
    """One marker per placed event (at most ``max_markers``, newest first)."""
    e = t.events.c
    query = (
        select(e.uid, e.lat, e.lon, e.type, e.subtype, e.polarity, e.date_from, e.actor1, e.actor2)
        .select_from(_event_source(flt))
        .where(e.lat.is_not(None), e.lon.is_not(None), *flt.clauses())
        .order_by(e.date_from.desc(), e.uid)
        .limit(max_markers)
    )
    return [
        {**row._mapping, "date_from": _iso(row.date_from), "lat": round(row.lat, 4), "lon": round(row.lon, 4)}
        for row in conn.execute(query)
    ]


def map_clusters(conn: Connection, flt: EventFilter, *, cell: float) -> list[dict[str, Any]]:
    """Placed events grouped into grid cells of ``cell`` degrees: centre, count, types, denied count.

    One row per cell, read from the covering index ``ix_events_map`` when the filter is by country.
    """
    e = t.events.c
    # count(*) FILTER (WHERE ...), not sum(CASE ...): SQLite evaluates CASE per row about twice as slowly
    per_type = [func.count().filter(e.type == name) for name in EVENT_TYPES]
    query = (
        select(
            func.count().label("n"),
            func.sum(e.lat).label("lat_sum"),
            func.sum(e.lon).label("lon_sum"),
            func.count().filter(e.polarity == "denied").label("denied"),
            *per_type,
        )
        .select_from(_event_source(flt))
        .where(e.lat.is_not(None), e.lon.is_not(None), *flt.clauses())
        .group_by(cells.grid_index(e.lat, cell), cells.grid_index(e.lon, cell))
    )
    return _clusters(
        [
            (r[0], r[1], r[2], int(r[3] or 0), dict(zip(EVENT_TYPES, (int(x or 0) for x in r[4:]), strict=True)))
            for r in conn.execute(query)
        ]
    )


def kept_clusters(conn: Connection, flt: EventFilter, *, zoom: int) -> list[dict[str, Any]] | None:
    """What :func:`map_clusters` gives at ``zoom``, added up from the counts the store keeps per cell
    (``store.cells``); None when the filter or the zoom asks for more than they hold (dates, actors,
    places, outlets, a subtype, a box, free conditions, a zoom finer than ``cells.CELL_ZOOM``)."""
    narrowed = (flt.subtype, flt.actor, flt.place, flt.outlet, flt.since, flt.until, flt.bbox, flt.where)
    if zoom > cells.CELL_ZOOM or any(narrowed) or (flt.type is not None and flt.type not in EVENT_TYPES):
        return None  # a type filter also matches a subtype of that name; ACLED's types name none
    country = flt.country.upper() if flt.country else None  # as the filter's clause reads them
    kept = cells.clusters(conn, zoom, country=country, type=flt.type or None, polarity=flt.polarity or None)
    return _clusters(kept)


def _clusters(found: list[tuple[int, float, float, int, dict[str, int]]]) -> list[dict[str, Any]]:
    """Cluster records from per-cell count, coordinate sums, denied count and counts per type."""
    clusters = []
    for n, lat_sum, lon_sum, denied, per_type in found:
        counts = {k: per_type[k] for k in EVENT_TYPES if per_type.get(k)}  # the legend's order: ties alike
        other = n - sum(counts.values())
        types = counts | ({"other": other} if other else {})
        clusters.append(
            {
                "lat": round(lat_sum / n, 4),
                "lon": round(lon_sum / n, 4),
                "n": n,
                "denied": denied,
                "type": max(types, key=types.__getitem__),
                "types": types,
            }
        )
    return sorted(clusters, key=lambda c: (-c["n"], c["lat"], c["lon"]))


def event_detail(conn: Connection, uid: str) -> dict[str, Any] | None:
    """One event with its claim (claimant, relay chain, outlet, evidence) and the threads it is in."""
    query = event_query(EventFilter()).where(t.events.c.uid == uid)
    row = conn.execute(query).first()
    if row is None:
        return None
    event = event_row(row._mapping)
    m = t.thread_members.c
    threads = conn.execute(
        select(m.thread_id, m.stance, m.reason, t.threads.c.proposition)
        .select_from(t.thread_members.join(t.threads))
        .where(m.member_uid == uid)
    )
    event["threads"] = [dict(r._mapping) for r in threads]
    return event


def timeline_days(conn: Connection, flt: EventFilter, *, max_days: int = 400) -> list[dict[str, Any]]:
    """Per day (of the event's first date): events by type and denied count, for the filter."""
    e = t.events.c
    denied = func.sum(case((e.polarity == "denied", 1), else_=0))
    query = (
        select(e.date_from, e.type, func.count().label("n"), denied.label("denied"))
        .select_from(_event_source(flt))
        .where(e.date_from.is_not(None), *flt.clauses())
        .group_by(e.date_from, e.type)
        .order_by(e.date_from.desc())
    )
    days: dict[date, dict[str, Any]] = {}
    for row in conn.execute(query):
        if row.date_from not in days and len(days) >= max_days:
            break
        day = days.setdefault(
            row.date_from,
            {"date": _iso(row.date_from), "events": 0, "denied": 0, "types": {}, "statements": 0},
        )
        day["events"] += row.n
        day["denied"] += int(row.denied or 0)
        day["types"][row.type] = row.n
    return [days[d] for d in sorted(days)]


def statements_by_day(
    conn: Connection, since: date | None, until: date | None, outlet: str | None = None
) -> dict[str, int]:
    """Statements per publication day of their article, within ``since``..``until``."""
    a = t.articles.c
    query = (
        select(a.published, func.count().label("n"))
        .select_from(t.statements.join(t.articles).outerjoin(t.outlets))
        .where(a.published.is_not(None))
        .group_by(a.published)
    )
    if since:
        query = query.where(a.published >= since)
    if until:
        query = query.where(a.published <= until)
    if outlet:
        query = query.where(t.outlets.c.name == outlet)
    return {_iso(row.published): row.n for row in conn.execute(query)}


def outlet_names(conn: Connection, limit: int = 500) -> list[str]:
    return list(conn.execute(select(t.outlets.c.name).order_by(t.outlets.c.name).limit(limit)).scalars())


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value
