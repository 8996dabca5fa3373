"""Streets, squares and halls the gazetteer lacks, placed at the town the article is about."""

from __future__ import annotations

from ...gazetteer import Candidate
from ...gazetteer.context import NEAR_KM, haversine_km
from .lexicon import cues

Placed = tuple[int, int, Candidate | None]  # character start, end, place
#: The town named closest to a street or building, within this many characters, is likelier where it
#: lies (``Collins Avenue in Miami Beach``).
NEARBY_CHARS = 250


def is_local_feature(mention: str) -> bool:
    """Whether ``mention`` names a street-scale feature (``Royal Street``, ``City Hall``) by its last word."""
    words = mention.replace("’s", "").replace("'s", "").split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in cues()["local_after"] | cues()["building_after"]


def _support(town: Candidate, places: list[Candidate]) -> int:
    """How many of the article's places lie around ``town``: towns within ``NEAR_KM``, its own region."""
    near = 0
    for p in places:
        if p.kind == "region":
            near += p.country == town.country and p.name == town.admin1
        elif p.kind != "country":
            near += haversine_km(town.lat, town.lon, p.lat, p.lon) <= NEAR_KM
    return near


def _towns(placed: list[Placed]) -> list[Candidate]:
    """The distinct towns of ``placed``, in the order first named."""
    return list({p.id: p for _, _, p in placed if p is not None and p.kind == "city"}.values())


def focus_town(placed: list[Placed], nearby: Candidate | None = None) -> Candidate | None:
    """The town the article is about: the one with most of the article's places around it (itself
    included; ``nearby``, the town named next to the feature placed, counts one more), then the first
    named; ``None`` if the article names no town.

    A surname taken for a town (``Norbury`` said thrice) loses to the cluster the story is set in.
    """
    places = [p for _, _, p in placed if p is not None]
    bonus = nearby.id if nearby is not None else None
    return max(_towns(placed), key=lambda t: _support(t, places) + (t.id == bonus), default=None)


def nearby_town(placed: list[Placed], start: int, end: int) -> Candidate | None:
    """The town named closest to characters ``start:end`` within ``NEARBY_CHARS``, if any."""
    gaps = [
        (max(s - end, start - e), p)
        for s, e, p in placed
        if p is not None and p.kind == "city" and max(s - end, start - e) <= NEARBY_CHARS
    ]
    return min(gaps, key=lambda g: g[0], default=(0, None))[1]


def place_local_features(text: str, placed: list[Placed]) -> list[Placed]:
    """``placed`` with each unresolved street-scale feature placed at :func:`focus_town`, the town
    named next to it weighing one place more (``Collins Avenue in Miami Beach``)."""
    return [
        (start, end, focus_town(placed, nearby_town(placed, start, end)))
        if place is None and is_local_feature(text[start:end])
        else (start, end, place)
        for start, end, place in placed
    ]
