"""Frames where the content is not a dependent of the cue word.

``as``: "As The Post reported, *the inspector issued subpoenas*": the clause the as-clause modifies.
``passive``: "*Both incidents* were claimed by the Islamic State": the passive subject, the agent speaks.
``prequote``: '*"...,"* he said.' when the parser leaves the quotation out of the cue's clause.
``postquote``: 'Ryan said, *"Sure. I get that."*' when the parser leaves the quotation after it out.
Which cue words take these frames is data (``data/cue_verbs.tsv``), like every other frame.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..doctext import doc_text
from . import lexicon
from .frames import QUOTES, Frame, char_span, find_source, subtree_span
from .quotes import QuoteIndex

#: Characters that may stand between a quotation and the clause of the cue that follows it.
_GAP = " \t,—–-"
#: Characters that may stand between a cue and the quotation that follows it.
_AFTER = " \t,:"


def clause_frames(cue: Token, quotes: QuoteIndex) -> Iterator[Frame]:
    """The ``as``, ``passive`` and ``prequote`` frames of a cue word, where they apply."""
    yield from _as_frame(cue)
    yield from _passive_frame(cue)
    yield from _prequote_frame(cue, quotes)
    yield from _postquote_frame(cue, quotes)


def _as_frame(cue: Token) -> Iterator[Frame]:
    """ "As X noted, <clause>" / "<clause>, as X said": the governing clause without the as-clause."""
    if cue.dep_ != "advcl" or cue.head.i == cue.i:
        return
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children):
        return
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        return
    content = char_span(cue.doc, *subtree_span(cue.head), exclude=subtree_span(cue))
    yield Frame(cue, (cue.i, cue.i + 1), "as", content, find_source(cue))


def _passive_frame(cue: Token) -> Iterator[Frame]:
    """ "X was backed by Y": X is what Y says, thinks or does about; Y is the agent."""
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    if subject is None or agent is None or not any(c.dep_ == "pobj" for c in agent.children):
        return
    yield Frame(cue, (cue.i, cue.i + 1), "passive", char_span(cue.doc, *subtree_span(subject)), find_source(cue))


def _prequote_frame(cue: Token, quotes: QuoteIndex) -> Iterator[Frame]:
    """'"...," he said.': a quotation closing right before the cue's clause, which has no complement
    (an object is allowed when the cue takes no content object: '"...," she told CNN.')."""
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in cue.children):
        return
    if any(c.dep_ == "dobj" for c in cue.children) and ("V", cue.lemma_.lower(), "dobj") in lexicon.cue_frames():
        return
    if not any(c.dep_ == "nsubj" for c in cue.children):
        return
    doc = cue.doc
    start = _clause_start(cue)
    text = doc_text(doc)
    probe = start.idx
    while probe > 0 and text[probe - 1] in _GAP:
        probe -= 1
    span = next((s for s in quotes.spans if s[1] == probe), None)
    if span is None or span[0] >= span[1]:
        return
    yield Frame(cue, (cue.i, cue.i + 1), "prequote", span, find_source(cue))


def _postquote_frame(cue: Token, quotes: QuoteIndex) -> Iterator[Frame]:
    """'He said, "...".': a quotation opening right after the cue (past a comma or colon), which has a
    speaker; the frames the parser gives win where they weigh as much."""
    source = find_source(cue)
    if source is None or quotes.around(cue.idx) is not None:
        return
    text = doc_text(cue.doc)
    probe = cue.idx + len(cue.text)
    while probe < len(text) and text[probe] in _AFTER:
        probe += 1
    if text[probe - 1 : probe] == ":":  # 'he wrote:' closing a paragraph, the quotation below it
        while probe < len(text) and text[probe].isspace():
            probe += 1
    span = next((s for s in quotes.spans if s[0] == probe), None)
    if span is not None and span[0] < span[1]:
        yield Frame(cue, (cue.i, cue.i + 1), "postquote", span, source)


def _clause_start(cue: Token) -> Token:
    """The first word of the cue's own short clause: the run of the cue's subtree just before it that
    has no punctuation ("he also said", "said"), or its subject with what stands in apposition to it
    ("Sarandon, 69, told"), not a quotation the parser hung on the cue."""
    doc = cue.doc
    start = cue
    while start.i > cue.left_edge.i and not doc[start.i - 1].is_punct:
        start = doc[start.i - 1]
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < start.i), None)
    if subject is not None and not any(t.text in QUOTES for t in doc[subject.left_edge.i : cue.i]):
        start = doc[subject.left_edge.i]
    return start
