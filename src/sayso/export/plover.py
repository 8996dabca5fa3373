"""PLOVER / POLECAT-style JSON Lines: one event object a line.

Field mapping (docs/exports.md): ``id``, ``event_date``, ``story_date``, ``event_type`` / ``mode`` /
``context`` (from ``data/plover.tsv``), ``actor`` / ``actor_country`` / ``recipient`` /
``recipient_country``, ``geolocation`` {country, admin1, place_name, lat, lon, geo_precision},
``fatalities`` {low, high}, ``text``, ``source`` (outlet, url, title), and sayso's own fields
``polarity``, ``hedged``, ``claim`` {claimant, relay}, ``acled`` {event_type, sub_event_type}.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import IO, Any

from ..nlp.events.actors import actor_info
from ..nlp.events.lexicon import read_tsv
from .rows import EventRow, iso

DATA = Path(__file__).parent / "data"


@cache
def _mapping() -> dict[tuple[str, str], tuple[str, str, list[str]]]:
    return {
        (r["type"], r["subtype"]): (
            r["event_type"],
            r["mode"] or "",
            [c for c in (r["context"] or "").split(";") if c],
        )
        for r in read_tsv(DATA / "plover.tsv")
    }


def _country(name: str | None) -> str | None:
    actor = actor_info(name)
    return actor.country if actor else None


def plover_event(row: EventRow) -> dict[str, Any]:
    """One event row as a PLOVER/POLECAT-style event object."""
    event_type, mode, context = _mapping().get((row.get("type"), row.get("subtype")), ("OTHER", "", []))
    return {
        "id": row.get("event_uid"),
        "event_date": iso(row.get("date_from")),
        "event_date_end": iso(row.get("date_to")),
        "time_precision": row.get("time_precision"),
        "story_date": iso(row.get("published")),
        "event_type": event_type,
        "mode": mode,
        "context": context,
        "actor": row.get("actor1"),
        "actor_country": _country(row.get("actor1")),
        "recipient": row.get("actor2"),
        "recipient_country": _country(row.get("actor2")),
        "geolocation": {
            "country": row.get("country"),
            "admin1": row.get("admin1"),
            "place_name": row.get("place_name"),
            "lat": row.get("lat"),
            "lon": row.get("lon"),
            "kind": row.get("place_kind"),
        },
        "fatalities": {"low": row.get("fatalities_low"), "high": row.get("fatalities_high")},
        "text": row.get("evidence_text"),
        "source": {"outlet": row.get("outlet"), "url": row.get("url"), "title": row.get("title")},
        "article_id": row.get("article_id"),
        "polarity": row.get("polarity"),
        "hedged": bool(row.get("hedged")),
        "claim": {"claimant": row.get("claimant"), "relay": list(row.get("relay") or [])},
        "acled": {"event_type": row.get("type"), "sub_event_type": row.get("subtype")},
    }


def write_plover_jsonl(rows: Iterable[EventRow], out: IO[str]) -> int:
    """Write event rows as PLOVER-style JSON Lines, one at a time; returns the count."""
    n = 0
    for row in rows:
        out.write(json.dumps(plover_event(row), ensure_ascii=False) + "\n")
        n += 1
    return n
