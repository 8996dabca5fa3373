"""``sayso_paragraphs``: sentence starts the parser must keep, set before it runs.

A blank line always ends a sentence (captions, datelines and paragraphs never run together), and a
dateline (``Damascus, December 1 (RHC)--``) is cut off from the sentence it opens, so that the
sentence's subject is not parsed as an apposition of the dateline's place. A picture's credit ends
its caption's sentence where scraping has lost the break ("... Aleppo Syria August 1 2016 (Reuters
Photo) Ten civilians were killed ...").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..readers.dateline import DATED, UNDATED
from .captions import credits
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
    _cut_after_credits(doc)
    return doc


def _cut_after_credits(doc: Doc) -> None:
    """Start a sentence at a capitalised word right after a picture's credit."""
    text = doc_text(doc)
    for m in credits(text):
        end = m.end()
        while end < len(text) and text[end] == " ":
            end += 1
        after = doc.char_span(end, end + 1, alignment_mode="expand")
        token = after[0] if after is not None and len(after) else None
        if token is not None and token.idx == end and token.i > 0 and token.text[:1].isupper():
            token.is_sent_start = True


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
