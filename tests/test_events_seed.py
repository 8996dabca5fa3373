"""The events stage on the seed article through the whole pipeline (needs the model and shared data)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sayso.records import Article, Dateline

pytestmark = [pytest.mark.model, pytest.mark.data]


def _seed_text(raw: str) -> str:
    keep = []
    for para in (p.strip() for p in re.split(r"\n\s*\n", raw)):
        if para and para != "---" and not para.startswith(("# ", "<http", "**")):
            keep.append(para)
    return "\n\n".join(keep)


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_path):
    from sayso.nlp.pipeline import parse

    text = _seed_text(seed_path.read_text(encoding="utf-8"))
    article = Article(id="seed", text=text, published=date(2024, 12, 1), dateline=Dateline("Damascus"))
    return next(parse(nlp, [article]))


def _statement(doc, sid):
    return next(s for s in doc._.sayso_statements if s.id == sid)


def test_denied_territorial_change_at_hama(seed_doc):
    places = seed_doc._.sayso_places
    denied = [
        e for e in seed_doc._.sayso_events
        if e.polarity == "denied" and e.place is not None and places[e.place].name == "Hama"
    ]  # fmt: skip
    assert denied
    assert any(e.claimed_by and _statement(seed_doc, e.claimed_by).polarity == "denies" for e in denied)


def test_three_hundred_killed_claimed_by_the_relayed_statement(seed_doc):
    (event,) = [e for e in seed_doc._.sayso_events if e.fatalities_high == 300]
    assert event.fatalities_low == 300  # "as many as 300": the figure the report states
    assert event.bounds == (1, 300)  # beside the words' interval
    (count,) = [q for q in seed_doc._.sayso_quantities if q.high == 300]
    assert count.low == 1  # the quantity keeps the words' interval
    claim = _statement(seed_doc, event.claimed_by)
    assert "Russian Coordination Center" in claim.speaker.entity
    assert claim.via is not None


def test_regrouping_claimed_by_the_army(seed_doc):
    regroup = [e for e in seed_doc._.sayso_events if e.subtype == "Change to group/activity" and e.claimed_by]
    speakers = [_statement(seed_doc, e.claimed_by).speaker for e in regroup]
    assert any(s is not None and "Syrian Army" in s.entity for s in speakers)


def test_hts_overrunning_is_hedged(seed_doc):
    (event,) = [e for e in seed_doc._.sayso_events if e.actor1 == "Hayat Tahrir al-Sham" and e.hedged]
    assert event.type == "Battles"
