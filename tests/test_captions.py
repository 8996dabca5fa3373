"""Photo captions left in scraped text: which parentheses are a picture's credit."""

from __future__ import annotations

import pytest

from sayso.nlp.captions import caption_spans


def _captions(nlp, text: str) -> list[str]:
    return [text[a:b] for a, b in caption_spans(nlp(text))]


@pytest.mark.model
def test_a_scene_in_the_present_before_a_credit_is_a_caption(nlp):
    text = (
        "Rebels shelled the city. Residents inspect a damaged site in Idlib on September 10 2016. (Reuters) More text."
    )
    assert _captions(nlp, text) == ["Residents inspect a damaged site in Idlib on September 10 2016. (Reuters)"]
    text = "A man rides a bicycle past burning tyres in Aleppo Syria August 1 2016 (Reuters Photo) Ten died."
    assert _captions(nlp, text) == [
        "A man rides a bicycle past burning tyres in Aleppo Syria August 1 2016 (Reuters Photo)"
    ]


@pytest.mark.model
def test_a_date_line_credit_and_the_reports_past_tense_are_no_caption(nlp):
    assert _captions(nlp, "BEIRUT (Reuters) - Rebels shelled the city on Monday, killing four people.") == []
    assert _captions(nlp, "He added that four other victims had died in hospital. (AFP) Rebels shelled the city.") == []
    assert _captions(nlp, "The army shelled the town (which rebels hold) on Monday.") == []


@pytest.mark.model
def test_a_credit_ends_its_captions_sentence_where_scraping_lost_the_break(nlp):
    caption = "A man rides a bicycle past burning tyres in Aleppo Syria August 1 2016 (Reuters Photo)"
    doc = nlp(f"{caption} Ten civilians were killed on Tuesday. BEIRUT (Reuters) - Rebels shelled the city.")
    assert [s.text.strip() for s in doc.sents][:2] == [caption, "Ten civilians were killed on Tuesday."]
    assert any(s.text.startswith("BEIRUT (Reuters) - Rebels") for s in doc.sents)
