"""Extraction over a process pool: each worker loads the pipeline once and returns records."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator

from ..records import Article, Record

_NLP = None


def _init_worker() -> None:
    global _NLP
    from ..nlp.pipeline import load_pipeline

    _NLP = load_pipeline()


def _extract_chunk(articles: list[Article]) -> list[Record]:
    from ..extract import extract_articles

    return list(extract_articles(articles, _NLP))


def extract_parallel(
    articles: Iterable[Article], processes: int | None = None, chunk_size: int = 8
) -> Iterator[Record]:
    """Records for ``articles`` in input order, computed by ``processes`` workers (default: all cores)."""
    processes = processes or os.cpu_count() or 1
    chunks = _chunks(articles, chunk_size)
    with mp.get_context("spawn").Pool(processes, initializer=_init_worker) as pool:
        for records in pool.imap(_extract_chunk, chunks):
            yield from records


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
