"""Choosing among the places a name may denote: a population prior plus the article's context.

The context is what the article itself settles: the dateline, the countries its unambiguous
mentions fall in, the admin-1 regions it names, and the points already placed (a candidate near
them is likelier). ``Hama`` in an article about Syria is the Syrian city, not Hamah in Germany.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .index import Candidate

EARTH_RADIUS_KM = 6371.0
#: Prior weights (log10 population scale): a country outranks any same-named town.
COUNTRY_BONUS = 3.0
REGION_DISCOUNT = 1.5
CURATED_BONUS = 2.5
EXACT_BONUS = 1.5
#: National capitals are named in the news far beyond their size (``Washington``, not Washington, Tyne and Wear).
CAPITAL_BONUS = 1.0
UNKNOWN_CITY_POPULATION = 1000
#: Context weights.
FOCUS_WEIGHT = 3.0
REGION_WEIGHT = 1.5
NEAR_WEIGHT = 1.0
NEAR_KM = 150.0
_NEAR_DEGREES = NEAR_KM / 111.0  # latitude degrees: a cheap test before the great circle
#: Only the best candidates by prior are weighed in context (a name may denote hundreds of villages).
MAX_CANDIDATES = 30
CONTAINED_WEIGHT = 2.5  # "Parkland, Florida": the candidate lies in the place named next to it


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (R = 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def prior(c: Candidate) -> float:
    """How likely a place is to be meant, before context: log population, kind, curation, exact name,
    capital."""
    population = c.population or (UNKNOWN_CITY_POPULATION if c.kind == "city" else 100)
    score = math.log10(population + 1)
    if c.kind == "country":
        score += COUNTRY_BONUS
    elif c.kind == "region":
        score -= REGION_DISCOUNT
    if c.curated:
        score += CURATED_BONUS
    if c.exact:
        score += EXACT_BONUS
    if c.capital:
        score += CAPITAL_BONUS
    return score


@dataclass
class Context:
    """What the article settles: country weights, admin-1 regions named, anchor points."""

    countries: Counter = field(default_factory=Counter)
    regions: set[tuple[str | None, str]] = field(default_factory=set)
    anchors: list[tuple[float, float]] = field(default_factory=list)

    def focus(self, country: str | None) -> float:
        """Share of the article's country evidence that points at ``country`` (0 to 1)."""
        total = sum(self.countries.values())
        return self.countries[country] / total if total and country else 0.0

    def near(self, lat: float, lon: float) -> bool:
        """Whether a point lies within ``NEAR_KM`` of an anchor."""
        return any(
            abs(lat - a_lat) <= _NEAR_DEGREES and haversine_km(lat, lon, a_lat, a_lon) <= NEAR_KM
            for a_lat, a_lon in self.anchors
        )

    def add(self, c: Candidate, weight: float = 1.0) -> None:
        """Take a confidently placed candidate as context for the others."""
        if c.country:
            self.countries[c.country] += weight
        if c.kind == "region" and c.country:
            self.regions.add((c.country, c.name))
        elif c.admin1 and c.kind != "country":
            self.regions.add((c.country, c.admin1))
        if c.kind not in ("country", "region") and len(self.anchors) < 50:
            self.anchors.append((c.lat, c.lon))


def score(c: Candidate, context: Context | None, *, near: bool = True) -> float:
    """Prior plus context for one candidate (``near``: also weigh the distance to the anchors)."""
    value = prior(c)
    if context is None:
        return value
    value += FOCUS_WEIGHT * context.focus(c.country)
    if c.kind != "country" and (c.country, c.admin1) in context.regions:
        value += REGION_WEIGHT
    if near and c.kind not in ("country", "region") and context.near(c.lat, c.lon):
        value += NEAR_WEIGHT
    return value


def rank(candidates: list[Candidate], context: Context | None = None) -> list[tuple[float, Candidate]]:
    """Candidates with their scores, best first (ties: larger population, then lower id).

    Distances are weighed for the ``MAX_CANDIDATES`` best only: a name may denote hundreds of villages.
    """
    scored = [(score(c, context, near=False), c) for c in candidates]
    if context is not None and context.anchors:
        scored.sort(key=lambda sc: -sc[0])
        scored = [
            (
                s
                + NEAR_WEIGHT
                * (i < MAX_CANDIDATES and c.kind not in ("country", "region") and context.near(c.lat, c.lon)),
                c,
            )
            for i, (s, c) in enumerate(scored)
        ]
    scored.sort(key=lambda sc: (-sc[0], -sc[1].population, sc[1].id))
    return scored
