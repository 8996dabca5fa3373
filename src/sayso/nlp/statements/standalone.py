"""Quotations with no cue of their own: the speaker is given around them.

'He said: "..."' takes the cue of the sentence before; a quotation standing alone takes the speaker
of the statement just before it (or of the cue that follows it: '"...," she said.').
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

from spacy.tokens import Doc

from ..doctext import doc_text
from . import lexicon
from .frames import Frame
from .quotes import QuoteIndex

#: A quotation shorter than this many words is a scare quote ("media war"), not a statement.
MIN_WORDS = 4
#: How far (characters) a statement may sit before a quotation and still lend it its speaker.
REACH = 400


class _HasFrame(Protocol):
    frame: Frame
    content: tuple[int, int]


def quote_frames(doc: Doc, quotes: QuoteIndex, candidates: Sequence[_HasFrame]) -> Iterator[tuple[Frame, bool]]:
    """Frames for the quotations that no candidate's content covers, each with whether it continues
    the lender's own sentence ('"...," he said, "..."': one statement in two pieces)."""
    text = doc_text(doc)
    taken = sorted(c.content for c in candidates if quotes.around(c.frame.cue.idx) is None)
    for start, end in quotes.spans:
        if len(text[start:end].split()) < MIN_WORDS or _covered(start, end, taken):
            continue
        lender = _previous(candidates, start)
        if lender is None:
            continue
        same = _continues(text, lender, candidates, start)
        if same or (_opens_paragraph(text, lender, start) and _speech(lender)):
            yield Frame(lender.cue, lender.cue_span, "quote", (start, end), lender.source), same


def _continues(text: str, lender: Frame, candidates: Sequence[_HasFrame], start: int) -> bool:
    """The quotation goes on with the lender's own sentence or the one right after it."""
    if "\n" not in text[lender.cue.idx : start] and not _sentence_between(text, lender, start):
        return True
    return _adjacent(text, lender_end(candidates, lender), start)


def _opens_paragraph(text: str, lender: Frame, start: int) -> bool:
    """The quotation opens the paragraph right after the lender's."""
    before = text[lender.cue.idx : start]
    return before.rstrip(" \t").endswith("\n") and len(re.findall(r"\n\s*\n|\n", before)) == 1


def lender_end(candidates: Sequence[_HasFrame], frame: Frame) -> int:
    """Where the lender's content ends."""
    return next(c.content[1] for c in candidates if c.frame is frame)


def _adjacent(text: str, end: int, start: int) -> bool:
    """Only the rest of the lender's sentence stands between its content and the quotation, in one
    paragraph ('"...," he said. "..."')."""
    gap = text[end:start]
    return "\n" not in gap and len(gap) < 80 and len(re.findall(r"[.?!]", gap)) <= 1


def _sentence_between(text: str, lender: Frame, start: int) -> bool:
    """A sentence ends between the lender's cue and the quotation."""
    gap = text[lender.cue.idx : start]
    return re.search(r"[.?!][\"”’]?\s", gap) is not None


def _speech(frame: Frame) -> bool:
    """The frame's cue is a verb of saying: one that also heads '"...," she said' (a derived row)."""
    return ("V", frame.cue.lemma_.lower(), "prequote") in lexicon.cue_frames()


def _covered(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def _previous(candidates: Sequence[_HasFrame], start: int) -> Frame | None:
    """The nearest statement ending before ``start`` within reach, with a source."""
    best = None
    for c in candidates:
        if c.frame.source is None or c.content[1] > start or start - c.content[1] > REACH:
            continue
        if best is None or c.content[1] > best.content[1]:
            best = c
    return best.frame if best is not None else None
