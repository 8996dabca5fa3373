"""``sayso_paragraphs``: sentence starts the parser must keep, set before it runs.

A blank line always ends a sentence (captions, datelines and paragraphs never run together), and a
dateline (``Damascus, December 1 (RHC)--``) is cut off from the sentence it opens, so that the
sentence's subject is not parsed as an apposition of the dateline's place.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..readers.dateline import DATED, UNDATED
from .doctext import doc_text


@Language.component("sayso_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after each blank line and after a dateline that opens a paragraph."""
    starts = [0]
    for token in doc[:-1]:
        if token.text_with_ws.count("\n") >= 2:
            following = doc[token.i + 1]
            if not following.is_space:
                following.is_sent_start = True
                starts.append(following.i)
    for i in starts:
        _cut_dateline(doc, i)
    return doc


def _cut_dateline(doc: Doc, i: int) -> None:
    start, text = doc[i].idx, doc_text(doc)
    m = DATED.match(text, start, start + 200) or UNDATED.match(text, start, start + 200)
    if not m:
        return
    for token in doc[i : i + 30]:
        if token.idx >= m.end() and not token.is_space:
            if token.i > i:
                token.is_sent_start = True
            return
