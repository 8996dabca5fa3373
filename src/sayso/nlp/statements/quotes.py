"""Quotations: the stretches of text inside double quotation marks.

Typographic marks say which way they face, unless a mistyped opening mark stands where a quotation
must close ('“Apparently not,“ he said'); straight marks and '' alternate within a paragraph. A quotation
left open at the end of a paragraph runs to the paragraph's end (multi-paragraph quotes leave the
closing mark off), and a stray closing mark is ignored, so an odd number of marks breaks nothing.
Single quotes are left alone: an apostrophe (``Damascus'``) is not a quotation mark.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_MARK = re.compile(r"``|''|[\"“”„«»]")
_OPENING = {"“", "„", "«", "``"}
_CLOSING = {"”", "»"}
#: Marks that open or close by what follows them: straight quotes, and '' (some outlets open with it too).
_EITHER = {'"', "''"}


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of the quotations in ``text``, marks included, in text order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for para in re.split(r"(\n\s*\n|\n)", text):
        spans.extend(_paragraph_quotes(para, start))
        start += len(para)
    return spans


def _paragraph_quotes(para: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    open_at: int | None = None
    for m in _MARK.finditer(para):
        mark, pos = m.group(), m.start()
        if open_at is None and (mark in _OPENING or (mark in _EITHER and _opens(para, pos, mark))):
            open_at = pos
        elif open_at is not None and (mark not in _OPENING or not _opens(para, pos, mark)):
            spans.append((offset + open_at, offset + m.end()))
            open_at = None
    if open_at is not None:
        end = len(para.rstrip())
        if end - open_at > 1:
            spans.append((offset + open_at, offset + end))
    return spans


def _opens(para: str, pos: int, mark: str) -> bool:
    """A straight mark opens when a word follows it."""
    after = para[pos + len(mark) : pos + len(mark) + 1]
    return bool(after) and not after.isspace() and after not in ",.;:!?)"


class QuoteIndex:
    """Answers "is this offset inside a quotation, and which one" quickly."""

    def __init__(self, text: str) -> None:
        self.spans = find_quotes(text)
        self._starts = [s for s, _ in self.spans]

    def around(self, offset: int) -> tuple[int, int] | None:
        """The quotation containing ``offset`` (marks excluded), or None."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.spans[i][0] < offset < self.spans[i][1] - 1:
            return self.spans[i]
        return None

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation that takes in most of ``start:end``, if it covers at least half of it."""
        best, best_size = None, 0
        i = bisect_right(self._starts, end) - 1
        while i >= 0 and self.spans[i][1] > start:
            s, e = self.spans[i]
            size = min(e, end) - max(s, start)
            if size > best_size:
                best, best_size = (s, e), size
            i -= 1
        return best if best is not None and best_size * 2 >= end - start else None
