"""Photo captions left in scraped text: a picture's credit in parentheses, and the words before it
that describe the picture rather than tell the report's happenings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span

from .doctext import doc_text
from .events.lexicon import read_tsv
from .syntax import sentences

DATA = Path(__file__).parent / "data"
_PAREN = re.compile(r"\(([^()\n]{1,60})\)")
_WORD = re.compile(r"[A-Za-z]+")
#: What ends a sentence or states a day just before an agency's bare credit: "2016. (AFP)", "18 2016 (Reuters)".
_BEFORE_AGENCY = re.compile(r"(?:[.!?\"”]|\b(?:19|20)\d\d|day)\s*$")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SUBORDINATE = {"relcl", "acl", "advcl", "pcomp", "ccomp", "csubj", "xcomp"}
#: More words than a caption has: a sentence run on into the report, which is not taken for one.
_LONGEST = 60


@cache
def _credit_words() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in read_tsv(DATA / "credits.tsv")}


def _is_credit(inside: str, before: str) -> bool:
    words = [w.lower() for w in _WORD.findall(inside)]
    kinds = {_credit_words().get(w) for w in words}
    if "credit" in kinds:
        return True
    return bool(words) and len(words) <= 3 and kinds == {"agency"} and _BEFORE_AGENCY.search(before) is not None


def credits(text: str) -> Iterator[re.Match[str]]:
    """The parentheses of ``text`` that credit a picture ("(Reuters Photo)", "(File photo)", "(TRT
    World and Agencies)"; a bare "(AFP)" only after a sentence's end or a date, not in a date line:
    ``data/credits.tsv``)."""
    if "(" not in text:
        return
    for m in _PAREN.finditer(text):
        if _is_credit(m.group(1), text[max(0, m.start() - 12) : m.start()].rstrip()):
            yield m


def _describes(words: Span) -> bool:
    """A caption describes what a picture shows, in the present ("People inspect the damage", "jets
    are seen") or with no finite verb ("Russian Su-34 dropping bombs"); a past or perfect tense, or a
    modal, tells what happened ("He added that ...", "The group has been fighting ..."): the report's
    words before a picture's bare credit. The main clause's first finite verb decides ("A boy *who was*
    injured ... *sits* in a tent")."""
    for tok in words:
        if tok.tag_ not in _FINITE:
            continue
        verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
        if verb.dep_ in _SUBORDINATE:
            continue
        return tok.tag_ in ("VBZ", "VBP") and tok.lemma_ != "have"
    return True


def caption_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Character spans of the photo captions in a parsed ``doc``: from the start of the sentence a
    credit follows to the end of the credit, when those words describe a picture."""
    text = doc_text(doc)
    sents = None
    out = []
    for m in credits(text):
        before = len(text[: m.start()].rstrip())
        tok = doc.char_span(before - 1, before, alignment_mode="expand") if before else None
        if tok is None or not len(tok):
            continue
        sents = sents or sentences(doc)
        sent = sents.of(tok[0].i)
        words = doc[sent.start : tok[-1].i + 1]
        if 3 < len(words) <= _LONGEST and _describes(words):  # not "BEIRUT (Reuters)"
            out.append((sent.start_char, m.end()))
    return tuple(out)
