"""Agreements made, begun or ended, not agreements already standing.

A ceasefire, a truce or a de-escalation zone is a happening (ACLED's Strategic developments/Agreement)
when it is reached, signed, declared, begins or ends. Most mentions in a report of armed conflict name
one already standing: "in violation of the ceasefire", "inside the de-escalation zone", "the ceasefire
line", "must abide by the agreement". Such a mention reports no new agreement. A trigger of
``data/arrangements.tsv`` names a happening only where a word of making governs it ("reached a truce",
"agree to a ceasefire", "a deal had been reached", "the truce ended"), or where it stands alone as a
title ("Another evacuation deal in Damascus"). A word of making that only modifies it ("a US-brokered
ceasefire", "a truce reached between residents and the army", "under a deal reached between the
regime and rebels") says which arrangement is meant, one made before the news: no new agreement.
"""

from __future__ import annotations

from functools import cache

from ..syntax import Syntax
from .lexicon import DATA, read_tsv
from .triggers import Trigger

#: Dependencies by which a verb governs the arrangement ("reached a truce", "the truce ended", "a deal
#: had been reached").
_GOVERNED = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "attr"})
#: Prepositions through which a verb makes an arrangement ("agree to", "agree on", "entered into").
_INTO = frozenset({"to", "on", "into", "upon"})


@cache
def _words() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    arrangements, making = set(), set()
    for row in read_tsv(DATA / "arrangements.tsv"):
        word, kind = row["word"].strip().lower(), row["kind"].strip()
        if kind == "arrangement":
            arrangements.add(tuple(word.replace("-", " ").split()))
        else:
            making.add(word)
    return frozenset(arrangements), frozenset(making)


def _verb_above(syn: Syntax, head: int) -> int | None:
    """The word governing the arrangement as an argument: its verb, through a preposition ("agree to a
    ceasefire", "entered into force")."""
    if syn.deps[head] not in _GOVERNED or syn.heads[head] == head:
        return None
    up = syn.heads[head]
    if syn.deps[head] == "pobj":  # through "to", "on", "into" only: not "took place despite the truce"
        if syn.deps[up] != "prep" or syn.lowers[up] not in _INTO or syn.heads[up] == up:
            return None
        up = syn.heads[up]
    return up


def standing(syn: Syntax, trig: Trigger) -> bool:
    """The trigger names an arrangement already standing: no word of making governs it."""
    arrangements, making = _words()
    if trig.rule.words not in arrangements or syn.pos[trig.head] == "VERB" or syn.heads[trig.head] == trig.head:
        return False  # a verb, or a title that names it ("Another evacuation deal in Damascus")
    up = _verb_above(syn, trig.head)
    return up is None or syn.lemmas[up] not in making
