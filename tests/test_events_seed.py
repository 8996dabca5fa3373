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


def _in_sentence(doc, event, words: str) -> bool:
    at = doc.text.index(words)
    return any(start <= at < end for start, end in event.evidence)


def test_regrouping_is_one_event_not_also_the_outlets_own(seed_doc):
    regroup = [e for e in seed_doc._.sayso_events if _in_sentence(seed_doc, e, "it is regrouping")]
    assert [e.subtype for e in regroup] == ["Change to group/activity"]


def test_regrouping_event_is_claimed_by_the_armys_statement(seed_doc):
    (event,) = [e for e in seed_doc._.sayso_events if _in_sentence(seed_doc, e, "it is regrouping")]
    assert _statement(seed_doc, event.claimed_by).cue.text == "says"


def _placed_at(doc, event) -> str | None:
    return doc._.sayso_places[event.place].name if event.place is not None else None


def test_israeli_air_strikes_are_not_placed_at_tel_aviv(seed_doc):
    (event,) = [e for e in seed_doc._.sayso_events if e.actor1 == "Military Forces of Israel"]
    assert event.subtype == "Air/drone strike"
    assert _placed_at(seed_doc, event) is None  # "assaults against Syria": a country places no event


def test_hts_attack_amid_the_assaults_is_not_placed_at_tel_aviv(seed_doc):
    amid = [e for e in seed_doc._.sayso_events if _in_sentence(seed_doc, e, "Tel Aviv's efforts")]
    (event,) = [e for e in amid if e.type == "Battles"]
    assert event.actor1 == "Hayat Tahrir al-Sham"
    assert _placed_at(seed_doc, event) is None


def test_no_event_is_placed_at_a_place_named_as_an_actor(seed_doc):
    assert "Tel Aviv" not in {_placed_at(seed_doc, e) for e in seed_doc._.sayso_events}


def test_assassination_is_dated_earlier_this_year(seed_doc):
    (event,) = [e for e in seed_doc._.sayso_events if e.subtype == "Attack"]
    assert (event.time_from, event.time_to) == (date(2024, 1, 1), date(2024, 11, 30))


def test_assassination_has_no_place_in_syria(seed_doc):
    (event,) = [e for e in seed_doc._.sayso_events if e.subtype == "Attack"]
    assert _placed_at(seed_doc, event) is None  # Hezbollah's leaders were killed in Lebanon, named by no town


def test_assassination_is_claimed_by_the_general_command(seed_doc):
    (event,) = [e for e in seed_doc._.sayso_events if e.subtype == "Attack"]
    claim = _statement(seed_doc, event.claimed_by)
    assert claim.speaker.text == "the General Command"
    assert claim.cue.text == "referred to"
