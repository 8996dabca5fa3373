"""A happening told with its means: "terrorist attacks with rocket shells" is a shelling, "warplanes
fired missiles" an air strike.

"Attack" and "assault" (``data/generic.tsv``) say that something violent happened, not how. When the
phrase itself names the means ("attacks with rocket shells", "an attack by warplanes", "attacked the
town with mortar shells"), the means is a trigger of its own; the two are one happening, typed by the
means (ACLED types an event by how it was done). Likewise a craft (``data/carriers.tsv``) and the
weapon it fires or drops ("jets fired vacuum missiles") are one happening, typed by the craft.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from .lexicon import DATA, TriggerRule, read_tsv
from .merge import Candidate, absorb

#: Links that tie a word to the head of its noun phrase ("rocket" in "rocket shells", "mortars" in
#: "rockets and mortars").
_IN_PHRASE = frozenset({"compound", "amod", "nmod", "conj"})


@cache
def _generic() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(r["pattern"].split()) for r in read_tsv(DATA / "generic.tsv"))


@cache
def _carriers() -> dict[tuple[str, ...], frozenset[str]]:
    """Craft trigger pattern -> the sub-event types of its weapons."""
    return {tuple(r["pattern"].split()): frozenset(r["weapons"].split(";")) for r in read_tsv(DATA / "carriers.tsv")}


@cache
def _means_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "means.tsv"))


def is_generic(cand: Candidate) -> bool:
    """The candidate's trigger names a happening without saying how it was done ("an attack")."""
    return isinstance(cand.rule, TriggerRule) and cand.rule.words in _generic()


def _phrase_head(tok: Token) -> Token:
    while tok.dep_ in _IN_PHRASE and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _is_means(doc: Doc, generic: Candidate, precise: Candidate) -> bool:
    """``precise`` names the means of ``generic``: the object of a means preposition on the generic
    word, or a word of the generic word's own noun phrase."""
    head = _phrase_head(doc[precise.head])
    if head.i == generic.head:
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in _means_words() and prep.head.i == generic.head


def type_by_means(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Each generic candidate whose phrase names its means takes the means' type and absorbs it."""
    out = list(cands)
    for generic in [c for c in cands if is_generic(c)]:
        means = next(
            (
                c
                for c in out
                if c is not generic
                and c.strong
                and not is_generic(c)
                and c.polarity == generic.polarity
                and _is_means(doc, generic, c)
            ),
            None,
        )
        if means is None:
            continue
        absorb(generic, means)
        generic.type, generic.subtype, generic.rule = means.type, means.subtype, means.rule
        out.remove(means)
    return out


def _fired_by(doc: Doc, weapon: Candidate, craft: Candidate) -> bool:
    """``weapon`` is the object of a verb whose subject is ``craft``, or what it acts "with" ("jets
    fired missiles", "warplanes struck the market with rockets")."""
    head = _phrase_head(doc[weapon.head])
    verb = head.head
    if head.dep_ == "pobj":  # "struck the market with missiles"
        if head.head.lower_ not in _means_words():
            return False
        verb = head.head.head
    elif head.dep_ not in ("dobj", "obj"):
        return False
    return any(c.dep_ == "nsubj" and _phrase_head(doc[craft.head]).i == c.i for c in verb.children)


def fold_carried(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A weapon fired or dropped by a craft joins the craft's happening."""
    out = list(cands)
    crafts = [c for c in cands if isinstance(c.rule, TriggerRule) and c.rule.words in _carriers()]
    for craft in crafts:
        weapons = _carriers()[craft.rule.words]  # type: ignore[union-attr]
        for weapon in [
            c
            for c in out
            if c is not craft and c.subtype in weapons and c.polarity == craft.polarity and _fired_by(doc, c, craft)
        ]:
            absorb(craft, weapon)
            out.remove(weapon)
    return out
