"""Reading and writing threads, their members, outcomes and the link index (the link package computes).

Every function takes an open ``Connection``; the caller decides the transaction (one per linking run,
one per recorded outcome). Timestamps are UTC.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, exists, func, insert, or_, select, update
from sqlalchemy.orm import aliased

from . import schema as t
from .filters import EventFilter
from .read import event_query


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# --- claims: events and statements with their outlet, date, speaker and relay chain ----------------


def event_claims(
    conn: Connection, *, article_ids: Iterable[str] = (), uids: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """Events of ``article_ids`` (or with ``uids``) with place key/kind, outlet, date, claimant and relays."""
    query = event_query(EventFilter()).add_columns(
        t.events.c.place_key, t.articles.c.dateline_date, t.articles.c.text.label("article_text")
    )
    article_ids, uids = list(article_ids), list(uids)
    if article_ids:
        query = query.where(t.events.c.article_id.in_(article_ids))
    elif uids:
        query = query.where(t.events.c.uid.in_(uids))
    else:
        return []
    rows = []
    for row in conn.execute(query):
        m = dict(row._mapping)
        relays = [m.pop(f"relay{i}") for i in (1, 2, 3)]
        m["relay"] = [name for name in reversed(relays) if name]
        rows.append(m)
    return rows


def statement_claims(
    conn: Connection, *, article_ids: Iterable[str] = (), uids: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """Statements of ``article_ids`` (or with ``uids``) with speaker, outlet, date and relay chain."""
    s = t.statements
    relays = [aliased(t.statements, name=f"via{i}") for i in (1, 2, 3)]
    speakers = [aliased(t.entities, name=f"who{i}") for i in (0, 1, 2, 3)]
    joined = s.join(t.articles).outerjoin(t.outlets).outerjoin(speakers[0], speakers[0].c.id == s.c.speaker_entity_id)
    previous: Any = s
    for i, r in enumerate(relays, start=1):
        joined = joined.outerjoin(r, r.c.uid == previous.c.via_uid).outerjoin(
            speakers[i], speakers[i].c.id == r.c.speaker_entity_id
        )
        previous = r
    query = select(
        s.c.uid,
        s.c.article_id,
        s.c.polarity,
        s.c.content_text,
        s.c.speaker_text,
        speakers[0].c.name.label("claimant"),
        *[speakers[i].c.name.label(f"relay{i}") for i in (1, 2, 3)],
        t.outlets.c.name.label("outlet"),
        t.articles.c.published,
        t.articles.c.dateline_date,
    ).select_from(joined)
    article_ids, uids = list(article_ids), list(uids)
    if article_ids:
        query = query.where(s.c.article_id.in_(article_ids))
    elif uids:
        query = query.where(s.c.uid.in_(uids))
    else:
        return []
    rows = []
    for row in conn.execute(query.order_by(s.c.article_id, s.c.content_start)):
        m = dict(row._mapping)
        chain = [m.pop(f"relay{i}") for i in (1, 2, 3)]
        m["relay"] = [name for name in reversed(chain) if name]
        rows.append(m)
    return rows


def claimed_statement_uids(conn: Connection, article_ids: Iterable[str]) -> set[str]:
    """Statements of these articles that carry an event (their claim is already the event's)."""
    e = t.events.c
    query = select(e.claimed_by_uid).where(e.article_id.in_(list(article_ids)), e.claimed_by_uid.is_not(None))
    return {row[0] for row in conn.execute(query)}


# --- the link index: place cells and dates of events -------------------------------------------------


def index_event(conn: Connection, uid: str, family: str, cells: Iterable[str], date_from: date, date_to: date) -> None:
    """Index event ``uid`` under each cell (nothing happens for cells it is already under)."""
    known = {row[0] for row in conn.execute(select(t.link_index.c.cell).where(t.link_index.c.event_uid == uid))}
    rows = [
        {"cell": cell, "event_uid": uid, "family": family, "date_from": date_from, "date_to": date_to}
        for cell in dict.fromkeys(cells)
        if cell not in known
    ]
    if rows:
        conn.execute(insert(t.link_index), rows)


def candidate_uids(
    conn: Connection, family: str, cells: Iterable[str], lo: date, hi: date, earliest_start: date
) -> list[str]:
    """Indexed events of ``family`` under one of ``cells`` whose dates overlap ``lo``..``hi``.

    ``earliest_start`` bounds the index range scan (no event of the family starts before it and still
    reaches ``lo``), so the lookup reads a few index pages, never the whole table.
    """
    li = t.link_index.c
    query = (
        select(li.event_uid)
        .where(li.family == family, li.cell.in_(list(cells)))
        .where(li.date_from >= earliest_start, li.date_from <= hi, li.date_to >= lo)
        .distinct()
    )
    return sorted(row[0] for row in conn.execute(query))


# --- threads and members -------------------------------------------------------------------------------


def unthreaded_articles(conn: Connection, article_ids: Iterable[str], chunk: int = 500) -> list[str]:
    """Those of ``article_ids`` with an event in no thread: stored, but not linked (a run cut off between
    storing and linking)."""
    e, tm = t.events.c, t.thread_members.c
    ids, out = list(dict.fromkeys(article_ids)), []
    for i in range(0, len(ids), chunk):
        missing = ~exists().where(tm.member_uid == e.uid)
        query = select(e.article_id).where(e.article_id.in_(ids[i : i + chunk]), missing).distinct()
        out += [row[0] for row in conn.execute(query)]
    return sorted(out)


def member_threads(conn: Connection, uids: Iterable[str]) -> dict[str, int]:
    """The thread of each of ``uids`` that is a member of one."""
    tm = t.thread_members.c
    uids = list(uids)
    if not uids:
        return {}
    return {row[0]: row[1] for row in conn.execute(select(tm.member_uid, tm.thread_id).where(tm.member_uid.in_(uids)))}


def member_uids(conn: Connection, thread_id: int) -> list[tuple[str, str]]:
    """(uid, kind) of every member of a thread."""
    tm = t.thread_members.c
    query = select(tm.member_uid, tm.kind).where(tm.thread_id == thread_id).order_by(tm.member_uid)
    return [(row[0], row[1]) for row in conn.execute(query)]


def add_member(conn: Connection, thread_id: int, uid: str, kind: str, article_id: str) -> None:
    """Put a claim in a thread; its stance is decided when the thread is refreshed (``save_thread``)."""
    conn.execute(
        insert(t.thread_members).values(
            thread_id=thread_id,
            member_uid=uid,
            kind=kind,
            article_id=article_id,
            stance="neutral",
            reason_code="pending",
            reason="not yet weighed",
            origin_uid=uid,
            added_at=_now(),
        )
    )


def statement_vias(conn: Connection, article_ids: Iterable[str]) -> dict[str, str | None]:
    """uid -> via uid of the statements of these articles."""
    s = t.statements.c
    query = select(s.uid, s.via_uid).where(s.article_id.in_(list(article_ids)))
    return {row[0]: row[1] for row in conn.execute(query)}


def create_thread(conn: Connection, values: dict[str, Any]) -> int:
    now = _now()
    result = conn.execute(insert(t.threads).values(**values, created_at=now, updated_at=now))
    return int(result.inserted_primary_key[0])


def save_thread(conn: Connection, thread_id: int, values: dict[str, Any], members: list[dict[str, Any]]) -> bool:
    """Write a thread's slots and its members' stances; False when nothing changed (re-linking is a no-op)."""
    tm = t.thread_members.c
    old = {
        row.member_uid: dict(row._mapping)
        for row in conn.execute(select(t.thread_members).where(tm.thread_id == thread_id))
    }
    keys = ("kind", "article_id", "stance", "reason_code", "reason", "origin_uid", "similarity")
    changed = False
    for member in members:
        before = old.pop(member["member_uid"], None)
        if before is None:
            conn.execute(insert(t.thread_members).values(**member, thread_id=thread_id, added_at=_now()))
            changed = True
        elif any(before[k] != member[k] for k in keys):
            conn.execute(
                update(t.thread_members)
                .where(tm.thread_id == thread_id, tm.member_uid == member["member_uid"])
                .values(**{k: member[k] for k in keys})
            )
            changed = True
    if old:
        conn.execute(delete(t.thread_members).where(tm.thread_id == thread_id, tm.member_uid.in_(list(old))))
        changed = True
    current = conn.execute(select(t.threads).where(t.threads.c.id == thread_id)).first()
    if current is None or any(current._mapping[k] != v for k, v in values.items()):
        conn.execute(update(t.threads).where(t.threads.c.id == thread_id).values(**values, updated_at=_now()))
        changed = True
    return changed


def threads_near(conn: Connection, lo: date, hi: date) -> list[dict[str, Any]]:
    """Threads whose date window overlaps ``lo``..``hi`` (for statements without events)."""
    th = t.threads.c
    query = select(t.threads).where(th.date_from <= hi, th.date_to >= lo).order_by(th.id)
    return [dict(row._mapping) for row in conn.execute(query)]


def thread(conn: Connection, thread_id: int) -> dict[str, Any] | None:
    row = conn.execute(select(t.threads).where(t.threads.c.id == thread_id)).first()
    return dict(row._mapping) if row else None


def members(conn: Connection, thread_id: int) -> list[dict[str, Any]]:
    """Members of a thread with stance, reason and origin (claim details come from the claim queries)."""
    tm = t.thread_members.c
    query = select(t.thread_members).where(tm.thread_id == thread_id).order_by(tm.article_id, tm.member_uid)
    return [dict(row._mapping) for row in conn.execute(query)]


def list_threads(conn: Connection, status: str | None = None, contested: bool = False) -> list[dict[str, Any]]:
    """Threads with their counts and current outcome; ``status`` 'open' or 'settled'."""
    th, oc = t.threads.c, t.outcomes.c
    current = select(oc.thread_id, oc.verdict, oc.proposed, oc.settled_on).where(oc.is_current.is_(True)).subquery()
    query = (
        select(t.threads, current.c.verdict, current.c.proposed, current.c.settled_on)
        .select_from(t.threads.outerjoin(current, current.c.thread_id == th.id))
        .order_by(th.date_from, th.id)
    )
    settled = and_(current.c.verdict.is_not(None), current.c.proposed.is_(False))
    if status == "settled":
        query = query.where(settled)
    elif status == "open":
        query = query.where(or_(current.c.verdict.is_(None), current.c.proposed.is_(True)))
    if contested:
        query = query.where(th.n_contradicting > 0, th.n_corroborating > 0)
    return [dict(row._mapping) for row in conn.execute(query)]


# --- outcomes (versioned) ------------------------------------------------------------------------------


def add_outcome(conn: Connection, thread_id: int, **values: Any) -> dict[str, Any]:
    """Record a new current outcome of a thread; the previous current one is kept, superseded."""
    oc = t.outcomes.c
    version = conn.execute(select(func.max(oc.version)).where(oc.thread_id == thread_id)).scalar() or 0
    result = conn.execute(
        insert(t.outcomes).values(
            thread_id=thread_id, version=version + 1, is_current=True, recorded_at=_now(), **values
        )
    )
    new_id = int(result.inserted_primary_key[0])
    conn.execute(
        update(t.outcomes)
        .where(oc.thread_id == thread_id, oc.id != new_id, oc.is_current.is_(True))
        .values(is_current=False, superseded_by=new_id)
    )
    return outcomes(conn, thread_id)[-1]


def outcomes(conn: Connection, thread_id: int) -> list[dict[str, Any]]:
    """Every version of a thread's outcome, oldest first."""
    oc = t.outcomes.c
    query = select(t.outcomes).where(oc.thread_id == thread_id).order_by(oc.version)
    return [dict(row._mapping) for row in conn.execute(query)]


def current_outcomes(conn: Connection) -> dict[int, dict[str, Any]]:
    """The current outcome of every thread that has one."""
    query = select(t.outcomes).where(t.outcomes.c.is_current.is_(True))
    return {row.thread_id: dict(row._mapping) for row in conn.execute(query)}


def all_members(conn: Connection) -> list[dict[str, Any]]:
    """Every thread member (for track records)."""
    tm = t.thread_members.c
    return [dict(row._mapping) for row in conn.execute(select(t.thread_members).order_by(tm.thread_id, tm.member_uid))]
