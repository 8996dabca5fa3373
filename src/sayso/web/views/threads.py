"""Threads: contested ones first; a thread's page shows the proposition and every member's claim."""

from __future__ import annotations

from typing import Any

from ...errors import NotFound
from ...store import Store
from ..thread_queries import thread_detail, thread_list


def threads_view(store: Store, *, contested_only: bool, country: str | None, limit: int, offset: int) -> dict[str, Any]:
    """A page of threads (``limit + 1`` fetched so the caller can tell whether there is a next page)."""
    with store.engine.connect() as conn:
        rows = thread_list(conn, contested_only=contested_only, country=country, limit=limit + 1, offset=offset)
    return {"page": "threads", "contested_only": contested_only, "country": country, "rows": rows}


def thread_view(store: Store, thread_id: int) -> dict[str, Any]:
    """One thread: proposition, outcomes, members with outlet, speaker, relay, stance, reason, evidence."""
    with store.engine.connect() as conn:
        thread = thread_detail(conn, thread_id)
    if thread is None:
        raise NotFound(f"thread {thread_id} does not exist")
    members = thread.pop("members")
    return {
        "page": "thread",
        "thread": thread,
        "members": members,
        "stances": {
            stance: sum(1 for m in members if m["stance"] == stance)
            for stance in ("corroborates", "contradicts", "neutral")
        },
    }
