"""The places stage's data files (``data/``), loaded once per process."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from ...gazetteer.normalise import name_key

DATA = Path(__file__).resolve().parent / "data"


@cache
def cues() -> dict[str, frozenset[str]]:
    """Cue word lists of ``cues.json`` (region/city/feature words, place prepositions)."""
    raw = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


@cache
def generic_words() -> frozenset[str]:
    """Keys of words that are never a place alone (``generic_words.txt``): ``Street``, ``Republic``."""
    return _keys("generic_words.txt")


@cache
def name_heads() -> frozenset[str]:
    """Keys of Arabic words that begin longer names (``name_heads.txt``): ``Bab``, ``Tal``."""
    return _keys("name_heads.txt")


def _keys(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(s) for s in lines if s.strip() and not s.startswith("#"))


@cache
def stoplist() -> frozenset[str]:
    """Keys of names that are places somewhere but rarely in news text (``stoplist.txt``)."""
    return _keys("stoplist.txt")


def _pairs(name: str) -> dict[str, str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:]}


@cache
def demonyms() -> dict[str, str]:
    """Demonym (``Russian``) → the name of the country or region it refers to (``demonyms.tsv``)."""
    return _pairs("demonyms.tsv")


@cache
def state_abbreviations() -> dict[str, str]:
    """AP abbreviation as written (``Va.``) → US state name (``state_abbreviations.tsv``)."""
    return _pairs("state_abbreviations.tsv")
