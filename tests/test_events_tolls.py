"""An event's fatalities follow ACLED's convention: the figure the report states, not the words' interval."""

from __future__ import annotations

import pytest

from _eventdocs import char_span, parsed
from sayso.nlp.events.extract import extract_events
from sayso.records import Quantity


def _shelling(modifier: str, number: str, low: int | None, high: int | None):
    """ "A shell killed <modifier> <number> villagers." with the count the quantities stage gives."""
    mods = modifier.split()
    words = ["A/a/DET/det/1", "shell/shell/NOUN/nsubj/2", "killed/kill/VERB/ROOT/2"]
    num_at = 3 + len(mods)
    words += [f"{w}/{w}/ADV/advmod/{num_at}" for w in mods]
    words += [f"{number}/{number}/NUM/nummod/{num_at + 1}", "villagers/villager/NOUN/dobj/2", "././PUNCT/punct/2"]
    doc = parsed(" ".join(words))
    text = " ".join([*mods, number, "villagers"])
    start, end = char_span(doc, text)
    doc._.sayso_quantities = [Quantity(text, start, end, low, high, "villagers")]
    return doc


@pytest.mark.parametrize(
    ("modifier", "number", "low", "high", "figure"),
    [
        ("at least", "14", 14, None, (14, 14)),
        ("as many as", "250", 1, 250, (250, 250)),
        ("more than", "30", 31, None, (30, 30)),
        ("nearly", "60", 54, 59, (60, 60)),
        ("", "8", 8, 8, (8, 8)),
    ],
)
def test_fatalities_are_the_stated_figure(modifier, number, low, high, figure):
    doc = _shelling(modifier, number, low, high)
    (event,) = extract_events(doc)
    assert (event.fatalities_low, event.fatalities_high) == figure
    (count,) = doc._.sayso_quantities
    assert (count.low, count.high) == (low, high)  # the quantity keeps its words' interval


def test_a_range_stays_a_range():
    doc = parsed(
        "A/a/DET/det/1 shell/shell/NOUN/nsubj/2 killed/kill/VERB/ROOT/2 between/between/ADP/quantmod/4 "
        "6/6/NUM/nummod/7 and/and/CCONJ/cc/4 9/9/NUM/conj/4 villagers/villager/NOUN/dobj/2 ././PUNCT/punct/2"
    )
    start, end = char_span(doc, "between 6 and 9 villagers")
    doc._.sayso_quantities = [Quantity("between 6 and 9 villagers", start, end, 6, 9, "villagers")]
    (event,) = extract_events(doc)
    assert (event.fatalities_low, event.fatalities_high) == (6, 9)


def test_vague_words_keep_their_interval():
    doc = parsed(
        "A/a/DET/det/1 shell/shell/NOUN/nsubj/2 killed/kill/VERB/ROOT/2 dozens/dozen/NOUN/dobj/2 ././PUNCT/punct/2"
    )
    start, end = char_span(doc, "dozens")
    doc._.sayso_quantities = [Quantity("dozens", start, end, 24, 99, None)]
    (event,) = extract_events(doc)
    assert (event.fatalities_low, event.fatalities_high) == (24, 99)


def test_coordinated_counts_add_their_stated_figures():
    doc = parsed(
        "A/a/DET/det/1 shell/shell/NOUN/nsubj/2 killed/kill/VERB/ROOT/2 at/at/ADV/advmod/4 least/least/ADV/advmod/5 "
        "5/5/NUM/nummod/6 villagers/villager/NOUN/dobj/2 and/and/CCONJ/cc/6 2/2/NUM/nummod/9 "
        "soldiers/soldier/NOUN/conj/6 ././PUNCT/punct/2"
    )
    a, b = char_span(doc, "at least 5 villagers"), char_span(doc, "2 soldiers")
    doc._.sayso_quantities = [
        Quantity("at least 5 villagers", *a, 5, None, "villagers"),
        Quantity("2 soldiers", *b, 2, 2, "soldiers"),
    ]
    (event,) = extract_events(doc)
    assert (event.fatalities_low, event.fatalities_high) == (7, 7)
