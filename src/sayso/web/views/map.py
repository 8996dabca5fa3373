"""The map: placed events as markers (or grid clusters when dense) for the current filter."""

from __future__ import annotations

from typing import Any

from ...store import Store
from ..queries import EVENT_TYPES, count_events, map_clusters, map_markers, outlet_names
from .filters import POLARITIES, FilterParams

MAX_MARKERS = 1500


def cell_degrees(zoom: int) -> float:
    """Grid cell for clustering at ``zoom``: about 40 screen pixels on a 256-pixel-tile map."""
    return 360.0 / (2 ** max(0, min(zoom, 18))) / 256 * 40


def map_view(
    store: Store,
    params: FilterParams,
    *,
    zoom: int = 5,
    tile_url: str | None = None,
    max_markers: int = MAX_MARKERS,
) -> dict[str, Any]:
    """Markers (one per event) when at most ``max_markers`` match, else clusters on a grid for ``zoom``."""
    flt = params.to_filter()
    with store.engine.connect() as conn:
        # Counting stops past the marker budget, so a country-wide filter reads the index once (clusters).
        total = count_events(conn, flt, at_most=max_markers + 1)
        clustered = total > max_markers
        markers = [] if clustered else map_markers(conn, flt, max_markers=max_markers)
        clusters = map_clusters(conn, flt, cell=cell_degrees(zoom)) if clustered else []
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
