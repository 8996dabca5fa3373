"""The events stage on hand-built Docs: types, actors, claims, denial, hedges, slots, merging."""

from __future__ import annotations

from datetime import date

import pytest

from _eventdocs import char_span, parsed
from sayso.nlp.events.extract import extract_events
from sayso.records import Place, Quantity, Span, Speaker, Statement, Time

CAPTURE_BY_REBELS = "Rebels/rebel/NOUN/nsubj/1 captured/capture/VERB/ROOT/1 Hama/Hama/PROPN/dobj/1 ././PUNCT/punct/1"
CAPTURE_BY_TROOPS = (
    "Syrian/syrian/ADJ/amod/1 troops/troop/NOUN/nsubj/2 captured/capture/VERB/ROOT/2 "
    "Hama/Hama/PROPN/dobj/2 ././PUNCT/punct/2"
)
DISMISSED = (
    "Syria/Syria/PROPN/nsubj/1 dismissed/dismiss/VERB/ROOT/1 allegations/allegation/NOUN/dobj/1 "
    "of/of/ADP/prep/2 a/a/DET/det/5 withdrawal/withdrawal/NOUN/pobj/3 from/from/ADP/prep/5 "
    "Hama/Hama/PROPN/pobj/6 ././PUNCT/punct/1"
)
NOT_ENTERED = (
    "Towns/town/NOUN/nsubjpass/6 near/near/ADP/prep/0 Hama/Hama/PROPN/pobj/1 have/have/AUX/aux/6 "
    "not/not/PART/neg/6 been/be/AUX/auxpass/6 entered/enter/VERB/ROOT/6 ././PUNCT/punct/6"
)
REPORTED_OVERRUN = (
    "HTS/HTS/PROPN/compound/1 members/member/NOUN/nsubjpass/3 were/be/AUX/auxpass/3 "
    "reported/report/VERB/ROOT/3 to/to/PART/aux/6 have/have/AUX/aux/6 overrun/overrun/VERB/xcomp/3 "
    "areas/area/NOUN/dobj/6 ././PUNCT/punct/3"
)
ARMY_KILLED = (
    "The/the/DET/det/1 army/army/NOUN/nsubj/2 killed/kill/VERB/ROOT/2 as/as/ADV/advmod/4 "
    "many/many/ADJ/amod/6 as/as/ADP/quantmod/6 300/300/NUM/nummod/7 terrorists/terrorist/NOUN/dobj/2 "
    "././PUNCT/punct/2"
)
AIRSTRIKE_KILLED = (
    "An/an/DET/det/1 airstrike/airstrike/NOUN/nsubj/2 killed/kill/VERB/ROOT/2 20/20/NUM/nummod/4 "
    "civilians/civilian/NOUN/dobj/2 ././PUNCT/punct/2"
)
GUNMEN_KILLED = (
    "Gunmen/gunman/NOUN/nsubj/1 killed/kill/VERB/ROOT/1 5/5/NUM/nummod/3 civilians/civilian/NOUN/dobj/1 "
    "././PUNCT/punct/1"
)
CLASHES_IN_IDLIB = (
    "Clashes/clash/NOUN/nsubj/1 erupted/erupt/VERB/ROOT/1 in/in/ADP/prep/1 Idlib/Idlib/PROPN/pobj/2 "
    "on/on/ADP/prep/1 Saturday/Saturday/PROPN/pobj/4 ././PUNCT/punct/1"
)
OFFICIALS_IN_DAMASCUS = (
    "Officials/official/NOUN/nsubj/3 in/in/ADP/prep/0 Damascus/Damascus/PROPN/pobj/1 spoke/speak/VERB/ROOT/3 "
    "././PUNCT/punct/3"
)
PREPARED_COUNTERATTACK = (
    "The/the/DET/det/1 army/army/NOUN/nsubj/2 prepared/prepare/VERB/ROOT/2 for/for/ADP/prep/2 "
    "a/a/DET/det/5 counterattack/counterattack/NOUN/pobj/3 ././PUNCT/punct/2"
)
SAYS_REGROUPING = (
    "The/the/DET/det/2 Syrian/syrian/ADJ/amod/2 army/army/NOUN/nsubj/3 says/say/VERB/ROOT/3 "
    "it/it/PRON/nsubj/6 is/be/AUX/aux/6 regrouping/regroup/VERB/ccomp/3 ././PUNCT/punct/3"
)


