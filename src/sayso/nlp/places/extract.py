"""``extract_places``: the Doc's place mentions as :class:`~sayso.records.Place` records."""

from __future__ import annotations

from spacy.tokens import Doc

from ...gazetteer import Candidate, Gazetteer, get_gazetteer
from ...gazetteer.context import Context, rank
from ...gazetteer.normalise import ARABIC_MARK, name_key
from ...records import Place
from ..doctext import doc_text
from .counties import place_counties
from .datelines import dateline_county, dateline_state
from .hyphens import hyphen_parts
from .lexicon import cues, generic_words, state_abbreviations
from .local import is_unknown_locality, place_city_parts, place_local_features
from .mentions import (
    CONTAINER_MARKS,
    STRONG_POPULATION,
    Mention,
    abbreviation_mentions,
    demonym_mentions,
    entity_mentions,
    feature_after,
    gazetteer_matches,
    spelled_places,
    surnames,
    verdict,
)
from .outlets import lower_case_words, not_a_place, ordinary_word, outlet_tokens
from .possessives import read_possessives
from .resolve import (
    apply_cue,
    choose,
    county_places,
    cue_kind,
    dateline_context,
    doubtful,
    drop_former_names,
    held,
    settle,
)

Found = tuple[int, int, list[Candidate]]  # token start, token end, candidates ([] = unresolved)


def _strong(candidates: list[Candidate]) -> bool:
    return any(c.kind in ("country", "region") or c.population >= STRONG_POPULATION for c in candidates)


def _names_a_feature(feature: str, strong: bool) -> bool:
    """Whether a name followed by ``feature`` names the feature, not the place: ``Mississippi River``,
    ``Grand Hall``; not ``Aleppo airport`` (a facility is where its town is), nor ``London Hospital``
    (a building named after a large place lies there)."""
    if not feature or feature in cues()["facility_after"]:
        return False
    return feature in cues()["feature_after"] or not strong


def _gazetteer_mentions(
    doc: Doc, gaz: Gazetteer, skip: set[int], lower: frozenset[str], people: frozenset[str]
) -> tuple[list[Found], list[Found]]:
    """Accepted gazetteer matches, and those kept only if the context agrees (``maybe``).

    A name followed by a feature word (``River``) stays unresolved.
    """
    out, maybe = [], []
    outlets = outlet_tokens(doc)
    for m in gazetteer_matches(doc, gaz):
        if m.start in skip:
            continue
        candidates = spelled_places(doc, m, gaz.lookup_key(m.key))
        if not candidates or not_a_place(doc, m, candidates, outlets, lower):
            continue
        curated, exact = any(c.curated for c in candidates), any(c.exact for c in candidates)
        said = verdict(doc, m, _strong(candidates), curated, exact, people)
        if said == "yes" and m.key.startswith(ARABIC_MARK) and not curated:
            said = "maybe"  # "Ahsem": reached only through a loose fold, kept where the article is
        if said == "maybe":
            maybe.append((m.start, m.end, candidates))
        if said != "yes":
            continue
        feature = feature_after(doc, m.end)
        if feature in cues()["county_after"]:  # "Orange County": placed at its namesake town
            out.append((m.start, m.end + 1, county_places(gaz, m.key)))
            continue
        if _names_a_feature(feature, _strong(candidates)):
            out.append((m.start, m.end + 1, []))  # "Mississippi River", "Royal Street": not the town
            continue
        kind, end = cue_kind(doc, m.start, m.end)
        out.append((m.start, end, apply_cue(gaz, candidates, kind)))
    return out, maybe


def _entity_candidates(doc: Doc, gaz: Gazetteer, m: Mention) -> list[Candidate]:
    """Places an NER entity may denote: by its whole name, or ``Pike County`` by its county."""
    if m.key in generic_words():
        return []
    found = spelled_places(doc, m, gaz.lookup_key(m.key))
    if not found and m.end - m.start > 1 and doc[m.end - 1].lower_ in cues()["county_after"]:
        return county_places(gaz, name_key(doc[m.start : m.end - 1].text))
    return found


def _named(gaz: Gazetteer, key: str, kinds: tuple[str, ...], country: str | None = None) -> list[Candidate]:
    """The place whose own name is ``key`` (of one of ``kinds``, in ``country`` if given)."""
    named = [c for c in gaz.lookup_key(key) if c.exact and c.kind in kinds]
    return [c for c in named if country is None or c.country == country][:1]


def _containers(doc: Doc, found: list[Found]) -> list[int | None]:
    """For ``A, B`` (``Parkland, Florida``) and ``A (B)``: the index of ``B`` for ``A``."""
    out: list[int | None] = [None] * len(found)
    for k in range(len(found) - 1):
        end, (start2, _, _) = found[k][1], found[k + 1]
        if start2 == end + 1 and doc[end].text in CONTAINER_MARKS:
            out[k] = k + 1
    return out


def _record(whole: str, start: int, end: int, place: Candidate | None) -> Place:
    """The record of a place at characters ``start:end`` of the text ``whole``."""
    text = whole[start:end]
    if place is None:
        return Place(text=text, start=start, end=end, name=text)
    return Place(
        text=text, start=start, end=end, name=place.name,
        lat=round(place.lat, 5), lon=round(place.lon, 5), country=place.country,
        admin1=place.admin1 if place.kind != "country" else None,
        geonameid=place.geonameid, kind=place.kind,
    )  # fmt: skip


