"""``sayso_paragraphs``: sentence starts the parser must keep, set before it runs.

A blank line always ends a sentence (captions, datelines and paragraphs never run together), and a
dateline (``Damascus, December 1 (RHC)--``) is cut off from the sentence it opens, so that the
sentence's subject is not parsed as an apposition of the dateline's place. A picture's credit ends
its caption's sentence where scraping has lost the break ("... Aleppo Syria August 1 2016 (Reuters
Photo) Ten civilians were killed ..."), and a date line glued to the sentence that follows it ("Last
updated at Oct 082017 MOSCOW Some 120 extremists were killed ...", "Published June 11 2016 Suicide
bombers struck ..."), and a page's tag list ("Tags Syria Idlib gas attack ...") from the body it
runs into.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..readers.dateline import DATED, UNDATED, leading_date_match
from .captions import credits
from .doctext import doc_text
from .tags import tag_lists


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
    _cut_leading_date(doc)
    _cut_tag_lists(doc)
    return doc


def _cut_tag_lists(doc: Doc) -> None:
    """A page's tag list is a sentence of its own, apart from the body it runs into (``nlp/tags.py``)."""
    for opener, start, _ in tag_lists(doc):
        if opener > 0:
            doc[opener].is_sent_start = True
        if start is not None and start < len(doc):
            doc[start].is_sent_start = True


#: Words in capitals after a leading date: the place the report was filed from ("... 2017 MOSCOW Some").
_FILED_FROM = re.compile(r"\s*(?:[A-Z][A-Z'’.\-]+\s+)*(?=[A-Z])")


def _cut_leading_date(doc: Doc) -> None:
    """Start a sentence at the capitalised word after the date that opens one of the first paragraphs
    (and after the capitalised place that may follow it); the date itself is not cut ("26 | Jul 2015")."""
    text = doc_text(doc)
    found = date_line(text)
    if found is None:
        return
    date_span = doc.char_span(found[0], found[1], alignment_mode="expand")
    for token in date_span[1:] if date_span is not None else ():
        token.is_sent_start = False
    _start_sentence_at(doc, found[2])


def date_line(text: str) -> tuple[int, int, int] | None:
    """Where the leading date of ``text`` begins and ends, and where the words after it (and after the
    capitalised place that may follow it) begin; None if no date opens one of the first paragraphs."""
    found = leading_date_match(text)
    if found is None:
        return None
    m = found[0]
    filed = _FILED_FROM.match(text, m.end())
    return m.start(), m.end(), filed.end() if filed else len(text) - len(text[m.end() :].lstrip())


def _start_sentence_at(doc: Doc, end: int) -> None:
    """Start a sentence at the token beginning at character ``end``, if it is a capitalised word."""
    after = doc.char_span(end, end + 1, alignment_mode="expand")
    token = after[0] if after is not None and len(after) else None
    if token is not None and token.idx == end and token.i > 0 and token.text[:1].isupper():
        token.is_sent_start = True


def _cut_after_credits(doc: Doc) -> None:
    """Start a sentence at a capitalised word right after a picture's credit."""
    text = doc_text(doc)
    for m in credits(text):
        end = m.end()
        while end < len(text) and text[end] == " ":
            end += 1
        _start_sentence_at(doc, end)


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
