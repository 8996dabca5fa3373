"""A thread's proposition: its leading claim, stated as asserted, in a sentence a person can read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .claims import Claim
from .lexicon import templates
from .stance import show_interval

UNNAMED = "Unidentified forces"


def _order(c: Claim) -> tuple[date, date, str]:
    return (c.published or date.max, c.date_from or date.max, c.uid)


def choose_lead(claims: list[Claim]) -> Claim:
    """The earliest asserted event claim (by article date), else the earliest event claim.

    The thread is about what was first claimed to have happened; later reports and denials are weighed
    against it.
    """
    events = [c for c in claims if c.kind == "event"] or claims
    asserted = [c for c in events if c.polarity == "asserted"]
    return min(asserted or events, key=_order)


def as_proposition(lead: Claim) -> Claim:
    """The lead as the proposition: asserted, whatever the lead's own polarity."""
    return lead if lead.polarity == "asserted" else replace(lead, polarity="asserted")


def window(claims: list[Claim]) -> tuple[date | None, date | None]:
    """The thread's date window: from the earliest event day to the latest."""
    events = [c for c in claims if c.kind == "event" and c.date_from] or [c for c in claims if c.date_from]
    if not events:
        return None, None
    return min(c.date_from for c in events), max(c.date_to or c.date_from for c in events)  # type: ignore[type-var]


def sentence(lead: Claim, date_from: date | None, date_to: date | None) -> str:
    """ "Military Forces of Syria withdrew from Hama — 2024-11-30 to 2024-12-05"."""
    table = templates()
    template = table.get(lead.subtype, table["*"])
    killed = ""
    if lead.has_fatalities:
        killed = f", {show_interval(lead.fatalities_low, lead.fatalities_high)} killed"
    text = template.format(
        actor1=lead.actor1 or UNNAMED,
        actor2=lead.actor2 or "an unnamed side",
        place=lead.place_name or "an unnamed place",
        killed=killed,
        subtype=lead.subtype,
    )
    text = text[0].upper() + text[1:]
    if date_from and date_to and date_from != date_to:
        return f"{text} — {date_from.isoformat()} to {date_to.isoformat()}"
    if date_from:
        return f"{text} — {date_from.isoformat()}"
    return text
