"""Weighing a thread: its lead and proposition, each member's stance and reason, independent origins."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection

from ..store import threads as ts
from .claims import Claim, claim_from_event, claim_from_statement
from .proposition import as_proposition, choose_lead, sentence, window
from .similarity import is_copy, similarity
from .stance import CONTRADICTS, CORROBORATES, NEUTRAL, decide


def member_claims(conn: Connection, thread_id: int) -> list[Claim]:
    """The claims of a thread's members, in article-date order."""
    uids = ts.member_uids(conn, thread_id)
    events = [u for u, kind in uids if kind == "event"]
    statements = [u for u, kind in uids if kind == "statement"]
    claims = [claim_from_event(r) for r in ts.event_claims(conn, uids=events)] if events else []
    if statements:
        claims += [claim_from_statement(r) for r in ts.statement_claims(conn, uids=statements)]
    return sorted(claims, key=lambda c: (c.published or date.max, c.uid))


def origins(claims: list[Claim]) -> dict[str, str]:
    """The origin of each claim: claims of one article share one; a syndicated copy (its article text,
    normalised, near-identical to an earlier article's) shares the first copy's."""
    origin: dict[str, str] = {}
    seen: list[Claim] = []
    for c in claims:  # in article-date order, so the first copy is the origin
        same_article = next((o for o in seen if o.article_id == c.article_id), None)
        copied = next(
            (o for o in seen if o.article_id != c.article_id and is_copy(o.body or o.text, c.body or c.text)),
            None,
        )
        first = same_article or copied
        origin[c.uid] = origin[first.uid] if first else c.uid
        seen.append(c)
    return origin


def refresh(conn: Connection, thread_id: int) -> bool:
    """Recompute a thread from its members and store it; False when nothing changed."""
    claims = member_claims(conn, thread_id)
    if not claims:
        return False
    lead = choose_lead(claims)
    proposition = as_proposition(lead)
    origin = origins(claims)
    toll = next((c for c in claims if c.kind == "event" and c.polarity == "asserted" and c.has_fatalities), None)
    members: list[dict[str, Any]] = []
    counts = {CORROBORATES: 0, CONTRADICTS: 0, NEUTRAL: 0}
    for c in claims:
        stance = decide(c, proposition, toll)
        counts[stance.stance] += 1
        members.append(
            {
                "member_uid": c.uid,
                "kind": c.kind,
                "article_id": c.article_id,
                "stance": stance.stance,
                "reason_code": stance.code,
                "reason": stance.reason,
                "origin_uid": origin[c.uid],
                "similarity": round(similarity(c.text, lead.text), 4),
            }
        )
    date_from, date_to = window(claims)
    values = {
        "family": lead.family,
        "type": lead.type,
        "subtype": lead.subtype,
        "actor1": lead.actor1,
        "actor2": lead.actor2,
        "place_key": lead.place_key,
        "place_name": lead.place_name,
        "lat": lead.lat,
        "lon": lead.lon,
        "country": lead.country,
        "admin1": lead.admin1,
        "date_from": date_from,
        "date_to": date_to,
        "lead_uid": lead.uid,
        "proposition": sentence(lead, date_from, date_to),
        "n_members": len(claims),
        "n_corroborating": counts[CORROBORATES],
        "n_contradicting": counts[CONTRADICTS],
        "n_neutral": counts[NEUTRAL],
        "independent_origins": len(set(origin.values())),
    }
    return ts.save_thread(conn, thread_id, values, members)
