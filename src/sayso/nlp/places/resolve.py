"""Resolving mentions to places: region and city cues, then context-aware ranking in two passes."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...gazetteer import Candidate, Gazetteer
from ...gazetteer.context import CONTAINED_WEIGHT, NEAR_KM, Context, haversine_km, prior, rank
from ...gazetteer.counties import county_states
from ...gazetteer.normalise import fold_text
from .lexicon import cues

CONFIDENT_MARGIN = 0.75
#: Below this population a town reached only through a spelling fold needs the article's support.
SMALL_POPULATION = 100_000
#: ... and a city below this one when the article is about another country (``Jadida`` → El Jadida).
LARGE_POPULATION = 1_000_000
FOCUSED_SHARE = 0.5
#: A town this large named exactly as written outranks places known by that name only formerly.
NAMESAKE_POPULATION = 20_000


def cue_kind(doc: Doc, start: int, end: int) -> tuple[str, int]:
    """``("region", end')`` for ``Aleppo Province``/``province of Aleppo``, ``("city", end)`` for
    ``city of Hama``, else ``("", end)``; ``end'`` takes in a trailing cue word."""
    c = cues()
    if end < len(doc) and doc[end].lower_ in c["region_after"]:
        return "region", end + 1
    if end < len(doc) and doc[end].lower_ in c["city_after"]:
        return "city", end
    before2 = doc[max(0, start - 2) : start].text.lower()
    before1 = doc[start - 1].lower_ if start else ""
    if before2 in c["region_before"] or before1 in c["region_before"]:
        return "region", end
    if before2 in c["city_before"] or before1 in c["city_before"]:
        return "city", end
    return "", end


def apply_cue(gaz: Gazetteer, candidates: list[Candidate], kind: str) -> list[Candidate]:
    """Keep the candidates of the cued kind; for a region cue, a city stands for its admin-1 region."""
    if kind == "city":
        cities = [c for c in candidates if c.kind == "city"]
        return cities or candidates
    if kind != "region" or any(c.kind == "country" for c in candidates):
        return candidates  # "US state", "the America region": the country, not a town's region
    regions = [c for c in candidates if c.kind == "region"]
    if any(r.exact for r in regions):
        return regions
    # A city's region is ranked as the city it stands for: "Homs province" is Homs' governorate, not
    # the region of Al Khums (a variant spelling); "province of Daraa" is not Queensland (Darra).
    derived: dict[int, Candidate] = {}
    for c in sorted((c for c in candidates if c.kind == "city"), key=prior):
        region = gaz.region_of(c.country, c.admin1)
        if region is not None:
            derived[region.id] = replace(region, exact=c.exact, curated=c.curated, population=c.population)
    regions = [derived.get(r.id, r) for r in regions]
    regions += [r for ident, r in derived.items() if ident not in {r.id for r in regions}]
    return regions or candidates


def dateline_context(gaz: Gazetteer, place: str | None) -> Context:
    """The context the dateline gives: its country (weight 2) and its point."""
    context = Context()
    if place:
        ranked = rank(gaz.lookup(place))
        if ranked:
            context.add(ranked[0][1], weight=2.0)
    return context


def _contains(outer: Candidate, inner: Candidate) -> bool:
    if outer.kind == "country":
        return inner.country == outer.country and inner.kind != "country"
    if outer.kind == "region" and outer.country:
        return inner.country == outer.country and inner.admin1 == outer.name and inner.kind != "region"
    return False


def _ranked(
    cands: list[Candidate], context: Context, outer: Candidate | None = None, inner: list[Candidate] | None = None
) -> list[tuple[float, Candidate]]:
    """``cands`` ranked; one that lies in ``outer``, or contains one of ``inner``, counts more."""
    ranked = rank(cands, context)
    if outer is not None or inner:
        ranked = [
            (s + CONTAINED_WEIGHT * ((outer is not None and _contains(outer, c)) or _holds(c, inner or [])), c)
            for s, c in ranked
        ]
        ranked.sort(key=lambda sc: -sc[0])  # stable: rank's tie order is kept
    return ranked


def _best(
    cands: list[Candidate], context: Context, outer: Candidate | None, inner: list[Candidate] | None = None
) -> Candidate | None:
    ranked = _ranked(cands, context, outer, inner)
    return ranked[0][1] if ranked else None


def _holds(outer: Candidate, inner: list[Candidate]) -> bool:
    return outer.kind in ("country", "region") and any(_contains(outer, c) for c in inner)


def settle(options: list[list[Candidate]], base: Context, inners: list[list[Candidate]] | None = None) -> Context:
    """The context the confident mentions give (a first pass on priors), added to ``base``.

    ``inners[k]``: the places mention ``k`` is named to hold (``Washington`` in ``Tacoma, Washington``).
    """
    context = Context(base.countries.copy(), set(base.regions), list(base.anchors))
    for cands, inner in zip(options, inners or [[]] * len(options), strict=True):
        ranked = _ranked(cands, base, None, inner)
        if not ranked:
            continue
        top = ranked[0]
        margin = top[0] - ranked[1][0] if len(ranked) > 1 else CONFIDENT_MARGIN
        if margin >= CONFIDENT_MARGIN or top[1].kind == "country":
            context.add(top[1])
    return context


def held(options: list[list[Candidate]], containers: list[int | None]) -> list[list[Candidate]]:
    """For each mention, the places of the mentions it is named to hold (``Tacoma`` for ``Washington``)."""
    inners: list[list[Candidate]] = [[] for _ in options]
    for k, j in enumerate(containers):
        if j is not None:
            inners[j] += options[k]
    return inners


def choose(
    options: list[list[Candidate]], context: Context, containers: list[int | None] | None = None
) -> list[Candidate | None]:
    """One place per mention, ranked in the ``context`` that :func:`settle` gives.

    ``containers[k]``: the mention that names where mention ``k`` lies (``Parkland, Florida``); that
    one is read as a place that holds a namesake of mention ``k`` (``Tacoma, Washington``: the state).
    """
    containers = containers or [None] * len(options)
    inners = held(options, containers)  # "Tacoma, Washington": the state that has a Tacoma
    outers = [_best(options[j], context, None, inners[j]) if j is not None else None for j in containers]
    return [_best(*args) for args in zip(options, [context] * len(options), outers, inners, strict=True)]


def _supported_by_others(c: Candidate, context: Context) -> bool:
    """Whether the article names other places in ``c``'s country or near it (not only ``c`` itself)."""
    if context.countries[c.country] > 1.0:
        return True
    return any(
        (a_lat, a_lon) != (c.lat, c.lon) and haversine_km(c.lat, c.lon, a_lat, a_lon) <= NEAR_KM
        for a_lat, a_lon in context.anchors
    )


def doubtful(text: str, c: Candidate, context: Context) -> bool:
    """A small town whose name is not the one written (``Shaar`` → Shar, ``Zahraa`` → Ez Zahra), in a
    country the article does not otherwise mention (a mid-sized city too, when the article is about
    another country): left unresolved rather than placed wrongly."""
    if c.curated or c.kind != "city" or fold_text(text) == fold_text(c.name) or _supported_by_others(c, context):
        return False
    elsewhere = any(share >= FOCUSED_SHARE for share in map(context.focus, context.countries))
    return c.population < SMALL_POPULATION or (c.population < LARGE_POPULATION and elsewhere)


def county_places(gaz: Gazetteer, key: str) -> list[Candidate]:
    """Where ``<key> County`` lies: its namesake town in a US state that has such a county, else that
    state if only one has; outside the US, a town of that name."""
    towns = [c for c in gaz.lookup_key(key) if c.kind == "city"]
    states = county_states(key)
    if not states:
        return towns
    inside = [c for c in towns if c.country == "US" and c.admin1 in states]
    if inside or len(states) > 1:
        return inside
    region = gaz.region_of("US", next(iter(states)))
    return [region] if region is not None else []


def drop_former_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Without places known by ``text`` only as an old or foreign name (``Salisbury`` → Harare) when a
    sizeable place bears that very name; spelling variants (``Idleb`` → Idlib) are kept."""
    written = fold_text(text)
    if not any(fold_text(c.name) == written and c.population >= NAMESAKE_POPULATION for c in candidates):
        return candidates
    return [c for c in candidates if c.curated or c.kind != "city" or fold_text(c.name)[:2] == written[:2]]
