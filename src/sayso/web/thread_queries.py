"""Reads over threads for the desk: a page of threads (contested first), one thread with its members.

``sayso.link`` has ``list_threads``/``thread_detail`` too; the desk needs paging, contested-first order,
and each member's evidence offsets (to show the sentence in context), so it reads the tables here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, case, desc, or_, select, true
from sqlalchemy.orm import aliased

from ..store import schema as t
from ..store.filters import EventFilter
from ..store.read import event_query, event_row

_CONTEXT = 240  # characters of article text shown around an evidence span, each side at most


def _contested():  # type: ignore[no-untyped-def]
    th = t.threads.c
    return and_(th.n_corroborating > 0, th.n_contradicting > 0)


def thread_list(
    conn: Connection,
    *,
    contested_only: bool = False,
    country: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Threads, contested ones first, then the largest and newest; with their current outcome."""
    th = t.threads.c
    oc = t.outcomes.c
    query = (
        select(
            t.threads,
            case((_contested(), True), else_=False).label("contested"),
            oc.verdict,
            oc.proposed.label("verdict_proposed"),
        )
        .select_from(t.threads.outerjoin(t.outcomes, and_(oc.thread_id == th.id, oc.is_current == true())))
        .order_by(desc(case((_contested(), 1), else_=0)), th.n_members.desc(), th.date_from.desc(), th.id)
        .limit(limit)
        .offset(offset)
    )
    if contested_only:
        query = query.where(_contested())
    if country:
        query = query.where(th.country == country.upper())
    if since:
        query = query.where(or_(th.date_to >= since, th.date_to.is_(None)))
    if until:
        query = query.where(th.date_from <= until)
    return [_plain(row._mapping) for row in conn.execute(query)]


def thread_detail(conn: Connection, thread_id: int) -> dict[str, Any] | None:
    """One thread: its proposition, outcomes (newest version first) and every member with its claim."""
    th = t.threads.c
    row = conn.execute(select(t.threads).where(th.id == thread_id)).first()
    if row is None:
        return None
    thread = _plain(row._mapping)
    thread["contested"] = bool(thread["n_corroborating"] and thread["n_contradicting"])
    oc = t.outcomes.c
    outcomes = conn.execute(select(t.outcomes).where(oc.thread_id == thread_id).order_by(oc.version.desc()))
    thread["outcomes"] = [_plain(o._mapping) for o in outcomes]
    thread["members"] = thread_members(conn, thread_id)
    return thread


def thread_members(conn: Connection, thread_id: int) -> list[dict[str, Any]]:
    """The members of a thread (contradicting, corroborating, neutral), each with its claim and evidence."""
    m = t.thread_members.c
    rows = [
        dict(r._mapping)
        for r in conn.execute(
            select(t.thread_members).where(m.thread_id == thread_id).order_by(m.stance, m.added_at, m.member_uid)
        )
    ]
    event_uids = [r["member_uid"] for r in rows if r["kind"] == "event"]
    events = {}
    if event_uids:
        query = event_query(EventFilter()).where(t.events.c.uid.in_(event_uids))
        events = {r.event_uid: event_row(r._mapping) for r in conn.execute(query)}
    statements = _statements(conn, [r["member_uid"] for r in rows if r["kind"] == "statement"])
    texts = _texts(conn, {r["article_id"] for r in rows})
    members = []
    for r in rows:
        claim = events.get(r["member_uid"]) or statements.get(r["member_uid"]) or {}
        span = (claim.get("evidence_start"), claim.get("evidence_end"))
        members.append(
            {
                **_plain(r),
                "claim": claim,
                "evidence": evidence_in_context(texts.get(r["article_id"], ""), *span) if None not in span else [],
            }
        )
    order = {"contradicts": 0, "corroborates": 1}
    return sorted(members, key=lambda x: (order.get(x["stance"], 2), x["claim"].get("published") or ""))


def _statements(conn: Connection, uids: list[str]) -> dict[str, dict[str, Any]]:
    if not uids:
        return {}
    s, en = t.statements.c, t.entities.c
    vias = [aliased(t.statements, name=f"via{i}") for i in (1, 2, 3)]
    names = [aliased(t.entities, name=f"via_speaker{i}") for i in (1, 2, 3)]
    joined = t.statements.outerjoin(t.entities).join(t.articles).outerjoin(t.outlets)
    previous = t.statements
    for via, name in zip(vias, names, strict=True):
        joined = joined.outerjoin(via, via.c.uid == previous.c.via_uid).outerjoin(
            name, name.c.id == via.c.speaker_entity_id
        )
        previous = via
    query = (
        select(
            s.uid,
            s.article_id,
            s.polarity,
            s.speaker_text,
            en.name.label("claimant"),
            s.cue_text,
            s.content_start.label("evidence_start"),
            s.content_end.label("evidence_end"),
            s.content_text.label("evidence_text"),
            t.outlets.c.name.label("outlet"),
            t.articles.c.title,
            t.articles.c.published,
            *[n.c.name.label(f"relay{i}") for i, n in enumerate(names, start=1)],
        )
        .select_from(joined)
        .where(s.uid.in_(uids))
    )
    out = {}
    for row in conn.execute(query):
        d = _plain(row._mapping)
        relay = [d.pop(f"relay{i}") for i in (1, 2, 3)]
        d["relay"] = [name for name in reversed(relay) if name]
        out[d["uid"]] = d
    return out


def _texts(conn: Connection, article_ids: set[str]) -> dict[str, str]:
    if not article_ids:
        return {}
    a = t.articles.c
    return {row.id: row.text for row in conn.execute(select(a.id, a.text).where(a.id.in_(article_ids)))}


def evidence_in_context(text: str, start: int, end: int) -> list[tuple[str, bool]]:
    """The evidence span with the rest of its sentence (or up to ~240 characters) either side."""
    if not (0 <= start <= end <= len(text)):
        return []
    left = max(0, start - _CONTEXT)
    cut = max(text.rfind(". ", left, start), text.rfind("\n", left, start))
    left = cut + 1 if cut >= 0 else left
    right = min(len(text), end + _CONTEXT)
    stops = [i for i in (text.find(". ", end, right), text.find("\n", end, right)) if i >= 0]
    right = min(stops) + 1 if stops else right
    before, hit, after = text[left:start].lstrip(), text[start:end], text[end:right].rstrip()
    return [(piece, piece is hit) for piece in (before, hit, after) if piece]


def _plain(mapping: Any) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in dict(mapping).items()}
