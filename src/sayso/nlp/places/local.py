"""Streets, squares and halls the gazetteer lacks, placed at the town the article is about."""

from __future__ import annotations

from ...gazetteer import Candidate
from ...gazetteer.context import NEAR_KM, haversine_km
from ...gazetteer.normalise import name_key
from .lexicon import cues, generic_words

Placed = tuple[int, int, Candidate | None]  # character start, end, place
#: The town named closest to a street or building, within this many characters, is likelier where it
#: lies (``Collins Avenue in Miami Beach``).
NEARBY_CHARS = 250
NEARBY_WEIGHT = 1  # counted as that many more places around it
#: A town below this population, alone on the map, is taken for a namesake of a place near the story.
STRAY_POPULATION = 20_000
#: ... when at least this many distinct places of the article lie around the focus town.
CLUSTER = 2


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


Scores = list[tuple[Candidate, int, int]]  # town, distinct places around it, mentions around it


def town_scores(placed: list[Placed]) -> Scores:
    """Each distinct town of ``placed`` (in the order first named) with the article's distinct places
    around it and its mentions of places around it (itself included)."""
    places = [p for _, _, p in placed if p is not None]
    distinct = list({p.id: p for p in places}.values())
    return [(t, _support(t, distinct), _support(t, places)) for t in _towns(placed)]


def focus_town(placed: list[Placed], nearby: Candidate | None = None, scores: Scores | None = None) -> Candidate | None:
    """The town the article is about: the one with most of the article's distinct places around it
    (``nearby``, the town named next to the feature placed, counts ``NEARBY_WEIGHT`` more), then most
    mentions of places around it, then the first named; ``None`` if the article names no town.

    A surname taken for a town (``Norbury`` said thrice) loses to the cluster the story is set in.
    ``scores``: :func:`town_scores` of ``placed``, if already known.
    """
    bonus = nearby.id if nearby is not None else None
    ranked = ((d + NEARBY_WEIGHT * (t.id == bonus), m, t) for t, d, m in scores or town_scores(placed))
    return max(ranked, key=lambda r: r[:2], default=(0, 0, None))[2]  # max keeps the first of equals


def nearby_town(placed: list[Placed], start: int, end: int) -> Candidate | None:
    """The town named closest to characters ``start:end`` (not there) within ``NEARBY_CHARS``, if any."""
    gaps = [
        (max(s - end, start - e), p)
        for s, e, p in placed
        if p is not None and p.kind == "city" and s != start and max(s - end, start - e) <= NEARBY_CHARS
    ]
    return min(gaps, key=lambda g: g[0], default=(0, None))[1]


def is_unknown_locality(mention: str) -> bool:
    """Whether a name the gazetteer lacks may be placed at the article's town: not a generic word
    (``Valley``), nor a large feature (``Orinoco River``, ``Nile Delta``) that no town point stands for."""
    words = mention.replace("’s", "").replace("'s", "").split()
    return (
        bool(words)
        and name_key(mention) not in generic_words()
        and words[-1].lower() not in cues()["large_feature_after"]
    )


def _stray(town: Candidate, places: list[Candidate], focus: Candidate) -> bool:
    """A small town alone on the map, outside the focus town's region: no other place of the article
    lies around it or names its region (``Stonewall``, Louisiana, in a story set in northern Virginia)."""
    if town.kind != "city" or town.curated or town.population >= STRAY_POPULATION or town.id == focus.id:
        return False
    if (town.country, town.admin1) == (focus.country, focus.admin1):
        return False
    others = [p for p in places if p.id != town.id]
    return _support(town, others) == 0


def place_local_features(text: str, placed: list[Placed], unknown: frozenset[int] = frozenset()) -> list[Placed]:
    """``placed`` with each unresolved street-scale feature and each unresolved name the gazetteer lacks
    (starting at one of ``unknown``: ``Khayelitsha``, ``Toomevara``) placed at :func:`focus_town`, the
    town named next to it weighing more (``Collins Avenue in Miami Beach``); and each stray small town
    moved to the focus town when a cluster of the article's places lies around that one."""
    scores = town_scores(placed)
    focus = focus_town(placed, scores=scores)
    if focus is None:
        return placed
    places = [p for _, _, p in placed if p is not None]
    clustered = next(d for t, d, _ in scores if t.id == focus.id) >= CLUSTER
    out = []
    for start, end, place in placed:
        if place is None and (is_local_feature(text[start:end]) or start in unknown):
            place = focus_town(placed, nearby_town(placed, start, end), scores)
        elif place is not None and clustered and _stray(place, places, focus):
            place = focus
        out.append((start, end, place))
    return out
