"""Who an accusation names as the doer: "activists accused the regime's forces *of launching a gas
attack*", "rebels blamed Russian warplanes *for the strikes*", "*the bombing* was blamed on Daesh".

The deed's clause often names no agent of its own, and the parser may hang the deed on the verb rather
than on the accused, so the accused stands outside the accusing statement's content. Walking up from
the trigger to an accusing verb (``data/accusations.tsv``) through the deed's slot finds the accused
in its slot. As the accuser tells it: the event stays claimed by the accusing statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Token

from .actors import Actor, ActorMention
from .lexicon import DATA, read_tsv

#: How far up from the trigger the accusing verb is looked for ("attack" < "launching" < "of" < "accused").
_STEPS = 5


@cache
def _rules() -> dict[str, tuple[tuple[str, str], ...]]:
    rules: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv(DATA / "accusations.tsv"):
        rules.setdefault(row["lemma"], []).append((row["accused"], row["deed"]))
    return {lemma: tuple(slots) for lemma, slots in rules.items()}


def _in_slot(child: Token, slot: str) -> bool:
    """``child`` of the verb fills ``slot`` ("dobj", "nsubjpass", "prep:of")."""
    if slot.startswith("prep:"):
        return child.dep_ == "prep" and child.lower_ == slot[5:]
    return child.dep_ == slot


def _slot_tokens(verb: Token, slot: str) -> set[int]:
    out: set[int] = set()
    for child in verb.children:
        if _in_slot(child, slot):
            out |= {t.i for t in child.subtree}
    return out


def accused_actor(head: Token, mentions: Sequence[tuple[ActorMention, int]]) -> Actor | None:
    """The actor an accusation names as the doer of the happening whose trigger is ``head``, if the
    trigger stands in an accusing verb's deed (also when the deed hangs on the accused: "accused the
    regime of using")."""
    rules = _rules()
    below: Token | None = None  # the word on the path under ``child``
    child = head
    for _ in range(_STEPS):
        tok = child.head
        if tok.i == child.i:
            return None
        for accused, deed in rules.get(tok.lemma_.lower(), ()):
            if _in_slot(child, deed):
                tokens = _slot_tokens(tok, accused)
            elif _in_slot(child, accused) and below is not None and _in_slot(below, deed):
                tokens = {t.i for t in child.subtree}  # the deed's words hang on the accused
            else:
                continue
            found = next((m.actor for m, i in mentions if i in tokens and not m.actor.is_blocker), None)
            if found is not None:
                return found
        below, child = child, tok
    return None
