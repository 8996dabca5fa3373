"""WARC files with warcio: each HTML response record becomes an article (as in CC-NEWS)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..records import Article
from .base import BadInput, ReadOptions
from .html import read_html


def read_warc(data: bytes, opts: ReadOptions, source_path: str) -> Iterator[Article | BadInput]:
    """Articles from the HTML responses of a WARC (gzipped or not)."""
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            charset = _charset(ctype)
            crawled = _date(record.rec_headers.get_header("WARC-Date"))
            yield read_html(body.decode(charset, errors="replace"), opts, f"{source_path}#{number}", url, crawled)
    except ArchiveLoadFailed as exc:
        yield BadInput(source_path, f"not a readable WARC file ({exc})")


def _charset(content_type: str) -> str:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            try:
                "".encode(value.strip('"'))
                return value.strip('"')
            except LookupError:
                break
    return "utf-8"


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
