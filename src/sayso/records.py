"""The records sayso produces: small frozen dataclasses, one per kind of finding.

Each record knows how to turn itself into the JSON shape of ``CONTRACT.md`` (``to_dict``).
Offsets (``start``/``end``) are character offsets into ``Article.text``, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

CONTRACT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who is reported as saying something, with the normalised name of that body or person."""

    text: str
    start: int
    end: int
    entity: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "entity": self.entity}


@dataclass(frozen=True, slots=True)
class Statement:
    """An attributed statement: speaker, cue, content, direct or reported, asserts or denies."""

    id: str
    speaker: Speaker | None
    cue: Span
    content: Span
    direct: bool
    polarity: str = "asserts"  # "asserts" | "denies"
    via: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict(),
            "direct": self.direct,
            "polarity": self.polarity,
            "via": self.via,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved (or not: ``lat``/``lon`` None) against the gazetteer."""

    text: str
    start: int
    end: int
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    kind: str = "other"  # country | region | city | road | site | water | other

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "geonameid": self.geonameid,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class Time:
    """A date or time expression with its TIMEX3 value and the calendar days it covers."""

    text: str
    start: int
    end: int
    value: str | None
    from_: date | None = None
    to: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "from": self.from_.isoformat() if self.from_ else None,
            "to": self.to.isoformat() if self.to else None,
        }


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as the interval the words commit to, and what it counts."""

    text: str
    start: int
    end: int
    low: int | None
    high: int | None
    of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "low": self.low,
            "high": self.high,
            "of": self.of,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """A conflict event in ACLED's codebook, asserted or denied, claimed by a statement or the outlet."""

    id: str
    type: str
    subtype: str
    actor1: str | None
    actor2: str | None
    place: int | None  # index into the record's places
    time_from: date | None
    time_to: date | None
    fatalities_low: int | None
    fatalities_high: int | None
    polarity: str  # "asserted" | "denied"
    claimed_by: str | None  # statement id, or None for the outlet's own voice
    evidence: tuple[tuple[int, int], ...]  # first span is the main evidence
    hedged: bool = False
    time_precision: int = 1  # ACLED: 1 day, 2 week, 3 month or more (or fallback to the anchor)
    #: The interval the words commit to, where it differs from the coded figure ("at least 12 killed":
    #: fatalities 12–12, bounds (12, None)); None when the figure is all the text says.
    fatality_bounds: tuple[int | None, int | None] | None = None

    @property
    def bounds(self) -> tuple[int | None, int | None] | None:
        """The words' interval of the fatalities (the coded figure when no other was recorded)."""
        if self.fatalities_low is None and self.fatalities_high is None:
            return None
        return self.fatality_bounds or (self.fatalities_low, self.fatalities_high)

    def to_dict(self) -> dict[str, Any]:
        start, end = self.evidence[0]
        return {
            "id": self.id,
            "type": self.type,
            "subtype": self.subtype,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "place": self.place,
            "time": {
                "from": self.time_from.isoformat() if self.time_from else None,
                "to": self.time_to.isoformat() if self.time_to else None,
            },
            "fatalities": self._fatalities(),
            "polarity": self.polarity,
            "claimed_by": self.claimed_by,
            "evidence": {"start": start, "end": end},
            "hedged": self.hedged,
            "time_precision": self.time_precision,
            "evidence_spans": [{"start": s, "end": e} for s, e in self.evidence],
        }

    def _fatalities(self) -> dict[str, Any] | None:
        bounds = self.bounds
        if bounds is None:
            return None
        return {
            "low": self.fatalities_low,
            "high": self.fatalities_high,
            "bounds": {"low": bounds[0], "high": bounds[1]},
        }


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None = None
    date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "date": self.date.isoformat() if self.date else None}


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from an input, before extraction."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    dateline: Dateline = field(default_factory=Dateline)
    source_path: str | None = None
    language: str = "en"

    @property
    def anchor(self) -> date | None:
        """The date relative expressions resolve against: publication date, else dateline date."""
        return self.published or self.dateline.date

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source_path": self.source_path,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "dateline": self.dateline.to_dict(),
            "language": self.language,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Record:
    """Everything extracted from one article: the ``sayso extract`` record."""

    article: Article
    statements: tuple[Statement, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[Time, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    events: tuple[Event, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": CONTRACT_VERSION,
            "article": self.article.to_dict(),
            "statements": [s.to_dict() for s in self.statements],
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
            "quantities": [q.to_dict() for q in self.quantities],
            "events": [e.to_dict() for e in self.events],
        }
