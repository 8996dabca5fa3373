"""Events in political news: how many happenings sayso finds where few are told.

PolNeAR's texts are US political news of 2016 (campaigns, debates, polls). They tell a few armed or
violent happenings (Benghazi, Orlando, Paris, protests at rallies), but most of their "battles",
"attacks", "blasts" and "withdrawals" are a campaign's. The corpus has no event annotation, so this is
no precision figure: it counts the events the whole pipeline finds per article and per 1,000 words,
by sub-event type, as the rate of false alarms a desk would wade through. Lower is better only down to
the happenings the texts do tell; docs/benchmarks.md has a hand-read sample of what is found. The
test suite pins a ceiling on events per article (``floors/politics.json``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..records import Article
from . import files_sha256
from .polnear import read_text, split_dir


def texts(data_dir: Path, split: str, limit: int | None = None) -> list[Path]:
    """The text files of a PolNeAR split, in sorted order."""
    return sorted((split_dir(Path(data_dir), split) / "text").glob("*.txt"))[:limit]


def texts_sha256(data_dir: Path, split: str = "dev") -> str:
    """A hash of the texts counted, to pin the ceiling to a set of texts."""
    return files_sha256(texts(data_dir, split))


def evaluate(data_dir: Path, *, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    """Run the whole pipeline over a PolNeAR split and count the events it finds."""
    from ..nlp.pipeline import load_pipeline, parse

    paths = texts(data_dir, split, limit)
    articles = [Article(id=p.stem, text=read_text(p), source_path=str(p)) for p in paths]
    by_type: Counter[str] = Counter()
    words = with_events = 0
    for article, doc in zip(articles, parse(load_pipeline(), articles), strict=True):
        events = doc._.sayso_events or []
        by_type.update(e.subtype for e in events)
        words += len(article.text.split())
        with_events += bool(events)
    n, total = len(articles), sum(by_type.values())
    return {
        "corpus": "polnear",
        "split": split,
        "articles": n,
        "words": words,
        "events": total,
        "events_per_article": round(total / n, 4) if n else 0.0,
        "events_per_1000_words": round(1000 * total / words, 4) if words else 0.0,
        "articles_with_events": round(with_events / n, 4) if n else 0.0,
        "by_subtype": dict(by_type.most_common()),
    }


def render(metrics: dict[str, Any]) -> str:
    """A plain-text table of the counts."""
    lines = [
        f"Events in political news (PolNeAR {metrics['split']}): {metrics['articles']} articles, "
        f"{metrics['words']} words, {metrics['events']} events",
        "",
        f"  {'events per article':<36} {metrics['events_per_article']:8.3f}",
        f"  {'events per 1,000 words':<36} {metrics['events_per_1000_words']:8.3f}",
        f"  {'share of articles with an event':<36} {metrics['articles_with_events']:8.3f}",
        "",
    ]
    lines += [f"  {subtype:<36} {count:8d}" for subtype, count in metrics["by_subtype"].items()]
    return "\n".join(lines)
