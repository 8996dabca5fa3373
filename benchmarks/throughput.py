"""Throughput of the full ``extract`` pipeline against a bare spaCy parse of the same texts.

Runs both in the same process on the same texts (the FA-KES and PolNeAR dev texts under
``$SAYSO_DATA`` when present, else the project's ``examples/``), single process and with all cores,
and prints articles/s, words/s, the ratio full/bare, and peak RSS.

    python benchmarks/throughput.py [--limit 200] [--processes 2]
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
import time
from pathlib import Path

import spacy

from sayso.extraction import extract_articles
from sayso.nlp.pipeline import MODEL, load_pipeline
from sayso.readers import ReadOptions, read_inputs
from sayso.records import Article
from sayso.scale.local import ExtractPool

REPO = Path(__file__).resolve().parent.parent


def corpus(limit: int) -> list[Article]:
    data = Path(os.environ.get("SAYSO_DATA", REPO.parent / "shared" / "data"))
    texts: list[str] = []
    fakes = data / "fa-kes" / "fakes_dev.csv"
    if fakes.exists():
        with fakes.open(encoding="utf-8") as f:
            texts += [f"{row['article_title']}\n\n{row['article_content']}\n" for row in csv.DictReader(f)]
    polnear = data / "polnear" / "data" / "dev" / "text"
    if polnear.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(polnear.glob("*.txt"))]
    if texts:
        from sayso.readers.base import make_article

        return [make_article(t, ReadOptions()) for t in texts[:limit]]
    return [a for a in read_inputs([REPO / "examples"]) if isinstance(a, Article)][:limit]


def timed(label: str, fn, articles: list[Article]) -> float:  # type: ignore[no-untyped-def]
    words = sum(len(a.text.split()) for a in articles)
    start = time.perf_counter()
    fn(articles)
    seconds = time.perf_counter() - start
    print(f"{label:<34} {len(articles) / seconds:8.1f} articles/s {words / seconds:10.0f} words/s  ({seconds:.1f} s)")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    articles = corpus(args.limit)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words; model {MODEL}; {args.processes} cores available")

    bare, full = spacy.load(MODEL), load_pipeline()
    bare_texts = lambda arts: list(bare.pipe((a.text for a in arts), batch_size=16))  # noqa: E731
    full_records = lambda arts: list(extract_articles(arts, full))  # noqa: E731
    bare_texts(articles[:5]), full_records(articles[:5])  # warm up both
    t_bare = timed("bare spaCy parse, 1 process", bare_texts, articles)
    t_full = timed("full sayso extract, 1 process", full_records, articles)
    print(f"ratio full/bare (throughput), 1 process: {t_bare / t_full:.2f}x")
    if args.processes > 1:
        t_bare_n = timed(
            f"bare spaCy parse, {args.processes} processes",
            lambda arts: list(bare.pipe((a.text for a in arts), batch_size=16, n_process=args.processes)),
            articles,
        )
        started = time.perf_counter()
        with ExtractPool(args.processes) as pool:  # each worker loads the model and the gazetteer once
            list(pool.map(articles[: args.processes * 8]))
            print(f"{args.processes} workers started and warmed in {time.perf_counter() - started:.1f} s")
            t_full_n = timed(
                f"full sayso extract, {args.processes} processes",
                lambda arts: list(pool.map(arts)),
                articles,
            )
        print(f"ratio full/bare (throughput), {args.processes} processes: {t_bare_n / t_full_n:.2f}x")
        print(f"speed-up of full extract with {args.processes} processes: {t_full / t_full_n:.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB (this process), {children:.0f} MB (largest worker)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
