"""sayso: who says what happened, where and when — and who disputes it.

The library does the work; the ``sayso`` command and the desk are shells around it::

    import sayso

    for record in sayso.extract(["article.txt"]):          # records (and BadInput for unreadable inputs)
        print(record.to_dict()["statements"])

    store = sayso.open_store("sqlite:///sayso.db")
    report = sayso.ingest(["examples/"], store)             # one transaction per article
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["BadInput", "ReadOptions", "Record", "Store", "extract", "ingest", "open_store"]

logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from .extraction import extract
    from .ingestion import ingest
    from .readers import BadInput, ReadOptions
    from .records import Record
    from .store import Store, open_store

_LAZY = {
    "extract": ("extraction", "extract"),
    "ingest": ("ingestion", "ingest"),
    "open_store": ("store", "open_store"),
    "Store": ("store", "Store"),
    "BadInput": ("readers", "BadInput"),
    "ReadOptions": ("readers", "ReadOptions"),
    "Record": ("records", "Record"),
}


def __getattr__(name: str) -> Any:
    """Import the public API on first use, so ``import sayso`` stays cheap (no spaCy at import)."""
    if name not in _LAZY:
        raise AttributeError(f"module 'sayso' has no attribute {name!r}")
    import importlib

    module, attr = _LAZY[name]
    return getattr(importlib.import_module(f".{module}", __name__), attr)
