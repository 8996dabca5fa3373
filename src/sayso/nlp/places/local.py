"""Streets, squares and halls the gazetteer lacks, placed at the town the article is about."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from ...gazetteer import Candidate
from ...gazetteer.context import NEAR_KM, haversine_km
from ...gazetteer.normalise import name_key
from ..events.actors import names_an_actor
from .lexicon import cues, generic_words
from .mentions import is_acronym

Placed = tuple[int, int, Candidate | None]  # character start, end, place
#: The town named closest to a street or building, within this many characters, is likelier where it
#: lies (``Collins Avenue in Miami Beach``).
NEARBY_CHARS = 250
NEARBY_WEIGHT = 1  # counted as that many more places around it
#: A town below this population, alone on the map, is taken for a namesake of a place near the story.
STRAY_POPULATION = 20_000
#: ... when at least this many distinct places of the article lie around the focus town.
CLUSTER = 2
#: A part of a city lies within this many kilometres of it: a namesake further away is another place.
CITY_PART_KM = 30.0
#: How far after a city part's word its city may be named ("neighbourhood of the Syrian city of Aleppo").
CITY_AFTER_CHARS = 40


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
    return _closest_town(placed, start, end, lambda s, gap, p: gap <= NEARBY_CHARS)


def _closest_town(
    placed: list[Placed], start: int, end: int, fits: Callable[[int, int, Candidate], bool]
) -> Candidate | None:
    """The town of ``placed`` named closest to characters ``start:end`` (not there) that ``fits`` (its
    start, its distance in characters, the town), if any."""
    towns = ((max(s - end, start - e), s, p) for s, e, p in placed if p is not None and p.kind == "city" and s != start)
    gaps = [(gap, p) for gap, s, p in towns if fits(s, gap, p)]
    return min(gaps, key=lambda g: g[0], default=(0, None))[1]


def is_unknown_locality(mention: str) -> bool:
    """Whether a name the gazetteer lacks may be placed at the article's town: not a generic word
    (``Valley``), nor a large feature (``Orinoco River``, ``Nile Delta``) that no town point stands for,
    nor a name of the actor dictionary the NER took for a place (``Daesh``, ``Syrian Observatory for
    Human Rights``), nor a few capitals (``WA``, ``NSW``: a region's code the gazetteer lacks, not the
    story's town)."""
    words = mention.replace("’s", "").replace("'s", "").split()
    return (
        bool(words)
        and not is_acronym(mention)
        and name_key(mention) not in generic_words()
        and words[-1].lower() not in cues()["large_feature_after"]
        and not names_an_actor(mention)
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


def place_local_features(
    text: str,
    placed: list[Placed],
    unknown: frozenset[int] = frozenset(),
    sentences: Sequence[tuple[int, int]] = (),
) -> list[Placed]:
    """``placed`` with each unresolved street-scale feature and each unresolved name the gazetteer lacks
    (starting at one of ``unknown``: ``Khayelitsha``, ``Toomevara``) placed at the town its own
    sentence names closest to it, else where its first mention so placed lies, else at
    :func:`focus_town`, the town named next to it weighing more (``Collins Avenue in Miami Beach``);
    and each stray small town moved to the town of its sentence or the focus town when a cluster of the
    article's places lies around that one. ``sentences``: the character bounds of the text's
    sentences, in order."""
    scores = town_scores(placed)
    focus = focus_town(placed, scores=scores)
    if focus is None:
        return placed
    places = [p for _, _, p in placed if p is not None]
    clustered = next(d for t, d, _ in scores if t.id == focus.id) >= CLUSTER
    supported = _supported_towns(placed, scores)
    out = []
    named: dict[str, Candidate] = {}  # an unknown name placed by its sentence, for its later mentions
    for start, end, place in placed:
        if place is None and (is_local_feature(text[start:end]) or start in unknown):
            place = (
                _town_in(text, placed, end)
                or _sentence_town(placed, start, end, sentences, supported)
                or named.get(text[start:end])
            )
            if place is not None:
                named.setdefault(text[start:end], place)
            else:
                place = focus_town(placed, nearby_town(placed, start, end), scores)
        elif place is not None and clustered and _stray(place, places, focus):
            place = _sentence_town(placed, start, end, sentences, supported) or focus
        out.append((start, end, place))
    return out


def _city_part(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by a word for a part of a city ("the Shahba
    *neighbourhood*", "the Salhiya *district of* Hasakeh city")."""
    words = text[end : end + CITY_AFTER_CHARS].lower().split()
    if not words:
        return False
    word = words[0].strip(".,;:")
    if word in cues()["city_part_after"]:
        return True
    return word in cues()["city_part_of"] and len(words) > 1 and words[1] in ("of", "in")


def place_city_parts(text: str, placed: list[Placed], sentences: Sequence[tuple[int, int]] = ()) -> list[Placed]:
    """``placed`` with each name of a part of a city ("the Shahba neighbourhood of Aleppo", "the
    Sulaymaniyah neighborhood of the Syrian city of Alep") placed at that city when the gazetteer's
    place of that name lies further than ``CITY_PART_KM`` from it (a town in As-Suwayda, a city in
    Iraq) or is not known. The city is the town named right after the word, else the one its sentence
    names closest to it."""
    supported: set[str] | None = None  # towns others lie around, read only when a city part needs one
    out = []
    for start, end, place in placed:
        if (place is None or place.kind == "city") and _city_part(text, end):
            city = _town_after(placed, end)
            if city is None:
                supported = supported if supported is not None else _supported_towns(placed)
                city = _sentence_town(placed, start, end, sentences, supported)
            if city is not None and (
                place is None or haversine_km(place.lat, place.lon, city.lat, city.lon) > CITY_PART_KM
            ):
                place = city
        out.append((start, end, place))
    return out


def _supported_towns(placed: list[Placed], scores: Scores | None = None) -> set[str]:
    """The towns of ``placed`` that another of the article's places lies around (itself and one more)."""
    return {t.id for t, d, _ in (scores if scores is not None else town_scores(placed)) if d >= 2}


#: What stands between a building or street and the town it is in ("Collins Avenue in Miami Beach").
_IN_TOWN = frozenset({"in", ","})


def _town_in(text: str, placed: list[Placed], end: int) -> Candidate | None:
    """The town named right after ``end`` as the one a street or building is in ("the Bambino Gesu
    Paediatric Hospital in Rome", "Collins Avenue in Miami Beach"): it says where the feature is,
    whatever the article's other places."""
    return next(
        (
            p
            for s, _, p in placed
            if p is not None and p.kind == "city" and s > end and text[end:s].strip().lower() in _IN_TOWN
        ),
        None,
    )


def _town_after(placed: list[Placed], end: int) -> Candidate | None:
    """The town named within ``CITY_AFTER_CHARS`` after ``end``, if any."""
    return next(
        (p for s, _, p in placed if p is not None and p.kind == "city" and end < s <= end + CITY_AFTER_CHARS), None
    )


def _sentence_town(
    placed: list[Placed], start: int, end: int, sentences: Sequence[tuple[int, int]], supported: set[str]
) -> Candidate | None:
    """The town named closest to ``start:end`` in its own sentence ("clashes near the hamlet of X, 30 km
    north of Hama city"), if the sentence names one that other places of the article lie around (one
    of ``supported``: not a namesake alone on the map, as a shop's name read as a town abroad)."""
    k = bisect_right(sentences, (start, float("inf"))) - 1
    if k < 0 or not sentences[k][0] <= start < sentences[k][1]:
        return None
    lo, hi = sentences[k]
    return _closest_town(placed, start, end, lambda s, gap, p: lo <= s < hi and p.id in supported)
