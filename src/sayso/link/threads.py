"""Linking: each new claim joins the thread of a compatible claim about the same situation, or opens one.

Candidates come from the link index (place cells x date window) — never a scan; the structured slots
(type family, place, dates, actors) decide; text similarity ranks when several threads qualify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import Connection

from ..store import threads as ts
from .claims import Claim, claim_from_event, claim_from_statement
from .geo import linkable, lookup_cells, own_cells, same_place
from .lexicon import FamilyParams, params, side_of, statement_cues
from .similarity import shortlist, similarity


@dataclass
class LinkReport:
    """What one linking run did."""

    opened: list[int] = field(default_factory=list)  # threads opened
    joined: list[int] = field(default_factory=list)  # existing threads that got new members
    changed: list[int] = field(default_factory=list)  # threads whose stances or slots changed
    proposed: list[int] = field(default_factory=list)  # threads given a proposed outcome
    linked: int = 0  # claims placed in threads
    unlinkable: list[str] = field(default_factory=list)  # events with no place or date to anchor them


def compatible(a: Claim, b: Claim, p: FamilyParams) -> str | None:
    """Why ``a`` and ``b`` are claims about one situation; None when a slot rules it out."""
    if a.family != b.family:
        return None
    where = same_place(a, b, p.radius_km)
    if where is None or None in (a.date_from, a.date_to, b.date_from, b.date_to):
        return None
    tolerance = timedelta(days=p.tolerance_days)
    if a.date_from > b.date_to + tolerance or b.date_from > a.date_to + tolerance:  # type: ignore[operator]
        return None
    sides_a, sides_b = {side_of(x) for x in a.actors}, {side_of(x) for x in b.actors}
    if p.actors_must_overlap and sides_a and sides_b and not sides_a & sides_b:
        return None
    return where


def _span_ok(thread: dict, c: Claim, p: FamilyParams) -> bool:
    lo = min(thread["date_from"] or c.date_from, c.date_from)
    hi = max(thread["date_to"] or c.date_to, c.date_to)
    return (hi - lo).days <= p.max_span_days


def place_event(conn: Connection, c: Claim, report: LinkReport) -> int:
    """Put event claim ``c`` in its thread (an existing one, or a new one); returns the thread id."""
    if linkable(c):
        p = params(c.family)
        ts.index_event(conn, c.uid, c.family, own_cells(c), c.date_from, c.date_to)  # type: ignore[arg-type]
        best = _best_thread(conn, c, p)
        if best is not None:
            ts.add_member(conn, best, c.uid, "event", c.article_id)
            report.joined.append(best)
            report.linked += 1
            return best
    else:
        report.unlinkable.append(c.uid)
    thread_id = ts.create_thread(conn, {"family": c.family, "type": c.type, "subtype": c.subtype, "proposition": ""})
    ts.add_member(conn, thread_id, c.uid, "event", c.article_id)
    report.opened.append(thread_id)
    report.linked += 1
    return thread_id


def _best_thread(conn: Connection, c: Claim, p: FamilyParams) -> int | None:
    tolerance = timedelta(days=p.tolerance_days)
    lo, hi = c.date_from - tolerance, c.date_to + tolerance  # type: ignore[operator]
    uids = [
        u
        for u in ts.candidate_uids(
            conn, c.family, lookup_cells(c, p.radius_km), lo, hi, lo - timedelta(days=p.max_span_days)
        )
        if u != c.uid
    ]
    thread_of = ts.member_threads(conn, uids)
    if not thread_of:
        return None
    threads: dict[int, dict] = {}
    fitting = []
    for row in ts.event_claims(conn, uids=list(thread_of)):
        other = claim_from_event(row)
        tid = thread_of[other.uid]
        if compatible(c, other, p) is None:
            continue
        threads.setdefault(tid, ts.thread(conn, tid) or {})
        if _span_ok(threads[tid], c, p):
            fitting.append((tid, other))
    scores: dict[int, float] = {}
    for tid, other in shortlist(c.text, fitting):  # the slots decide; similarity only ranks
        scores[tid] = max(scores.get(tid, 0.0), 1.0 + similarity(c.text, other.text))
    return max(scores, key=lambda tid: (scores[tid], -tid)) if scores else None


def _names_place(text: str, name: str | None) -> bool:
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) is not None  # type: ignore[arg-type]


def place_statements(conn: Connection, article_ids: list[str], report: LinkReport) -> set[int]:
    """Statements without an event of their own join a thread whose place and family cue they name."""
    vias = ts.statement_vias(conn, article_ids)
    carried = ts.claimed_statement_uids(conn, article_ids)
    frontier = set(carried)
    while frontier:  # a statement that relays a carried one is carried too
        frontier = {vias[u] for u in frontier if vias.get(u) and vias[u] not in carried}
        carried |= frontier  # type: ignore[arg-type]
    rows = [r for r in ts.statement_claims(conn, article_ids=article_ids) if r["uid"] not in carried]
    already = ts.member_threads(conn, [r["uid"] for r in rows])
    touched: set[int] = set()
    cues = statement_cues()
    for row in rows:
        c = claim_from_statement(row)
        if c.uid in already or c.date_from is None:
            continue
        text = c.text.lower()
        best: tuple[float, int] | None = None
        for thread in ts.threads_near(conn, c.date_from - timedelta(days=2), c.date_to + timedelta(days=2)):  # type: ignore[operator]
            if not _names_place(c.text, thread["place_name"]):
                continue
            if not any(cue in text for cue in cues.get(thread["family"], ())):
                continue
            score = similarity(c.text, thread["proposition"])
            if best is None or score > best[0]:
                best = (score, thread["id"])
        if best:
            ts.add_member(conn, best[1], c.uid, "statement", c.article_id)
            touched.add(best[1])
            report.joined.append(best[1])
            report.linked += 1
    return touched
