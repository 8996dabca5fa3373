"""The event filter as query parameters, so that every filtered view has a shareable URL."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import Query

from ...store.filters import EventFilter
from ..http import ApiError

POLARITIES = ("asserted", "denied")


@dataclass(frozen=True, slots=True)
class FilterParams:
    """What the filter form sends: dates, ACLED type, actor, outlet, polarity, country, bounding box."""

    since: str | None = None
    until: str | None = None
    type: str | None = None
    actor: str | None = None
    outlet: str | None = None
    polarity: str | None = None
    country: str | None = None
    bbox: str | None = None

    def to_filter(self) -> EventFilter:
        """The store's filter for these parameters (422 in the error shape when one is malformed)."""
        if self.polarity and self.polarity not in POLARITIES:
            raise ApiError(422, f"polarity {self.polarity!r}: expected asserted or denied")
        if self.country and (len(self.country) != 2 or not self.country.isalpha()):
            raise ApiError(422, f"country {self.country!r}: expected a two-letter ISO code such as SY")
        return EventFilter(
            type=self.type or None,
            actor=self.actor or None,
            outlet=self.outlet or None,
            polarity=self.polarity or None,
            country=(self.country or "").upper() or None,
            since=_date("since", self.since),
            until=_date("until", self.until),
            bbox=_bbox(self.bbox),
        )

    def values(self) -> dict[str, str]:
        """The parameters that are set (for the form and the JSON twin)."""
        return {k: v for k, v in asdict(self).items() if v}

    def query(self, **changes: str | None) -> str:
        """The query string of these parameters with ``changes`` applied."""
        values: dict[str, Any] = {**self.values(), **changes}
        return urlencode({k: v for k, v in values.items() if v})


def filter_params(
    since: str | None = Query(None, description="Events ending on or after YYYY-MM-DD."),
    until: str | None = Query(None, description="Events starting on or before YYYY-MM-DD."),
    type: str | None = Query(None, max_length=100, description="ACLED event type or sub-event type."),
    actor: str | None = Query(None, max_length=200, description="Actor name (part of it is enough)."),
    outlet: str | None = Query(None, max_length=200, description="Outlet name, exactly."),
    polarity: str | None = Query(None, description="asserted or denied."),
    country: str | None = Query(None, max_length=2, description="Two-letter ISO country code."),
    bbox: str | None = Query(None, max_length=100, description="south,west,north,east in degrees."),
) -> FilterParams:
    return FilterParams(since, until, type, actor, outlet, polarity, country, bbox)


def _date(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"{name} {value!r}: expected a date as YYYY-MM-DD") from None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        south, west, north, east = (float(x) for x in value.split(","))
    except ValueError:
        raise ApiError(422, f"bbox {value!r}: expected south,west,north,east in degrees") from None
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise ApiError(422, f"bbox {value!r}: out of range")
    return (south, max(west, -180.0), north, min(east, 180.0))