def _statement(doc, sid, content, *, speaker=None, cue="said", polarity="asserts", via=None, nth=0):
    start, end = char_span(doc, content, nth)
    spk = None
    if speaker:
        s, e = char_span(doc, speaker)
        spk = Speaker(speaker, s, e, speaker)
    cs, ce = char_span(doc, cue) if cue in doc.text else (start, start)
    return Statement(sid, spk, Span(cue, cs, ce), Span(content, start, end), False, polarity, via)


def _place(doc, text, name, kind="city", admin1=None, nth=0):
    start, end = char_span(doc, text, nth)
    return Place(text, start, end, name, 35.0, 36.0, "SY", admin1 or f"{name} Governorate", 1, kind)


def test_territory_taken_by_a_non_state_actor_or_by_the_state():
    (rebels,) = extract_events(parsed(CAPTURE_BY_REBELS))
    assert (rebels.type, rebels.subtype) == ("Battles", "Non-state actor overtakes territory")
    assert rebels.actor1 == "Opposition Rebels (Syria)"
    (troops,) = extract_events(parsed(CAPTURE_BY_TROOPS))
    assert troops.subtype == "Government regains territory"
    assert troops.actor1 == "Military Forces of Syria"


def test_denying_statement_gives_a_denied_event_claimed_by_it():
    doc = parsed(DISMISSED)
    doc._.sayso_statements = [_statement(doc, "s1", "a withdrawal from Hama", cue="dismissed", polarity="denies")]
    doc._.sayso_places = [_place(doc, "Hama", "Hama")]
    (event,) = extract_events(doc)
    assert (event.type, event.subtype) == ("Strategic developments", "Non-violent transfer of territory")
    assert event.polarity == "denied"
    assert event.claimed_by == "s1"
    assert event.place == 0


def test_verb_of_denial_denies_even_without_a_statement():
    doc = parsed(DISMISSED)
    doc._.sayso_places = [_place(doc, "Hama", "Hama")]  # a withdrawal from a place: the armed sense
    (event,) = extract_events(doc)
    assert event.polarity == "denied"
    assert event.claimed_by is None


def test_negated_trigger_is_denied():
    (event,) = extract_events(parsed(NOT_ENTERED))
    assert event.polarity == "denied"
    assert event.subtype == "Non-state actor overtakes territory"
    assert event.actor1 is None


def test_reported_to_have_is_hedged_and_keeps_its_actor():
    (event,) = extract_events(parsed(REPORTED_OVERRUN))
    assert event.hedged is True
    assert event.actor1 == "Hayat Tahrir al-Sham"
    assert event.polarity == "asserted"
    (plain,) = extract_events(parsed(CAPTURE_BY_REBELS))
    assert plain.hedged is False


def test_killing_inside_a_relayed_statement_carries_its_fatalities_and_claim():
    doc = parsed(ARMY_KILLED)
    start, end = char_span(doc, "as many as 300 terrorists")
    doc._.sayso_quantities = [Quantity("as many as 300 terrorists", start, end, 1, 300, "terrorists")]
    doc._.sayso_statements = [
        _statement(doc, "s1", doc.text, cue="none"),
        _statement(doc, "s2", "army killed as many as 300 terrorists", cue="none", via="s1"),
    ]
    (event,) = extract_events(doc)
    assert (event.fatalities_low, event.fatalities_high) == (300, 300)  # the figure stated, ACLED's convention
    assert event.claimed_by == "s2"
    assert event.actor2 == "Unidentified Armed Group"  # "terrorists" is a label, not a group; no place, no country
    assert event.type == "Battles"


def test_outlet_voice_is_claimed_by_nobody():
    (event,) = extract_events(parsed(CAPTURE_BY_REBELS))
    assert event.claimed_by is None


HEADLINE_AIRSTRIKES = (
    "US/US/PROPN/compound/1/NNP Airstrikes/Airstrikes/PROPN/nsubj/2/NNPS Kill/kill/VERB/ROOT/2/VB "
    "11/11/NUM/nummod/4/CD Civilians/Civilians/PROPN/dobj/2/NNPS"
)


