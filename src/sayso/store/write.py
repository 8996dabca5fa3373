"""Writing one extracted record: one transaction per article, nothing written twice."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.sql.schema import Table

from ..records import Place, Record
from . import cells
from . import schema as t


def write_record(conn: Connection, record: Record) -> bool:
    """Insert ``record`` (inside the caller's transaction). False when the article is already stored."""
    article = record.article
    if conn.execute(select(t.articles.c.id).where(t.articles.c.id == article.id)).first():
        return False
    outlet_id = _get_or_create(conn, t.outlets, {"name": article.outlet}) if article.outlet else None
    conn.execute(
        insert(t.articles).values(
            id=article.id,
            outlet_id=outlet_id,
            url=article.url,
            title=article.title,
            published=article.published,
            dateline_place=article.dateline.place,
            dateline_date=article.dateline.date,
            language=article.language,
            source_path=article.source_path,
            text=article.text,
            record=json.dumps(record.to_dict(), ensure_ascii=False),
            n_statements=len(record.statements),
            n_events=len(record.events),
            ingested_at=datetime.now(UTC).replace(tzinfo=None),
        )
    )
    _write_statements(conn, record)
    place_keys = _write_mentions(conn, record)
    _write_events(conn, record, place_keys)
    return True


def _uid(article_id: str, local_id: str) -> str:
    return f"{article_id}:{local_id}"


def _get_or_create(conn: Connection, table: Table, values: dict[str, Any], key: str = "name") -> Any:
    column = table.c[key]
    found = conn.execute(select(table.primary_key.columns.values()[0]).where(column == values[key])).first()
    if found:
        return found[0]
    result = conn.execute(insert(table).values(**values))
    return result.inserted_primary_key[0] if result.inserted_primary_key else values[key]


def _write_statements(conn: Connection, record: Record) -> None:
    aid = record.article.id
    rows = []
    for s in record.statements:
        entity_id = None
        if s.speaker is not None:
            entity_id = _get_or_create(conn, t.entities, {"name": s.speaker.entity, "kind": "speaker"})
        rows.append(
            {
                "uid": _uid(aid, s.id),
                "article_id": aid,
                "local_id": s.id,
                "speaker_entity_id": entity_id,
                "speaker_text": s.speaker.text if s.speaker else None,
                "speaker_start": s.speaker.start if s.speaker else None,
                "speaker_end": s.speaker.end if s.speaker else None,
                "cue_text": s.cue.text,
                "cue_start": s.cue.start,
                "cue_end": s.cue.end,
                "content_text": s.content.text,
                "content_start": s.content.start,
                "content_end": s.content.end,
                "direct": s.direct,
                "polarity": s.polarity,
                "via_uid": _uid(aid, s.via) if s.via else None,
            }
        )
    if rows:
        conn.execute(insert(t.statements), rows)


def place_key(place: Place) -> str:
    """The store key of a place: its GeoNames id, else its country and name."""
    if place.geonameid is not None:
        return f"gn:{place.geonameid}"
    return f"name:{place.country or ''}:{place.name}"


def _write_mentions(conn: Connection, record: Record) -> list[str]:
    aid = record.article.id
    keys: list[str] = []
    rows: list[dict[str, Any]] = []
    for i, p in enumerate(record.places):
        key = place_key(p)
        keys.append(key)
        if not conn.execute(select(t.places.c.key).where(t.places.c.key == key)).first():
            conn.execute(
                insert(t.places).values(
                    key=key,
                    name=p.name,
                    lat=p.lat,
                    lon=p.lon,
                    country=p.country,
                    admin1=p.admin1,
                    kind=p.kind,
                    geonameid=p.geonameid,
                )
            )
        rows.append(_mention(aid, "place", i, p.start, p.end, p.text, place_key=key))
    for i, tm in enumerate(record.times):
        rows.append(
            _mention(aid, "time", i, tm.start, tm.end, tm.text, value=tm.value, date_from=tm.from_, date_to=tm.to)
        )
    for i, q in enumerate(record.quantities):
        rows.append(_mention(aid, "quantity", i, q.start, q.end, q.text, low=q.low, high=q.high, of=q.of))
    if rows:
        conn.execute(insert(t.mentions), rows)
    return keys


def _mention(article_id: str, kind: str, idx: int, start: int, end: int, text: str, **extra: Any) -> dict:
    row = dict.fromkeys(("place_key", "date_from", "date_to", "value", "low", "high", "of"))
    row.update(article_id=article_id, kind=kind, idx=idx, start=start, end=end, text=text, **extra)
    return row


def _write_events(conn: Connection, record: Record, place_keys: list[str]) -> None:
    aid, text = record.article.id, record.article.text
    event_rows, evidence_rows = [], []
    for e in record.events:
        place = record.places[e.place] if e.place is not None and e.place < len(record.places) else None
        start, end = e.evidence[0]
        uid = _uid(aid, e.id)
        event_rows.append(
            {
                "uid": uid,
                "article_id": aid,
                "local_id": e.id,
                "type": e.type,
                "subtype": e.subtype,
                "actor1": e.actor1,
                "actor2": e.actor2,
                "place_idx": e.place if place else None,
                "place_key": place_keys[e.place] if place else None,
                "lat": place.lat if place else None,
                "lon": place.lon if place else None,
                "country": place.country if place else None,
                "admin1": place.admin1 if place else None,
                "date_from": e.time_from,
                "date_to": e.time_to,
                "time_precision": e.time_precision,
                "fatalities_low": e.fatalities_low,
                "fatalities_high": e.fatalities_high,
                "fatalities_bound_low": e.bounds[0] if e.bounds else None,
                "fatalities_bound_high": e.bounds[1] if e.bounds else None,
                "polarity": e.polarity,
                "hedged": e.hedged,
                "claimed_by_uid": _uid(aid, e.claimed_by) if e.claimed_by else None,
                "evidence_start": start,
                "evidence_end": end,
                "evidence_text": text[start:end],
            }
        )
        evidence_rows += [{"event_uid": uid, "idx": i, "start": s, "end": en} for i, (s, en) in enumerate(e.evidence)]
    if event_rows:
        conn.execute(insert(t.events), event_rows)
        conn.execute(insert(t.event_evidence), evidence_rows)
        cells.add_events(conn, event_rows)
