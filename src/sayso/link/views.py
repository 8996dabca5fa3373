"""What the CLI and the desk show of threads: the list, and one thread with every member."""

from __future__ import annotations

from typing import Any

from ..errors import NotFound
from ..store import Store
from ..store import threads as ts
from .weigh import member_claims


def list_threads(store: Store, *, status: str | None = None, contested: bool = False) -> list[dict[str, Any]]:
    """Threads with counts of corroborating and contradicting members, origins and current outcome."""
    with store.engine.connect() as conn:
        rows = ts.list_threads(conn, status=status, contested=contested)
    keys = (
        "id",
        "proposition",
        "family",
        "place_name",
        "date_from",
        "date_to",
        "n_members",
        "n_corroborating",
        "n_contradicting",
        "n_neutral",
        "independent_origins",
        "verdict",
        "proposed",
        "settled_on",
    )
    return [{k: r[k] for k in keys} for r in rows]


def thread_detail(store: Store, thread_id: int) -> dict[str, Any]:
    """One thread: its slots, its outcome history and every member with outlet, speaker, chain, stance."""
    with store.engine.connect() as conn:
        row = ts.thread(conn, thread_id)
        if row is None:
            raise NotFound(f"thread {thread_id}: no such thread (see `sayso threads`)")
        claims = {c.uid: c for c in member_claims(conn, thread_id)}
        members = ts.members(conn, thread_id)
        history = ts.outcomes(conn, thread_id)
    out = {k: v for k, v in row.items() if k not in ("created_at", "updated_at")}
    out["outcomes"] = [
        {k: v for k, v in o.items() if k != "recorded_at"} | {"recorded_at": str(o["recorded_at"])} for o in history
    ]
    out["members"] = []
    for m in sorted(members, key=lambda m: (claims[m["member_uid"]].published or row["date_from"], m["member_uid"])):
        c = claims[m["member_uid"]]
        out["members"].append(
            {
                "uid": c.uid,
                "kind": c.kind,
                "article_id": c.article_id,
                "outlet": c.outlet,
                "published": c.published,
                "speaker": c.claimant,
                "voice": c.voice,
                "chain": c.chain,
                "type": c.type,
                "subtype": c.subtype,
                "polarity": c.polarity,
                "place": c.place_name,
                "date_from": c.date_from,
                "date_to": c.date_to,
                "fatalities": [c.fatalities_low, c.fatalities_high] if c.has_fatalities else None,
                "stance": m["stance"],
                "reason_code": m["reason_code"],
                "reason": m["reason"],
                "origin": m["origin_uid"],
                "evidence": c.text,
            }
        )
    return out
