"""From inputs to the store: read, skip what is stored, extract, write one transaction per article."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.language import Language

from .extraction import extract_articles
from .readers import BadInput, ReadOptions, read_inputs
from .records import Article, Record
from .store import Store

if TYPE_CHECKING:
    from .link import LinkReport


@dataclass
class IngestReport:
    """What one ingest run did."""

    added: list[str] = field(default_factory=list)  # ids of the articles newly stored
    already: int = 0  # articles that were stored before (or twice in this batch)
    bad: list[BadInput] = field(default_factory=list)
    linked: LinkReport | None = None  # what linking the new articles into threads did

    @property
    def ok(self) -> bool:
        return not self.bad


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    opts: ReadOptions = ReadOptions(),
    *,
    nlp: Language | None = None,
    on_item: Callable[[Article | BadInput], None] | None = None,
    batch_size: int = 16,
    link: bool = True,
    workers: int = 1,
    ray: str | None = None,
) -> IngestReport:
    """Read ``paths`` and store every new article with its records. Bad inputs are counted and skipped.

    Each article is written in its own transaction, so an interrupted run loses at most the article
    in flight, and running the same command again adds exactly what is missing. With ``link`` (the
    default) the new articles then join or open threads (:func:`sayso.link.link_new`). ``workers`` > 1
    (or 0: every core) parses in that many processes, or with a ``ray`` address in that many Ray
    actors; only this process reads inputs and writes.
    """
    report = IngestReport()
    seen: set[str] = set()
    stored_before: list[str] = []

    def fresh() -> Iterator[Article]:
        for item in read_inputs(paths, opts):
            if on_item:
                on_item(item)
            if isinstance(item, BadInput):
                report.bad.append(item)
            elif item.id in seen:
                report.already += 1
            elif store.has_article(item.id):
                report.already += 1
                stored_before.append(item.id)
            else:
                seen.add(item.id)
                yield item

    for record in _records(fresh(), nlp, batch_size, workers, ray):
        if store.add(record):
            report.added.append(record.article.id)
        else:
            report.already += 1
    if link:  # with the stored articles a cut-off run left unlinked: linking is idempotent
        from .link import link_new, unlinked

        report.linked = link_new(store, report.added + unlinked(store, stored_before))
    return report


def _records(
    articles: Iterable[Article], nlp: Language | None, batch_size: int, workers: int, ray: str | None
) -> Iterator[Record]:
    if workers == 1 and not ray:
        yield from extract_articles(articles, nlp, batch_size=batch_size)
        return
    from .scale import extract_pool

    with extract_pool(workers, ray) as pool:
        for item in pool.map(articles):
            if isinstance(item, Record):
                yield item
