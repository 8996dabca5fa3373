"""Hand-built Docs for the events tests: words with lemma, POS, dependency and head given."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc

from sayso.nlp.extensions import register_extensions
from sayso.records import Quantity

_VOCAB = spacy.blank("en").vocab
_NO_SPACE_BEFORE = {".", ",", "'s", ":", ";"}


def parsed(*sentences: str, anchor: date | None = date(2024, 12, 1)) -> Doc:
    """A Doc from sentences written as "word/lemma/POS/dep/head" tokens separated by spaces, with an
    optional sixth field for the fine-grained tag ("have/have/AUX/aux/3/VBP").

    ``head`` is the index of the head token within its sentence; the root points at itself.
    """
    register_extensions()
    words, lemmas, pos, deps, heads, tags = [], [], [], [], [], []
    for sentence in sentences:
        base = len(words)
        for item in sentence.split():
            w, lemma, p, dep, head, *tag = item.split("/")
            words.append(w.replace("_", " "))
            lemmas.append(lemma)
            pos.append(p)
            deps.append(dep)
            heads.append(base + int(head))
            tags.append(tag[0] if tag else "")
    spaces = [i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE for i in range(len(words))]
    doc = Doc(_VOCAB, words=words, spaces=spaces, lemmas=lemmas, pos=pos, deps=deps, heads=heads, tags=tags)
    doc._.sayso_anchor = anchor
    for name in ("sayso_places", "sayso_times", "sayso_quantities", "sayso_statements"):
        setattr(doc._, name, [])
    return doc


def char_span(doc: Doc, text: str, nth: int = 0) -> tuple[int, int]:
    """(start, end) of the ``nth`` occurrence of ``text`` in the Doc's text."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return start, start + len(text)


def count_in(doc: Doc, text: str, low: int | None, high: int | None, nth: int = 0) -> Quantity:
    """The quantities stage's record for the ``nth`` occurrence of ``text`` (what it counts left open)."""
    start, end = char_span(doc, text, nth)
    return Quantity(text, start, end, low, high, None)
