"""The events stage's reading of a whole report: its date, its lead, background tolls, repeated tolls."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from _eventdocs import char_span, count_in, parsed
from sayso.nlp.events.anchor import leading_date
from sayso.nlp.events.extract import extract_events
from sayso.nlp.events.focus import lead_end
from sayso.records import Place, Time


def _article_events(nlp, text: str, published: date):
    """The events of ``text`` through the real pipeline, as an article of ``published``."""
    from sayso.nlp.pipeline import make_doc
    from sayso.records import Article

    doc = nlp(make_doc(nlp, Article(id="x", text=text, published=published)))
    return doc, doc._.sayso_events


AIRSTRIKE_KILLED_20 = (
    "An/an/DET/det/1 airstrike/airstrike/NOUN/nsubj/2 killed/kill/VERB/ROOT/2 20/20/NUM/nummod/4 "
    "civilians/civilian/NOUN/dobj/2 ././PUNCT/punct/2"
)
RESCUERS_ARRIVED = "Rescuers/rescuer/NOUN/nsubj/1 arrived/arrive/VERB/ROOT/1 ././PUNCT/punct/1"
ACTIVISTS_SAID_40_DIED = (
    "Activists/activist/NOUN/nsubj/1 said/say/VERB/ROOT/1 40/40/NUM/nummod/3 people/people/NOUN/nsubj/4 "
    "died/die/VERB/ccomp/1 ././PUNCT/punct/1"
)
BOMBING_ON_SATURDAY = (
    "A/a/DET/det/1 bombing/bombing/NOUN/nsubj/2 killed/kill/VERB/ROOT/2 126/126/NUM/nummod/4 "
    "people/people/NOUN/dobj/2 on/on/ADP/prep/2 Saturday/Saturday/PROPN/pobj/5 ././PUNCT/punct/2"
)
CONFLICT_LEFT_DEAD = (
    "The/the/DET/det/1 conflict/conflict/NOUN/nsubj/3 has/have/AUX/aux/3 left/leave/VERB/ROOT/3 "
    "320000/320000/NUM/nummod/5 people/people/NOUN/dobj/3 dead/dead/ADJ/oprd/3 ././PUNCT/punct/3"
)
KILLED_SINCE = (
    "300000/300000/NUM/nummod/1 people/people/NOUN/nsubjpass/4 have/have/AUX/aux/4 been/be/AUX/auxpass/4 "
    "killed/kill/VERB/ROOT/4 since/since/SCONJ/mark/7 it/it/PRON/nsubj/7 began/begin/VERB/advcl/4 "
    "././PUNCT/punct/4"
)
KILLED_AND_INJURED = (
    "13/13/NUM/nummod/1 people/people/NOUN/nsubjpass/3 were/be/AUX/auxpass/3 killed/kill/VERB/ROOT/3 "
    "and/and/CCONJ/cc/3 25/25/NUM/conj/3 injured/injure/VERB/acl/5 in/in/ADP/prep/3 "
    "airstrikes/airstrike/NOUN/pobj/7 ././PUNCT/punct/3"
)
KILLED_CIVILIANS_AND_FIGHTERS = (
    "Airstrikes/airstrike/NOUN/nsubj/1 killed/kill/VERB/ROOT/1 12/12/NUM/nummod/3 "
    "civilians/civilian/NOUN/dobj/1 and/and/CCONJ/cc/3 3/3/NUM/nummod/6 fighters/fighter/NOUN/conj/3 "
    "././PUNCT/punct/1"
)
IS_CLAIMED = "IS/IS/PROPN/nsubj/1 claimed/claim/VERB/ROOT/1 responsibility/responsibility/NOUN/dobj/1 ././PUNCT/punct/1"
A_BLAST_HIT = (
    "A/a/DET/det/1 blast/blast/NOUN/nsubj/2 hit/hit/VERB/ROOT/2 the/the/DET/det/4 "
    "market/market/NOUN/dobj/2 ././PUNCT/punct/2"
)


def _killed(doc, events=None):
    events = extract_events(doc) if events is None else events
    return [e for e in events if e.fatalities_low is not None]


def test_leading_date_lines_of_scraped_reports():
    assert leading_date("Wed 05 Apr 2017 Syria attack ...").day == date(2017, 4, 5)
    assert leading_date("Published July 5 2015 U.S.-led coalition ...").day == date(2015, 7, 5)
    assert leading_date("Last updated at Apr 232017 An Israeli attack").day == date(2017, 4, 23)
    assert leading_date("17.05.2017 The Syrian army killed 28").day == date(2017, 5, 17)
    found = leading_date("Title\n\nDate of publication 14 October 2016 At least 20 ...")
    assert found.day == date(2016, 10, 14)
    assert found.start == len("Title\n\nDate of publication ")
    assert leading_date("Rebels took the town in 2016 after a long siege").day is None


@pytest.mark.model
def test_relative_days_resolve_against_the_leading_date_when_there_is_no_anchor(nlp):
    from sayso.nlp.pipeline import make_doc
    from sayso.records import Article

    text = "Airstrikes kill 20\n\nSun 19 Jun 2016 Airstrikes killed 20 civilians on Saturday in Idlib."
    doc = nlp(make_doc(nlp, Article(id="x", text=text)))
    killed = _killed(doc, doc._.sayso_events)
    assert killed and killed[0].time_from == date(2016, 6, 18)


def test_running_totals_give_no_event():
    assert extract_events(parsed(CONFLICT_LEFT_DEAD)) == []
    assert extract_events(parsed(KILLED_SINCE)) == []


def test_an_incident_dated_before_the_news_is_background():
    doc = parsed(AIRSTRIKE_KILLED_20, RESCUERS_ARRIVED, BOMBING_ON_SATURDAY, anchor=date(2017, 4, 19))
    doc._.sayso_quantities = [count_in(doc, "20 civilians", 20, 20), count_in(doc, "126 people", 126, 126)]
    s, e = char_span(doc, "Saturday")
    doc._.sayso_times = [Time("Saturday", s, e, "2017-04-15", date(2017, 4, 15), date(2017, 4, 15))]
    events = extract_events(doc)
    assert [(e.fatalities_low, e.fatalities_high) for e in _killed(doc, events)] == [(20, 20)]
    assert all(e.time_from != date(2017, 4, 15) for e in events)


def test_a_toll_told_again_joins_the_lead_happening_whose_figure_stands():
    doc = parsed(AIRSTRIKE_KILLED_20, RESCUERS_ARRIVED, ACTIVISTS_SAID_40_DIED)
    doc._.sayso_quantities = [count_in(doc, "20 civilians", 20, 20), count_in(doc, "40 people", 40, 40)]
    (event,) = extract_events(doc)
    assert event.subtype == "Air/drone strike"
    assert (event.fatalities_low, event.fatalities_high) == (20, 20)
    assert len(event.evidence) == 2


ACTIVISTS_SAID_40_DIED_IN_ALEPPO = (
    "Activists/activist/NOUN/nsubj/1 said/say/VERB/ROOT/1 40/40/NUM/nummod/3 people/people/NOUN/nsubj/4 "
    "died/die/VERB/ccomp/1 in/in/ADP/prep/4 Aleppo/Aleppo/PROPN/pobj/5 ././PUNCT/punct/1"
)


def test_a_toll_in_another_governorate_stays_its_own_event():
    doc = parsed(AIRSTRIKE_KILLED_20, RESCUERS_ARRIVED, ACTIVISTS_SAID_40_DIED_IN_ALEPPO)
    doc._.sayso_quantities = [count_in(doc, "20 civilians", 20, 20), count_in(doc, "40 people", 40, 40)]
    s, e = char_span(doc, "civilians")
    s2, e2 = char_span(doc, "Aleppo")
    doc._.sayso_places = [
        Place("civilians", s, e, "Idlib", 35.9, 36.6, "SY", "Idlib Governorate", 1, "city"),
        Place("Aleppo", s2, e2, "Aleppo", 36.2, 37.1, "SY", "Aleppo Governorate", 2, "city"),
    ]
    assert len(_killed(doc)) == 2


def test_counts_of_the_hurt_are_not_added_to_the_dead():
    doc = parsed(KILLED_AND_INJURED)
    doc._.sayso_quantities = [count_in(doc, "13 people", 13, 13), count_in(doc, "25", 25, 25)]
    (event,) = _killed(doc)
    assert (event.fatalities_low, event.fatalities_high) == (13, 13)


def test_coordinated_counts_of_one_toll_add_up():
    doc = parsed(KILLED_CIVILIANS_AND_FIGHTERS)
    doc._.sayso_quantities = [count_in(doc, "12 civilians", 12, 12), count_in(doc, "3 fighters", 3, 3)]
    (event,) = _killed(doc)
    assert (event.fatalities_low, event.fatalities_high) == (15, 15)


def test_a_claim_of_responsibility_names_the_bomber():
    (event,) = [e for e in extract_events(parsed(A_BLAST_HIT, IS_CLAIMED)) if e.subtype.startswith("Remote")]
    assert event.actor1 == "Islamic State (Syria)"


WED_JUL_29_2015_STRIKE = (
    "Wed/Wed/PROPN/npadvmod/6 Jul/Jul/PROPN/npadvmod/6 29/29/NUM/nummod/1 2015/2015/NUM/nummod/1 "
    "A/a/DET/det/5 strike/strike/NOUN/nsubj/6 killed/kill/VERB/ROOT/6 5/5/NUM/nummod/8 "
    "soldiers/soldier/NOUN/dobj/6 ././PUNCT/punct/6"
)
AIRSTRIKES_ON_FRIDAY = (
    "Airstrikes/airstrike/NOUN/nsubj/1 killed/kill/VERB/ROOT/1 9/9/NUM/nummod/3 villagers/villager/NOUN/dobj/1 "
    "on/on/ADP/prep/1 Friday/Friday/PROPN/pobj/4 ././PUNCT/punct/1"
)


@pytest.mark.parametrize(
    ("sentence", "anchor", "time", "day"),
    [
        # the date line's year is no time of the event when the reader took the line as the anchor
        (WED_JUL_29_2015_STRIKE, date(2015, 7, 29), ("2015", date(2015, 1, 1), date(2015, 12, 31)), date(2015, 7, 29)),
        # a weekday after the anchor is the one before it
        (
            AIRSTRIKES_ON_FRIDAY,
            date(2016, 12, 10),
            ("Friday", date(2016, 12, 16), date(2016, 12, 16)),
            date(2016, 12, 9),
        ),
    ],
)
def test_event_day_against_the_anchor(sentence, anchor, time, day):
    doc = parsed(sentence, anchor=anchor)
    text, start_day, end_day = time
    s, e = char_span(doc, text)
    doc._.sayso_times = [Time(text, s, e, start_day.isoformat(), start_day, end_day)]
    (event,) = extract_events(doc)
    assert (event.time_from, event.time_to) == (day, day)


def _words_doc(text_by_sentence: list[str]) -> Doc:
    """A Doc whose sentences are exactly the given pieces (a blank line ends the first)."""
    words, spaces, starts = [], [], []
    for piece in text_by_sentence:
        tokens = piece.split(" ")
        for k, word in enumerate(tokens):
            words.append(word)
            spaces.append(True)
            starts.append(k == 0)
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=starts)


def test_a_date_line_and_fragments_of_a_headline_are_not_sentences_of_the_lead():
    headline, fragment = "Gas attack in Aleppo \n\n", "ISIL"
    lead = ["Shells filled with gas hit a district of Aleppo on Tuesday.", "Five people died."]
    after = "Doctors treated dozens of people."
    doc = _words_doc([headline, "Wed Aug 3 2016", fragment, "Uses", *lead, after])
    assert doc.text[: lead_end(doc)].endswith("Five people died.")
    doc = _words_doc([headline, *lead, after])
    assert doc.text[: lead_end(doc)].endswith("Five people died.")


@pytest.mark.model
def test_a_photo_caption_does_not_set_the_day_of_the_news(nlp):
    text = (
        "Bomb kills six in Aleppo\n\n"
        "A boy injured in a blast on a bus convoy on Saturday sits inside a tent in Idlib (Reuters Photo) "
        "A bomb killed six people in Aleppo on Wednesday. Rescuers searched the rubble. "
        "On Saturday a suicide car bomb killed 126 people near Rashidin.\n"
    )
    doc, events = _article_events(nlp, text, date(2017, 4, 19))
    assert {e.fatalities_low for e in _killed(doc, events)} == {6}


@pytest.mark.model
def test_what_the_news_is_measured_from_is_history_and_dates_nothing_else(nlp):
    from sayso.nlp.pipeline import make_doc
    from sayso.records import Article

    def events(text):
        doc = nlp(make_doc(nlp, Article(id="x", text=text, published=date(2017, 10, 5))))
        return doc._.sayso_events

    text = (
        "Red Cross warns\n\n"
        "Syria is in the throes of its worst fighting since the battle for eastern Aleppo last year, the "
        "Red Cross said on Thursday.\n"
    )
    assert [(e.subtype, e.time_from) for e in events(text)] == [("Armed clash", date(2017, 10, 5))]
    text = (
        "Rocket hits Aleppo\n\n"
        "A rocket struck a district of Aleppo on Thursday, killing two children, the deadliest attack since "
        "the bombing of a market that killed 12 people.\n"
    )
    assert 12 not in {e.fatalities_low for e in events(text)}
    text = "Aleppo under fire\n\nAir strikes have pounded Aleppo since late September.\n"
    assert [e.time_from for e in events(text)] == [date(2017, 9, 21)]  # a time is when it began


@pytest.mark.model
def test_a_happening_dated_by_the_day_it_was_said_takes_the_day_the_body_gives_it(nlp):
    def killed(text):
        doc, events = _article_events(nlp, text, date(2015, 3, 10))
        return [(e.time_from, e.fatalities_low) for e in _killed(doc, events)]

    lead = (
        "Gas attack killed 200 in Homs, rights group says\n\n"
        "A poison gas attack killed more than 200 people in Homs province, a rights group said on Tuesday. "
        "The group said it had spoken to doctors and witnesses. "
    )
    told_again = "The chemical attack near Homs on March 3 killed more than 200 people.\n"
    assert {day for day, _ in killed(lead + told_again)} == {date(2015, 3, 3)}  # not the Tuesday it was said
    other_toll = "A chemical attack near Homs on March 3 killed four people.\n"  # another happening: background
    assert {day for day, n in killed(lead + other_toll) if n == 200} == {date(2015, 3, 10)}


SHELLING_REPORT = (
    "Shelling kills 12 in Daraa\n\nGovernment shelling killed 12 civilians in Daraa on Friday, a monitor said. "
    "Rebels and troops have fought for the city for weeks. "
)


@pytest.mark.model
def test_a_definite_noun_of_a_peaceful_kind_is_no_account_of_the_violent_lead(nlp):
    agreed = "The ceasefire had been agreed by both sides in March."
    _, events = _article_events(nlp, SHELLING_REPORT + agreed, date(2015, 3, 10))
    at = len(SHELLING_REPORT)
    telling = {e.type for e in events if any(a <= at < b for a, b in e.evidence)}
    assert telling == {"Strategic developments"}  # its own event, not evidence of the shelling
