"""How much the grounding stages (places, times, quantities) add to the spaCy parse, in one run.

    .venv/bin/python benchmarks/quantities_speed.py [--data ../shared/data] [--limit 120] [--repeat 3]

Parses FA-KES dev articles (else the seed article, repeated) once with the model alone, then runs each
grounding component over the parsed Docs and prints its time and its ratio to the parse time.
The issue's budget: the three stages together add at most 10 % to the parse time.
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from sayso.nlp.pipeline import MODEL, STAGES, add_sayso_components, make_doc
from sayso.records import Article

GROUNDING = ("sayso_places", "sayso_times", "sayso_quantities")
BUDGET = 0.10


def texts(data: Path, limit: int) -> list[str]:
    """FA-KES dev articles as the evaluation writes them, else the seed article repeated."""
    corpus = data / "fa-kes" / "fakes_dev.csv"
    if corpus.is_file():
        with corpus.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))[:limit]
        return [r["article_title"] + "\n\n" + r["article_content"] + "\n" for r in rows]
    seed = sorted((data / "seed").glob("*.txt"))[0].read_text(encoding="utf-8")
    return [seed] * limit


def best_time(component, docs, repeat: int) -> float:
    """The best of ``repeat`` runs of ``component`` over the parsed ``docs``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in docs:
            component(doc)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import importlib.util

    import spacy

    present = tuple(s for s in GROUNDING if importlib.util.find_spec(f"sayso.nlp.{s[6:]}.component"))
    nlp = add_sayso_components(spacy.load(MODEL), tuple(s for s in STAGES if s in present))
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts(args.data, args.limit))]
    words = sum(len(a.text.split()) for a in articles)

    with nlp.select_pipes(disable=list(present)):
        list(nlp.pipe(make_doc(nlp, a) for a in articles[:5]))  # warm up
        start = time.perf_counter()
        docs = list(nlp.pipe(make_doc(nlp, a) for a in articles))
    parse = time.perf_counter() - start

    added, failed = {}, {}
    for name in present:
        try:
            added[name] = best_time(nlp.get_pipe(name), docs, args.repeat)
        except Exception as exc:  # a stage under construction: report it, time the others
            failed[name] = f"{type(exc).__name__}: {exc}"

    print(f"{len(docs)} articles, {words} words; spaCy parse {parse:.2f} s")
    for name, seconds in added.items():
        print(f"  {name:<18} {seconds:7.3f} s  {seconds / parse:6.1%} of the parse")
    total = sum(added.values())
    verdict = "within" if total / parse <= BUDGET else "OVER"
    print(f"  {'together':<18} {total:7.3f} s  {total / parse:6.1%} ({verdict} the {BUDGET:.0%} budget)")
    for name, reason in failed.items():
        print(f"  {name:<18} failed, not timed ({reason})")
    missing = [s for s in GROUNDING if s not in present]
    if missing:
        print(f"  not measured (no component yet): {', '.join(missing)}")


if __name__ == "__main__":
    main()
