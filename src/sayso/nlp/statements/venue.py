"""Venue attributions: "In a CNN poll, *Clinton led by 24 points*": the document named after "in"
speaks for the clause the phrase modifies (nouns in ``data/source_nouns.tsv``)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from . import lexicon
from .frames import Frame, char_span, np_span, subtree_span


def venue_frames(doc: Doc) -> Iterator[Frame]:
    """Frames for "in <poll/survey/report>" phrases on a clause whose verb is no cue of its own."""
    nouns = lexicon.words("source_nouns.tsv")
    cues = lexicon.cue_lemmas()
    for token in doc:
        if token.lower_ != "in" or token.dep_ != "prep" or token.head.i == token.i:
            continue
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        head = token.head
        if pobj is None or pobj.lemma_.lower() not in nouns or head.pos_ not in ("VERB", "AUX"):
            continue
        if ("V", head.lemma_.lower()) in cues:
            continue
        content = char_span(doc, *subtree_span(head), exclude=subtree_span(token))
        yield Frame(token, (token.i, token.i + 1), "venue", content, np_span(pobj))
