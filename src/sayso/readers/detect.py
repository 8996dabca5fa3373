"""Guessing an input's format from its name and first bytes."""

from __future__ import annotations

import re

_EXTENSIONS = {
    ".warc": "warc",
    ".gz": None,  # decided by the inner extension or the bytes
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".rss": "rss",
    ".atom": "rss",
    ".txt": "text",
    ".md": "text",
}
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML = re.compile(rb"<(!doctype html|html|head|body)[\s>]", re.IGNORECASE)


def detect_format(name: str, data: bytes) -> str:
    """One of ``text``, ``html``, ``jsonl``, ``rss``, ``warc``."""
    lower = name.lower()
    if lower.endswith((".warc", ".warc.gz")) or data[:8].startswith(b"WARC/") or _gzipped_warc(data):
        return "warc"
    for ext, fmt in _EXTENSIONS.items():
        if fmt and lower.endswith(ext) and fmt != "text":
            return fmt
    head = data[:4096].lstrip()
    if _FEED.search(head[:1024]):
        return "rss"
    if _HTML.search(head[:1024]):
        return "html"
    if head.startswith(b"{") and b'"text"' in data[:65536]:
        return "jsonl"
    return "text"


def _gzipped_warc(data: bytes) -> bool:
    if not data.startswith(b"\x1f\x8b"):
        return False
    import gzip
    import zlib

    try:
        return gzip.decompress(data[:65536]).startswith(b"WARC/")
    except (OSError, EOFError, zlib.error):
        try:
            return zlib.decompressobj(31).decompress(data[:4096]).startswith(b"WARC/")
        except zlib.error:
            return False
