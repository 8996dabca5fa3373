"""Every text of the place and time corpora goes through the whole pipeline: no stage raises on text
it was not written for (news from anywhere, 1990s newswire), and every record keeps its evidence
inside its article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sayso.records import Article


def _geowebnews(data_dir: Path) -> list[Article]:
    from sayso.eval import geo

    folder = data_dir / "geowebnews"
    if not folder.is_dir():
        pytest.skip("GeoWebNews not found")
    return [Article(id=f"gwn-{a.file}", text=a.text) for a in geo.read_articles(geo.gold_files(folder)[0])]


def _timebank(data_dir: Path) -> list[Article]:
    files = sorted((data_dir / "timebank").rglob("*.tml"))
    if not files:
        pytest.skip("TimeBank not found")
    out = []
    for path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        out.append(Article(id=f"tb-{path.stem}", text=re.sub(r"<[^>]+>", "", body.group(1) if body else raw)))
    return out


@pytest.mark.model
@pytest.mark.parametrize("corpus", [_geowebnews, _timebank], ids=["geowebnews", "timebank"])
def test_every_text_extracts_with_its_evidence_inside_it(nlp, data_dir, corpus):
    from sayso.extraction import extract_articles

    articles = corpus(data_dir)
    records = [r.to_dict() for r in extract_articles(articles, nlp)]
    assert len(records) == len(articles)
    for record in records:
        size = len(record["article"]["text"])
        spans = [e["evidence"] for e in record["events"]] + [s for e in record["events"] for s in e["evidence_spans"]]
        spans += [(p["start"], p["end"]) for p in record["places"]]
        for span in spans:
            start, end = (span["start"], span["end"]) if isinstance(span, dict) else span
            assert 0 <= start < end <= size, (record["article"]["id"], span)
