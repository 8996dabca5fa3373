"""The statements stage as a pure function: a parsed Doc in, ``Statement`` records out.

Every statement reaches the reader through the outlet, the implicit first link of every chain;
``via`` names a further link inside the article ("X cited Y as saying ...": Y's statement is via X's).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ...records import Span, Speaker, Statement
from ..doctext import doc_text
from ..syntax import syntax
from . import lexicon
from .clauses import clause_frames
from .colon import colon_frames
from .frames import Frame, according_frames, verb_frames
from .headline import headline_frames
from .hearsay import hearsay_frames
from .nested import drop_nested
from .polarity import denial
from .quotes import QuoteIndex
from .relay import relay_frames
from .speakers import Mention, resolve
from .standalone import quote_frames
from .tail import tail_frames
from .venue import venue_frames

#: Frames weaker than this are not taken as attributions.
MIN_WEIGHT = 0.3


@dataclass(frozen=True, slots=True)
class Candidate:
    """A frame accepted as an attribution, with its weight and polarity."""

    frame: Frame
    weight: float
    content: tuple[int, int]
    polarity: str = "asserts"


def extract_statements(doc: Doc, *, min_weight: float = MIN_WEIGHT) -> list[Statement]:
    """The attributed statements of ``doc`` in text order, with ids ``s1``, ``s2``, ..."""
    quotes = QuoteIndex(doc_text(doc))
    candidates = [_with_polarity(c) for c in cue_candidates(doc, quotes, min_weight)]
    candidates = _add_quotes(doc, quotes, candidates)
    candidates = [c for c in candidates if c.content[1] > c.content[0]]
    candidates = drop_nested(candidates, quotes)
    candidates.sort(key=lambda c: (doc[c.frame.cue_span[0]].idx, c.content))
    return _statements(doc, candidates, quotes)


def _add_quotes(doc: Doc, quotes: QuoteIndex, candidates: list[Candidate]) -> list[Candidate]:
    """Quotations without a cue of their own: a continuation widens the lender's content, a quotation
    standing alone becomes a statement of the lender's speaker."""
    by_cue = {c.frame.cue.i: c for c in candidates}
    added = []
    for frame, continues in quote_frames(doc, quotes, candidates):
        lender = by_cue[frame.cue.i]
        if continues:
            widened = (min(lender.content[0], frame.content[0]), max(lender.content[1], frame.content[1]))
            by_cue[frame.cue.i] = lender = replace(lender, content=widened)
        else:
            added.append(Candidate(frame, 0.5, frame.content))
    return list(by_cue.values()) + added


def cue_candidates(doc: Doc, quotes: QuoteIndex, min_weight: float = MIN_WEIGHT) -> list[Candidate]:
    """The best-weighted lexicon frame of every cue word, plus "according to X", "Name: ..." lines,
    "in a poll, ..." and hearsay adverbs ("reportedly"), and cues closing a sentence with no comma
    before their speaker."""
    table = lexicon.cue_frames()
    lemmas = lexicon.cue_lemmas()
    best: dict[int, Candidate] = {}
    syn = syntax(doc)
    for i, (tag, lemma) in enumerate(zip(syn.pos, syn.lemmas, strict=True)):  # no Token for most words
        pos = _POS.get(tag)
        if pos is None or (pos, lemma) not in lemmas:
            continue
        token = doc[i]
        quoted = quotes.around(token.idx) is not None
        for frame in [*verb_frames(token), *relay_frames(token), *clause_frames(token, quotes)]:
            where, weight = table.get((pos, lemma, frame.frame), ("", 0.0))
            if not _admitted(where, weight, min_weight, quoted):
                continue
            if token.i not in best or weight > best[token.i].weight:
                best[token.i] = Candidate(frame, weight, frame.content)
    for frame in [*according_frames(doc), *colon_frames(doc), *venue_frames(doc), *hearsay_frames(doc)]:
        where, weight = table.get(("P", frame.cue.lower_, frame.frame), ("", 0.0))
        if _admitted(where, weight, min_weight, quotes.around(frame.cue.idx) is not None):
            best.setdefault(frame.cue.i, Candidate(frame, weight, frame.content))
    for frame, weight in headline_frames(doc):
        if weight >= min_weight:
            best.setdefault(frame.cue.i, Candidate(frame, weight, frame.content))
    for frame in tail_frames(doc):  # "... killed five a monitor said": only where the parse framed nothing
        where, weight = table.get(("V", frame.cue.lemma_.lower(), frame.frame), ("", 0.0))
        if _admitted(where, weight, min_weight, quotes.around(frame.cue.idx) is not None):
            best.setdefault(frame.cue.i, Candidate(frame, weight, frame.content))
    return list(best.values())


def _admitted(where: str, weight: float, min_weight: float, quoted: bool) -> bool:
    """A lexicon row takes the frame: it is listed, weighs enough and may stand where the cue is."""
    return bool(where) and weight >= min_weight and not (where == "plain" and quoted)


#: The cue lexicon's parts of speech, by spaCy's universal tag.
_POS = {"VERB": "V", "AUX": "V", "NOUN": "N", "ADJ": "A"}


def _with_polarity(candidate: Candidate) -> Candidate:
    denied = denial(candidate.frame.cue, candidate.content)
    if denied is None or denied[1] <= denied[0]:
        return candidate
    return replace(candidate, content=denied, polarity="denies")


def _statements(doc: Doc, candidates: list[Candidate], quotes: QuoteIndex) -> list[Statement]:
    ids = {id(c): f"s{i}" for i, c in enumerate(candidates, 1)}
    earlier: list[Mention] = []
    out = []
    for c in candidates:
        cue_start, cue_end = c.frame.cue_span
        speaker = None
        parent = _enclosing(c, candidates)
        if c.frame.source is not None:
            span = doc[c.frame.source[0] : c.frame.source[1]]
            mention = replace(resolve(span, earlier), relayed=parent is not None)
            earlier.append(mention)
            speaker = Speaker(span.text, span.start_char, span.end_char, mention.entity)
        cue = doc[cue_start:cue_end]
        content = Span(doc_text(doc)[c.content[0] : c.content[1]], *c.content)
        out.append(
            Statement(
                id=ids[id(c)],
                speaker=speaker,
                cue=Span(cue.text, cue.start_char, cue.end_char),
                content=content,
                direct=quotes.covering(*c.content) is not None,
                polarity=c.polarity,
                via=ids[id(parent)] if parent is not None else None,
            )
        )
    return out


def _enclosing(child: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The innermost other statement whose content holds this one's cue: the link it reaches us by."""
    cue_at = child.frame.cue.idx
    best = None
    for c in candidates:
        if c is child or not (c.content[0] <= cue_at < c.content[1]):
            continue
        if c.frame.source == child.frame.source:
            continue
        if c.frame.cue_span == child.frame.cue_span:
            continue
        if best is None or c.content[1] - c.content[0] < best.content[1] - best.content[0]:
            best = c
    return best
