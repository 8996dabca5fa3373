"""Reading the store back: articles, records, statements and events (streamed for exports)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import aliased

from . import schema as t
from .filters import EventFilter


def article_summaries(conn: Connection, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stored articles, newest first: id, outlet, published, dateline, title, counts."""
    a, o = t.articles.c, t.outlets.c
    query = (
        select(
            a.id,
            o.name.label("outlet"),
            a.published,
            a.dateline_place,
            a.dateline_date,
            a.title,
            a.url,
            a.n_statements,
            a.n_events,
        )
        .select_from(t.articles.outerjoin(t.outlets))
        .order_by(a.published.desc(), a.dateline_date.desc(), a.id)
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return [dict(row._mapping) for row in conn.execute(query)]


def article_record(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """The stored CONTRACT.md record of one article (an unambiguous id prefix is enough)."""
    row = conn.execute(select(t.articles.c.record).where(t.articles.c.id == article_id)).first()
    if row is None and len(article_id) >= 4:
        rows = conn.execute(select(t.articles.c.record).where(t.articles.c.id.startswith(article_id)).limit(2)).all()
        row = rows[0] if len(rows) == 1 else None
    return json.loads(row[0]) if row else None


def iter_records(conn: Connection, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Every stored record (of the articles with an event matching ``flt``, when given), streamed."""
    query = select(t.articles.c.record).order_by(t.articles.c.published, t.articles.c.id)
    if flt is not None and (clauses := flt.clauses()):
        matching = (
            select(t.events.c.article_id).select_from(t.events.join(t.articles).outerjoin(t.outlets)).where(*clauses)
        )
        query = query.where(t.articles.c.id.in_(matching))
    for row in conn.execution_options(stream_results=True, yield_per=500).execute(query):
        yield json.loads(row[0])


def statement_rows(
    conn: Connection,
    speaker: str | None = None,
    polarity: str | None = None,
    article_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored statements with their speaker entity and outlet, in article then text order."""
    s, en = t.statements.c, t.entities.c
    query = (
        select(
            s.uid,
            s.article_id,
            s.local_id,
            en.name.label("speaker"),
            s.speaker_text,
            s.cue_text,
            s.content_text,
            s.content_start,
            s.content_end,
            s.direct,
            s.polarity,
            s.via_uid,
            t.outlets.c.name.label("outlet"),
            t.articles.c.published,
            t.articles.c.title,
        )
        .select_from(t.statements.outerjoin(t.entities).join(t.articles).outerjoin(t.outlets))
        .order_by(t.articles.c.published, s.article_id, s.content_start)
        .offset(offset)
    )
    if speaker:
        query = query.where(en.name.ilike(f"%{speaker}%") | s.speaker_text.ilike(f"%{speaker}%"))
    if polarity:
        query = query.where(s.polarity == polarity)
    if article_id:
        query = query.where(s.article_id == article_id)
    if limit is not None:
        query = query.limit(limit)
    return [dict(row._mapping) for row in conn.execute(query)]


def event_query(flt: EventFilter) -> Select[Any]:
    """Events with their place, article, outlet, claimant and up to three relaying speakers."""
    e, a = t.events.c, t.articles.c
    claim = aliased(t.statements, name="claim")
    relay = [aliased(t.statements, name=f"relay{i}") for i in (1, 2, 3)]
    speakers = [aliased(t.entities, name=f"speaker{i}") for i in (0, 1, 2, 3)]
    joined = (
        t.events.join(t.articles)
        .outerjoin(t.outlets)
        .outerjoin(t.places, t.places.c.key == e.place_key)
        .outerjoin(claim, claim.c.uid == e.claimed_by_uid)
        .outerjoin(speakers[0], speakers[0].c.id == claim.c.speaker_entity_id)
    )
    previous = claim
    for i, r in enumerate(relay, start=1):
        joined = joined.outerjoin(r, r.c.uid == previous.c.via_uid).outerjoin(
            speakers[i], speakers[i].c.id == r.c.speaker_entity_id
        )
        previous = r
    return (
        select(
            e.uid.label("event_uid"),
            e.article_id,
            e.local_id,
            e.type,
            e.subtype,
            e.actor1,
            e.actor2,
            e.date_from,
            e.date_to,
            e.time_precision,
            e.fatalities_low,
            e.fatalities_high,
            e.fatalities_bound_low,
            e.fatalities_bound_high,
            e.polarity,
            e.hedged,
            e.claimed_by_uid,
            speakers[0].c.name.label("claimant"),
            *[speakers[i].c.name.label(f"relay{i}") for i in (1, 2, 3)],
            t.places.c.name.label("place_name"),
            e.lat,
            e.lon,
            e.country,
            e.admin1,
            t.places.c.kind.label("place_kind"),
            e.evidence_start,
            e.evidence_end,
            e.evidence_text,
            t.outlets.c.name.label("outlet"),
            a.url,
            a.title,
            a.published,
        )
        .select_from(joined)
        .where(*flt.clauses())
        .order_by(e.date_from, e.uid)
    )


def iter_event_rows(conn: Connection, flt: EventFilter = EventFilter()) -> Iterator[dict[str, Any]]:
    """Event rows for exports, streamed in constant memory (see ``docs/exports.md`` for the keys)."""
    for row in conn.execution_options(stream_results=True, yield_per=1000).execute(event_query(flt)):
        yield event_row(row._mapping)


def event_row(m: Any) -> dict[str, Any]:
    """One result row as an export row: dates as ISO strings, the relay chain as a list (outermost first)."""
    row = dict(m)
    relay = [row.pop(f"relay{i}") for i in (1, 2, 3)]
    row["relay"] = [name for name in reversed(relay) if name]
    for key in ("date_from", "date_to", "published"):
        row[key] = row[key].isoformat() if row[key] else None
    row["hedged"] = bool(row["hedged"])
    return row
