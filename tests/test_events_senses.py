"""Trigger words with an everyday sense (a campaign's "battle", a rival "attacked" or "blasted", a
candidate who "withdrew") name a happening only where the text speaks of armed conflict or unrest, or
where the happening is aimed at a place; in a report of armed conflict, everywhere. Through the real
pipeline, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from sayso.nlp.events.senses import conflict_words, everyday_senses, sites
from sayso.nlp.pipeline import make_doc
from sayso.records import Article


def _events(nlp, text: str):
    doc = nlp(make_doc(nlp, Article(id="x", text=text, published=date(2016, 8, 15))))
    return doc._.sayso_events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Clinton attacked Trump over his refusal to release his tax returns.",
        "The yearlong battle between Clinton and Sanders exposed clear rifts in the party.",
        "Republicans blast Obama after the debate on trade.",
        "Kasich withdrew from the race on Wednesday and endorsed nobody.",
        "He said the governor would fight the bill and kill it in committee.",
        "Without the Latino vote, the campaign is dead in the water.",
        "The death of Justice Scalia left a vacancy on the court.",
        "Eleven states hold contests on March 1, known as Super Tuesday.",
        "The senator clashed with the chairman during the hearing.",
        "The company executed the merger and captured a third of the market.",
        "Trump called for a ban on Muslims entering the United States.",  # a country as the object
        "Cruz captured Oklahoma and his home state of Texas on Tuesday.",  # regions as the object
        "Trump attacked Clinton for her support of military action in Iraq.",  # a person as the object
        "Her lawyer got to sit in on the interview with the investigators.",
        "The company reached a $2 billion deal with the union on Friday.",
    ],
)
def test_everyday_senses_name_no_happening(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Syrian troops attacked rebel positions near Hama.", "Armed clash"),
        ("Clashes erupted in Idlib on Saturday.", "Armed clash"),
        ("The strike on the village was carried out by Russian planes.", "Air/drone strike"),
        ("A blast killed 12 people in Homs.", "Remote explosive/landmine/IED"),
        ("The fighters withdrew from Khan Sheikhoun overnight.", "Non-violent transfer of territory"),
        ("Residents protested in Daraa to demand the release of detainees.", "Peaceful protest"),
        ("Police fired tear gas at the protest outside parliament.", "Peaceful protest"),
    ],
)
def test_armed_senses_still_name_their_happening(nlp, text, subtype):
    assert subtype in {e.subtype for e in _events(nlp, text)}


@pytest.mark.model
def test_in_a_report_of_armed_conflict_every_use_takes_the_armed_sense(nlp):
    alone = "The attack took place as thousands of families waited at the crossing point."
    report = (
        "Car bomb kills 30 near Aleppo\n\n"
        "A car bomb killed at least 30 people near Aleppo on Saturday, a monitor said. "
        "Rebels and government troops have fought for the area for months. " + alone
    )
    assert _events(nlp, alone.replace("at the crossing point", "for hours")) == []  # no place, no report
    spans = [span for e in _events(nlp, report) for span in e.evidence]
    start = report.index(alone)
    assert any(a <= start < b for a, b in spans)  # the attack is told again: one more evidence span


@pytest.mark.model
def test_a_month_is_no_march_but_a_march_is(nlp):
    assert _events(nlp, "Rebels shelled the town on March 1, killing four people.")  # the shelling stands
    assert "Peaceful protest" not in {
        e.subtype for e in _events(nlp, "Rebels shelled the town on March 1, killing four people.")
    }
    assert "Peaceful protest" in {e.subtype for e in _events(nlp, "Thousands joined a march in Damascus on Friday.")}


def test_the_data_files_name_trigger_patterns_and_lemmas():
    triggers = {rule.words for rules in _trigger_rules() for rule in rules}
    assert set(everyday_senses()) <= triggers  # every listed word is a trigger pattern
    assert "airstrike" not in {w[0] for w in everyday_senses()}  # a word with only the armed sense
    single, pairs = conflict_words()
    assert "soldier" in single and ("tear", "gas") in pairs
    assert {"village", "checkpoint"} <= sites()["site"] and "near" in sites()["preposition"]


def _trigger_rules():
    from sayso.nlp.events.lexicon import trigger_index

    return trigger_index().values()


_REPORT = (
    "Shelling kills 12 in Daraa\n\n"
    "Government shelling killed 12 civilians in Daraa on Friday, a monitor said. "
    "Rebels and troops have fought for the city for weeks. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The shelling demonstrated that the army is weak.",
        "The minister demonstrated his resolve in a speech.",
        "The president rallied his supporters behind the army.",
        "The raid was a demonstration of strength.",
        "The ministry protested that the report was false.",
        "The truce entered into force on Monday.",
    ],
)
def test_a_dependent_gives_a_trigger_word_its_everyday_sense_even_in_a_report_of_armed_conflict(nlp, sentence):
    subtypes = {e.subtype for e in _events(nlp, _REPORT + sentence)}
    assert not subtypes & {"Peaceful protest", "Non-state actor overtakes territory"}


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    ["Thousands demonstrated in Daraa on Saturday.", "A demonstration of 2,000 people marched in Daraa."],
)
def test_people_who_demonstrate_still_protest(nlp, sentence):
    assert "Protests" in {e.type for e in _events(nlp, _REPORT + sentence)}
