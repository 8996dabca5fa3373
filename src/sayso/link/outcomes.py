"""Outcomes: what turned out, recorded by a person or proposed when later independent reports agree.

Outcomes are versioned: recording a new verdict keeps the old one (superseded, no longer current).
A proposed outcome never replaces a confirmed one.
"""

from __future__ import annotations

import getpass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from ..errors import ConfigError, NotFound
from ..store import Store
from ..store import threads as ts
from .stance import CONTRADICTS, CORROBORATES
from .weigh import member_claims

VERDICTS = ("held", "failed", "mixed")
#: A proposal needs later reports from at least this many independent origins in as many outlets.
MIN_AGREEING = 2


def record_outcome(
    store: Store,
    thread_id: int,
    verdict: str,
    *,
    note: str = "",
    evidence_url: str | None = None,
    settled_on: date | None = None,
    recorded_by: str | None = None,
) -> dict[str, Any]:
    """Record (confirm) the outcome of a thread; returns the new current version.

    ``settled_on`` defaults to the date of the thread's latest article: lead times count to it.
    """
    if verdict not in VERDICTS:
        raise ConfigError(f"verdict {verdict!r}: expected one of {', '.join(VERDICTS)} (e.g. --verdict held)")
    with store.engine.begin() as conn:
        if ts.thread(conn, thread_id) is None:
            raise NotFound(f"thread {thread_id}: no such thread (see `sayso threads`)")
        if settled_on is None:
            dates = [c.published for c in member_claims(conn, thread_id) if c.published]
            settled_on = max(dates) if dates else None
        return ts.add_outcome(
            conn,
            thread_id,
            verdict=verdict,
            note=note,
            evidence_url=evidence_url,
            settled_on=settled_on,
            proposed=False,
            recorded_by=recorded_by or _who(),
        )


def _who() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def outcome_history(store: Store, thread_id: int) -> list[dict[str, Any]]:
    """Every version of a thread's outcome, oldest first."""
    with store.engine.connect() as conn:
        return ts.outcomes(conn, thread_id)


def propose(conn: Connection, thread_id: int) -> dict[str, Any] | None:
    """Propose an outcome when the latest reports, from independent outlets, agree.

    The latest reports are those dated after the lead claim's article and after the last report that
    took the other side; they must come from at least two origins in two outlets. Corroborating gives
    ``held``, contradicting gives ``failed``.
    """
    history = ts.outcomes(conn, thread_id)
    current = history[-1] if history else None
    if current is not None and not current["proposed"]:
        return None
    row = ts.thread(conn, thread_id)
    claims = {c.uid: c for c in member_claims(conn, thread_id)}
    lead = claims.get(row["lead_uid"]) if row else None
    if lead is None or lead.published is None:
        return None
    later = sorted(
        (
            (claims[m["member_uid"]], m)
            for m in ts.members(conn, thread_id)
            if m["stance"] in (CORROBORATES, CONTRADICTS)
            and (claims[m["member_uid"]].published or date.min) > lead.published
        ),
        key=lambda cm: cm[0].published,  # type: ignore[arg-type, return-value]
    )
    latest = _latest_agreeing(later)
    stances = {m["stance"] for _, m in latest}
    origins = {m["origin_uid"] for _, m in latest}
    outlets = sorted({c.outlet for c, _ in latest if c.outlet})
    if len(stances) != 1 or len(origins) < MIN_AGREEING or len(outlets) < MIN_AGREEING:
        return None
    verdict = "held" if stances == {CORROBORATES} else "failed"
    settled_on = sorted(c.published for c, _ in latest)[MIN_AGREEING - 1]  # type: ignore[type-var]
    if current is not None and (current["verdict"], current["settled_on"]) == (verdict, settled_on):
        return None
    stance = next(iter(stances))
    verb = stance.removesuffix("s")
    note = f"proposed: {len(origins)} later reports from {', '.join(outlets)} {verb} the proposition"
    return ts.add_outcome(
        conn,
        thread_id,
        verdict=verdict,
        note=note,
        evidence_url=None,
        settled_on=settled_on,
        proposed=True,
        recorded_by="sayso",
    )


def _latest_agreeing(later: list[tuple[Any, dict[str, Any]]]) -> list[tuple[Any, dict[str, Any]]]:
    """The trailing reports (by article date) that all take the side of the latest one."""
    if not later:
        return []
    side = later[-1][1]["stance"]
    run: list[tuple[Any, dict[str, Any]]] = []
    for claim, member in reversed(later):
        if member["stance"] != side:
            break
        run.append((claim, member))
    cut = {c.published for c, m in later if m["stance"] != side}
    return [(c, m) for c, m in run if c.published not in cut]
