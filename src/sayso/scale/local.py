"""Extraction over a process pool: each worker loads the pipeline once and returns records.

Inputs are read, and bad inputs reported, in the calling process; the workers only parse. Results
come back in input order, so ``sayso extract --workers 2`` prints what ``--workers 1`` prints.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from ..readers import BadInput
from ..records import Article, Record

T = TypeVar("T")
#: Chunks sent ahead per worker.
IN_FLIGHT = 4
_NLP = None


def _init_worker() -> None:
    global _NLP
    from ..nlp.pipeline import load_pipeline

    _NLP = load_pipeline()


def _extract_chunk(items: list[Article | BadInput]) -> list[Record | BadInput]:
    return extract_chunk(items, _NLP)


def extract_chunk(items: list[Article | BadInput], nlp: Any) -> list[Record | BadInput]:
    """Records for the articles of ``items``; bad inputs pass through in their places."""
    from ..extraction import extract_articles

    records = iter(extract_articles([i for i in items if isinstance(i, Article)], nlp))
    return [item if isinstance(item, BadInput) else next(records) for item in items]


def worker_count(workers: int | None) -> int:
    """``workers`` as a process count: 0 or None means every core."""
    return workers if workers and workers > 0 else os.cpu_count() or 1


class ExtractPool:
    """``processes`` workers, each with the pipeline loaded once; use as a context manager."""

    def __init__(self, processes: int | None = None, chunk_size: int = 16) -> None:
        self.processes = worker_count(processes)
        self.chunk_size = chunk_size
        self._pool: Any = None

    def __enter__(self) -> ExtractPool:
        self._pool = mp.get_context("spawn").Pool(self.processes, initializer=_init_worker)
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.terminate()
        self._pool.join()

    def map(self, items: Iterable[Article | BadInput]) -> Iterator[Record | BadInput]:
        """Records (and bad inputs) in input order. ``items`` is read here, a chunk at a time, so
        whatever it does (reading files, asking the store) stays in the calling thread."""

        def submit(chunk: list[Article | BadInput]) -> Any:
            return self._pool.apply_async(_extract_chunk, (chunk,))

        yield from in_order(chunks(items, self.chunk_size), submit, lambda job: job.get(), self.processes * IN_FLIGHT)


def in_order(batches: Iterable[T], submit: Callable[[T], Any], fetch: Callable[[Any], list], window: int) -> Iterator:
    """The results of ``submit``-ted batches, fetched in submission order. ``window`` batches are in
    flight at once and a new one is sent as the oldest comes back: no worker waits for the others at
    a batch boundary, and memory holds ``window`` batches whatever the input's length."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from fetch(pending.popleft())
    while pending:
        yield from fetch(pending.popleft())


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
