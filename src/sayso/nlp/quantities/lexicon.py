"""The quantities stage's linguistic knowledge, read once per process from the TSV files in ``data/``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of ``data/<name>``, without comments and blank lines."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True, slots=True)
class Vague:
    """A vague quantifier ("dozens", "several") with its interval and role (alone | multiplier)."""

    low: int
    high: int
    role: str


@cache
def number_words() -> dict[str, tuple[int, str]]:
    """Spelled-out number words: word -> (value, kind), kind unit | ten | scale."""
    return {w: (int(v), kind) for w, v, kind in _rows("number_words.tsv")}


@cache
def vague_phrases() -> dict[tuple[str, ...], Vague]:
    """Vague quantifiers keyed by their lower-cased words."""
    return {tuple(p.split()): Vague(int(lo), int(hi), role) for p, lo, hi, role in _rows("vague.tsv")}


@cache
def modifiers() -> dict[tuple[str, ...], str]:
    """Words before a number -> the rule that turns the number into an interval."""
    return {tuple(p.split()): rule for p, rule in _rows("modifiers.tsv")}


@cache
def suffixes() -> dict[tuple[str, ...], str]:
    """Words after a number ("or more") -> the rule that turns the number into an interval."""
    return {tuple(p.split()): rule for p, rule in _rows("suffixes.tsv")}


@cache
def units() -> dict[str, str]:
    """Nouns that make the number before them a measure, a time, money or a fraction."""
    return {w: kind for w, kind in _rows("units.tsv")}


@cache
def not_count_words() -> dict[tuple[str, str], str]:
    """(word, before|after) -> kind, for words marking a neighbouring number as no count."""
    return {(w, where): kind for w, where, kind in _rows("not_counts.tsv")}


@cache
def casualty_cues() -> tuple[dict[str, str], tuple[tuple[frozenset[str], str], ...]]:
    """Single lemmas -> killed | injured, and lemma pairs ("claim"+"life") that must occur together."""
    single: dict[str, str] = {}
    pairs: list[tuple[frozenset[str], str]] = []
    for lemma, kind in _rows("casualty_cues.tsv"):
        if "+" in lemma:
            pairs.append((frozenset(lemma.split("+")), kind))
        else:
            single[lemma] = kind
    return single, tuple(pairs)


@cache
def subset_cues() -> frozenset[tuple[str, ...]]:
    """Words before a count that make it part of a count given already ("including")."""
    return frozenset(tuple(row[0].split()) for row in _rows("subset_cues.tsv"))


@cache
def count_verbs() -> dict[str, frozenset[str]]:
    """Lemmas through which a predicate count names what it counts, by role (verb | noun)."""
    roles: dict[str, set[str]] = {}
    for lemma, role in _rows("count_verbs.tsv"):
        roles.setdefault(role, set()).add(lemma)
    return {role: frozenset(lemmas) for role, lemmas in roles.items()}


@cache
def cumulative_cues() -> dict[str, frozenset[str]]:
    """Lemmas marking a running war total, by role (marker | war)."""
    roles: dict[str, set[str]] = {}
    for lemma, role in _rows("cumulative_cues.tsv"):
        roles.setdefault(role, set()).add(lemma)
    return {role: frozenset(lemmas) for role, lemmas in roles.items()}


@cache
def persons() -> frozenset[str]:
    """Words for one person that "a"/"an" counts as one among the dead or hurt ("a child was killed")."""
    return frozenset(row[0].lower() for row in _rows("persons.tsv"))
