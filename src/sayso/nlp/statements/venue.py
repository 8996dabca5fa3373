"""Venue attributions: "In a CNN poll, *Clinton led by 24 points*": the document named after "in"
speaks for the clause the phrase modifies (nouns in ``data/source_nouns.tsv``). Only one document
speaks: "rose in the polls" names none (on PolNeAR train 6 of 40 plural phrases were attributions, 14 of
23 singular ones)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..doctext import token_words
from . import lexicon
from .frames import Frame, char_span, np_span, subtree_span


def venue_frames(doc: Doc) -> Iterator[Frame]:
    """Frames for "in <poll/survey/report>" phrases on a clause whose verb is no cue of its own."""
    nouns = lexicon.words("source_nouns.tsv")
    cues = lexicon.cue_lemmas()
    for i, (text, _, _) in enumerate(token_words(doc)):
        if text.lower() != "in":
            continue
        token = doc[i]
        if token.dep_ != "prep" or token.head.i == token.i:
            continue
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        head = token.head
        if pobj is None or pobj.lemma_.lower() not in nouns or head.pos_ not in ("VERB", "AUX"):
            continue
        if pobj.lower_ != pobj.lemma_.lower():  # a plural, "rose in the polls": no one document speaks
            continue
        if ("V", head.lemma_.lower()) in cues:
            continue
        yield Frame(token, (token.i, token.i + 1), "venue", _clause(head, token), np_span(pobj))


def _clause(head: Token, phrase: Token) -> tuple[int, int]:
    """The clause's words on the head's side of the phrase: "*Sanders has sagged* in the polls and ..."
    (what follows the phrase is another clause), "In the survey, *Trump leads*"."""
    start, end = subtree_span(head)
    if phrase.i > head.i:
        return char_span(head.doc, start, phrase.left_edge.i)
    return char_span(head.doc, phrase.right_edge.i + 1, end)
