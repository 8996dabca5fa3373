"""The Doc's dependency tree as plain lists, built once per Doc.

Walking a parse through spaCy's Token objects makes an object for every token visited and looks each
label up in the string store again; the statements and events stages ask the same few questions (a
word's children, its head, its lemma) again and again. These lists answer them without either.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc, Span

from .doctext import last_doc


@dataclass(frozen=True, slots=True)
class Syntax:
    """Per token: its head's index (a root is its own head), dependency label, lower-cased lemma,
    lower-cased form, part of speech and tag (as ``Token.dep_``, ``lemma_.lower()``, ``lower_``,
    ``pos_``, ``tag_``); and each token's children in text order (as ``Token.children``)."""

    heads: list[int]
    deps: list[str]
    lemmas: list[str]
    lowers: list[str]
    pos: list[str]
    tags: list[str]
    children: list[list[int]]

    def ancestors(self, i: int) -> Iterator[int]:
        """The indices above token ``i``, nearest first (as ``Token.ancestors``); a tree with a cycle, which
        a Doc built by hand may have, stops where it closes."""
        start, steps = i, 0
        while self.heads[i] != i and steps < len(self.heads):
            i = self.heads[i]
            if i == start:
                return
            steps += 1
            yield i


#: Strings by their id in the string store (the same in every Doc of a process): labels and word forms
#: as spaCy gives them, and lemmas lower-cased.
_NAMES: dict[int, str] = {}
_LEMMAS: dict[int, str] = {}
_KEPT = 500_000


def _names(ids: list[int], kept: dict[int, str], doc: Doc, lower: bool = False) -> list[str]:
    if len(kept) > _KEPT:
        kept.clear()
    out = []
    for key in ids:
        name = kept.get(key)
        if name is None:
            name = kept[key] = doc.vocab.strings[key].lower() if lower else doc.vocab.strings[key]
        out.append(name)
    return out


@last_doc
def syntax(doc: Doc) -> Syntax:
    """The dependency tree of ``doc`` (see :class:`Syntax`)."""
    offsets, dep, lemma, low, pos, tag = doc.to_array([HEAD, DEP, LEMMA, LOWER, POS, TAG]).T.tolist()
    heads = [i + (offset if offset < 2**63 else offset - 2**64) for i, offset in enumerate(offsets)]
    children: list[list[int]] = [[] for _ in heads]
    for i, head in enumerate(heads):
        if head != i:
            children[head].append(i)
    return Syntax(
        heads=heads,
        deps=_names(dep, _NAMES, doc),
        lemmas=_names(lemma, _LEMMAS, doc, lower=True),
        lowers=_names(low, _NAMES, doc),
        pos=_names(pos, _NAMES, doc),
        tags=_names(tag, _NAMES, doc),
        children=children,
    )


@dataclass(frozen=True, slots=True)
class Sentences:
    """The Doc's sentences once (``doc.sents``) and, per token, the index of its own."""

    spans: list[Span]
    of_token: list[int]

    def of(self, i: int) -> Span:
        """The sentence of token ``i`` (as ``Token.sent``)."""
        return self.spans[self.of_token[i]]


@last_doc
def sentences(doc: Doc) -> Sentences:
    """The sentences of ``doc`` (see :class:`Sentences`)."""
    spans = list(doc.sents)
    of_token = [k for k, span in enumerate(spans) for _ in range(span.start, span.end)]
    return Sentences(spans, of_token)
