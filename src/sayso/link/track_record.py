"""Track records: for each outlet and speaker, how their claims in threads fared — never one score.

A claim's result follows from its stance and the thread's confirmed outcome: a corroborating claim
held when the proposition held and failed when it failed; a contradicting claim the other way round;
``mixed`` outcomes make every claim mixed; neutral members are counted apart; claims in threads
without a confirmed outcome (none, or only proposed) are open. An outlet's own claims (its own voice)
and the claims it relays from speakers are kept apart; so are a speaker's own claims and the ones it
passes on from another speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import Any

from ..store import Store
from ..store import threads as ts
from .claims import Claim, claim_from_event, claim_from_statement

RESULTS = ("held", "failed", "mixed", "neutral", "open")
_FLIP = {"held": "failed", "failed": "held", "mixed": "mixed"}


def result_of(stance: str, outcome: dict[str, Any] | None) -> str:
    """held | failed | mixed | neutral | open for a member with ``stance`` under ``outcome``."""
    if outcome is None or outcome["proposed"]:
        return "open"
    if stance == "neutral":
        return "neutral"
    verdict = outcome["verdict"]
    return verdict if stance == "corroborates" else _FLIP[verdict]


@dataclass(frozen=True, slots=True)
class ClaimResult:
    claim: Claim
    thread_id: int
    proposition: str
    stance: str
    reason: str
    result: str
    lead_days: int | None  # days from the claim's article to the settling

    def to_dict(self, voice: str) -> dict[str, Any]:
        c = self.claim
        return {
            "thread_id": self.thread_id,
            "member_uid": c.uid,
            "article_id": c.article_id,
            "published": c.published.isoformat() if c.published else None,
            "voice": voice,
            "chain": c.chain,
            "proposition": self.proposition,
            "stance": self.stance,
            "reason": self.reason,
            "result": self.result,
            "lead_days": self.lead_days,
            "evidence": c.text,
        }


def claim_results(store: Store) -> list[ClaimResult]:
    """Every thread member with its result under the thread's current outcome."""
    with store.engine.connect() as conn:
        members = ts.all_members(conn)
        outcomes = ts.current_outcomes(conn)
        threads = {t["id"]: t for t in ts.list_threads(conn)}
        events = [m["member_uid"] for m in members if m["kind"] == "event"]
        statements = [m["member_uid"] for m in members if m["kind"] == "statement"]
        claims = {r["event_uid"]: claim_from_event(r) for r in ts.event_claims(conn, uids=events)} if events else {}
        if statements:
            claims |= {r["uid"]: claim_from_statement(r) for r in ts.statement_claims(conn, uids=statements)}
    out = []
    for m in members:
        c, outcome = claims.get(m["member_uid"]), outcomes.get(m["thread_id"])
        if c is None:
            continue
        result = result_of(m["stance"], outcome)
        lead = None
        if result != "open" and outcome and outcome["settled_on"] and c.published:
            lead = (outcome["settled_on"] - c.published).days
        out.append(
            ClaimResult(
                c,
                m["thread_id"],
                threads[m["thread_id"]]["proposition"],
                m["stance"],
                m["reason"],
                result,
                lead,
            )
        )
    return out


def _summary(items: list[tuple[str, ClaimResult]]) -> dict[str, Any]:
    counts = {r: sum(1 for _, x in items if x.result == r) for r in RESULTS}
    leads = [x.lead_days for _, x in items if x.lead_days is not None and x.result in ("held", "failed", "mixed")]
    return {
        **counts,
        "lead_days": {"min": min(leads), "median": median(leads), "max": max(leads)} if leads else None,
        "claims": [x.to_dict(voice) for voice, x in items],
    }


def _records(keyed: dict[str, dict[str, list[tuple[str, ClaimResult]]]], kinds: tuple[str, str]) -> list[dict]:
    out = []
    for name in sorted(keyed):
        record: dict[str, Any] = {"name": name}
        for kind in kinds:
            record[kind] = _summary(keyed[name].get(kind, []))
        out.append(record)
    return out


def outlet_records(store: Store) -> list[dict[str, Any]]:
    """Per outlet: ``own`` claims (its own voice) and ``relayed`` claims (a speaker's, carried by it)."""
    keyed: dict[str, dict[str, list[tuple[str, ClaimResult]]]] = {}
    for x in claim_results(store):
        voice = "own" if x.claim.voice == "outlet" else "relayed"
        keyed.setdefault(x.claim.outlet or "(unknown outlet)", {}).setdefault(voice, []).append((voice, x))
    return _records(keyed, ("own", "relayed"))


def speaker_records(store: Store) -> list[dict[str, Any]]:
    """Per speaker: ``own`` claims (it is the claimant) and ``relayed`` claims (it passes one on)."""
    keyed: dict[str, dict[str, list[tuple[str, ClaimResult]]]] = {}
    for x in claim_results(store):
        if x.claim.claimant:
            keyed.setdefault(x.claim.claimant, {}).setdefault("own", []).append(("own", x))
        for relay in x.claim.relay:
            keyed.setdefault(relay, {}).setdefault("relayed", []).append(("relayed", x))
    return _records(keyed, ("own", "relayed"))
