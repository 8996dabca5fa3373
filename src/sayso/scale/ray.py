"""Extraction on a Ray cluster: each actor loads the pipeline once and returns records.

The same contract as :mod:`sayso.scale.local`: inputs are read, and bad inputs reported, in the
calling process; results come back in input order, a bounded number of chunks in flight. ``address``
``"local"`` starts a Ray instance on this machine (127.0.0.1, no dashboard) and stops it on exit;
any other address (``"auto"``, ``"ray://head:10001"``) joins a running cluster and leaves it running.
Ray is optional: ``pip install 'sayso[ray]'``.
"""

from __future__ import annotations

import itertools
import logging
import os
import socket
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ConfigError
from ..readers import BadInput
from ..records import Article, Record
from .local import IN_FLIGHT, chunks, extract_chunk, in_order

#: The object store of a local instance (records are small; Ray's default takes 30 % of memory).
LOCAL_OBJECT_STORE = 256 * 1024 * 1024


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ConfigError("Ray is not installed: pip install 'sayso[ray]'") from exc
    return ray


def _reachable(address: str, timeout: float = 5.0) -> None:
    """Fail at once, naming the address, when nothing listens at ``host:port`` (Ray itself retries
    for minutes); ``"auto"`` and other forms are left to Ray."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        return
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ConfigError(f"no Ray cluster at {address}: {exc.strerror or exc}") from exc


class _Extractor:
    """A Ray actor holding one loaded pipeline."""

    def __init__(self) -> None:
        from ..nlp.pipeline import load_pipeline

        self.nlp = load_pipeline()

    def extract(self, items: list[Article | BadInput]) -> list[Record | BadInput]:
        return extract_chunk(items, self.nlp)


class RayExtractPool:
    """``actors`` Ray actors (default, and at most: one per CPU of the cluster); use as a context manager."""

    def __init__(self, address: str = "local", actors: int | None = None, chunk_size: int = 16) -> None:
        self.address = address
        self.actors = actors if actors and actors > 0 else None
        self.chunk_size = chunk_size
        self._started = False
        self._handles: list[Any] = []

    def __enter__(self) -> RayExtractPool:
        ray = _ray()
        if not ray.is_initialized():
            if self.address == "local":
                ray.init(
                    _node_ip_address="127.0.0.1",
                    include_dashboard=False,
                    object_store_memory=LOCAL_OBJECT_STORE,
                    num_cpus=self.actors or os.cpu_count() or 1,
                    log_to_driver=False,
                    logging_level=logging.ERROR,  # Ray's start-up chatter is not the user's business
                )
            else:
                _reachable(self.address)
                try:
                    ray.init(address=self.address, log_to_driver=False, logging_level=logging.ERROR)
                except (ConnectionError, RuntimeError, ValueError) as exc:
                    raise ConfigError(f"no Ray cluster at {self.address}: {exc}".splitlines()[0]) from exc
            self._started = True
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        count = min(self.actors or cpus, cpus)  # one CPU each: more would wait for ever to be placed
        actor = ray.remote(num_cpus=1)(_Extractor)
        self._handles = [actor.remote() for _ in range(count)]
        return self

    def __exit__(self, *exc: object) -> None:
        ray = _ray()
        for handle in self._handles:
            ray.kill(handle)
        self._handles = []
        if self._started:
            ray.shutdown()  # stops the processes this pool's ray.init started, or leaves the cluster
            self._started = False

    def map(self, items: Iterable[Article | BadInput]) -> Iterator[Record | BadInput]:
        """Records (and bad inputs) in input order, chunks sent to the actors in turn."""
        turns = itertools.cycle(self._handles)

        def submit(chunk: list[Article | BadInput]) -> Any:
            return next(turns).extract.remote(chunk)

        yield from in_order(chunks(items, self.chunk_size), submit, _ray().get, len(self._handles) * IN_FLIGHT)
