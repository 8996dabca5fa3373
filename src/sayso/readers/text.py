"""Plain text, and the seed's markdown-like layout (``# *title*``, ``---`` rules, ``<URL>``, ``**Outlet**``)."""

from __future__ import annotations

import re

from ..records import Article
from .base import ReadOptions, make_article

TITLE = re.compile(r"^#\s+\*?(?P<title>.+?)\*?\s*$")
RULE = re.compile(r"^\s*-{3,}\s*$")
URL = re.compile(r"^\s*<(?P<url>https?://[^>\s]+)>\s*$")
OUTLET = re.compile(r"^\s*\*\*(?P<outlet>[^*]+)\*\*\s*$")


def is_marked_up(text: str) -> bool:
    """Does ``text`` use the seed layout (a ``# `` title line, a ``<URL>`` line or a ``**outlet**`` line)?"""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    return bool(TITLE.match(lines[0]) or OUTLET.match(lines[-1]) or any(URL.match(x) for x in lines[-3:]))


def read_text(text: str, opts: ReadOptions, source_path: str | None) -> Article:
    """One article from text: the seed layout when it is marked up, else the text unchanged."""
    if not is_marked_up(text):
        return make_article(text, opts, source_path=source_path)
    title = url = outlet = None
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        if not block or RULE.match(block):
            continue
        if (m := TITLE.match(block)) and title is None and not paragraphs:
            title = m.group("title").strip("* ")
        elif m := URL.match(block):
            url = m.group("url")
        elif m := OUTLET.match(block):
            outlet = m.group("outlet")
        else:
            paragraphs.append(block)
    return make_article("\n\n".join(paragraphs), opts, title=title, url=url, outlet=outlet, source_path=source_path)
