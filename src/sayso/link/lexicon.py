"""The linking knowledge as data (``link/data/*.tsv``), loaded once per process."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True, slots=True)
class FamilyParams:
    """How far apart two claims of one family may be and still be about one situation."""

    radius_km: float
    tolerance_days: int
    max_span_days: int
    actors_must_overlap: bool


@cache
def families() -> dict[str, str]:
    return {row["subtype"]: row["family"] for row in _rows("families.tsv")}


@cache
def _params() -> dict[str, FamilyParams]:
    return {
        row["family"]: FamilyParams(
            float(row["radius_km"]),
            int(row["tolerance_days"]),
            int(row["max_span_days"]),
            row["actors"] == "must",
        )
        for row in _rows("families_params.tsv")
    }


def family_of(subtype: str) -> str:
    """The family of an ACLED sub-event type (an unknown subtype is a family of its own)."""
    return families().get(subtype, f"other:{subtype}")


def params(family: str) -> FamilyParams:
    table = _params()
    return table.get(family, table["*"])


@cache
def _sides() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for row in _rows("sides.tsv"):
        if row["actor"].endswith("*"):
            prefixes.append((row["actor"].rstrip("* "), row["side"]))
        else:
            exact[row["actor"]] = row["side"]
    return exact, tuple(sorted(prefixes, key=lambda p: -len(p[0])))


def side_of(actor: str) -> str:
    """The side an actor fights on for control of a place; the actor's own name when no row says."""
    exact, prefixes = _sides()
    if actor in exact:
        return exact[actor]
    for prefix, side in prefixes:
        if actor.startswith(prefix):
            return side
    return actor


@cache
def templates() -> dict[str, str]:
    return {row["subtype"]: row["template"] for row in _rows("propositions.tsv")}


@cache
def statement_cues() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in _rows("statement_cues.tsv"):
        out.setdefault(row["family"], []).append(row["cue"])
    return {family: tuple(cues) for family, cues in out.items()}
