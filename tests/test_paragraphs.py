"""Sentence starts set before the parser runs: blank lines, datelines, and the date lines scraping
glues to the sentence after them."""

from __future__ import annotations

import pytest

from sayso.nlp.paragraphs import date_line
from sayso.nlp.pipeline import make_doc
from sayso.records import Article


def _sentences(nlp, text: str) -> list[str]:
    doc = nlp(make_doc(nlp, Article(id="x", text=text)))
    return [s.text.strip() for s in doc.sents]


@pytest.mark.model
def test_a_date_line_and_the_place_filed_from_are_cut_off_the_lead(nlp):
    lead = "Some 120 fighters were killed in air strikes in Syria the defence ministry in Moscow said on Saturday."
    sentences = _sentences(nlp, f"Strikes kill 120 in Syria\n\nLast updated at Oct 082017 MOSCOW {lead}\n")
    assert sentences[1:] == ["Last updated at Oct 082017 MOSCOW", lead]


@pytest.mark.model
def test_a_headline_repeated_with_its_credit_and_date_is_cut_off_whole(nlp):
    text = (
        "Rebel rocket kills five children\n\n"
        "Rebel rocket kills five children AFP Sunday 26 Jul 2015 Rebel rocket fire on a district of Aleppo "
        "killed five children a monitoring group said on Sunday.\n"
    )
    sentences = _sentences(nlp, text)
    assert sentences[1] == "Rebel rocket kills five children AFP Sunday 26 Jul 2015"
    assert sentences[2].startswith("Rebel rocket fire on a district")


def test_capitals_after_the_date_are_the_place_only_before_a_capitalised_word():
    text = "Strikes kill 31\n\nStrikes kill 31 AFP Friday 3 Jun 2016 UN says airdrops are not imminent.\n"
    start, end, after = date_line(text)  # type: ignore[misc]
    assert text[start:end] == "Friday 3 Jun 2016" and text[after:].startswith("UN says")
    text = "Headline\n\nPublished June 11 2016 BEIRUT Suicide bombers struck a shrine.\n"
    assert text[date_line(text)[2] :].startswith("Suicide bombers")  # type: ignore[index]
    assert date_line("Headline\n\nSuicide bombers struck a shrine on June 11 2016.\n") is None
