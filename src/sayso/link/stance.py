"""The stance of a claim toward a thread's proposition, with the reason (text and a machine code).

The rules, in order: opposite polarity of the same claim; a different controller of the place; fatality
intervals that do not overlap; dates that cannot both be right; the same claim; else neutral.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .claims import Claim
from .lexicon import side_of

CORROBORATES, CONTRADICTS, NEUTRAL = "corroborates", "contradicts", "neutral"
NONSTATE = "non-state"

#: "as many as 300" (1–300) implies a figure near its bound: it is compared as 150–300.
UPPER_BOUND_READING = 0.5


@dataclass(frozen=True, slots=True)
class Stance:
    stance: str  # corroborates | contradicts | neutral
    code: str  # lead | same_claim | opposite_polarity | different_controller | same_controller |
    #            fatalities_disjoint | fatalities_overlap | incompatible_dates | speaker_denies |
    #            speaker_asserts | related
    reason: str


def decide(member: Claim, proposition: Claim, toll: Claim | None = None) -> Stance:
    """The stance of ``member`` toward ``proposition`` (the thread's leading claim, stated as asserted).

    ``toll`` is the thread's first claim with a fatality figure, when the proposition itself has none:
    figures are weighed against it.
    """
    if member.kind == "statement":
        return _statement(member, proposition)
    if member.uid == proposition.uid and member.polarity == proposition.polarity:
        return Stance(CORROBORATES, "lead", "the claim the proposition states")
    same_kind = member.subtype == proposition.subtype
    if same_kind and member.polarity != proposition.polarity:
        return Stance(
            CONTRADICTS,
            "opposite_polarity",
            f"opposite polarity: {member.polarity} vs {proposition.polarity}",
        )
    if member.family == "territory" and proposition.family == "territory":
        found = _control(member, proposition)
        if found:
            return found
    figure = proposition if proposition.has_fatalities else toll
    if member.polarity == "asserted" and member.has_fatalities and figure and figure.uid != member.uid:
        return _fatalities(member, figure)
    if same_kind and (why := _dates_clash(member, proposition)):
        return Stance(CONTRADICTS, "incompatible_dates", why)
    if same_kind:
        return Stance(CORROBORATES, "same_claim", f"same claim: {member.subtype} at {member.place_name}")
    return Stance(NEUTRAL, "related", f"related: {member.subtype} ({member.polarity}) beside {proposition.subtype}")


def _statement(member: Claim, proposition: Claim) -> Stance:
    who = member.claimant or "an unnamed source"
    if member.polarity == "denied":
        return Stance(CONTRADICTS, "speaker_denies", f"{who} denies it: “{_short(member.text)}”")
    return Stance(NEUTRAL, "speaker_asserts", f"{who} speaks of it without a structured claim: “{_short(member.text)}”")


def _short(text: str, size: int = 90) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


# --- control of a place ---------------------------------------------------------------------------------


def control_facts(c: Claim) -> set[tuple[str, str]]:
    """What a territory claim says about who holds the place afterwards: {("holds"|"not_holds", side)}."""
    a1 = side_of(c.actor1) if c.actor1 else IMPLIED_ACTOR1.get(c.subtype)
    a2 = side_of(c.actor2) if c.actor2 else None
    asserted = c.polarity == "asserted"
    facts: set[tuple[str, str]] = set()
    if c.subtype == "Non-violent transfer of territory":  # actor1 leaves, actor2 (if named) takes over
        if a1:
            facts.add(("not_holds" if asserted else "holds", a1))
        if a2 and asserted:
            facts.add(("holds", a2))
    elif c.subtype in (
        "Non-state actor overtakes territory",
        "Government regains territory",
        "Headquarters or base established",
    ):  # actor1 takes the place from actor2
        if a1:
            facts.add(("holds" if asserted else "not_holds", a1))
        if a2:
            facts.add(("not_holds" if asserted else "holds", a2))
    return facts


#: The side a sub-event type names when the text names no actor ("towns have not been entered").
IMPLIED_ACTOR1 = {"Non-state actor overtakes territory": NONSTATE, "Government regains territory": "government"}


def _same_side(x: str, y: str) -> bool:
    """One side: the same name, an unnamed group, or any non-state actor beside a named non-state side."""
    if x == y or "*" in (x, y):
        return True
    return NONSTATE in (x, y) and "government" not in (x, y)


def relation(f1: tuple[str, str], f2: tuple[str, str]) -> str | None:
    """'agree', 'conflict' or None for two control facts, reading the fight as two-sided.

    Two holders on opposed sides conflict; "A holds it" and "A no longer holds it" conflict; "A holds
    it" and "B (opposed) no longer holds it" agree; two opposed sides that both do not hold it conflict.
    """
    (k1, s1), (k2, s2) = f1, f2
    wildcard = "*" in (s1, s2)
    if k1 == k2:
        if _same_side(s1, s2):
            return "agree"
        return "conflict"
    if wildcard:
        return None
    return "conflict" if _same_side(s1, s2) else "agree"


def _control(member: Claim, proposition: Claim) -> Stance | None:
    mine, theirs = sorted(control_facts(member)), sorted(control_facts(proposition))
    place = proposition.place_name or "the place"
    pairs = [(a, b, relation(a, b)) for a in mine for b in theirs]
    for a, b, rel in pairs:
        if rel == "conflict":
            both_out = a[0] == b[0] == "not_holds"
            why = "; one of the two sides holds it" if both_out else ""
            return Stance(
                CONTRADICTS,
                "different_controller",
                f"different controller of {place}: here {_fact(*a)}, in the proposition {_fact(*b)}{why}",
            )
    for a, b, rel in pairs:
        if rel == "agree":
            same = _fact(*a) if a == b else f"{_fact(*a)}, as {_fact(*b)}"
            return Stance(CORROBORATES, "same_controller", f"same control of {place}: {same}")
    return None


#: How a side reads in a reason.
_SIDE_NAMES = {
    "government": "government forces",
    "opposition": "opposition forces",
    NONSTATE: "non-state forces",
    "*": "an unnamed side",
}


def _fact(kind: str, side: str) -> str:
    name = _SIDE_NAMES.get(side, side)
    return f"{name} hold it" if kind == "holds" else f"{name} do not hold it"


# --- fatalities and dates -------------------------------------------------------------------------------


def read_interval(low: int | None, high: int | None) -> tuple[float, float]:
    """The interval a figure is compared as: "at least 12" is 12–∞, "as many as 300" is 150–300."""
    lo = float(low) if low is not None else 0.0
    hi = float(high) if high is not None else math.inf
    if high is not None and lo <= 1 and high >= 10:
        lo = math.ceil(high * UPPER_BOUND_READING)
    return lo, hi


def show_interval(low: int | None, high: int | None) -> str:
    if low == high:
        return str(low)
    return f"{low if low is not None else '?'}–{high if high is not None else ''}"


def _fatalities(member: Claim, proposition: Claim) -> Stance:
    """Figures contradict when the intervals their words commit to cannot overlap ("at least 25" and
    "40" agree, though 25 and 40 are the figures coded)."""
    a, b = read_interval(*member.bounds), read_interval(*proposition.bounds)
    shown_a, shown_b = show_interval(*member.bounds), show_interval(*proposition.bounds)
    if a[1] < b[0] or b[1] < a[0]:
        return Stance(
            CONTRADICTS,
            "fatalities_disjoint",
            f"fatalities {shown_a}{_reading(member)} vs {shown_b}{_reading(proposition)} do not overlap",
        )
    return Stance(CORROBORATES, "fatalities_overlap", f"fatalities {shown_a} and {shown_b} overlap")


def _reading(c: Claim) -> str:
    low, high = c.bounds
    lo, hi = read_interval(low, high)
    exact = (float(low or 0), float(high) if high is not None else math.inf)
    return "" if (lo, hi) == exact else f" (read as {int(lo)}–{int(hi)})"


def _dates_clash(member: Claim, proposition: Claim) -> str | None:
    """Both dated to the day and more than a day apart: they cannot both be right."""
    if member.precision != 1 or proposition.precision != 1:
        return None
    if None in (member.date_from, member.date_to, proposition.date_from, proposition.date_to):
        return None
    gap = max((member.date_from - proposition.date_to).days, (proposition.date_from - member.date_to).days)  # type: ignore[operator]
    if gap > 1:
        return f"incompatible dates: {member.date_from} vs {proposition.date_from}"
    return None
