"""An article: its text with statements, places, dates, numbers and events marked inline."""

from __future__ import annotations

from typing import Any

from ...errors import NotFound
from ...store import Store
from .. import highlight


def record_view(record: dict[str, Any]) -> dict[str, Any]:
    """The view data of one contract record (stored, or just extracted on the ingest page)."""
    article = record["article"]
    return {
        "article": {k: v for k, v in article.items() if k != "text"},
        "segments": highlight.segments(article["text"], record),
        "notes": highlight.notes(record),
        "counts": {k: len(record.get(k, [])) for k in ("statements", "places", "times", "quantities", "events")},
        "legend": highlight.KINDS,
        "record": record,
    }


def article_view(store: Store, article_id: str) -> dict[str, Any]:
    record = store.record(article_id)
    if record is None:
        raise NotFound(f"article {article_id} does not exist")
    return {"page": "article", **record_view(record)}
