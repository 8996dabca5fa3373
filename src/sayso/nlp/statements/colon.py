"""Colon attributions: a headline or line of the form "John McCain: Populist Anger Appeals to ...".

The speaker is a short name before the colon, at the start of a line; the content is the rest of it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..doctext import token_words
from . import lexicon
from .frames import Frame, char_span

#: Longest name (in tokens) taken as the speaker before a colon.
MAX_SPEAKER = 6
#: Fewest words after the colon.
MIN_CONTENT = 3


def colon_frames(doc: Doc) -> Iterator[Frame]:
    """Frames for "Name: content" lines."""
    for i, (text, _, _) in enumerate(token_words(doc)):
        if text != ":":
            continue
        token = doc[i]
        start = _line_start(doc, token.i)
        left = doc[start : token.i]
        if not 1 <= len(left) <= MAX_SPEAKER or not _is_name(left):
            continue
        end = _line_end(doc, token.i)
        if end - token.i - 1 < MIN_CONTENT:
            continue
        yield Frame(token, (token.i, token.i + 1), "colon", char_span(doc, token.i + 1, end), (start, token.i))


def _is_name(tokens) -> bool:
    """Capitalised words (with the odd "of", "'s", "-"), not a clause nor a label ("UPDATE"): "Sen. John
    McCain", "NY Daily News"."""
    if not tokens[0].text[:1].isupper() or tokens[0].lower_ == "the":
        return False
    if tokens.text.lower().replace("’", "'") in lexicon.words("colon_labels.tsv"):
        return False
    return all(t.text[:1].isupper() or t.lower_ in ("of", "'s", "’s", "-", ".", "the") for t in tokens)


def _line_start(doc: Doc, i: int) -> int:
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    return i


def _line_end(doc: Doc, i: int) -> int:
    while i < len(doc) and "\n" not in doc[i].text_with_ws:
        i += 1
    return i
