"""Running extraction on all cores of one machine (:mod:`.local`) or on a Ray cluster (:mod:`.ray`)."""

from __future__ import annotations

from typing import Any


def extract_pool(workers: int, ray: str | None = None) -> Any:
    """A pool (a context manager with ``map``): ``workers`` processes here, or, with a Ray address
    (``"local"``, ``"auto"``, ``"ray://head:10001"``), ``workers`` Ray actors (0: one per CPU)."""
    if ray:
        from .ray import RayExtractPool

        return RayExtractPool(ray, workers)
    from .local import ExtractPool

    return ExtractPool(workers)
