"""An event's fatalities follow ACLED's convention: the figure the report states, not the words' interval."""

from __future__ import annotations

from datetime import date

import pytest

from _eventdocs import char_span, count_in, parsed
from sayso.nlp.events.extract import extract_events
from sayso.records import Place, Quantity, Span, Speaker, Statement, Time


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
    assert event.bounds == (low, high)  # the event keeps the words' interval beside the figure
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


# --- which toll is the article's ---------------------------------------------------------------------

MORTARS_KILLED_9 = (
    "Mortars/mortar/NOUN/nsubj/1 killed/kill/VERB/ROOT/1 9/9/NUM/nummod/3 shoppers/shopper/NOUN/dobj/1 "
    "././PUNCT/punct/1"
)
MEDICS_CAME = "Medics/medic/NOUN/nsubj/1 came/come/VERB/ROOT/1 ././PUNCT/punct/1"
HAVE_DIED_IN_BATTLES = (
    "Another/another/DET/det/2 400/400/NUM/nummod/2 fighters/fighter/NOUN/nsubjpass/5 have/have/AUX/aux/5/VBP "
    "been/be/AUX/auxpass/5 killed/kill/VERB/ROOT/5 in/in/ADP/prep/5 battles/battle/NOUN/pobj/6 "
    "././PUNCT/punct/5"
)
IN_MARCH_2015 = (
    "In/in/ADP/prep/6 March/March/PROPN/pobj/0 2015/2015/NUM/nummod/1 200/200/NUM/nummod/4 "
    "people/people/NOUN/nsubjpass/6 were/be/AUX/auxpass/6 killed/kill/VERB/ROOT/6 ././PUNCT/punct/6"
)
SHELLING_KILLED_DOZENS = (
    "Shelling/shelling/NOUN/nsubj/1 killed/kill/VERB/ROOT/1 dozens/dozen/NOUN/dobj/1 in/in/ADP/prep/1 "
    "Kafr/Kafr/PROPN/pobj/3 ././PUNCT/punct/1"
)
MONITOR_SAID_SHELLING_KILLED_35 = (
    "A/a/DET/det/1 monitor/monitor/NOUN/nsubj/2 said/say/VERB/ROOT/2 shelling/shelling/NOUN/nsubj/4 "
    "killed/kill/VERB/ccomp/2 35/35/NUM/nummod/6 people/people/NOUN/dobj/4 in/in/ADP/prep/4 "
    "Tell/Tell/PROPN/pobj/7 ././PUNCT/punct/2"
)
FOUR_WOMEN_KILLED = (
    "Four/four/NUM/nummod/1 women/woman/NOUN/nsubjpass/3 were/be/AUX/auxpass/3 killed/kill/VERB/ROOT/3 "
    "././PUNCT/punct/3"
)
STRIKE_KILLED_11_INCLUDING = (
    "A/a/DET/det/1 strike/strike/NOUN/nsubj/2 killed/kill/VERB/ROOT/2 11/11/NUM/nummod/4 "
    "people/people/NOUN/dobj/2 including/including/ADP/prep/4 four/four/NUM/nummod/7 women/woman/NOUN/pobj/5 "
    "././PUNCT/punct/2"
)
SIX_KILLED_HEADLINE = (
    "Six/six/NUM/nummod/1 people/people/NOUN/nsubjpass/3 were/be/AUX/auxpass/3 killed/kill/VERB/ROOT/3 "
    "././PUNCT/punct/3"
)
SHELLING_CAUSED_CASUALTIES = (
    "Shelling/shelling/NOUN/nsubj/1 caused/cause/VERB/ROOT/1 30/30/NUM/nummod/3 casualties/casualty/NOUN/dobj/1 "
    "././PUNCT/punct/1"
)


def _tolls(doc):
    return sorted((e.fatalities_low, e.fatalities_high) for e in extract_events(doc) if e.fatalities_low is not None)


def test_a_toll_in_the_perfect_under_a_noun_trigger_is_a_tally():
    doc = parsed(MORTARS_KILLED_9, MEDICS_CAME, HAVE_DIED_IN_BATTLES)
    doc._.sayso_quantities = [count_in(doc, "9 shoppers", 9, 9), count_in(doc, "400 fighters", 400, 400)]
    assert _tolls(doc) == [(9, 9)]


