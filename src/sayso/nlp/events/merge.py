"""One event per happening: join a killing to the typed trigger it belongs to, and repeated mentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from .actors import Actor
from .lexicon import DATA, read_tsv


@dataclass(slots=True)
class Candidate:
    """An event under construction: one trigger's slots, then the union of merged mentions."""

    type: str
    subtype: str
    strong: bool
    head: int  # trigger head token
    char: int  # trigger head character offset
    sent: int  # sentence index
    evidence: list[tuple[int, int]]
    actor1: Actor | None = None
    actor2: Actor | None = None
    anaphoric: bool = False  # a definite noun ("the attack", "the strikes") naming a happening told before
    actor1_by_role: bool = False  # actor1 is the trigger's agent, not the nearest actor named before
    caption: bool = False  # told in a photo's caption, not in the report's own sentences
    place: int | None = None
    place_key: str | None = None
    place_region: str | None = None  # the admin1 area the place lies in
    place_is_region: bool = False  # the place is that area itself ("the Hama governorate")
    abroad: bool = False  # the place lies outside the article's home country
    time_from: date | None = None
    time_to: date | None = None
    time_precision: int = 3
    dated: bool = False  # the time comes from the text, not the article's date
    framed: bool = False  # ... from the words around a claim ("a monitor said on Tuesday"): the day it was said
    fatalities: tuple[int | None, int | None] | None = None
    vague: bool = False  # the toll writes no number ("dozens", "scores")
    words: tuple[int | None, int | None] | None = None  # the interval the toll's words allow ("at least 12": 12-)
    polarity: str = "asserted"
    hedged: bool = False
    claimed_by: str | None = None
    claimant: str | None = None  # speaker entity (None: the outlet)
    ancestors: frozenset[int] = field(default_factory=frozenset)
    quantity_heads: list[int] = field(default_factory=list)
    parts: list[int] = field(default_factory=list)  # figures given as parts of its toll ("including 7 children")
    rule: object = None  # the TriggerRule that typed it


def _same_or_none(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor else None


#: Names that say only which side: a group named elsewhere may be the one meant ("militants", "rebels").
_GENERIC = ("Opposition Rebels", "Unidentified Armed Group")
_ARMED = ("rebel group", "political militia", "identity militia")


def actors_agree(a: Actor | None, b: Actor | None) -> bool:
    """Either is unknown, they are one, or one is a generic name for armed opposition ("militants") and
    the other a non-state armed group ("al-Nusra Front terrorists")."""
    if a is None or b is None or a.name == b.name:
        return True
    generic, named = (a, b) if a.name.startswith(_GENERIC) else (b, a)
    return generic.name.startswith(_GENERIC) and named.actor_class in _ARMED


def _tolls_agree(a: Candidate, b: Candidate) -> bool:
    """The words of two tolls allow one number, or one writes none ("dozens" does not gainsay "58")."""
    return a.vague or b.vague or intervals_overlap(a.words, b.words)


def intervals_overlap(a: tuple[int | None, int | None] | None, b: tuple[int | None, int | None] | None) -> bool:
    """Two intervals of counts (an open end is None) share a number; an unknown one fits any."""
    if a is None or b is None:
        return True
    lo = max(a[0] or 0, b[0] or 0)
    hi = min(x for x in (a[1], b[1], 10**12) if x is not None)
    return lo <= hi


def _times_fit(a: Candidate, b: Candidate) -> bool:
    if a.time_precision == 3 or b.time_precision == 3 or None in (a.time_from, b.time_from):
        return True
    assert a.time_from and b.time_from
    return a.time_from <= (b.time_to or b.time_from) and b.time_from <= (a.time_to or a.time_from)


def same_happening(a: Candidate, b: Candidate) -> bool:
    """Two mentions of one happening: same kind, claimant and polarity; nothing that disagrees."""
    return (
        (a.type, a.subtype, a.polarity, a.claimant) == (b.type, b.subtype, b.polarity, b.claimant)
        and places_fit(a, b)
        and rest_agrees(a, b)
    )


def rest_agrees(a: Candidate, b: Candidate) -> bool:
    """Actors, tolls and days that do not gainsay each other (either may be unknown); and both told
    in the report's sentences or both in one photo's caption: a caption shows a picture, often one
    of another day, so what it shows is not taken for what the report tells."""
    return (
        a.caption == b.caption
        and actors_agree(a.actor1, b.actor1)
        and actors_agree(a.actor2, b.actor2)
        and _tolls_agree(a, b)
        and _times_fit(a, b)
    )


def places_fit(a: Candidate, b: Candidate) -> bool:
    """The same place, either unknown, or one is the admin1 area the other lies in ("chemical weapons
    in Hama" in the headline, "the bombardment of the Hama governorate" in the lead)."""
    if _same_or_none(a.place_key, b.place_key):
        return True
    inside = a.place_region is not None and a.place_region == b.place_region
    return inside and (a.place_is_region or b.place_is_region)


def absorb(into: Candidate, other: Candidate) -> None:
    """Fill ``into``'s empty slots from ``other`` and add its evidence. One actor is not both sides:
    the doer kept, the other side is the next mention's ("3 Killed ... in Nusra Front Rocket Attack":
    a broken parse makes the group the object of "Killed", its own attack names it the doer)."""
    for span in other.evidence:
        if span not in into.evidence:
            into.evidence.append(span)
    if into.actor1 is None or (other.actor1_by_role and not into.actor1_by_role):
        into.actor1, into.actor1_by_role = other.actor1 or into.actor1, other.actor1_by_role
    into.actor2 = next((a for a in (into.actor2, other.actor2) if a is not None and a.name != _name(into.actor1)), None)
    if into.place is None or (into.abroad and other.place is not None and not other.abroad):
        into.place, into.place_key, into.abroad = other.place, other.place_key, other.abroad  # home wins
        into.place_region, into.place_is_region = other.place_region, other.place_is_region
    if other.time_precision < into.time_precision:
        into.time_from, into.time_to = other.time_from, other.time_to
        into.time_precision = other.time_precision
    if other.fatalities is not None and (into.fatalities is None or (into.vague and not other.vague)):
        into.fatalities, into.vague, into.words = other.fatalities, other.vague, other.words  # "58" refines "dozens"
    into.hedged = into.hedged and other.hedged
    into.quantity_heads += other.quantity_heads
    into.parts += other.parts


def _linked(a: Candidate, b: Candidate) -> bool:
    return a.head in b.ancestors or b.head in a.ancestors


def join_killings(cands: list[Candidate]) -> list[Candidate]:
    """A killing (weak trigger) joins the nearest typed trigger of its sentence it is linked to, else a
    killing it is linked to ("the death toll from Russian strikes": "toll" joins the strikes, not
    "death")."""
    out = [c for c in cands if c.strong]
    for weak in (c for c in cands if not c.strong):
        linked = [s for s in out if s.sent == weak.sent and s.polarity == weak.polarity and _linked(s, weak)]
        if linked:
            target = min(linked, key=lambda s: (not s.strong, abs(s.head - weak.head)))
            absorb(target, weak)
        else:
            out.append(weak)
    return out


def _echo_of(outlet: Candidate, claimed: Candidate) -> bool:
    """``outlet`` (in the outlet's voice) tells, in the same sentence, the happening that the statement
    carrying ``claimed`` tells: same kind and polarity, nothing that disagrees."""
    return (
        outlet.claimant is None
        and claimed.claimed_by is not None
        and outlet.sent == claimed.sent
        and (outlet.type, outlet.subtype, outlet.polarity) == (claimed.type, claimed.subtype, claimed.polarity)
        and _same_or_none(outlet.place_key, claimed.place_key)
        and rest_agrees(outlet, claimed)
    )


def fold_echoes(cands: list[Candidate]) -> list[Candidate]:
    """A happening that a statement carries is not also the outlet's own claim from the same words
    ("The army says it is regrouping, and redeploying troops", the second verb parsed outside the
    claim): the outlet-voice mention joins the claimed one of its sentence."""
    out = list(cands)
    for outlet in [c for c in cands if c.claimant is None]:
        claimed = next((c for c in out if c is not outlet and _echo_of(outlet, c)), None)
        if claimed is not None:
            absorb(claimed, outlet)
            out.remove(outlet)
    return out


def merge_mentions(cands: list[Candidate]) -> list[Candidate]:
    """Merge repeated mentions of one happening, keeping text order of first mentions."""
    merged: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.evidence[0][0], c.char)):
        for kept in merged:
            if same_happening(kept, cand):
                absorb(kept, cand)
                break
        else:
            merged.append(cand)
    return merged


