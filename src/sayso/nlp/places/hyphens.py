"""Places inside hyphenated words: ``U.S.-led``, ``London-based``, ``Russian-backed``, ``Syrian-Turkish``."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...gazetteer import Candidate, Gazetteer
from ...gazetteer.normalise import name_key
from ..doctext import token_words
from .lexicon import demonyms, generic_words, stoplist
from .mentions import STRONG_POPULATION

CharFound = tuple[int, int, list[Candidate]]  # character start, end, candidates
_PART = re.compile(r"[^-]+")


def _strong(candidates: list[Candidate]) -> list[Candidate]:
    return [c for c in candidates if c.kind in ("country", "region") or c.population >= STRONG_POPULATION]


def _part_candidates(gaz: Gazetteer, part: str, use_demonyms: bool) -> list[Candidate]:
    """A country, region or large city that ``part`` names (or, as a demonym, denotes)."""
    if use_demonyms and part in demonyms():
        key = name_key(demonyms()[part])
        return [c for c in gaz.lookup_key(key) if c.exact and c.kind in ("country", "region")][:1]
    key = name_key(part)
    if key in generic_words() or key in stoplist():
        return []
    return _strong(gaz.lookup_key(key))


def hyphen_parts(doc: Doc, gaz: Gazetteer, taken: set[int], *, use_demonyms: bool = True) -> list[CharFound]:
    """Capitalised parts of hyphenated tokens that no other mention covers and that name a country,
    region or large city (the rest of the word, ``-led``, ``-based``, is left out of the span)."""
    out: list[CharFound] = []
    for i, (text, _, _) in enumerate(token_words(doc)):  # a Token only for the hyphenated words
        if i in taken or "-" not in text.strip("-") or not text[:1].isupper():
            continue
        token = doc[i]
        for part in _PART.finditer(text):
            word = part.group()
            if not word[:1].isupper():
                continue
            candidates = _part_candidates(gaz, word, use_demonyms)
            if candidates:
                out.append((token.idx + part.start(), token.idx + part.end(), candidates))
    return out
