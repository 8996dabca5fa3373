"""The seed article through the real pipeline: the dates issue 4 names, resolved against 2024-12-01."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from sayso.nlp.pipeline import parse
from sayso.records import Article

pytestmark = [pytest.mark.data, pytest.mark.model]


def seed_body(path: Path) -> str:
    """The body as the reader presents it: title, rules, URL and outlet lines removed, paragraphs kept."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))]
    skip = re.compile(r"# .*|-{3,}|<[^>\s]+>|\*\*[^*]+\*\*")
    return "\n\n".join(p for p in paragraphs if p and not skip.fullmatch(p))


@pytest.fixture(scope="module")
def seed_times(nlp, seed_path):
    article = Article(id="seed", text=seed_body(seed_path), published=date(2024, 12, 1))
    doc = next(parse(nlp, [article]))
    return {t.text: t for t in doc._.sayso_times}, article.text


def _find(times, *texts):
    for text in texts:
        if text in times:
            return times[text]
    raise AssertionError(f"none of {texts} among {sorted(times)}")


@pytest.mark.parametrize(
    ("texts", "value", "start", "end"),
    [
        (("Saturday",), "2024-11-30", "2024-11-30", "2024-11-30"),
        (("November 29, 2024",), "2024-11-29", "2024-11-29", "2024-11-29"),
        (("December 1",), "2024-12-01", "2024-12-01", "2024-12-01"),
        (("over the past 24 hours", "the past 24 hours"), "PT24H", "2024-11-30", "2024-12-01"),
        (("throughout the two preceding days", "the two preceding days"), "P2D", "2024-11-28", "2024-11-29"),
        (("Earlier this week",), "2024-W48", "2024-11-25", "2024-11-30"),
        (("earlier this year",), "2024", "2024-01-01", "2024-11-30"),
    ],
)
def test_seed_times(seed_times, texts, value, start, end):
    times, text = seed_times
    found = _find(times, *texts)
    assert text[found.start : found.end] == found.text
    assert (found.value, str(found.from_), str(found.to)) == (value, start, end)
