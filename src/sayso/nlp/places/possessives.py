"""Possessives that lost their apostrophe in scraped text: ``Aleppos old city``, ``Syrias Idlib``.

A capitalised word ending in ``s`` is read as the possessive of a place when the article names that
place bare elsewhere and the word itself is no better-known place (``Aleppos`` is Aleppo's, not a
village in Idlib; ``Americas`` stays the region; ``Assads`` stays out: the article names no place
``Assad``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...gazetteer import Candidate
from ...gazetteer.context import prior
from ..doctext import token_words
from .lexicon import demonyms

Found = tuple[int, int, list[Candidate]]
#: Shortest bare name read through a lost apostrophe (``Homss`` is not written; ``Bas`` is no ``Ba``).
MIN_STEM = 4


def _best_prior(candidates: list[Candidate]) -> float:
    return max(map(prior, candidates), default=float("-inf"))


def read_possessives(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with each apostrophe-less possessive of a place the article names read as that place
    (replacing what the word alone matched, or added if it matched nothing), in text order."""
    people = demonyms()  # "Canadians" are people, not Canada's
    named = {text: cands for s, e, cands in found if cands and (text := doc[s:e].text) not in people}
    own = {s: f for f in found if (s := f[0]) + 1 == f[1]}
    covered = {t for s, e, _ in found for t in range(s, e) if e - s > 1}
    out = list(found)
    for i, (text, _, _) in enumerate(token_words(doc)):
        stem = text[:-1]
        if len(stem) < MIN_STEM or not text.endswith("s") or not text[:1].isupper() or i in covered:
            continue
        places = named.get(stem)
        if not places or (i > 0 and doc[i - 1].lower_ == "the"):
            continue  # "the Americas": a name of its own
        mine = own.get(i)
        if mine is None:
            out.append((i, i + 1, places))
        elif not any(c.kind in ("country", "region") for c in mine[2]) and _best_prior(mine[2]) < _best_prior(places):
            out[out.index(mine)] = (i, i + 1, places)
    return sorted(out, key=lambda f: f[0])
