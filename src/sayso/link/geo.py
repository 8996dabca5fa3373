"""Places for linking: grid cells for the index, distance, and when two places are the same place."""

from __future__ import annotations

import math

from .claims import Claim

#: Grid cell size in degrees (about 28 km of latitude); a lookup reads the 3 x 3 cells around a place.
CELL_DEG = 0.25


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)


def own_cells(c: Claim) -> list[str]:
    """The cells an event is indexed under: its grid cell, its admin area and its place key."""
    cells = []
    if c.lat is not None and c.lon is not None:
        i, j = _cell(c.lat, c.lon)
        cells.append(f"g:{i}:{j}")
    if c.admin1:
        cells.append(f"a:{c.country or ''}:{c.admin1}")
    if c.place_key:
        cells.append(f"p:{c.place_key}")
    return cells


def lookup_cells(c: Claim, radius_km: float) -> list[str]:
    """The cells to look in for events within ``radius_km`` of ``c``'s place, or in its admin area."""
    cells = [x for x in own_cells(c) if not x.startswith("g:")]
    if c.lat is not None and c.lon is not None:
        i, j = _cell(c.lat, c.lon)
        di = max(1, math.ceil(radius_km / 111.0 / CELL_DEG))
        dj = max(1, math.ceil(radius_km / (111.0 * max(math.cos(math.radians(c.lat)), 0.1)) / CELL_DEG))
        cells += [f"g:{i + a}:{j + b}" for a in range(-di, di + 1) for b in range(-dj, dj + 1)]
    return cells


def linkable(c: Claim) -> bool:
    """Only a place more precise than a country can anchor a situation."""
    return bool(c.place_key) and c.place_kind != "country" and c.date_from is not None


def same_place(a: Claim, b: Claim, radius_km: float) -> str | None:
    """Why ``a`` and ``b`` are at the same place (None when they are not)."""
    if a.place_key and a.place_key == b.place_key:
        return f"same place ({a.place_name})"
    if None not in (a.lat, a.lon, b.lat, b.lon) and a.place_kind != "region" and b.place_kind != "region":
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if km <= radius_km:
            return f"{a.place_name} and {b.place_name} are {km:.0f} km apart"
    if "region" in (a.place_kind, b.place_kind) and a.admin1 and a.admin1 == b.admin1 and a.country == b.country:
        return f"{a.place_name} and {b.place_name} are in {a.admin1}"
    return None
