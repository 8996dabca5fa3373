"""Who did it when the clause does not say: a claim of responsibility, or the same weapon's user.

"IS claimed responsibility for the attack" / "bombings claimed by Daesh" name the perpetrator of the
article's bombings and killings; an air strike or a shelling whose clause names no agent is taken to
be by whoever the article names as carrying out the same kind of strike ("air raids kill 11 ...
Russian warplanes carried out the raids").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc

from ..doctext import doc_text
from .actors import Actor, ActorMention
from .lexicon import DATA, read_tsv
from .merge import Candidate, places_fit

#: Event types a claim of responsibility names the perpetrator of.
_CLAIMABLE = {"Explosions/Remote violence", "Violence against civilians"}
#: Event types whose perpetrator one article's other mentions of the same weapon name.
_SAME_WEAPON = {"Explosions/Remote violence"}


@cache
def _claim_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "responsibility.tsv"))


def claimed_responsibility(doc: Doc, mentions: Sequence[tuple[ActorMention, int]]) -> Actor | None:
    """The actor that claims responsibility for an attack in the article, if one does."""
    if "claim" not in doc_text(doc).lower():  # the lemma shows in the text: skip reading every token
        return None
    words = _claim_words()
    heads = {i: m.actor for m, i in mentions if not m.actor.is_blocker}
    for tok in doc:
        if tok.lemma_.lower() != "claim":
            continue
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        passive = tok.dep_ in ("acl", "amod") or any(c.dep_ == "agent" for c in tok.children)
        if not passive and not any(o.lemma_.lower() in words for o in objects):
            continue
        roles = [c for c in tok.children if c.dep_ in ("agent", "nsubj")]
        if any(c.dep_ == "neg" for c in tok.children) or any(
            d.lower_ in ("no", "none") for r in roles for d in r.subtree
        ):
            continue  # "no group has claimed responsibility"
        for role in roles:
            for t in role.subtree:
                actor = heads.get(t.i)
                if actor is not None and not actor.modifier and actor.actor_class not in ("civilians", "-"):
                    return actor
    return None


def fill_perpetrators(cands: list[Candidate], claimant: Actor | None) -> None:
    """Give bombings and killings whose clause names no agent the claimant of responsibility; give
    strikes with no actor1 the agent of the same kind of strike elsewhere in the article, the one at
    the same place first (a round-up's "In the same context terrorists from Jaish al-Islam fired
    rockets on Harasta" does not name who fired on Daraa)."""
    for cand in cands:
        if claimant is not None and cand.type in _CLAIMABLE and not cand.actor1_by_role:
            cand.actor1 = claimant
            continue
        if cand.actor1 is not None:
            continue
        if cand.type not in _SAME_WEAPON:
            continue
        same = [
            c
            for c in cands
            if c.subtype == cand.subtype
            and c.actor1 is not None
            and c.actor1_by_role
            and (cand.actor2 is None or c.actor1.name != cand.actor2.name)  # not the side it was done to
        ]
        if same:  # the strike at the same place first, then the nearest in the text
            cand.actor1 = min(same, key=lambda c: (not places_fit(c, cand), abs(c.char - cand.char))).actor1
