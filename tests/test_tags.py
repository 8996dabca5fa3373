"""Tag lists scraped pages leave in the text: where they end, and that they tell of nothing."""

from __future__ import annotations

from datetime import date

import pytest

from sayso.nlp.pipeline import make_doc
from sayso.nlp.tags import tag_list_spans
from sayso.records import Article


def _doc(nlp, text: str):
    return nlp(make_doc(nlp, Article(id="x", text=text, published=date(2016, 10, 4))))


def _lists(nlp, text: str) -> list[str]:
    return [text[a:b] for a, b in tag_list_spans(_doc(nlp, text))]


@pytest.mark.model
@pytest.mark.parametrize(
    ("tags", "body"),
    [
        ("Tags Syria Idlib gas attack chlorine Observatory Assad", "Warplanes carried out a gas attack on a town."),
        ("Tags Aleppo siege Syria Islamic State", "At least 10 people were killed in airstrikes."),
        ("Tags Waer incendiary weapons war crimes", "Two children were killed in regime raids."),
        ("Tags Syria Russia Islamic State Daesh", "The Islamic State launched a counteroffensive."),
        ("Tags Syria Idlib Bashar al-Assad SOHR al-Nusra", "Syrian rebels launched a huge offensive on a town."),
        ("Tags Syria Network for Human Rights Deir az-Zour", "Missile strikes on schools killed 23 civilians."),
        ("Tags Syria Aleppo ceasefire truce sniper fire.", "An adult and a child were killed."),
    ],
)
def test_a_tag_list_ends_where_the_body_resumes(nlp, tags, body):
    text = f"Strikes in Syria\n\nA standfirst tells the news in one sentence. {tags} {body}\n"
    assert _lists(nlp, text) == [tags]
    doc = _doc(nlp, text)
    assert any(s.text.strip() == body for s in doc.sents)


@pytest.mark.model
def test_tags_in_running_text_open_no_list(nlp):
    assert _lists(nlp, "Rebels shelled a town.\n\nTags were found on the bodies of the dead.\n") == []
    assert _lists(nlp, "Soldiers removed the Tags Syria sent along with the aid.\n") == []


@pytest.mark.model
def test_a_tag_lists_happening_words_and_places_tell_of_nothing(nlp):
    text = (
        "Suicide bomber kills nine in Hasakeh\n\n"
        "A suicide bomber killed nine people at a wedding in Hasakeh on Monday, a monitor said. "
        "Tags Syria Palmyra car bomb chemical attack Islamic State A suicide bomber killed nine people "
        "at a wedding in Hasakeh on Monday.\n"
    )
    events = _doc(nlp, text)._.sayso_events
    assert {e.subtype for e in events} == {"Suicide bomb"}
    places = _doc(nlp, text)._.sayso_places
    assert all(places[e.place].name != "Palmyra" for e in events if e.place is not None)


_FOOT = (
    "Rebels shelled Aleppo\n\n"
    "Rebel shelling killed four civilians in Aleppo on Monday, a monitor said. Rescuers searched the rubble. "
    "Comments 212 Related Jets Strike Market in Idlib Killing 20 - Reports Car Bomb Hits Checkpoint Near "
    "Homs Tags shelling Aleppo Syria Community standards\n"
)


@pytest.mark.model
def test_related_headlines_closed_by_a_tag_list_tell_of_nothing(nlp):
    events = _doc(nlp, _FOOT)._.sayso_events
    assert {e.fatalities_low for e in events} <= {4, None}  # not the 20 of a related headline
    assert "Remote explosive/landmine/IED" not in {e.subtype for e in events}
    start = _FOOT.index("Related")
    assert any(a == start for a, _ in tag_list_spans(_doc(nlp, _FOOT)))


@pytest.mark.model
def test_related_headlines_that_no_tag_list_closes_are_left_alone(nlp):
    text = _FOOT.replace(" Tags shelling Aleppo Syria Community standards", ".")
    start = text.index("Related")
    assert all(a != start for a, _ in tag_list_spans(_doc(nlp, text)))
