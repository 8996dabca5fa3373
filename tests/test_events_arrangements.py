"""An agreement is a happening when it is made, begins or ends; a report that names one already
standing ("in violation of the ceasefire", "inside the de-escalation zone") reports no new agreement.
Through the real pipeline, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from sayso.nlp.events.arrangements import _words
from sayso.nlp.events.lexicon import trigger_index
from sayso.nlp.pipeline import make_doc
from sayso.records import Article

_REPORT = (
    "Shelling kills 12 in Daraa\n\n"
    "Government shelling killed 12 civilians in Daraa on Friday, a monitor said. "
    "Rebels and troops have fought for the city for weeks. "
)


def _agreements(nlp, sentence: str) -> list:
    text = _REPORT + sentence
    doc = nlp(make_doc(nlp, Article(id="x", text=text, published=date(2016, 9, 19))))
    start = text.index(sentence)
    return [e for e in doc._.sayso_events if e.subtype == "Agreement" and any(a >= start for a, _ in e.evidence)]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The army and the rebels reached a truce in Daraa on Sunday.",
        "Russia and Turkey agreed to a ceasefire in Idlib.",
        "A ceasefire brokered by Russia took effect in Daraa on Monday.",
        "The truce in Daraa ended on Monday.",
        "A deal had been reached between the army and the rebels in Daraa.",
    ],
)
def test_an_agreement_made_begun_or_ended_is_a_happening(nlp, sentence):
    assert _agreements(nlp, sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Jets hit Daraa in violation of a ceasefire.",
        "The town lies inside a de-escalation zone.",
        "A shell fell near a ceasefire line on Sunday.",
        "Rebels said they would abide by any agreement.",
        "Rebels in Daraa are covered by a truce with the regime.",
        "The shells fell on a town covered by a ceasefire brokered by Russia.",  # which one, made before
        "Fighting took place in Daraa despite a ceasefire.",
    ],
)
def test_an_agreement_already_standing_is_no_new_happening(nlp, sentence):
    assert _agreements(nlp, sentence) == []


def test_every_arrangement_is_a_trigger_pattern():
    arrangements, making = _words()
    patterns = {rule.words for rules in trigger_index().values() for rule in rules}
    assert arrangements <= patterns
    assert {"reach", "broker", "end"} <= making
