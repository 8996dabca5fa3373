"""Hearsay adverbs: "The firm is *reportedly* weighing a sale": the adverb says someone reports the clause
it sits in, without naming who. Which adverbs count is data (``data/cue_verbs.tsv``, frame ``hearsay``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..doctext import token_words
from . import lexicon
from .frames import Frame, char_span

#: Dependents that stand before a clause's subject and are no part of what is reported.
_BEFORE_SUBJECT = ("advcl", "prep", "npadvmod", "advmod", "punct", "mark", "cc")


def hearsay_frames(doc: Doc) -> Iterator[Frame]:
    """Frames for a hearsay adverb on a verb that is no cue of its own ("reportedly said" is the verb's)."""
    table = lexicon.cue_frames()
    cues = lexicon.cue_lemmas()
    for i, (text, _, _) in enumerate(token_words(doc)):
        if ("P", text.lower(), "hearsay") not in table:
            continue
        token = doc[i]
        if token.dep_ != "advmod":
            continue
        head = token.head
        if head.i == token.i or head.pos_ not in ("VERB", "AUX") or ("V", head.lemma_.lower()) in cues:
            continue
        yield Frame(token, (token.i, token.i + 1), "hearsay", char_span(doc, *_clause(head)), None)


def _clause(head: Token) -> tuple[int, int]:
    """Token indices of the clause ``head`` heads, from its subject on: an adverbial before the subject
    ("When the vote was called, *delegates reportedly walked out*") is no part of what is reported."""
    start = head.i
    for child in head.lefts:
        if child.dep_ not in _BEFORE_SUBJECT:
            start = min(start, child.left_edge.i)
    return start, head.right_edge.i + 1
