"""The events stage's data files (triggers, modality words, disorder types), loaded once per process."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a commented TSV file (lines starting with '#' skipped; first other line is the header)."""
    with path.open(encoding="utf-8") as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One row of ``triggers.tsv``: a word or phrase that names a kind of happening."""

    words: tuple[str, ...]
    pos: str
    type: str
    subtype: str
    strong: bool
    if_state: str | None
    if_civilians: tuple[str, str] | None
    of_role: str


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return None if value in ("", "-") else value


def _rule(row: dict[str, str]) -> TriggerRule:
    civ = _opt(row["if_civilians"])
    return TriggerRule(
        words=tuple(row["pattern"].lower().replace("-", " ").split()),
        pos=row["pos"].strip(),
        type=row["type"].strip(),
        subtype=row["subtype"].strip(),
        strong=row["strength"].strip() != "weak",
        if_state=_opt(row["if_state"]),
        if_civilians=tuple(civ.split("/", 1)) if civ else None,  # type: ignore[arg-type]
        of_role=row["of_role"].strip() or "patient",
    )


@cache
def trigger_index() -> dict[str, tuple[TriggerRule, ...]]:
    """First word of a pattern -> its rules, longest pattern first."""
    index: dict[str, list[TriggerRule]] = {}
    for row in read_tsv(DATA / "triggers.tsv"):
        rule = _rule(row)
        index.setdefault(rule.words[0], []).append(rule)
    return {k: tuple(sorted(v, key=lambda r: -len(r.words))) for k, v in index.items()}


@cache
def modality() -> dict[tuple[str, str], str]:
    """(word, where) -> kind, from ``modality.tsv``: hedge, irrealis or negation words."""
    return {(r["word"], r["where"]): r["kind"] for r in read_tsv(DATA / "modality.tsv")}


@cache
def disorder_types() -> dict[str, str]:
    """ACLED event type (or "type/subtype") -> disorder_type."""
    return {r["key"]: r["disorder_type"] for r in read_tsv(DATA / "disorder.tsv")}


def disorder_type(event_type: str, subtype: str | None = None) -> str:
    """ACLED's disorder_type of an event type (a sub-event type row wins where there is one)."""
    table = disorder_types()
    return table.get(f"{event_type}/{subtype}") or table.get(event_type, "")
