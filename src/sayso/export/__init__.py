"""Exports: streaming writers from the store's event rows (or contract records) to standard formats.

Each writer takes an iterator and a text stream, writes one item at a time (constant memory) and
returns how many items it wrote. An event row is a mapping with the keys listed in ``ROW_KEYS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from .acled import ACLED_COLUMNS, acled_row, write_acled_csv
from .geojson import feature, write_geojson
from .jsonl import write_jsonl_records
from .plover import plover_event, write_plover_jsonl
from .rows import ROW_KEYS

if TYPE_CHECKING:
    from ..store import EventFilter, Store

#: Format name (as ``sayso export --format`` spells it) -> writer over event rows.
ROW_WRITERS = {
    "acled-csv": write_acled_csv,
    "plover-jsonl": write_plover_jsonl,
    "geojson": write_geojson,
}

FORMATS = (*ROW_WRITERS, "jsonl")


def export(store: Store, fmt: str, flt: EventFilter, out: TextIO) -> int:
    """Stream the events matching ``flt`` (or, for ``jsonl``, the records of their articles) to ``out``."""
    if fmt == "jsonl":
        return write_jsonl_records(store.iter_records(flt), out)
    return ROW_WRITERS[fmt](store.iter_event_rows(flt), out)


__all__ = [
    "FORMATS",
    "export",
    "ACLED_COLUMNS",
    "ROW_KEYS",
    "ROW_WRITERS",
    "acled_row",
    "feature",
    "plover_event",
    "write_acled_csv",
    "write_geojson",
    "write_jsonl_records",
    "write_plover_jsonl",
]
