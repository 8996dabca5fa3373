"""The text of a Doc, built once: spaCy joins every token anew on each ``doc.text`` access, which
costs milliseconds on a news article and was the largest cost of the events stage."""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_LOWER, ORTH
from spacy.tokens import Doc

_KEY = "sayso_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def token_words(doc: Doc) -> list[tuple[str, bool, bool]]:
    """(text, is_alpha, is_lower) of every token, read from the Doc's arrays: no Token objects are made,
    which is what a Python loop over a Doc mostly costs."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_ALPHA, IS_LOWER]).tolist()
    return [(strings[orth], bool(alpha), bool(lower)) for orth, alpha, lower in rows]
