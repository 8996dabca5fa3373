"""HTML pages: main text and metadata with trafilatura."""

from __future__ import annotations

from datetime import date

import trafilatura

from ..records import Article
from .base import BadInput, ReadOptions, make_article

#: Fewer words than this is boilerplate (a menu, a cookie notice), not an article.
MIN_WORDS = 5


def read_html(
    html: str,
    opts: ReadOptions,
    source_path: str | None,
    url: str | None = None,
    crawled: date | None = None,
) -> Article | BadInput:
    """The article in an HTML page, or a :class:`BadInput` when the page has no main text.

    ``crawled`` (a WARC record's date) stands in for the publication date when the page gives none.
    """
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    words = len(text.split()) if text else 0
    if words < MIN_WORDS:
        return BadInput(source_path or url or "-", f"HTML page has no main text ({words} words)")
    return make_article(
        text,
        opts,
        title=getattr(doc, "title", None),
        outlet=getattr(doc, "sitename", None),
        url=getattr(doc, "url", None) or url,
        published=_date(getattr(doc, "date", None)) or crawled,
        published_is_guess=True,
        source_path=source_path,
    )


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
