"""Ingest: paste text or upload an HTML file, see the extraction at once, store it with the token."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ...readers.base import BadInput, ReadOptions
from ...readers.inputs import read_bytes
from ...records import Record
from ..http import ApiError
from .article import record_view

if TYPE_CHECKING:  # spaCy (and torch, through thinc) load on the first extraction, not with the desk
    from spacy.language import Language

FORMATS = ("text", "html")


def read_articles(data: bytes, fmt: str, *, outlet: str | None, published: date | None, max_bytes: int):
    """The articles in posted bytes, read as ``fmt``. The name given to the reader is fixed: no path
    from a request ever reaches the filesystem."""
    if fmt not in FORMATS:
        raise ApiError(422, f"format {fmt!r}: expected text or html")
    opts = ReadOptions(fmt=fmt, outlet=outlet or None, published=published, max_bytes=max_bytes)
    items = list(read_bytes(data, f"posted.{'html' if fmt == 'html' else 'txt'}", opts))
    bad = [i for i in items if isinstance(i, BadInput)]
    if bad:
        raise ApiError(422, f"cannot read the posted {fmt}: {bad[0].reason}")
    return items


def extract_records(
    nlp: Language,
    data: bytes,
    fmt: str,
    *,
    outlet: str | None = None,
    published: date | None = None,
    max_bytes: int,
) -> list[Record]:
    """Run the real pipeline over posted text or HTML."""
    articles = read_articles(data, fmt, outlet=outlet, published=published, max_bytes=max_bytes)
    from ...extraction import extract_articles

    return list(extract_articles(articles, nlp))


def ingest_view(
    records: list[Record] | None = None, *, writes_enabled: bool, stored: list[str] | None = None
) -> dict[str, Any]:
    """The ingest page: the form, and the extraction of what was posted (if anything)."""
    dicts = [r.to_dict() for r in records or []]
    return {
        "page": "ingest",
        "writes_enabled": writes_enabled,
        "formats": list(FORMATS),
        "results": [record_view(d) for d in dicts],
        "stored": stored or [],
    }