def test_the_same_toll_in_the_past_tense_is_an_event():
    past = HAVE_DIED_IN_BATTLES.replace("have/have/AUX/aux/5/VBP", "had/have/AUX/aux/5/VBD")
    doc = parsed(MORTARS_KILLED_9, MEDICS_CAME, past)
    doc._.sayso_quantities = [count_in(doc, "9 shoppers", 9, 9), count_in(doc, "400 fighters", 400, 400)]
    assert _tolls(doc) == [(9, 9), (400, 400)]


def test_an_undated_report_leaves_out_a_toll_dated_by_the_month():
    doc = parsed(MORTARS_KILLED_9, MEDICS_CAME, IN_MARCH_2015, anchor=None)
    doc._.sayso_quantities = [count_in(doc, "9 shoppers", 9, 9), count_in(doc, "200 people", 200, 200)]
    start, end = char_span(doc, "March 2015")
    doc._.sayso_times = [Time("March 2015", start, end, "2015-03", date(2015, 3, 1), date(2015, 3, 31))]
    assert _tolls(doc) == [(9, 9)]


def _statement_on(doc, sid, content, speaker):
    start, end = char_span(doc, content)
    s, e = char_span(doc, speaker)
    c, ce = char_span(doc, "said")
    return Statement(sid, Speaker(speaker, s, e, speaker), Span("said", c, ce), Span(content, start, end), False)


def _dozens_then(number, admin1s):
    text = f"{number} people"
    doc = parsed(SHELLING_KILLED_DOZENS, MEDICS_CAME, MONITOR_SAID_SHELLING_KILLED_35.replace("35", str(number)))
    doc._.sayso_quantities = [count_in(doc, "dozens", 24, 99), count_in(doc, text, number, number)]
    doc._.sayso_statements = [_statement_on(doc, "s1", f"shelling killed {text} in Tell", "A monitor")]
    places = []
    for nth, admin1 in enumerate(admin1s):
        start, end = char_span(doc, "Kafr" if nth == 0 else "Tell")
        places.append(Place("x", start, end, admin1, 35.0, 36.0, "SY", admin1, nth + 1, "city"))
    doc._.sayso_places = places
    return doc


def test_a_number_refines_a_vague_toll_of_the_same_happening_whoever_gives_it():
    assert _tolls(_dozens_then(35, ["Hama", "Hama"])) == [(35, 35)]


def test_a_vague_toll_in_another_governorate_stays_its_own_event():
    assert _tolls(_dozens_then(35, ["Hama", "Homs"])) == [(24, 99), (35, 35)]


def test_the_capital_and_the_countryside_around_it_are_one_area():
    assert _tolls(_dozens_then(35, ["Rif Dimashq Governorate", "Damascus Governorate"])) == [(35, 35)]
    assert _tolls(_dozens_then(35, ["Rif Dimashq Governorate", "Daraa Governorate"])) == [(24, 99), (35, 35)]


def test_a_number_the_vague_words_do_not_allow_is_another_toll():
    assert _tolls(_dozens_then(300, ["Hama", "Hama"])) == [(24, 99), (300, 300)]


@pytest.mark.parametrize(
    ("headline", "figure", "toll"),
    [
        (FOUR_WOMEN_KILLED, ("Four women", 4), (11, 11)),  # a part of the lead's toll: the total stands
        (SIX_KILLED_HEADLINE, ("Six people", 6), (6, 6)),  # no part: the headline's figure stands
    ],
)
def test_the_headline_figure_stands_unless_the_lead_gives_it_as_a_part(headline, figure, toll):
    doc = parsed(headline, STRIKE_KILLED_11_INCLUDING)
    text, number = figure
    doc._.sayso_quantities = [
        count_in(doc, text, number, number),
        count_in(doc, "11 people", 11, 11),
        count_in(doc, "four women", 4, 4),
    ]
    assert _tolls(doc) == [toll]


def test_casualties_are_not_fatalities():
    doc = parsed(SHELLING_CAUSED_CASUALTIES)
    doc._.sayso_quantities = [count_in(doc, "30 casualties", 30, 30)]
    assert _tolls(doc) == []


@pytest.mark.model
def test_the_doers_counted_are_not_the_toll(nlp):
    from sayso.nlp.pipeline import make_doc
    from sayso.records import Article

    text = "Two suicide bombers killed at least 30 Kurdish fighters in Hasakeh on Sunday."
    doc = nlp(make_doc(nlp, Article(id="x", text=text, published=date(2015, 3, 10))))
    assert [(e.subtype, e.fatalities_low) for e in doc._.sayso_events] == [("Suicide bomb", 30)]
