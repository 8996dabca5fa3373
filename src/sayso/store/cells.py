"""Placed events counted per map grid cell, kept by the store as events are written.

The desk clusters a country's events on a grid whose cell halves at each zoom (``cell_degrees``).
Counting them afresh reads every event of the country (tens of thousands of index rows, about 80 ms
for 40,000 in SQLite on our machine); the counts kept here per cell of zoom ``CELL_ZOOM``, per country,
type and polarity, add up to any coarser zoom's in a few milliseconds and give the same clusters.
Events are never deleted or moved, so the counts only grow: one upsert per cell an article touches.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Float, Integer, cast, delete, func, insert, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from . import schema as t

#: The finest zoom kept (a cell of about 0.22 degrees); finer zooms count the events themselves.
CELL_ZOOM = 8

Key = tuple[str, int, int, str, str]  # country, row, col, type, polarity


def cell_degrees(zoom: int) -> float:
    """Grid cell for clustering at ``zoom``: about 40 screen pixels on a 256-pixel-tile map."""
    return 360.0 / (2 ** max(0, min(zoom, 18))) / 256 * 40


def grid_index(value: Any, cell: float) -> Any:
    """``floor(value / cell)`` in SQL, the same in SQLite (whose CAST truncates) and PostgreSQL (whose
    CAST rounds): the cast, less one where it landed above the quotient."""
    quotient = value / cell
    whole = cast(quotient, Integer)
    return whole - cast(cast(whole, Float) > quotient, Integer)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    cell = cell_degrees(CELL_ZOOM)
    return math.floor(lat / cell), math.floor(lon / cell)


def _tally(rows: Iterable[Mapping[str, Any]]) -> dict[Key, list[float]]:
    """Count, latitude sum and longitude sum per cell key of the placed events among ``rows``."""
    out: dict[Key, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for r in rows:
        if r["lat"] is None or r["lon"] is None:
            continue
        row, col = _cell(r["lat"], r["lon"])
        totals = out[(r["country"] or "", row, col, r["type"], r["polarity"])]
        totals[0] += 1
        totals[1] += r["lat"]
        totals[2] += r["lon"]
    return out


def add_events(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Count the placed events among ``rows`` (event rows as written) into their cells: one upsert per
    cell, atomic in both SQLite and PostgreSQL, so writers of other articles at the same time add up."""
    tally = _tally(rows)
    if not tally:
        return
    upsert = (postgresql_insert if conn.dialect.name == "postgresql" else sqlite_insert)(t.event_cells)
    c, new = t.event_cells.c, upsert.excluded
    statement = upsert.on_conflict_do_update(
        index_elements=[c.country, c.row, c.col, c.type, c.polarity],
        set_={"n": c.n + new.n, "lat_sum": c.lat_sum + new.lat_sum, "lon_sum": c.lon_sum + new.lon_sum},
    )
    conn.execute(statement, [_row(key, *totals) for key, totals in tally.items()])


def rebuild(conn: Connection, batch: int = 20_000) -> None:
    """Count every stored event afresh (for a store filled in bulk, or made before the counts)."""
    conn.execute(delete(t.event_cells))
    e = t.events.c
    query = select(e.lat, e.lon, e.country, e.type, e.polarity).where(e.lat.is_not(None), e.lon.is_not(None))
    tally = _tally(r._mapping for r in conn.execute(query))
    rows = [_row(key, *totals) for key, totals in tally.items()]
    for start in range(0, len(rows), batch):
        conn.execute(insert(t.event_cells), rows[start : start + batch])


def _row(key: Key, n: float, lat_sum: float, lon_sum: float) -> dict[str, Any]:
    country, row, col, typ, polarity = key
    values = {"n": int(n), "lat_sum": lat_sum, "lon_sum": lon_sum}
    return {"country": country, "row": row, "col": col, "type": typ, "polarity": polarity, **values}


def clusters(
    conn: Connection, zoom: int, *, country: str | None = None, type: str | None = None, polarity: str | None = None
) -> list[tuple[int, float, float, int, dict[str, int]]]:
    """Per cell of ``zoom`` (at most ``CELL_ZOOM``): count, latitude and longitude sums, denied count and
    counts per type, of the placed events of ``country`` (every country if None), ``type``, ``polarity``."""
    if zoom > CELL_ZOOM:
        raise ValueError(f"cells are kept down to zoom {CELL_ZOOM}, not {zoom}")
    c = t.event_cells.c
    shift = CELL_ZOOM - zoom  # a cell of zoom z holds 2**shift rows and columns of kept cells
    row, col = c.row.op(">>")(shift), c.col.op(">>")(shift)  # arithmetic: floor(row / 2**shift) in both
    query = select(row, col, c.type, c.polarity, func.sum(c.n), func.sum(c.lat_sum), func.sum(c.lon_sum))
    for column, value in ((c.country, country), (c.type, type), (c.polarity, polarity)):
        if value is not None:
            query = query.where(column == value)
    grid: dict[tuple[int, int], list[Any]] = {}
    for r, k, typ, pol, n, lat_sum, lon_sum in conn.execute(query.group_by(row, col, c.type, c.polarity)):
        cell = grid.setdefault((r, k), [0, 0.0, 0.0, 0, defaultdict(int)])
        cell[0] += n
        cell[1] += lat_sum
        cell[2] += lon_sum
        cell[3] += n if pol == "denied" else 0
        cell[4][typ] += n
    return [(n, lat, lon, denied, dict(types)) for n, lat, lon, denied, types in grid.values()]
