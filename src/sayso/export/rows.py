"""The event row the store yields to the writers, and small helpers the writers share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Keys of an event row (the store's streaming event query yields mappings with exactly these).
ROW_KEYS = (
    "event_uid", "article_id", "type", "subtype", "actor1", "actor2", "date_from", "date_to",
    "time_precision", "fatalities_low", "fatalities_high", "polarity", "hedged", "claimant", "relay",
    "place_name", "lat", "lon", "country", "admin1", "place_kind", "evidence_text", "outlet", "url",
    "title", "published",
)  # fmt: skip

EventRow = Mapping[str, Any]


def iso(value: Any) -> str | None:
    """An ISO date string from a date or a string (None stays None)."""
    if value is None or value == "":
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def claim_chain(row: EventRow) -> list[str]:
    """Who the claim passes through, outermost first: relays, then the claimant (the outlet excluded)."""
    chain = [r for r in (row.get("relay") or []) if r]
    claimant = row.get("claimant")
    if claimant and claimant not in chain:
        chain.append(claimant)
    return chain
