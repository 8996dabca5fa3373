"""JSON Lines: one article per line, ``text`` required; ``title``, ``url``, ``outlet``, ``published`` optional."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from ..records import Article
from .base import BadInput, ReadOptions, make_article


def read_jsonl(text: str, opts: ReadOptions, source_path: str) -> Iterator[Article | BadInput]:
    """Each line's article, or a :class:`BadInput` naming the line and what is wrong with it."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadInput(source_path, f"not JSON ({exc.msg})", number)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            yield BadInput(source_path, "no 'text' string in this line", number)
            continue
        published = _date(item.get("published"))
        yield make_article(
            item["text"],
            opts,
            title=_str(item.get("title")),
            url=_str(item.get("url")),
            outlet=_str(item.get("outlet")),
            published=published,
            source_path=f"{source_path}:{number}",
        )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
