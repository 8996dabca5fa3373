"""How much the times stage adds to the spaCy parse of the same texts, in one run.

    .venv/bin/python benchmarks/times_speed.py [--data ../shared/data] [--limit 120] [--repeat 3]

Parses TimeBank/AQUAINT documents (as the timex evaluation presents them; else the seed article,
repeated) once with the model alone, then runs ``extract_times`` over the parsed Docs and prints both
times and their ratio. The issue's budget: the three grounding stages together add at most 10 %.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from sayso.eval.timex import gold_files, read_document
from sayso.nlp.extensions import register_extensions
from sayso.nlp.pipeline import MODEL
from sayso.nlp.times.extract import extract_times


def texts(data: Path, limit: int) -> list[tuple[str, date]]:
    """TimeBank/AQUAINT texts with their creation days, else the seed article repeated."""
    corpus = data / "timebank"
    if corpus.is_dir():
        docs = [read_document(p) for p in gold_files(corpus)[:limit]]
        return [(d.text, d.created) for d in docs]
    seed = sorted((data / "seed").glob("*.txt"))[0].read_text(encoding="utf-8")
    return [(seed, date(2024, 12, 1))] * limit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import spacy

    register_extensions()
    nlp = spacy.load(MODEL)
    items = texts(args.data, args.limit)
    start = time.perf_counter()
    docs = list(nlp.pipe((t for t, _ in items), batch_size=16))
    parse = time.perf_counter() - start
    for doc, (_, day) in zip(docs, items, strict=True):
        doc._.sayso_anchor = day
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        found = sum(len(extract_times(doc)) for doc in docs)
        best = min(best, time.perf_counter() - start)
    words = sum(len(t.split()) for t, _ in items)
    print(f"documents {len(docs)}  words {words}  times found {found}")
    print(f"spaCy parse   {parse:8.3f} s")
    print(f"times stage   {best:8.3f} s  ({best / parse:.1%} of the parse)")


if __name__ == "__main__":
    main()
