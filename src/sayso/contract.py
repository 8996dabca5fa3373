"""The ``sayso extract`` record's JSON Schema (``schema/record.schema.json``) and checks beyond it."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).parent / "schema" / "record.schema.json"


@cache
def record_schema() -> dict[str, Any]:
    """The JSON Schema of a version-1 record."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def record_problems(record: dict[str, Any]) -> list[str]:
    """Everything wrong with ``record``: schema violations, spans outside the text or not matching it,
    and dangling references (``via``, ``claimed_by``, ``place``). Empty when the record is valid."""
    from jsonschema import Draft202012Validator

    problems = [
        f"{'/'.join(map(str, e.path))}: {e.message}" for e in Draft202012Validator(record_schema()).iter_errors(record)
    ]
    if problems:
        return problems
    text = record["article"]["text"]
    ids = {s["id"] for s in record["statements"]}
    for kind in ("places", "times", "quantities"):
        for i, item in enumerate(record[kind]):
            problems += _span_problems(f"{kind}/{i}", item, text)
    for s in record["statements"]:
        for part in ("cue", "content", "speaker"):
            if s[part] is not None:
                problems += _span_problems(f"statements/{s['id']}/{part}", s[part], text)
        if s["via"] is not None and s["via"] not in ids:
            problems.append(f"statements/{s['id']}/via: no statement {s['via']!r}")
    for e in record["events"]:
        if e["claimed_by"] is not None and e["claimed_by"] not in ids:
            problems.append(f"events/{e['id']}/claimed_by: no statement {e['claimed_by']!r}")
        if e["place"] is not None and e["place"] >= len(record["places"]):
            problems.append(f"events/{e['id']}/place: no place {e['place']}")
        if not 0 <= e["evidence"]["start"] <= e["evidence"]["end"] <= len(text):
            problems.append(f"events/{e['id']}/evidence: span outside the text")
    return problems


def _span_problems(where: str, span: dict[str, Any], text: str) -> list[str]:
    start, end = span["start"], span["end"]
    if not 0 <= start <= end <= len(text):
        return [f"{where}: span {start}-{end} outside the text ({len(text)} characters)"]
    if "text" in span and text[start:end] != span["text"]:
        return [f"{where}: text {span['text']!r} is not what the span covers ({text[start:end]!r})"]
    return []
