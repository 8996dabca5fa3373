"""Find candidate time expressions in a text with the patterns of ``data/patterns.json``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import SHAPE, patterns, triggers


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch of text a pattern of ``kind`` matched, with the pattern's named groups."""

    kind: str
    start: int
    end: int
    groups: dict[str, str | None]
    priority: int


#: How far around a trigger word an expression may reach (characters before, after).
BEFORE, AFTER = 45, 30


_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Window:
    """A stretch of text near trigger words, and the kinds of those words (``lexicon.triggers``)."""

    start: int
    end: int
    kinds: frozenset[str]


def windows(text: str) -> list[Window]:
    """The stretches of text near a trigger word, merged; patterns only run inside them."""
    found = triggers()
    words, shapes = found.words, found.shapes
    spans: list[Window] = []
    for m in _WORD.finditer(text):
        word = m.group().lower()
        kinds = words.get(word)
        if kinds is None:
            if not (word[0].isdigit() and shapes.fullmatch(word)):
                continue
            kinds = _SHAPE
        start, end = max(0, m.start() - BEFORE), _word_end(text, m.end() + AFTER)
        if spans and start <= spans[-1].end:
            last = spans[-1]
            spans[-1] = Window(last.start, max(last.end, end), last.kinds | kinds)
        else:
            spans.append(Window(start, end, kinds))
    return spans


_SHAPE = frozenset({SHAPE})


def _word_end(text: str, pos: int) -> int:
    """The first whitespace at or after ``pos`` (so no window cuts a word), else the text's end."""
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return min(pos, len(text))


def _candidates(text: str) -> list[Candidate]:
    found = []
    spans = windows(text)
    for priority, pattern in enumerate(patterns()):
        trims = "trim" in pattern.regex.groupindex
        needs = pattern.needs
        for window in spans:
            if needs is not None and needs.isdisjoint(window.kinds):
                continue  # no word the pattern needs is near: it cannot match here
            for m in pattern.regex.finditer(text, window.start, window.end):
                start = m.end("trim") if trims and m.group("trim") else m.start()
                if m.end() > start:
                    found.append(Candidate(pattern.kind, start, m.end(), m.groupdict(), priority))
    return found


def recognise(text: str, accept: Callable[[Candidate], bool] | None = None) -> list[Candidate]:
    """Non-overlapping accepted candidates in text order: longer matches first, then earlier patterns."""
    chosen: list[Candidate] = []
    found = [c for c in _candidates(text) if accept is None or accept(c)]
    ranked = sorted(found, key=lambda c: (c.start - c.end, c.priority, c.start))
    for cand in ranked:
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)