@cache
def _enclosing() -> dict[str, str]:
    return {r["admin1"]: r["inside"] for r in read_tsv(DATA / "enclosed.tsv")}


def _area(admin1: str | None) -> str | None:
    return _enclosing().get(admin1, admin1) if admin1 else None


def same_region(a: Candidate, b: Candidate, regions: dict[int, str | None]) -> bool:
    """The two lie in one admin1 area (or one inside the other, ``data/enclosed.tsv``), or either's is
    not known (``regions``: place index -> admin1)."""
    where = _area(regions.get(a.place)) if a.place is not None else None
    there = _area(regions.get(b.place)) if b.place is not None else None
    return where is None or there is None or where == there


def _numbered_account(vague: Candidate, cands: list[Candidate], regions: dict[int, str | None]) -> Candidate | None:
    """The first happening of the same type, polarity, actors, area and day whose toll writes a number
    that the vague words allow ("dozens" allows 58, not 300)."""
    return next(
        (
            c
            for c in cands
            if c is not vague
            and c.fatalities is not None
            and not c.vague
            and (c.type, c.polarity) == (vague.type, vague.polarity)
            and actors_agree(c.actor1, vague.actor1)
            and actors_agree(c.actor2, vague.actor2)
            and intervals_overlap(c.fatalities, vague.words)
            and same_region(c, vague, regions)
            and _times_fit(c, vague)
        ),
        None,
    )


def refine_vague_tolls(cands: list[Candidate], regions: dict[int, str | None]) -> list[Candidate]:
    """A toll with no number ("dozens were killed") and a numbered toll that the words allow, of a
    happening of the same type by and against the same actors, in the same area (admin1) on the same
    day, are two accounts of one happening: they become one event with the number ("dozens" gives way
    to "62"), whoever gives each. ``regions`` maps place indexes to their admin1."""
    out = list(cands)
    for vague in [c for c in cands if c.vague and c.fatalities is not None]:
        numbered = _numbered_account(vague, out, regions)
        if numbered is None or vague not in out:
            continue
        first, second = sorted((vague, numbered), key=lambda c: c.char)
        absorb(first, second)
        first.fatalities, first.vague, first.words = numbered.fatalities, False, numbered.words
        out.remove(second)
    return out
