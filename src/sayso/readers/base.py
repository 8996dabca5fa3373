"""What every reader shares: read options, bad-input reasons and building an :class:`Article`."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from ..records import Article, Dateline
from .dateline import find_dateline_with_agency

FORMATS = ("auto", "text", "html", "jsonl", "rss", "warc")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read. ``published``/``outlet`` set or override what the inputs say."""

    fmt: str = "auto"
    published: date | None = None
    outlet: str | None = None
    max_bytes: int = 20_000_000


@dataclass(frozen=True, slots=True)
class BadInput:
    """An input (or one line of it) that could not become an article, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The form of ``text`` that the article id hashes: NFKC, whitespace collapsed, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def article_id(text: str) -> str:
    """A stable id: the same text (up to whitespace and Unicode form) always gets the same id."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def make_article(
    text: str,
    opts: ReadOptions,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: date | None = None,
    published_is_guess: bool = False,
    source_path: str | None = None,
) -> Article:
    """Build an Article, applying ``--published``/``--outlet`` and reading the dateline."""
    if opts.published and (published is None or published_is_guess):
        published = opts.published
    if opts.outlet:
        outlet = opts.outlet
    found = find_dateline_with_agency(text, published)
    dateline, agency = found if found else (Dateline(), None)
    outlet = outlet or _agency_outlet(agency)
    return Article(
        id=article_id(text),
        text=text,
        title=_clean(title),
        outlet=_clean(outlet),
        url=_clean(url),
        published=published,
        dateline=dateline,
        source_path=source_path,
    )


def _agency_outlet(agency: str | None) -> str | None:
    """The outlet a dateline's agency names, when the input names none: ``(Reuters)`` → Reuters.

    Abbreviations (``RHC``, ``AP``) are kept as they are; a full name is better given with ``--outlet``.
    """
    if not agency or any(ch.isdigit() for ch in agency):
        return None
    return agency.strip()


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None
