"""Sources and speakers: track records (``sayso.link``) with the claims behind each number.

A record keeps an outlet's (or speaker's) ``own`` claims apart from those it ``relayed``; each count
(held, failed, mixed, neutral, open) links to the claims it counts.
"""

from __future__ import annotations

from typing import Any

from ...errors import NotFound
from ...link import outlet_records, speaker_records
from ...link.track_record import RESULTS
from ...store import Store
from ..http import ApiError

VOICES = ("own", "relayed")


def _records(store: Store, page: str) -> list[dict[str, Any]]:
    return speaker_records(store) if page == "speakers" else outlet_records(store)


def _summary(record: dict[str, Any]) -> dict[str, Any]:
    """A record without its claim lists: counts and lead times per voice."""
    out: dict[str, Any] = {"name": record["name"]}
    for voice in VOICES:
        part = record[voice]
        out[voice] = {k: v for k, v in part.items() if k != "claims"}
        out[voice]["settled"] = part["held"] + part["failed"] + part["mixed"]
    out["claims"] = sum(len(record[v]["claims"]) for v in VOICES)
    return out


def track_view(store: Store, page: str, *, limit: int, offset: int) -> dict[str, Any]:
    """Outlets (``page="sources"``) or speakers (``"speakers"``) with track records, most settled first."""
    rows = [_summary(r) for r in _records(store, page)]
    rows.sort(key=lambda r: (-(r["own"]["settled"] + r["relayed"]["settled"]), -r["claims"], r["name"]))
    return {
        "page": page,
        "by": "speaker" if page == "speakers" else "outlet",
        "voices": list(VOICES),
        "results": list(RESULTS),
        "rows": rows[offset : offset + limit + 1],
    }


def claims_view(
    store: Store, page: str, name: str, *, voice: str | None, result: str | None, limit: int, offset: int
) -> dict[str, Any]:
    """The claims behind one outlet's or speaker's numbers (all, or one voice and/or result)."""
    if result and result not in RESULTS:
        raise ApiError(422, f"result {result!r}: expected one of {', '.join(RESULTS)}")
    if voice and voice not in VOICES:
        raise ApiError(422, f"voice {voice!r}: expected own or relayed")
    record = next((r for r in _records(store, page) if r["name"] == name), None)
    if record is None:
        raise NotFound(f"{'speaker' if page == 'speakers' else 'outlet'} {name!r} has no claims in threads")
    claims = [c for v in VOICES if voice in (None, v) for c in record[v]["claims"] if result in (None, c["result"])]
    claims.sort(key=lambda c: (c["published"] or "", c["member_uid"]), reverse=True)
    return {
        "page": page,
        "by": "speaker" if page == "speakers" else "outlet",
        "name": name,
        "voice": voice,
        "result": result,
        "voices": list(VOICES),
        "results": list(RESULTS),
        "track_record": _summary(record),
        "rows": claims[offset : offset + limit + 1],
    }
