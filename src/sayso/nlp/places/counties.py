"""US counties placed by the article: ``Cuyahoga County`` in a story about Cleveland lies around Cleveland."""

from __future__ import annotations

from collections import Counter

from ...gazetteer import Candidate, Gazetteer
from ...gazetteer.counties import county_states
from ...gazetteer.normalise import name_key
from .lexicon import cues

Placed = tuple[int, int, Candidate | None]  # character start, end, place


def county_key(text: str) -> str | None:
    """``cuyahoga`` for ``Cuyahoga County`` (``Collier County’s`` too); ``None`` if not a county name."""
    words = text.replace("’s", "").replace("'s", "").split()
    if len(words) < 2 or words[-1].lower() not in cues()["county_after"]:
        return None
    return name_key(" ".join(words[:-1]))


def _town_in(gaz: Gazetteer, key: str, state: str) -> Candidate | None:
    """The largest town named ``key`` in the US state ``state`` (the county's namesake)."""
    towns = [c for c in gaz.lookup_key(key) if c.kind == "city" and c.country == "US" and c.admin1 == state]
    return max(towns, key=lambda c: c.population, default=None)


def _article_town(placed: list[Placed], state: str) -> Candidate | None:
    """The town of ``state`` the article names most often (first named on ties)."""
    towns = [p for _, _, p in placed if p is not None and p.kind == "city" and p.country == "US" and p.admin1 == state]
    if not towns:
        return None
    counts = Counter(t.id for t in towns)
    return max(towns, key=lambda t: counts[t.id])  # max keeps the first of equals


def _state_support(placed: list[Placed], states: frozenset[str], text: str) -> Counter:
    """How many of the article's other places lie in (or are) each of ``states``."""
    support: Counter = Counter()
    for start, end, p in placed:
        if p is not None and p.country == "US" and p.admin1 in states and county_key(text[start:end]) is None:
            support[p.admin1] += 1
    return support


def place_county(gaz: Gazetteer, text: str, mention: str, placed: list[Placed]) -> Candidate | None:
    """Where the county ``mention`` lies when the article's other places fall in a state that has such a
    county: its namesake town there, else the town of that state the article names most, else the state;
    ``None`` when no such state has support (the caller's choice stands)."""
    key = county_key(mention)
    states = county_states(key) if key else frozenset()
    support = _state_support(placed, states, text) if states else Counter()
    if not support:
        return None
    state = max(sorted(support), key=lambda s: support[s])
    return _town_in(gaz, key, state) or _article_town(placed, state) or gaz.region_of("US", state)


def place_counties(gaz: Gazetteer, text: str, placed: list[Placed]) -> list[Placed]:
    """``placed`` with each county mention moved to :func:`place_county`'s answer when there is one,
    and the bare name of such a county (``Suffolk`` beside ``Suffolk County``) placed with it."""
    out, counties = [], {}
    for start, end, place in placed:
        better = place_county(gaz, text, text[start:end], placed)
        if better is not None:
            counties[county_key(text[start:end])] = better
        out.append((start, end, better or place))
    return [(s, e, counties.get(name_key(text[s:e].replace("’s", "").replace("'s", "")), p)) for s, e, p in out]
