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
            return up.head.lemma_.lower() in _lemmas() or up.head.lower_ in _lemmas()
        tok = up
    return False


def origin_places(doc: Doc, places: Sequence[Place]) -> tuple[tuple[int, int], ...]:
    """The spans of the places ``doc`` names as where people or fire came from."""
    return places_where(doc, places, is_origin)
