"""RSS and Atom feeds with feedparser: an entry's content (else its summary) becomes an article."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import feedparser

from ..records import Article
from .base import BadInput, ReadOptions, make_article
from .markup import html_to_text


def read_feed(data: bytes, opts: ReadOptions, source_path: str) -> Iterator[Article | BadInput]:
    """One article per feed entry with text."""
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield BadInput(source_path, f"not a readable RSS/Atom feed ({feed.get('bozo_exception')})")
        return
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        text = html_to_text(body)
        if not text.strip():
            yield BadInput(source_path, f"feed entry {number} has no text")
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        yield make_article(
            text,
            opts,
            title=entry.get("title"),
            url=entry.get("link"),
            outlet=outlet,
            published=date(when.tm_year, when.tm_mon, when.tm_mday) if when else None,
            source_path=f"{source_path}#{number}",
        )
