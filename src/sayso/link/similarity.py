"""Claim text similarity: cosine of character n-gram profiles (3–5 grams of the normalised words).

It proposes and ranks; it never decides (the structured slots decide). It stands in for sentence
embeddings (MiniLM), which need torch; see ``docs/threads.md`` for how the two were compared.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: Evidence texts at least this similar, in different outlets, are copies of one origin.
SYNDICATED = 0.9


def normalise(text: str) -> str:
    """Lowercase, accents and punctuation dropped, whitespace collapsed."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(_WORD.findall(folded))


@lru_cache(maxsize=8192)
def profile(text: str, sizes: tuple[int, ...] = (3, 4, 5)) -> tuple[Counter[str], float]:
    """The n-gram counts of ``text`` and their vector norm."""
    padded = f" {normalise(text)} "
    grams: Counter[str] = Counter(padded[i : i + n] for n in sizes for i in range(len(padded) - n + 1))
    return grams, math.sqrt(sum(v * v for v in grams.values()))


def similarity(a: str, b: str) -> float:
    """Cosine similarity of the n-gram profiles of ``a`` and ``b`` (0..1)."""
    (pa, na), (pb, nb) = profile(a), profile(b)
    if not na or not nb:
        return 0.0
    small, large = (pa, pb) if len(pa) < len(pb) else (pb, pa)
    return sum(v * large.get(k, 0) for k, v in small.items()) / (na * nb)


def word_overlap(a: str, b: str) -> float:
    """Jaccard overlap of word sets: the baseline the n-gram cosine is compared with."""
    wa, wb = set(normalise(a).split()), set(normalise(b).split())
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def is_copy(a: str, b: str) -> bool:
    """Are two texts the same text (a syndicated copy), up to case, punctuation and small edits?"""
    na, nb = normalise(a), normalise(b)
    return bool(na) and (na == nb or similarity(na, nb) >= SYNDICATED)
