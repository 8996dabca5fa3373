"""GeoJSON: a FeatureCollection of events, streamed (header, features one by one, footer).

An event whose place is unresolved is a Feature with ``"geometry": null`` (allowed by RFC 7946), so
the collection holds every exported event. Coordinates are [longitude, latitude].
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from .rows import EventRow, iso

_GEO_KEYS = {"lat", "lon"}


def feature(row: EventRow) -> dict[str, Any]:
    """One event row as a GeoJSON Feature (Point geometry, or null when the place is unresolved)."""
    lat, lon = row.get("lat"), row.get("lon")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    props = {k: (iso(v) if k in ("date_from", "date_to", "published") else v) for k, v in row.items()}
    props = {k: v for k, v in props.items() if k not in _GEO_KEYS}
    props["relay"] = list(row.get("relay") or [])
    return {"type": "Feature", "id": row.get("event_uid"), "geometry": geometry, "properties": props}


def write_geojson(rows: Iterable[EventRow], out: IO[str]) -> int:
    """Write event rows as one GeoJSON FeatureCollection without holding them; returns the count."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows:
        if n:
            out.write(",\n")
        out.write(json.dumps(feature(row), ensure_ascii=False, default=str))
        n += 1
    out.write("\n]}\n")
    return n
