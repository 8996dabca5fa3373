"""How many died, per word that says people died: the counts that word governs, added up only when
they are coordinated parts of one toll ("killed 12 civilians and 3 fighters" = 15).

Each count enters as the figure the report states, ACLED's convention for fatalities: "at least 12"
is 12, "as many as 300" is 300; a range stays a range and vague words keep their interval ("dozens").

A count the quantities stage hangs on a cue word in another sentence, a count of the hurt next to
one of the dead ("13 people had been killed and 25 injured"), a repeated mention of the same count
and a part of a count given already ("including 5 children") are not added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...records import Quantity
from ..quantities.counts import CasualtyCount, reported_figure, stated_number
from .slots import word_kind

Interval = tuple[int | None, int | None]


@dataclass(frozen=True, slots=True)
class Toll:
    """One word's count of the dead: the figure coded (``low``-``high``), the interval the words allow
    (``words``: "at least 12" is 12-open), the cue token, and whether no number is written ("dozens")."""

    low: int
    high: int | None
    cue: int
    vague: bool
    words: Interval


def _span(q: Quantity, doc: Doc) -> Span | None:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _hurt(span: Span) -> bool:
    """The count is of the hurt: an injury word right after it or governing it ("25 injured")."""
    doc = span.doc
    near = [t for t in doc[span.end : span.end + 1] if not t.is_punct]
    near += [span.root.head] if span.root.head.i != span.root.i else []
    near += [c for c in span.root.children if c.i >= span.end]
    return any(word_kind(t) == "injured" for t in near)


def _coordinated(a: Token, b: Token) -> bool:
    def chain(t: Token) -> Token:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t

    return a.i != b.i and chain(a).i == chain(b).i and "conj" in (a.dep_, b.dep_)


def _add(a: Interval, b: Interval) -> Interval:
    high = None if a[1] is None or b[1] is None else a[1] + b[1]
    return (a[0] or 0) + (b[0] or 0), high


def _group_total(doc: Doc, cue: Token, counts: list[tuple[Quantity, Interval]]) -> Toll | None:
    """The toll one cue word gives: its nearest count, plus the counts coordinated with it."""
    spans: dict[tuple[int, int], tuple[Quantity, Interval, Span]] = {}
    for q, figure in counts:
        span = _span(q, doc)
        if span is None or span.sent.start != cue.sent.start:
            continue
        own = span.start <= cue.i < span.end  # "15 Killed Dozens Injured": its own word says killed
        if own or not _hurt(span):
            spans.setdefault((span.start, span.end), (q, figure, span))
    if not spans:
        return None
    items = sorted(spans.values(), key=lambda item: abs(item[2].root.i - cue.i))
    first, figure, pspan = items[0]
    words: Interval = (first.low, first.high)
    for q, other, span in items[1:]:
        if _coordinated(span.root, pspan.root):
            figure, words = _add(figure, other), _add(words, (q.low, q.high))
    vague = not any(t.like_num for t in pspan) and first.low != first.high  # "dozens"; not "a child"
    return Toll(figure[0] or 0, figure[1], cue.i, vague, (words[0] or 0, words[1]))


def killed_counts(doc: Doc, counts: Sequence[CasualtyCount]) -> list[Toll]:
    """One toll per word that counts the dead, from the casualty counts (the quantities stage's
    ``casualty_counts`` of ``doc``) in its own sentence."""
    groups: dict[int, list[tuple[Quantity, Interval]]] = {}
    for c in counts:
        if c.kind == "killed" and not c.subset:
            groups.setdefault(c.cue, []).append((c.quantity, reported_figure(c.quantity)))
    return [toll for cue, qs in groups.items() if (toll := _group_total(doc, doc[cue], qs)) is not None]


def part_counts(counts: Sequence[CasualtyCount]) -> list[tuple[int, int]]:
    """(stated number, cue token) of each count of the dead given as a part of another ("including
    seven children")."""
    found = []
    for c in counts:
        if c.kind == "killed" and c.subset and (number := stated_number(c.quantity)) is not None:
            found.append((number, c.cue))
    return found
