"""Search: full text over articles (title and text) and statements (content)."""

from __future__ import annotations

from typing import Any

from ...store import Store
from ...store.search import KINDS, query_terms, search


def search_view(store: Store, q: str, kind: str, *, limit: int, offset: int) -> dict[str, Any]:
    """Matches of ``q`` among articles or statements (``kind``), best first."""
    rows: list[dict[str, Any]] = []
    if query_terms(q):
        with store.engine.connect() as conn:
            rows = search(conn, q, kind, limit=limit + 1, offset=offset)
    return {"page": "search", "q": q, "kind": kind, "kinds": list(KINDS), "rows": rows}
