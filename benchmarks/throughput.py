"""Throughput of the full ``extract`` pipeline against a bare spaCy parse of the same texts.

Runs both in the same process on the same texts (the FA-KES and PolNeAR dev texts under
``$SAYSO_DATA`` when present, else the project's ``examples/``), single process and with all cores,
and prints articles/s, words/s, the ratio full/bare, and peak RSS.

    python benchmarks/throughput.py [--limit 200] [--processes 2] [--rounds 12]

The single-process figures are taken slice by slice in turns (bare, full; then full, bare; ...), so a
machine whose speed drifts during the run slows both alike. The full pipeline is then also taken apart
batch by batch (the spaCy components over 16 Docs, then the sayso components over the same Docs): the
ratio parse / (parse + sayso components) is the same comparison with the drift left out, since both
halves of every batch run within a second or two of each other.
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
from sayso.nlp.pipeline import MODEL, load_pipeline, make_doc
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


def rate(label: str, articles: list[Article], seconds: float) -> None:
    words = sum(len(a.text.split()) for a in articles)
    print(f"{label:<34} {len(articles) / seconds:8.1f} articles/s {words / seconds:10.0f} words/s  ({seconds:.1f} s)")


def timed(label: str, fn, articles: list[Article]) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn(articles)
    seconds = time.perf_counter() - start
    rate(label, articles, seconds)
    return seconds


def interleaved(bare, full, articles: list[Article], rounds: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Seconds of the bare parse and of the full pipeline over ``articles``, timed slice by slice in
    turns (the order swapped every round), so that a machine whose speed drifts during the run slows
    both alike; prints the totals and the spread of the per-slice ratios."""
    size = -(-len(articles) // rounds)
    slices = [articles[k : k + size] for k in range(0, len(articles), size)]
    totals = {"bare": 0.0, "full": 0.0}
    ratios = []
    for k, part in enumerate(slices):
        took = {}
        for name, fn in (("bare", bare), ("full", full)) if k % 2 == 0 else (("full", full), ("bare", bare)):
            start = time.perf_counter()
            fn(part)
            took[name] = time.perf_counter() - start
        totals["bare"] += took["bare"]
        totals["full"] += took["full"]
        ratios.append(took["bare"] / took["full"])
    rate("bare spaCy parse, 1 process", articles, totals["bare"])
    rate("full sayso extract, 1 process", articles, totals["full"])
    ratios.sort()
    spread = f"min {ratios[0]:.2f}, median {ratios[len(ratios) // 2]:.2f}, max {ratios[-1]:.2f}"
    print(f"full/bare ratio per slice ({len(slices)} slices): {spread}")
    return totals["bare"], totals["full"]


def stage_share(nlp, articles: list[Article], batch: int = 16) -> tuple[float, dict[str, float]]:  # type: ignore[no-untyped-def]
    """Seconds of the spaCy parse and of each sayso component over the same Docs, batch by batch: the
    full pipeline's own work, taken apart. Each batch is parsed and then run through the sayso
    components within a second or two, so the machine's drift weighs on both alike."""
    own = [name for name in nlp.pipe_names if name.startswith("sayso_")]
    parse_seconds, stages = 0.0, dict.fromkeys(own, 0.0)
    for k in range(0, len(articles), batch):
        docs = [make_doc(nlp, a) for a in articles[k : k + batch]]
        start = time.perf_counter()
        docs = [nlp.get_pipe("sayso_paragraphs")(d) for d in docs]  # it runs before the parser
        stages["sayso_paragraphs"] += time.perf_counter() - start
        start = time.perf_counter()
        with nlp.select_pipes(disable=own):
            docs = list(nlp.pipe(docs, batch_size=batch))
        parse_seconds += time.perf_counter() - start
        procs = [(name, nlp.get_pipe(name)) for name in own if name != "sayso_paragraphs"]
        for doc in docs:  # each Doc through every component in turn, as in the pipeline
            for name, proc in procs:
                start = time.perf_counter()
                proc(doc)
                stages[name] += time.perf_counter() - start
    return parse_seconds, stages


def ray_timed(address: str, actors: int, articles: list[Article]) -> float:
    """Seconds of full extraction on ``actors`` Ray actors, timed once they are started and warm."""
    from sayso.scale.ray import RayExtractPool

    started = time.perf_counter()
    with RayExtractPool(address, actors) as pool:
        list(pool.map(articles[: actors * 8]))
        print(f"{actors} Ray actors started and warmed in {time.perf_counter() - started:.1f} s")
        return timed(f"full sayso extract, {actors} Ray actors", lambda arts: list(pool.map(arts)), articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=12, help="slices timed in turns, bare and full")
    parser.add_argument("--ray", metavar="ADDRESS", help="also time extraction on Ray actors ('local' or a cluster)")
    args = parser.parse_args()
    articles = corpus(args.limit)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words; model {MODEL}; {args.processes} cores available")

    bare, full = spacy.load(MODEL), load_pipeline()
    bare_texts = lambda arts: list(bare.pipe((a.text for a in arts), batch_size=16))  # noqa: E731
    full_records = lambda arts: list(extract_articles(arts, full))  # noqa: E731
    bare_texts(articles[:5]), full_records(articles[:5])  # warm up both
    t_bare, t_full = interleaved(bare_texts, full_records, articles, args.rounds)
    print(f"ratio full/bare (throughput), 1 process: {t_bare / t_full:.2f}x")
    parse_s, stages = stage_share(full, articles)
    own = sum(stages.values())
    each = ", ".join(f"{name.removeprefix('sayso_')} {seconds:.2f}" for name, seconds in stages.items())
    print(f"taken apart, batch by batch: spaCy parse {parse_s:.1f} s, sayso components {own:.1f} s ({each})")
    print(f"ratio full/bare by that count (parse / (parse + sayso components)): {parse_s / (parse_s + own):.2f}x")
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
        if args.ray:
            t_ray = ray_timed(args.ray, args.processes, articles)
            print(f"ratio full on Ray/bare (throughput), {args.processes} actors: {t_bare_n / t_ray:.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB (this process), {children:.0f} MB (largest worker)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
