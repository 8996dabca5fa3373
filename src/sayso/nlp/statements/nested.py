"""Statements the article makes itself, not attributions: the writer's own (first-person) ones, bare
infinitives with no speaker ("efforts to push back against X"), and nested ones. A cue inside another
statement's content is most often part of what is said ("He said voters *want* change"), not a report the
article makes; only those that read as one are kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from . import lexicon
from .frames import Frame
from .quotes import QuoteIndex

#: Words that open a relative clause as one of its noun phrases.
RELATIVE_WORDS = ("which", "who", "whom", "that", "what")


class _HasFrame(Protocol):
    frame: Frame
    content: tuple[int, int]


def drop_nested(candidates: Sequence[_HasFrame], quotes: QuoteIndex) -> list:
    """The candidates without the nested ones that ``data/nested_drop.tsv`` rules out."""
    spans = [(c.content, c.frame) for c in candidates]
    return [c for c in candidates if not _ruled_out(c, spans, quotes)]


def _ruled_out(c: _HasFrame, spans: list, quotes: QuoteIndex) -> bool:
    cue = c.frame.cue
    if _by_the_writer(c.frame) and quotes.around(cue.idx) is None:
        return True
    if c.frame.source is None and (cue.dep_, cue.tag_) in lexicon.pairs("speakerless_drop.tsv"):
        return True
    outer = [f for (start, end), f in spans if start <= cue.idx < end and f.cue_span != c.frame.cue_span]
    if not outer or any(f.frame == "relay" for f in outer) or c.frame.frame == "quote":
        return False
    if _parenthetical(c.frame):
        return False
    features = {("dep", cue.dep_), ("tag", cue.tag_)}
    if c.frame.source is None:
        features.add(("nosource", "-"))
    if quotes.around(cue.idx) is not None:
        features.add(("quoted", "-"))
    return bool(features & _rules())


def _parenthetical(frame: Frame) -> bool:
    """A cue in a relative clause whose relative word belongs to the content, not to the cue ("a bill
    *which critics said* was unfair", "daughters *who he said* live abroad"): a report of its own."""
    cue = frame.cue
    if cue.dep_ != "relcl" or frame.frame != "ccomp":
        return False
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is None or cue.left_edge.i >= cue.i:
        return False
    relative = cue.doc[cue.left_edge.i]
    return relative.lower_ in RELATIVE_WORDS and relative.head.i != cue.i and clause.left_edge.i <= relative.i


def _by_the_writer(frame: Frame) -> bool:
    """The speaker is a first-person pronoun ("I said", "I think")."""
    if frame.source is None or frame.source[1] - frame.source[0] != 1:
        return False
    return frame.cue.doc[frame.source[0]].lower_ in lexicon.words("author_pronouns.tsv")


def _rules() -> frozenset[tuple[str, str]]:
    return lexicon.pairs("nested_drop.tsv")
