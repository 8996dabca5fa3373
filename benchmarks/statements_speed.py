"""How much the statements stage adds to the spaCy parse it runs on (same texts, same run).

    python benchmarks/statements_speed.py [--limit N] [--repeat R]

Texts: the PolNeAR dev texts under ``SAYSO_DATA`` (default ``../shared/data``), else the seed article,
else generated news-like paragraphs. Prints the bare parse time, the stage time and their ratio
(the budget is 10 %).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SENTENCES = [
    "In a statement on Saturday, the defense ministry said the forces were positioned north of the city.",
    '"Towns near the city have not been entered," the official said.',
    "The General Command cited the coordination center as saying that 300 fighters had been killed.",
    "The party dismissed allegations of a withdrawal, describing them as part of a media war.",
    "It was reported that the army had thwarted an attack, according to local sources.",
    "Residents told reporters they had heard heavy shelling throughout the night.",
]


def texts(limit: int) -> list[str]:
    """Benchmark texts: PolNeAR dev, else the seed, else generated paragraphs."""
    data = Path(os.environ.get("SAYSO_DATA", REPO.parent / "shared" / "data"))
    dev = sorted((data / "polnear" / "data" / "dev" / "text").glob("*.txt"))
    if dev:
        return [p.read_text(encoding="utf-8") for p in dev[:limit]]
    seed = sorted((data / "seed").glob("*.txt"))
    if seed:
        return [seed[0].read_text(encoding="utf-8")] * min(limit, 20)
    return ["\n\n".join(SENTENCES[i % 6 :] + SENTENCES[: i % 6]) * 3 for i in range(limit)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=84, help="number of texts (default: 84)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest counts (default: 3)")
    args = parser.parse_args()

    import spacy

    from sayso.nlp.extensions import register_extensions
    from sayso.nlp.pipeline import MODEL
    from sayso.nlp.statements.component import StatementsComponent

    register_extensions()
    nlp = spacy.load(MODEL)
    stage = StatementsComponent()
    corpus = texts(args.limit)
    words = sum(len(t.split()) for t in corpus)
    parse_times, stage_times = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        docs = list(nlp.pipe(corpus, batch_size=16))
        parse_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        statements = sum(len(stage(doc)._.sayso_statements) for doc in docs)
        stage_times.append(time.perf_counter() - start)
    parse, added = min(parse_times), min(stage_times)
    print(f"texts: {len(corpus)}  words: {words}  statements: {statements}")
    print(f"spaCy parse      {parse:8.2f} s")
    print(f"statements stage {added:8.2f} s")
    print(f"ratio            {added / parse:8.1%}  (budget 10%)")


if __name__ == "__main__":
    main()
