"""Relay frames: "X cited Y as saying that ...": X's statement carries Y's whole statement."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .frames import Frame, char_span, find_source


def relay_frames(cue: Token) -> Iterator[Frame]:
    """A verb with an object and an "as saying ..." phrase: the content runs from the object to the
    end of that phrase, so the inner statement's cue falls inside it."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None:
        return
    for child in cue.children:
        if child.dep_ != "prep" or child.lower_ != "as" or child.i < obj.i:
            continue
        if any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in child.children):
            content = char_span(cue.doc, obj.left_edge.i, child.right_edge.i + 1)
            yield Frame(cue, (cue.i, cue.i + 1), "relay", content, find_source(cue))