@pytest.mark.parametrize(
    ("sentence", "count", "n"),
    [
        (AIRSTRIKE_KILLED, "20 civilians", 20),
        # title case: "Airstrikes" tagged a proper noun keeps its plural as its lemma
        (HEADLINE_AIRSTRIKES, "11 Civilians", 11),
    ],
)
def test_killing_joins_the_typed_trigger_that_governs_it(sentence, count, n):
    doc = parsed(sentence)
    start, end = char_span(doc, count)
    doc._.sayso_quantities = [Quantity(count, start, end, n, n, "civilians")]
    (event,) = extract_events(doc)
    assert (event.type, event.subtype) == ("Explosions/Remote violence", "Air/drone strike")
    assert (event.fatalities_low, event.fatalities_high) == (n, n)
    assert event.actor2 == "Civilians"  # no place: the country is not known


def test_killing_of_civilians_by_an_armed_group_is_an_attack():
    doc = parsed(GUNMEN_KILLED)
    doc._.sayso_places = []
    (event,) = extract_events(doc)
    assert (event.type, event.subtype) == ("Violence against civilians", "Attack")


def test_place_and_time_nearest_the_trigger_else_the_anchor():
    doc = parsed(OFFICIALS_IN_DAMASCUS, CLASHES_IN_IDLIB)
    doc._.sayso_places = [_place(doc, "Damascus", "Damascus"), _place(doc, "Idlib", "Idlib")]
    s, e = char_span(doc, "Saturday")
    doc._.sayso_times = [Time("Saturday", s, e, "2024-11-30", date(2024, 11, 30), date(2024, 11, 30))]
    (event,) = extract_events(doc)
    assert event.place == 1
    assert (event.time_from, event.time_precision) == (date(2024, 11, 30), 1)
    assert event.evidence[0] == char_span(doc, "Clashes erupted in Idlib on Saturday.")
    (undated,) = extract_events(parsed(CAPTURE_BY_REBELS, anchor=date(2024, 12, 1)))
    assert (undated.time_from, undated.time_to, undated.time_precision) == (
        date(2024, 12, 1),
        date(2024, 12, 1),
        3,
    )


def test_a_place_inside_one_governorate_wins_over_a_river_nearer_the_trigger():
    doc = parsed(
        "Clashes/clash/NOUN/nsubj/1 raged/rage/VERB/ROOT/1 by/by/ADP/prep/1 the/the/DET/det/4 "
        "Orontes/Orontes/PROPN/pobj/2 near/near/ADP/prep/4 Hama/Hama/PROPN/pobj/5 ././PUNCT/punct/1"
    )
    s, e = char_span(doc, "Orontes")
    river = Place("Orontes", s, e, "Orontes", 35.0, 36.0, "SY", None, 2, "water")
    doc._.sayso_places = [river, _place(doc, "Hama", "Hama")]
    (event,) = extract_events(doc)
    assert event.place == 1


MINISTRY_IN_MOSCOW_SAID = (
    "The/the/DET/det/1 ministry/ministry/NOUN/nsubj/4 in/in/ADP/prep/1 Moscow/Moscow/PROPN/pobj/2 "
    "said/say/VERB/ROOT/4 strikes/strike/NOUN/nsubj/6 killed/kill/VERB/ccomp/4 9/9/NUM/nummod/8 "
    "fighters/fighter/NOUN/dobj/6 ././PUNCT/punct/4"
)
STRIKES_IN_RAQQA = (
    "Strikes/strike/NOUN/nsubj/1 continued/continue/VERB/ROOT/1 in/in/ADP/prep/1 Raqqa/Raqqa/PROPN/pobj/2 "
    "././PUNCT/punct/1"
)


def _abroad(doc, text, name, country):
    start, end = char_span(doc, text)
    return Place(text, start, end, name, 50.0, 10.0, country, f"{name} region", 9, "city")


