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

from spacy.tokens import Doc, Span, Token

from ...records import Quantity
from .slots import casualty_check, quantity_root, word_kind

Toll = tuple[int, int | None, int, bool]  # (low, high, cue token, vague: no number written)


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


Figure = tuple[int | None, int | None]


def _group_total(doc: Doc, cue: Token, figures: list[tuple[Quantity, Figure]]) -> tuple[int, int | None, bool] | None:
    spans: dict[tuple[int, int], tuple[Figure, Span]] = {}
    for q, figure in figures:
        span = _span(q, doc)
        if span is not None and span.sent.start == cue.sent.start and not _hurt(span):
            spans.setdefault((span.start, span.end), (figure, span))
    if not spans:
        return None
    items = sorted(spans.values(), key=lambda fs: abs(fs[1].root.i - cue.i))
    (low, high), pspan = items[0]
    low = low or 0
    for (lo, hi), span in items[1:]:
        if _coordinated(span.root, pspan.root):
            low += lo or 0
            high = None if high is None or hi is None else high + hi
    return low, high, not any(t.like_num for t in pspan)


def killed_counts(doc: Doc, quantities: Sequence[Quantity]) -> list[Toll]:
    """(low, high, cue token) per word that counts the dead, in its own sentence."""
    try:
        from ..quantities.counts import casualty_counts, reported_figure
    except ImportError:
        check = casualty_check()
        out = []
        for q in quantities:
            root = quantity_root(q, doc)
            if root is not None and q.low is not None and check(q, doc) == "killed":
                out.append((q.low, q.high, root.i, False))
        return out
    groups: dict[int, list[tuple[Quantity, Figure]]] = {}
    for c in casualty_counts(doc, quantities):
        if c.kind == "killed" and not c.subset:
            groups.setdefault(c.cue, []).append((c.quantity, reported_figure(c.quantity)))
    out = []
    for cue, qs in groups.items():
        if (total := _group_total(doc, doc[cue], qs)) is not None:
            low, high, vague = total
            out.append((low, high, cue, vague))
    return out
