"""JSON Lines of ``sayso extract`` records (CONTRACT.md), one record a line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any


def write_jsonl_records(records: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write contract records (dicts, or anything with ``to_dict()``) one a line; returns the count."""
    n = 0
    for record in records:
        data = record.to_dict() if hasattr(record, "to_dict") else record
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        n += 1
    return n
