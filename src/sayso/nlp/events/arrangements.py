"""Agreements made, begun or ended, not agreements already standing.

A ceasefire, a truce or a de-escalation zone is a happening (ACLED's Strategic developments/Agreement)
when it is reached, signed, declared, begins or ends. Most mentions in a report of armed conflict name
one already standing: "in violation of the ceasefire", "inside the de-escalation zone", "the ceasefire
line", "must abide by the agreement". Such a mention reports no new agreement. A trigger of
``data/arrangements.tsv`` names a happening only where a word of making governs it ("reached a truce",
"agree to a ceasefire", "a deal had been reached", "the truce ended") or modifies it ("a US-brokered
ceasefire", "a truce reached between residents and the army"), or where it stands alone as a title names it
("Another evacuation deal in Damascus").
"""

from __future__ import annotations

from functools import cache

from ..syntax import Syntax
from .lexicon import DATA, read_tsv
from .triggers import Trigger

#: Dependencies by which a verb governs the arrangement ("reached a truce", "the truce ended", "a deal
#: had been reached"), and by which a word of making modifies it ("a US-brokered truce").
_GOVERNED = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "attr"})
_MODIFYING = frozenset({"amod", "acl", "relcl", "compound", "advcl"})


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
    if syn.deps[head] == "pobj" and syn.deps[up] == "prep" and syn.heads[up] != up:
        up = syn.heads[up]
    return up


def standing(syn: Syntax, trig: Trigger) -> bool:
    """The trigger names an arrangement already standing: no word of making governs or modifies it."""
    arrangements, making = _words()
    if trig.rule.words not in arrangements or syn.pos[trig.head] == "VERB" or syn.heads[trig.head] == trig.head:
        return False  # a verb, or a title that names it ("Another evacuation deal in Damascus")
    up = _verb_above(syn, trig.head)
    if up is not None and syn.lemmas[up] in making:
        return False
    modifiers = (c for c in syn.children[trig.head] if syn.deps[c] in _MODIFYING)
    return not any(syn.lemmas[c] in making or _made_in(syn, c, making) for c in modifiers)


def _made_in(syn: Syntax, word: int, making: frozenset[str]) -> bool:
    """A compound made of a word of making ("US-Russian-brokered": its last part)."""
    return any(syn.lemmas[c] in making for c in syn.children[word] if syn.deps[c] in ("amod", "compound"))
