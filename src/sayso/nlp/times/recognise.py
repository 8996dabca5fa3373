"""Find candidate time expressions in a text with the patterns of ``data/patterns.json``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import patterns


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch of text a pattern of ``kind`` matched, with the pattern's named groups."""

    kind: str
    start: int
    end: int
    groups: dict[str, str | None]
    priority: int


def _candidates(text: str) -> list[Candidate]:
    found = []
    for priority, pattern in enumerate(patterns()):
        trims = "trim" in pattern.regex.groupindex
        for m in pattern.regex.finditer(text):
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
