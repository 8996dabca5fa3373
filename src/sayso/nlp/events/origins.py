"""Places named as where people or fire came from ("residents evacuated *from Fuaa*", "refugees *from
Hama*", "rockets fired *from Idlib province*"): no event's place. The words are in
``data/origins.tsv``; "oust ... from Kobane" and "not far from Damascus" are not among them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Token

from ...records import Place
from .lexicon import DATA, read_tsv
from .metonymy import places_where

#: Dependencies a place word climbs to reach the "from" it depends on ("from the towns of Fuaa").
_CLIMB = {"pobj", "prep", "compound", "conj", "appos", "amod", "nmod", "cc"}
_STEPS = 5


@cache
def _lemmas() -> frozenset[str]:
    return frozenset(r["lemma"] for r in read_tsv(DATA / "origins.tsv"))


def is_origin(tok: Token) -> bool:
    """Whether the place whose head word is ``tok`` is what an origin word's "from" names."""
    for _ in range(_STEPS):
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return False
        up = tok.head
        if up.lower_ == "from" and tok.dep_ == "pobj":
            return _origin_word(up.head) or any(_origin_word(g) for g in _counted(up.head))
        tok = up
    return False


def _origin_word(tok: Token) -> bool:
    return tok.lemma_.lower() in _lemmas() or tok.lower_ in _lemmas()


def _counted(tok: Token) -> list[Token]:
    """What a word of number counts: "thousands *of evacuees* from the towns" (the parser hangs the
    "from" on the number)."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def origin_places(doc: Doc, places: Sequence[Place]) -> tuple[tuple[int, int], ...]:
    """The spans of the places ``doc`` names as where people or fire came from."""
    return places_where(doc, places, is_origin)
