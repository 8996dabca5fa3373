"""The text of a Doc, built once: spaCy joins every token anew on each ``doc.text`` access, which
costs milliseconds on a news article and was the largest cost of the events stage."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from spacy.attrs import IS_ALPHA, IS_LOWER, ORTH
from spacy.tokens import Doc

_KEY = "sayso_text"
T = TypeVar("T")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def last_doc(fn: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """``fn`` computed once for the Doc it was last asked about: the stages of one Doc ask in turn, and
    a Doc is not weak-referenceable, so keeping the last one is enough."""
    kept: dict[int, tuple[Doc, T]] = {}

    @wraps(fn)
    def wrapper(doc: Doc) -> T:
        found = kept.get(id(doc))
        if found is not None and found[0] is doc:
            return found[1]
        value = fn(doc)
        kept.clear()
        kept[id(doc)] = (doc, value)
        return value

    return wrapper


@last_doc
def token_words(doc: Doc) -> list[tuple[str, bool, bool]]:
    """(text, is_alpha, is_lower) of every token, read from the Doc's arrays: no Token objects are made,
    which is what a Python loop over a Doc mostly costs."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_ALPHA, IS_LOWER]).tolist()
    return [(strings[orth], bool(alpha), bool(lower)) for orth, alpha, lower in rows]
