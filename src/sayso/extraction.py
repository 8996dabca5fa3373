"""From articles to records: the readers and the NLP stages, with no store involved."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .nlp.pipeline import load_pipeline, parse
from .readers import BadInput, ReadOptions, read_inputs
from .records import Article, Record


def record_from_doc(article: Article, doc: Doc) -> Record:
    """The record of ``article`` from its processed Doc."""
    x = doc._
    return Record(
        article=article,
        statements=tuple(x.sayso_statements or ()),
        places=tuple(x.sayso_places or ()),
        times=tuple(x.sayso_times or ()),
        quantities=tuple(x.sayso_quantities or ()),
        events=tuple(x.sayso_events or ()),
    )


def extract_articles(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[Record]:
    """A record for each article, in order."""
    nlp = nlp or load_pipeline()
    pending: list[Article] = []

    def remember(items: Iterable[Article]) -> Iterator[Article]:
        for item in items:
            pending.append(item)
            yield item

    for doc in parse(nlp, remember(articles), batch_size=batch_size):
        yield record_from_doc(pending.pop(0), doc)


def extract(
    paths: Iterable[str | os.PathLike[str]],
    opts: ReadOptions = ReadOptions(),
    nlp: Language | None = None,
    *,
    workers: int = 1,
    ray: str | None = None,
) -> Iterator[Record | BadInput]:
    """Read ``paths`` and yield a record per article and a :class:`BadInput` per unreadable input, in order.

    ``workers`` > 1 (or 0: every core) parses in that many processes, with the same output; with a
    ``ray`` address (``"local"`` or a cluster's) in that many Ray actors.

    >>> for item in extract(["examples/"]):  # doctest: +SKIP
    ...     print(item.to_dict()["article"]["title"])
    """
    if workers != 1 or ray:
        from .scale import extract_pool

        with extract_pool(workers, ray) as pool:
            yield from pool.map(read_inputs(paths, opts))
        return
    nlp = nlp or load_pipeline()
    batch: list[Article] = []
    for item in read_inputs(paths, opts):
        if isinstance(item, BadInput):
            yield from extract_articles(batch, nlp)
            batch = []
            yield item
            continue
        batch.append(item)
        if len(batch) >= 32:
            yield from extract_articles(batch, nlp)
            batch = []
    yield from extract_articles(batch, nlp)
