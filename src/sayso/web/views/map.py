"""The map: placed events as markers (or grid clusters when dense) for the current filter."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import Connection, func, select

from ...store import Store
from ...store import schema as t
from ...store.cells import cell_degrees
from ...store.filters import EventFilter
from ..queries import EVENT_TYPES, count_events, kept_clusters, map_clusters, map_markers, outlet_names
from .filters import POLARITIES, FilterParams

MAX_MARKERS = 1500
#: Map answers kept per process, keyed by the filter, the zoom and the store's article count: events only
#: come with new articles, so a count that has not moved means the same answer (a country-wide
#: clustering reads tens of thousands of index rows; the analyst's next look at it should not).
CACHE_SIZE = 64
_CACHE: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()
_LOCK = threading.Lock()


def forget_answers() -> None:
    """Drop the kept map answers (the next request of each filter computes it again)."""
    with _LOCK:
        _CACHE.clear()


def map_view(
    store: Store,
    params: FilterParams,
    *,
    zoom: int = 5,
    tile_url: str | None = None,
    max_markers: int = MAX_MARKERS,
) -> dict[str, Any]:
    """Markers (one per event) when at most ``max_markers`` match, else clusters on a grid for ``zoom``."""
    with store.engine.connect() as conn:
        version = conn.execute(select(func.count()).select_from(t.articles)).scalar_one()
    key = (store.url, id(store.engine), version, params.query(), zoom, tile_url, max_markers)
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return dict(_CACHE[key])
    data = _compute(store, params, zoom=zoom, tile_url=tile_url, max_markers=max_markers)
    with _LOCK:
        _CACHE[key] = data
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return dict(data)


def _clusters(conn: Connection, flt: EventFilter, zoom: int) -> list[dict[str, Any]]:
    """The store's kept per-cell counts where they answer the filter (a country, a type, a polarity), else
    the events themselves (the same clusters, from the covering index)."""
    kept = kept_clusters(conn, flt, zoom=zoom)
    return kept if kept is not None else map_clusters(conn, flt, cell=cell_degrees(zoom))


def _compute(
    store: Store, params: FilterParams, *, zoom: int, tile_url: str | None, max_markers: int
) -> dict[str, Any]:
    flt = params.to_filter()
    with store.engine.connect() as conn:
        # Counting stops past the marker budget, so a country-wide filter reads the index once (clusters).
        total = count_events(conn, flt, at_most=max_markers + 1)
        clustered = total > max_markers
        markers = [] if clustered else map_markers(conn, flt, max_markers=max_markers)
        clusters = _clusters(conn, flt, zoom) if clustered else []
        if clustered:
            total = sum(c["n"] for c in clusters)  # the placed events behind the clusters
        outlets = outlet_names(conn)
    return {
        "page": "map",
        "filters": params.values(),
        "query": params.query(),
        "total": total,
        "clustered": clustered,
        "zoom": zoom,
        "markers": markers,
        "clusters": clusters,
        "choices": {"type": list(EVENT_TYPES), "polarity": list(POLARITIES), "outlet": outlets},
        "tile_url": tile_url,
    }