def test_a_place_abroad_in_the_speakers_words_does_not_place_the_event():
    doc = parsed(MINISTRY_IN_MOSCOW_SAID, STRIKES_IN_RAQQA, STRIKES_IN_RAQQA)
    raqqa = [_place(doc, "Raqqa", "Raqqa", nth=n) for n in (0, 1)]
    doc._.sayso_places = [_abroad(doc, "Moscow", "Moscow", "RU"), *raqqa]
    doc._.sayso_statements = [_statement(doc, "s1", "strikes killed 9 fighters", speaker="The ministry")]
    (killed,) = [e for e in extract_events(doc) if e.claimed_by == "s1"]
    assert killed.place is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the trigger word itself resolved to a town abroad
        (
            "Jets/jet/NOUN/nsubj/1 Kill/kill/VERB/ROOT/1 7/7/NUM/nummod/3 gunmen/gunman/NOUN/dobj/1 ././PUNCT/punct/1",
            "Kill",
        ),
        # the date line's weekday resolved to a region abroad
        (
            "Mon/Mon/PROPN/npadvmod/5 Jul/Jul/PROPN/npadvmod/5 18/18/NUM/nummod/1 2016/2016/NUM/nummod/1 "
            "Jets/jet/NOUN/nsubj/5 killed/kill/VERB/ROOT/5 7/7/NUM/dobj/5 ././PUNCT/punct/5",
            "Mon",
        ),
        # the place in capitals after the date line's date: where the report was filed from
        (
            "Jul/Jul/PROPN/npadvmod/5 18/18/NUM/nummod/0 2016/2016/NUM/nummod/0 MOSCOW/MOSCOW/PROPN/npadvmod/5 "
            "Jets/jet/NOUN/nsubj/5 killed/kill/VERB/ROOT/5 7/7/NUM/dobj/5 ././PUNCT/punct/5",
            "MOSCOW",
        ),
    ],
)
def test_words_that_are_no_place_of_the_event(sentence, word):
    doc = parsed(sentence, STRIKES_IN_RAQQA, STRIKES_IN_RAQQA, anchor=date(2016, 7, 18))
    raqqa = [_place(doc, "Raqqa", "Raqqa", nth=n) for n in (0, 1)]
    doc._.sayso_places = [_abroad(doc, word, word, "DE"), *raqqa]
    start, end = char_span(doc, "7")
    doc._.sayso_quantities = [Quantity("7", start, end, 7, 7, None)]  # "killed 7": a count of the dead
    first = min(extract_events(doc), key=lambda e: e.evidence[0])
    assert first.evidence[0][0] == 0  # the jets' happening
    assert first.place != 0


def test_a_place_at_home_wins_over_one_abroad_when_mentions_join():
    from sayso.nlp.events.merge import Candidate, absorb

    into = Candidate("Battles", "Armed clash", True, 0, 0, 0, [(0, 5)], place=3, place_key="x", abroad=True)
    other = Candidate("Battles", "Armed clash", True, 9, 40, 1, [(40, 50)], place=5, place_key="y")
    absorb(into, other)
    assert (into.place, into.abroad) == (5, False)


def test_a_town_and_the_governorate_it_lies_in_can_place_one_happening():
    from sayso.nlp.events.merge import Candidate, same_happening

    def at(key: str, region: str, is_region: bool = False) -> Candidate:
        return Candidate(
            "Explosions/Remote violence", "Chemical weapon", True, 0, 0, 0, [(0, 5)],
            place=0, place_key=key, place_region=region, place_is_region=is_region,
        )  # fmt: skip

    town, governorate = at("170017", "Hama Governorate"), at("Hama governorate", "Hama Governorate", True)
    assert same_happening(town, governorate) and same_happening(governorate, town)
    assert not same_happening(town, at("163345", "Hama Governorate"))  # two towns of it stay apart
    assert not same_happening(town, at("Idlib governorate", "Idlib Governorate", True))


def test_country_alone_does_not_place_an_event():
    doc = parsed(CLASHES_IN_IDLIB)
    doc._.sayso_places = [_place(doc, "Idlib", "Syria", kind="country")]
    (event,) = extract_events(doc)
    assert event.place is None


def test_repeated_mentions_merge_into_one_event_with_several_evidence_spans():
    doc = parsed(CAPTURE_BY_REBELS, CAPTURE_BY_REBELS)
    (event,) = extract_events(doc)
    assert len(event.evidence) == 2
    assert event.evidence[0][0] < event.evidence[1][0]


def test_different_claimants_stay_separate_events_in_text_order():
    doc = parsed(CAPTURE_BY_REBELS, CAPTURE_BY_REBELS)
    doc._.sayso_statements = [_statement(doc, "s1", "Rebels captured Hama", cue="none", nth=1)]
    events = extract_events(doc)
    assert [e.id for e in events] == ["e1", "e2"]
    assert [e.claimed_by for e in events] == [None, "s1"]


def test_planned_events_are_not_events():
    assert extract_events(parsed(PREPARED_COUNTERATTACK)) == []


def test_pronoun_subject_takes_the_speaker_as_actor():
    doc = parsed(SAYS_REGROUPING)
    stmt = _statement(doc, "s1", "it is regrouping", speaker="The Syrian army", cue="says")
    doc._.sayso_statements = [stmt]
    (event,) = extract_events(doc)
    assert (event.type, event.subtype) == ("Strategic developments", "Change to group/activity")
    assert event.actor1 == "Military Forces of Syria"
    assert event.claimed_by == "s1"