def find_mentions(doc: Doc, gaz: Gazetteer, *, demonyms: bool = False) -> tuple[list[Found], list[Found]]:
    """Every place mention with its candidates, in text order; and the ``maybe`` ones apart."""
    states = [*abbreviation_mentions(doc, set()), *filter(None, [dateline_state(doc)])]
    found: list[Found] = [(m.start, m.end, _named(gaz, m.key, ("region",), "US")) for m in states]
    lower = lower_case_words(doc)  # the words the article writes in lower case
    people = surnames(doc, gaz)  # "Kasich" where "John Kasich" is named
    accepted, maybe = _gazetteer_mentions(doc, gaz, {start for start, _, _ in found}, lower, people)
    found += accepted
    taken = {t for start, end, _ in found for t in range(start, end)}
    if demonyms:
        for m in demonym_mentions(doc, taken):
            found.append((m.start, m.end, _named(gaz, m.key, ("country", "region"))))
    taken = {t for start, end, _ in found for t in range(start, end)}
    if county := dateline_county(doc, taken):
        found.append((county.start, county.end, county_places(gaz, county.key)))
        taken.update(range(county.start, county.end))
    for m in entity_mentions(doc, taken, people):  # a generic word ("the West") stays unresolved
        candidates = _entity_candidates(doc, gaz, m)
        if candidates or not ordinary_word(doc, m.start, m.end, lower):  # "Syria town Monitor": no place
            found.append((m.start, m.end, candidates))
    found = read_possessives(doc, found)  # "Aleppos old city" (scraped text lost the apostrophe)
    taken = {t for start, end, _ in found for t in range(start, end)}
    return found, [f for f in maybe if not taken.intersection(range(f[0], f[1]))]


def one_sense(
    texts: list[str], options: list[list[Candidate]], chosen: list[Candidate | None], held: list[int | None]
) -> list[Candidate | None]:
    """``chosen`` with each bare name of a state the article writes AP-style elsewhere taken as that state
    (``Washington`` in a story datelined ``CAMP MURRAY, Wash.``): one sense per article. A name with its
    own container keeps its reading (``Washington, D.C.``); ``held[k]``: mention ``k``'s container."""
    abbreviations = state_abbreviations()
    sense = {
        name_key(place.name): place
        for text, place in zip(texts, chosen, strict=True)
        if text in abbreviations and place is not None
    }
    out = []
    for text, cands, place, outer in zip(texts, options, chosen, held, strict=True):
        same = sense.get(name_key(text)) if outer is None else None
        out.append(same if same is not None and any(c.id == same.id for c in cands) else place)
    return out


def _supported(found: list[Found], context: Context) -> list[tuple[int, int, Candidate]]:
    """The ``maybe`` mentions whose best place lies in a region or near a point the article settled."""
    out = []
    for start, end, candidates in found:
        best = rank(candidates, context)[0][1]
        if (best.country, best.admin1) in context.regions or context.near(best.lat, best.lon):
            out.append((start, end, best))
    return out


def extract_places(doc: Doc, gazetteer: Gazetteer | None = None, *, demonyms: bool = True) -> list[Place]:
    """Place mentions in ``doc`` in text order, each resolved to a gazetteer place or left unresolved.

    ``demonyms``: also take ``Russian``, ``European`` as mentions of Russia, Europe (recorded with the
    kind of the place they denote, ``country``/``region``; the events stage never takes a country).
    """
    gaz = gazetteer or get_gazetteer()
    found, maybe = find_mentions(doc, gaz, demonyms=demonyms)
    base = dateline_context(gaz, getattr(doc._, "sayso_dateline_place", None))
    taken = {t for start, end, _ in [*found, *maybe] for t in range(start, end)}
    parts = hyphen_parts(doc, gaz, taken, use_demonyms=demonyms)
    spans = [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) for start, end, _ in found] + [
        (start, end) for start, end, _ in parts
    ]
    text = doc_text(doc)
    options = [drop_former_names(text[s:e], f[2]) for (s, e), f in zip(spans, [*found, *parts], strict=True)]
    containers = _containers(doc, found) + [None] * len(parts)
    context = settle(options, base, held(options, containers))
    chosen = choose(options, context, containers)
    chosen = one_sense([text[s:e] for s, e in spans], options, chosen, containers)
    placed = [
        (start, end, None if place is None or doubtful(text[start:end], place, context) else place)
        for (start, end), place in zip(spans, chosen, strict=True)
    ]
    placed += [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), best) for s, e, best in _supported(maybe, context)]
    placed.sort(key=lambda f: f[0])
    unknown = frozenset(
        s for (s, e), cands in zip(spans, options, strict=True) if not cands and is_unknown_locality(text[s:e])
    )
    split = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    bounds = [(span.start_char, span.end_char) for span in doc.sents] if split else []
    placed = place_city_parts(text, place_counties(gaz, text, placed), bounds)
    placed = place_local_features(text, placed, unknown, bounds)
    return [_record(text, start, end, place) for start, end, place in placed]
