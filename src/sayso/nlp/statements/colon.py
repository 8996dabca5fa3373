"""Colon attributions: a headline or line of the form "John McCain: Populist Anger Appeals to ...".

The speaker is a short name before the colon, at the start of a line, or after a dash in a digest's
line when a quotation follows ("... JUST TOO EARLY - Mark Blumenthal: “Although the polls ...”"); the
content is the rest of the line.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..doctext import token_words
from . import lexicon
from .frames import QUOTES, Frame, char_span

#: Longest name (in tokens) taken as the speaker before a colon.
MAX_SPEAKER = 6
#: Fewest words after the colon.
MIN_CONTENT = 3
_DASHES = {"-", "–", "—"}


def colon_frames(doc: Doc) -> Iterator[Frame]:
    """Frames for "Name: content" lines."""
    for i, (text, _, _) in enumerate(token_words(doc)):
        if text != ":":
            continue
        token = doc[i]
        start = _speaker_start(doc, token.i)
        if start is None:
            continue
        end = _line_end(doc, token.i)
        if end - token.i - 1 < MIN_CONTENT:
            continue
        yield Frame(token, (token.i, token.i + 1), "colon", char_span(doc, token.i + 1, end), (start, token.i))


def _speaker_start(doc: Doc, colon: int) -> int | None:
    """Where the name before the colon starts: at the line's start ("John McCain: ..."), or after a
    dash in a digest's line when a quotation follows the colon ("IOWA POLLS NOT WRONG, JUST TOO EARLY -
    Mark Blumenthal and Jon Cohen: “Although the polls ...”")."""
    start = _line_start(doc, colon)
    if 1 <= colon - start <= MAX_SPEAKER and _is_name(doc[start:colon]):
        return start
    quoted = colon + 1 < len(doc) and doc[colon + 1].text in QUOTES
    dash = next((k for k in range(colon - 1, start, -1) if doc[k].text in _DASHES), None)
    if quoted and dash is not None and 1 <= colon - dash - 1 <= MAX_SPEAKER and _is_name(doc[dash + 1 : colon]):
        return dash + 1
    return None


def _is_name(tokens) -> bool:
    """Capitalised words (with the odd "of", "'s", "-"), not a clause nor a label ("UPDATE"): "Sen. John
    McCain", "NY Daily News"."""
    if not tokens[0].text[:1].isupper() or tokens[0].lower_ == "the":
        return False
    if tokens.text.lower().replace("’", "'") in lexicon.words("colon_labels.tsv"):
        return False
    last = len(tokens) - 1
    return all(
        t.text[:1].isupper()
        or t.lower_ in ("of", "'s", "’s", "-", ".", "the")
        or (t.lower_ == "and" and 0 < k < last)  # "Mark Blumenthal and Jon Cohen"
        for k, t in enumerate(tokens)
    )


def _line_start(doc: Doc, i: int) -> int:
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    return i


def _line_end(doc: Doc, i: int) -> int:
    while i < len(doc) and "\n" not in doc[i].text_with_ws:
        i += 1
    return i
