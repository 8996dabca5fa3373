"""The statements stage's linguistic knowledge, read once per process from ``data/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def rows(name: str) -> list[list[str]]:
    """The rows of a TSV data file, without comment (``#``) and blank lines."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            out.append([cell.strip() for cell in line.split("\t")])
    return out


@cache
def cue_frames() -> dict[tuple[str, str, str], tuple[str, float]]:
    """(V|N, lemma, frame) -> (where: any|plain, weight) from ``cue_verbs.tsv``, plus the frames
    ``derived_frames.tsv`` derives from them."""
    table = {(r[0], r[1], r[2]): (r[3], float(r[4])) for r in rows("cue_verbs.tsv")}
    derived = {}
    for frame, parent, least, where in rows("derived_frames.tsv"):
        for (pos, lemma, from_frame), (_, weight) in table.items():
            if from_frame == parent and weight >= float(least):
                derived[(pos, lemma, frame)] = (where, weight)
    return {**derived, **table}


@cache
def cue_lemmas() -> frozenset[tuple[str, str]]:
    """(V|N, lemma) pairs that head at least one frame in ``cue_verbs.tsv``."""
    return frozenset((pos, lemma) for pos, lemma, _ in cue_frames())


@cache
def words(name: str) -> frozenset[str]:
    """A one-column word list (first column of each row), lower-cased."""
    return frozenset(r[0].lower() for r in rows(name))


@cache
def aliases() -> dict[str, str]:
    """Normalised alias -> canonical speaker name, from ``speaker_aliases.tsv``."""
    return {r[0].lower(): r[1] for r in rows("speaker_aliases.tsv")}


@cache
def demonyms() -> dict[str, str]:
    """Country name (lower-case) -> adjective ("syria" -> "Syrian"), from ``demonyms.tsv``."""
    return {r[0].lower(): r[1] for r in rows("demonyms.tsv")}


@cache
def pairs(name: str) -> frozenset[tuple[str, str]]:
    """The first two columns of each row of a data file, as they are."""
    return frozenset((r[0], r[1]) for r in rows(name))


@cache
def endings() -> tuple[tuple[str, str], ...]:
    """(ending, replacement) pairs of ``verb_endings.tsv`` in file order, "-" read as nothing."""
    return tuple((a.strip("-"), b.strip("-")) for a, b, *_ in rows("verb_endings.tsv"))