SAYS_REGROUPING_AND_REDEPLOYING = (
    "The/the/DET/det/2 Syrian/syrian/ADJ/amod/2 army/army/NOUN/nsubj/3 says/say/VERB/ROOT/3 "
    "it/it/PRON/nsubj/6 is/be/AUX/aux/6 regrouping/regroup/VERB/ccomp/3 ,/,/PUNCT/punct/3 and/and/CCONJ/cc/3 "
    "redeploying/redeploy/VERB/conj/3 troops/troop/NOUN/dobj/9 ././PUNCT/punct/3"
)


def test_a_claimed_happening_is_not_also_the_outlets_own_from_the_same_words():
    doc = parsed(SAYS_REGROUPING_AND_REDEPLOYING)  # "redeploying" parsed outside the claim
    doc._.sayso_statements = [_statement(doc, "s1", "it is regrouping", speaker="The Syrian army", cue="says")]
    (event,) = extract_events(doc)
    assert event.claimed_by == "s1"
    assert event.subtype == "Change to group/activity"


def test_the_outlets_own_happening_in_another_sentence_stays_apart_from_a_claimed_one():
    doc = parsed(SAYS_REGROUPING, CAPTURE_BY_REBELS)
    doc._.sayso_statements = [_statement(doc, "s1", "it is regrouping", speaker="The Syrian army", cue="says")]
    assert [e.claimed_by for e in extract_events(doc)] == ["s1", None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "subtype"),
    [
        ("The opposition called on the army to withdraw from Daraa.", "Non-violent transfer of territory"),
        ("The council asked for a ceasefire in Homs.", "Agreement"),
        ("The family urged residents to protest peacefully in Homs.", "Peaceful protest"),
    ],
)
def test_what_is_asked_for_has_not_happened(nlp, sentence, subtype):
    from sayso.nlp.pipeline import make_doc
    from sayso.records import Article

    def subtypes(text):
        doc = nlp(make_doc(nlp, Article(id="x", text=text, published=date(2016, 8, 15))))
        return {e.subtype for e in doc._.sayso_events}

    assert subtype not in subtypes(sentence)
    assert subtype in subtypes(
        sentence.replace("called on the army to withdraw", "said the army withdrew")
        .replace("asked for a ceasefire", "agreed a ceasefire")
        .replace("urged residents to protest", "said residents protested")
    )


@pytest.mark.model
def test_an_attack_fought_off_is_a_battle(nlp):
    from sayso.nlp.pipeline import make_doc
    from sayso.records import Article

    text = "The army repelled an attack by rebels on the airport in Hama on Sunday."
    doc = nlp(make_doc(nlp, Article(id="x", text=text, published=date(2016, 8, 15))))
    assert [(e.subtype, e.actor1, e.actor2) for e in doc._.sayso_events] == [
        ("Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)")
    ]


@pytest.mark.model
def test_people_waiting_to_enter_a_city_have_not_entered_it(nlp):
    from sayso.nlp.pipeline import make_doc
    from sayso.records import Article

    report = (
        "Shelling kills 12 in Daraa\n\n"
        "Government shelling killed 12 civilians in Daraa on Friday, a monitor said. "
        "Rebels and troops have fought for the city for weeks. "
    )

    def subtypes(sentence):
        doc = nlp(make_doc(nlp, Article(id="x", text=report + sentence, published=date(2016, 8, 15))))
        return {e.subtype for e in doc._.sayso_events}

    assert "Non-state actor overtakes territory" not in subtypes("Rebel fighters waited to enter Aleppo on Sunday.")
    assert "Non-state actor overtakes territory" in subtypes("Rebel fighters entered Aleppo on Sunday.")


@pytest.mark.model
def test_fighters_getting_ready_to_attack_have_not_attacked(nlp):
    from sayso.nlp.pipeline import make_doc
    from sayso.records import Article

    def subtypes(text):
        doc = nlp(make_doc(nlp, Article(id="x", text=text, published=date(2016, 8, 15))))
        return [e.subtype for e in doc._.sayso_events]

    assert subtypes("Rebels were getting ready to attack the airport in Hama.") == []
    assert subtypes("Rebels attacked the airport in Hama.") == ["Armed clash"]
