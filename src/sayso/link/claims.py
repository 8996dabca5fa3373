"""A claim: one event (or one statement without an event) as the linker sees it, with who carries it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .lexicon import family_of


@dataclass(frozen=True, slots=True)
class Claim:
    """What one article says happened, the slots that decide linking, and its chain of voices.

    ``claimant`` is the speaker whose claim it is (None: the outlet's own voice); ``relay`` are the
    speakers it passed through, outermost first ("General Command" relaying the "Russian Coordination
    Center"). The outlet carries every claim it prints.
    """

    uid: str
    kind: str  # event | statement
    article_id: str
    outlet: str | None
    published: date | None
    type: str = ""
    subtype: str = ""
    family: str = ""
    actor1: str | None = None
    actor2: str | None = None
    place_key: str | None = None
    place_name: str | None = None
    place_kind: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    precision: int = 1
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    #: the interval the words commit to ("at least 12": (12, None)); None: the figure itself
    fatality_bounds: tuple[int | None, int | None] | None = None
    polarity: str = "asserted"  # asserted | denied
    hedged: bool = False
    claimant: str | None = None
    relay: tuple[str, ...] = field(default=())
    text: str = ""  # the evidence (events) or the content (statements)
    body: str = field(default="", repr=False, compare=False)  # the article text (to tell syndicated copies)

    @property
    def actors(self) -> tuple[str, ...]:
        return tuple(a for a in (self.actor1, self.actor2) if a)

    @property
    def has_fatalities(self) -> bool:
        return self.fatalities_low is not None or self.fatalities_high is not None

    @property
    def bounds(self) -> tuple[int | None, int | None]:
        """The interval to compare with other figures: the words' bounds, else the coded figure."""
        return self.fatality_bounds or (self.fatalities_low, self.fatalities_high)

    @property
    def chain(self) -> list[str]:
        """Voices from the outlet inwards: outlet, relays, claimant."""
        voices = [self.outlet or "(unknown outlet)", *self.relay]
        return voices + [self.claimant] if self.claimant else voices

    @property
    def voice(self) -> str:
        """'outlet' when the outlet says it itself, else 'relayed'."""
        return "relayed" if self.claimant else "outlet"


def _anchor(row: dict[str, Any]) -> date | None:
    return row.get("published") or row.get("dateline_date")


def _bounds(row: dict[str, Any]) -> tuple[int | None, int | None] | None:
    low = row.get("fatalities_bound_low")
    return None if low is None else (low, row.get("fatalities_bound_high"))


def claim_from_event(row: dict[str, Any]) -> Claim:
    """A claim from an ``event_claims`` row; an undated event takes its article's date."""
    anchor = _anchor(row)
    date_from = row["date_from"] or row["date_to"] or anchor
    date_to = row["date_to"] or date_from
    return Claim(
        uid=row["event_uid"],
        kind="event",
        article_id=row["article_id"],
        outlet=row["outlet"],
        published=anchor,
        type=row["type"],
        subtype=row["subtype"],
        family=family_of(row["subtype"]),
        actor1=row["actor1"],
        actor2=row["actor2"],
        place_key=row["place_key"],
        place_name=row["place_name"],
        place_kind=row["place_kind"],
        lat=row["lat"],
        lon=row["lon"],
        country=row["country"],
        admin1=row["admin1"],
        date_from=date_from,
        date_to=date_to,
        precision=row["time_precision"] or 1,
        fatalities_low=row["fatalities_low"],
        fatalities_high=row["fatalities_high"],
        fatality_bounds=_bounds(row),
        polarity=row["polarity"],
        hedged=bool(row["hedged"]),
        claimant=row["claimant"],
        relay=tuple(row["relay"]),
        text=row["evidence_text"] or "",
        body=row.get("article_text") or "",
    )


def claim_from_statement(row: dict[str, Any]) -> Claim:
    """A claim from a ``statement_claims`` row: a denial is a denied claim, dated by its article."""
    anchor = _anchor(row)
    return Claim(
        uid=row["uid"],
        kind="statement",
        article_id=row["article_id"],
        outlet=row["outlet"],
        published=anchor,
        date_from=anchor,
        date_to=anchor,
        polarity="denied" if row["polarity"] == "denies" else "asserted",
        claimant=row["claimant"] or row["speaker_text"],
        relay=tuple(row["relay"]),
        text=row["content_text"] or "",
        body=row.get("article_text") or "",
    )


def claims_from_record(record: Any) -> list[Claim]:
    """The event claims of an extracted :class:`~sayso.records.Record`, without a store (for evaluation)."""
    article = record.article
    speakers = {s.id: s for s in record.statements}
    out = []
    for e in record.events:
        place = record.places[e.place] if e.place is not None and e.place < len(record.places) else None
        statement = speakers.get(e.claimed_by) if e.claimed_by else None
        start, end = e.evidence[0]
        key = None
        if place is not None:
            key = f"gn:{place.geonameid}" if place.geonameid is not None else f"name:{place.country or ''}:{place.name}"
        row = {
            "event_uid": f"{article.id}:{e.id}",
            "article_id": article.id,
            "outlet": article.outlet,
            "published": article.published,
            "dateline_date": article.dateline.date,
            "type": e.type,
            "subtype": e.subtype,
            "actor1": e.actor1,
            "actor2": e.actor2,
            "place_key": key,
            "place_name": place.name if place else None,
            "place_kind": place.kind if place else None,
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
            "relay": [],
            "claimant": statement.speaker.entity if statement and statement.speaker else None,
            "evidence_text": article.text[start:end],
            "article_text": article.text,
        }
        out.append(claim_from_event(row))
    return out
