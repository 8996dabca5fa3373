"""ACLED-style CSV: ACLED's column names, one event a line.

Mapping (see docs/exports.md): ``event_id_cnty`` = sayso's event uid; ``source`` = the outlet, then the
relays, then the claimant, ";"-separated (ACLED lists sources that way); ``notes`` = the evidence
sentence with "[denied]"/"[hedged]" marks; ``tags`` carries ``polarity=denied``, ``hedged`` and the
fatalities range (ACLED has no polarity column); ``fatalities`` = the interval's low bound (ACLED
records the lowest credible figure).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import IO, Any

from ..nlp.events.actors import actor_info, inter_code
from ..nlp.events.countries import country_name, iso_numeric
from ..nlp.events.lexicon import disorder_type
from .rows import EventRow, claim_chain, iso

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

#: ACLED geo_precision by sayso place kind: 1 the town itself, 2 near it / part of a region, 3 region.
GEO_PRECISION = {"city": 1, "site": 1, "road": 2, "water": 2, "other": 2, "region": 3, "country": 3}


def _interaction(a: int | None, b: int | None) -> int | None:
    if a is None:
        return None
    if b is None:
        return a * 10
    lo, hi = sorted((a, b))
    return lo * 10 + hi


def _tags(row: EventRow) -> str:
    tags = []
    if row.get("polarity") == "denied":
        tags.append("polarity=denied")
    if row.get("hedged"):
        tags.append("hedged")
    low, high = row.get("fatalities_low"), row.get("fatalities_high")
    if low != high and (low is not None or high is not None):
        tags.append(f"fatalities range={low if low is not None else ''}-{high if high is not None else ''}")
    return "; ".join(tags)


def _notes(row: EventRow) -> str:
    marks = [m for m, on in (("[denied]", row.get("polarity") == "denied"), ("[hedged]", row.get("hedged"))) if on]
    text = " ".join((row.get("evidence_text") or "").split())
    return " ".join([*marks, text]) if marks else text


def _timestamp(published: Any) -> int | None:
    day = iso(published)
    if not day:
        return None
    moment = datetime.fromisoformat(day[:10]).replace(tzinfo=UTC)
    return int(moment.timestamp())


def acled_row(row: EventRow) -> dict[str, Any]:
    """One event row in ACLED's columns."""
    country = row.get("country")
    a1, a2 = actor_info(row.get("actor1")), actor_info(row.get("actor2"))
    inter1, inter2 = inter_code(a1, country), inter_code(a2, country)
    day = iso(row.get("date_from"))
    low = row.get("fatalities_low")
    return {
        "event_id_cnty": row.get("event_uid"),
        "event_date": day,
        "year": int(day[:4]) if day else None,
        "time_precision": row.get("time_precision"),
        "disorder_type": disorder_type(row.get("type") or "", row.get("subtype")),
        "event_type": row.get("type"),
        "sub_event_type": row.get("subtype"),
        "actor1": row.get("actor1"),
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": row.get("actor2"),
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if a2 and a2.actor_class == "civilians" else "",
        "iso": iso_numeric(country),
        "region": "",
        "country": country_name(country) or country,
        "admin1": row.get("admin1"),
        "admin2": "",
        "admin3": "",
        "location": row.get("place_name"),
        "latitude": row.get("lat"),
        "longitude": row.get("lon"),
        "geo_precision": GEO_PRECISION.get(row.get("place_kind") or "") if row.get("place_name") else None,
        "source": "; ".join([x for x in [row.get("outlet"), *claim_chain(row)] if x]),
        "source_scale": "",
        "notes": _notes(row),
        "fatalities": low if low is not None else 0,
        "tags": _tags(row),
        "timestamp": _timestamp(row.get("published")),
    }


def write_acled_csv(rows: Iterable[EventRow], out: IO[str]) -> int:
    """Write event rows as ACLED-style CSV (header first), one row at a time; returns the count."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(acled_row(row))
        n += 1
    return n
