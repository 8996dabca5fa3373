"""The timeline: events (by type) and statements per day for the current filter, with thread lanes."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...store import Store
from ..queries import EVENT_TYPES, statements_by_day, timeline_days
from ..thread_queries import thread_list
from .filters import FilterParams

MAX_LANES = 30


def timeline_view(store: Store, params: FilterParams) -> dict[str, Any]:
    """Days with their event counts by type and statement counts; threads as lanes over the same days."""
    flt = params.to_filter()
    with store.engine.connect() as conn:
        days = timeline_days(conn, flt)
        first = date.fromisoformat(days[0]["date"]) if days else flt.since
        last = date.fromisoformat(days[-1]["date"]) if days else flt.until
        said = statements_by_day(conn, first, last, flt.outlet)
        lanes = thread_list(conn, country=flt.country, since=first, until=last, limit=MAX_LANES) if days else []
    for day in days:
        day["statements"] = said.get(day["date"], 0)
    peak = max((d["events"] + d["statements"] for d in days), default=0)
    return {
        "page": "timeline",
        "filters": params.values(),
        "query": params.query(),
        "days": days,
        "peak": peak,
        "types": list(EVENT_TYPES),
        "lanes": [_lane(thread, days) for thread in lanes],
    }


def _lane(thread: dict[str, Any], days: list[dict[str, Any]]) -> dict[str, Any]:
    """A thread's place on the timeline: the first and last day columns it spans (0-based)."""
    index = {d["date"]: i for i, d in enumerate(days)}
    start = thread.get("date_from") or days[0]["date"]
    end = thread.get("date_to") or start
    first = min((i for d, i in index.items() if d >= start), default=len(days) - 1)
    last = max((i for d, i in index.items() if d <= end), default=first)
    return {
        "id": thread["id"],
        "proposition": thread["proposition"],
        "contested": thread["contested"],
        "n_members": thread["n_members"],
        "date_from": thread.get("date_from"),
        "date_to": thread.get("date_to"),
        "first": first,
        "span": max(1, last - first + 1),
        "verdict": thread.get("verdict"),
    }
