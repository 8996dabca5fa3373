"""Places named as actors are no event's place: hand-built Docs through ``extract_events``."""

from __future__ import annotations

import pytest

from _eventdocs import char_span, parsed
from sayso.nlp.events.extract import extract_events
from sayso.nlp.events.metonymy import is_metonym
from sayso.records import Place

STRUCK_AMID_EFFORTS = (
    "Airstrikes/airstrike/NOUN/nsubj/1 hit/hit/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 amid/amid/ADP/prep/1 "
    "Damascus/Damascus/PROPN/poss/6 's/'s/PART/case/4 efforts/effort/NOUN/pobj/3 ././PUNCT/punct/1"
)
QUIET_AS_CAPITAL_LAUNCHED = (
    "Idlib/Idlib/PROPN/nsubj/1 was/be/AUX/ROOT/1 quiet/quiet/ADJ/acomp/1 as/as/SCONJ/mark/5 "
    "Damascus/Damascus/PROPN/nsubj/5 launched/launch/VERB/advcl/1 airstrikes/airstrike/NOUN/dobj/5 "
    "././PUNCT/punct/1"
)
SHELLING_OF_DISTRICTS = (
    "Shelling/shelling/NOUN/nsubj/1 hit/hit/VERB/ROOT/1 Aleppo/Aleppo/PROPN/poss/5 's/'s/PART/case/2 "
    "eastern/eastern/ADJ/amod/5 districts/district/NOUN/dobj/1 ././PUNCT/punct/1"
)
BACKED_BY_CAPITAL = (
    "Strikes/strike/NOUN/nsubj/5 backed/back/VERB/acl/0 by/by/ADP/agent/1 Ankara/Ankara/PROPN/pobj/2 "
    "and/and/CCONJ/cc/3 Moscow/Moscow/PROPN/conj/3 hit/hit/VERB/ROOT/6 Afrin/Afrin/PROPN/dobj/6 ././PUNCT/punct/6"
)
SIEGE_OF_CITY = (
    "Aleppo/Aleppo/PROPN/poss/2 's/'s/PART/case/0 siege/siege/NOUN/nsubj/3 ended/end/VERB/ROOT/3 ././PUNCT/punct/3"
)
CAPITAL_SHELLING_OF_TOWN = (
    "Damascus/Damascus/PROPN/poss/2 '/'/PART/case/0 shelling/shelling/NOUN/nsubj/5 of/of/ADP/prep/2 "
    "Douma/Douma/PROPN/pobj/3 continued/continue/VERB/ROOT/5 ././PUNCT/punct/5"
)
CITY_FELL = "Aleppo/Aleppo/PROPN/nsubj/1 fell/fall/VERB/ROOT/1 ././PUNCT/punct/1"
CAPITAL_BACKED_FORCES = (
    "Jets/jet/NOUN/nsubj/1 hit/hit/VERB/ROOT/1 Damascus/Damascus/PROPN/npadvmod/4 -/-/PUNCT/punct/4 "
    "backed/back/VERB/amod/5 forces/force/NOUN/dobj/1 in/in/ADP/prep/1 Quneitra/Quneitra/PROPN/pobj/6 "
    "././PUNCT/punct/1"
)
STRUCK_IN_HEIGHTS_KILLING = (
    "Jets/jet/NOUN/nsubj/1 struck/strike/VERB/ROOT/1/VBD in/in/ADP/prep/1 Golan/Golan/PROPN/nsubj/4 "
    "killing/kill/VERB/advcl/1/VBG three/three/NUM/dobj/4 ././PUNCT/punct/1"
)


def _places(doc, *names: tuple[str, str]) -> list[Place]:
    out = []
    for text, kind in names:
        start, end = char_span(doc, text)
        out.append(Place(text, start, end, text, 35.0, 36.0, "SY", f"{text} Governorate", 1, kind))
    return out


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_a_place_in_the_possessive_of_an_effort_does_not_place_the_event():
    doc = parsed(STRUCK_AMID_EFFORTS)
    doc._.sayso_places = _places(doc, ("Syria", "country"), ("Damascus", "city"))
    (event,) = extract_events(doc)
    assert event.place is None  # no place rather than the metonym


def test_a_place_that_acts_yields_to_a_place_where_things_happen():
    doc = parsed(QUIET_AS_CAPITAL_LAUNCHED)
    doc._.sayso_places = _places(doc, ("Idlib", "region"), ("Damascus", "city"))
    (event,) = extract_events(doc)
    assert event.place == 0  # "Idlib was": a place; "Damascus launched": a government


def test_a_possessed_part_of_a_place_keeps_the_place():
    doc = parsed(SHELLING_OF_DISTRICTS)
    doc._.sayso_places = _places(doc, ("Aleppo", "city"))
    (event,) = extract_events(doc)
    assert event.place == 0


@pytest.mark.parametrize(
    ("sentence", "word", "metonym"),
    [
        (BACKED_BY_CAPITAL, "Ankara", True),  # a passive's agent
        (BACKED_BY_CAPITAL, "Moscow", True),  # joined to an agent
        (BACKED_BY_CAPITAL, "Afrin", False),  # the object
        (CITY_FELL, "Aleppo", False),  # the subject of a verb that happens at it
        (QUIET_AS_CAPITAL_LAUNCHED, "Damascus", True),  # the subject of an act
        (STRUCK_AMID_EFFORTS, "Damascus", True),  # the possessor of an effort
        (SHELLING_OF_DISTRICTS, "Aleppo", False),  # the possessor of its districts
        (SIEGE_OF_CITY, "Aleppo", False),  # the possessor of what befalls it
        (CAPITAL_SHELLING_OF_TOWN, "Damascus", True),  # the possessor of a happening with its own object
        (CAPITAL_BACKED_FORCES, "Damascus", True),  # a backer
        (STRUCK_IN_HEIGHTS_KILLING, "Golan", False),  # misparsed as a bare participle's subject
    ],
)
def test_which_place_words_name_an_actor(sentence, word, metonym):
    assert is_metonym(_word(parsed(sentence), word)) is metonym
