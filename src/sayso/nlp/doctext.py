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
    words = _WORDS.get(id(doc))
    if words is not None and words[0] is doc:
        return words[1]
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_ALPHA, IS_LOWER]).tolist()
    table = [(strings[orth], bool(alpha), bool(lower)) for orth, alpha, lower in rows]
    _WORDS.clear()  # one Doc at a time: the stages of one Doc ask for it in turn
    _WORDS[id(doc)] = (doc, table)
    return table


#: The last Doc's token table (a Doc is not weak-referenceable; keeping one is enough).
_WORDS: dict[int, tuple[Doc, list[tuple[str, bool, bool]]]] = {}
