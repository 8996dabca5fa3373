"""Find candidate time expressions in a text with the patterns of ``data/patterns.json``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import patterns, triggers


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


def windows(text: str) -> list[tuple[int, int]]:
    """The stretches of text near a trigger word, merged; patterns only run inside them."""
    found = triggers()
    words, shapes = found.words, found.shapes
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word not in words and not (word[0].isdigit() and shapes.fullmatch(word)):
            continue
        start, end = max(0, m.start() - BEFORE), _word_end(text, m.end() + AFTER)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


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
        for start_at, end_at in spans:
            for m in pattern.regex.finditer(text, start_at, end_at):
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
