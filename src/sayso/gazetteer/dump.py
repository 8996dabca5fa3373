"""Import a GeoNames dump (``allCountries.txt``, ``cities500.txt``, ``SY.txt``, ...) as a user gazetteer file."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from .cache import cache_dir
from .sources import CURATED_COLUMNS, admin1_table

#: GeoNames feature class (and code prefix) → our place kind; other features are skipped.
_KIND_BY_CLASS = {"P": "city", "A": "region", "H": "water", "R": "road", "S": "site", "T": "other", "L": "other"}
_COUNTRY_CODES = ("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL")


def _kind(feature_class: str, feature_code: str) -> str | None:
    if feature_class == "A":
        if feature_code in _COUNTRY_CODES:
            return "country"
        return "region" if feature_code.startswith("ADM") else None
    return _KIND_BY_CLASS.get(feature_class)


def _rows(source: Path, table: dict) -> Iterator[list[str]]:
    with source.open(encoding="utf-8", newline="") as handle:
        for fields in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(fields) < 15 or not fields[0].isdigit():
                continue
            kind = _kind(fields[6], fields[7])
            if kind is None:
                continue
            admin = table.get((fields[8], fields[10]))
            alternates = [a for a in fields[3].split(",") if a and a != fields[1]]
            if fields[2] and fields[2] != fields[1]:
                alternates.insert(0, fields[2])
            yield [fields[1], "|".join(dict.fromkeys(alternates)), fields[4], fields[5], fields[8],
                   admin["name"] if admin else "", kind, fields[14] or "0", fields[0]]  # fmt: skip


def default_destination(source: Path) -> Path:
    """Where an imported dump goes unless told otherwise: the user gazetteer folder of the cache."""
    return cache_dir() / "gazetteer" / f"geonames-{source.stem}.tsv"


def load_geonames_dump(path: Path | str, dest: Path | str | None = None) -> int:
    """Convert the GeoNames TSV dump at ``path`` into a curated-format file; returns the places written.

    ``dest`` defaults to :func:`default_destination`, a folder the gazetteer reads on its next build
    (a file elsewhere is read when listed in ``SAYSO_GAZETTEER_EXTRA``). Rows whose feature class is
    not a place we map (``V`` vegetation, ``U`` undersea, admin divisions that are not ADM*) are skipped.
    """
    source = Path(path)
    target = Path(dest) if dest is not None else default_destination(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    table = admin1_table()
    count = 0
    tmp = target.with_suffix(".part")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(CURATED_COLUMNS)
        for row in _rows(source, table):
            writer.writerow(row)
            count += 1
    tmp.replace(target)
    from .index import reset_gazetteer

    reset_gazetteer()
    return count
