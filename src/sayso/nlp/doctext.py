"""The text of a Doc, built once: spaCy joins every token anew on each ``doc.text`` access, which
costs milliseconds on a news article and was the largest cost of the events stage."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "sayso_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
