"""Readings of whole sentences through the real pipeline: a generic happening typed by its means, no
happening dated after the report, a relative pronoun that is not the speaker; and the joins behind them."""

from __future__ import annotations

from datetime import date

import pytest

from sayso.nlp.pipeline import make_doc
from sayso.records import Article


def _events(nlp, text: str, published: date | None = None):
    doc = nlp(make_doc(nlp, Article(id="x", text=text, published=published)))
    return doc._.sayso_events


#: A report whose lead tells another happening: what the body tells is typed on its own.
LEAD = "Fighting rages in Aleppo\n\nRebels and the army clashed in Aleppo on Monday. Rescuers searched the rubble. "


def _body_events(nlp, sentence: str):
    return [e for e in _events(nlp, LEAD + sentence, date(2016, 8, 15)) if e.evidence[0][0] >= len(LEAD)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "subtype", "dead"),
    [
        (
            "Terrorists attacked the town of Atareb with mortar shells, killing three people.",
            "Shelling/artillery/missile attack",
            3,
        ),
        ("An attack by warplanes killed 12 people in Idlib.", "Air/drone strike", 12),
        (
            "Six civilians were killed in terrorist attacks with rocket shells on the Green Belt area of Aleppo.",
            "Shelling/artillery/missile attack",
            6,
        ),
    ],
)
def test_a_generic_attack_told_with_its_means_is_one_event_of_that_means(nlp, sentence, subtype, dead):
    assert [(e.subtype, e.fatalities_low) for e in _body_events(nlp, sentence)] == [(subtype, dead)]


@pytest.mark.model
def test_an_attack_with_means_that_name_no_happening_stays_an_attack(nlp):
    events = _body_events(nlp, "Gunmen attacked an army post in Idlib with rifles and killed three soldiers.")
    assert [e.subtype for e in events] == ["Armed clash"]


@pytest.mark.model
def test_a_day_after_the_report_dates_no_reported_happening(nlp):
    text = "Rebels shelled a campaign rally for the June 3 poll in Daraa, killing 21 people."
    (event,) = [e for e in _events(nlp, text, date(2014, 5, 23)) if e.fatalities_low == 21]
    assert (event.time_from, event.time_precision) == (date(2014, 5, 23), 3)  # the report's day, not the poll's


@pytest.mark.model
def test_a_day_the_report_gives_still_dates_the_happening(nlp):
    text = "Rebels shelled a campaign rally in Daraa on May 22, killing 21 people."
    (event,) = [e for e in _events(nlp, text, date(2014, 5, 23)) if e.fatalities_low == 21]
    assert (event.time_from, event.time_precision) == (date(2014, 5, 22), 1)


@pytest.mark.model
@pytest.mark.parametrize("speaker", ["The army", "Activists"])
def test_an_attack_that_killed_is_not_the_speakers_own(nlp, speaker):
    (event,) = _events(nlp, f"{speaker} said an attack that killed 12 people hit Hama.", date(2016, 9, 16))
    assert (event.actor1, event.fatalities_low, event.claimed_by) == (None, 12, "s1")


@pytest.mark.model
def test_it_in_the_speakers_words_is_the_speaker(nlp):
    (event,) = _events(nlp, "The army said it attacked the town of Kafr Zita.", date(2016, 9, 16))
    assert event.actor1 == "Military Forces of Syria"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            "Over 40 civilians were killed when regime warplanes fired missiles on a market in Atareb.",
            "Military Forces of Syria",
        ),
        (
            "Over 40 civilians were killed when Russian jets fired vacuum missiles on a market in Atareb.",
            "Military Forces of Russia",
        ),
    ],
)
def test_what_a_craft_fires_is_its_air_strike_and_its_name_gives_the_actor(nlp, sentence, actor):
    events = _body_events(nlp, sentence)
    assert [(e.subtype, e.actor1, e.fatalities_low) for e in events] == [("Air/drone strike", actor, 40)]


@pytest.mark.model
def test_a_chemical_attack_carried_out_by_warplanes_stays_a_chemical_weapon(nlp):
    events = _body_events(nlp, "Warplanes carried out a toxic gas attack on the town of Khan Sheikhun.")
    assert "Chemical weapon" in [e.subtype for e in events]


def test_a_killing_linked_to_a_typed_happening_and_to_another_killing_joins_the_typed_one():
    from sayso.nlp.events.merge import Candidate, join_killings

    def cand(head, strong, ancestors, toll=None):
        return Candidate(
            type="Battles" if not strong else "Explosions/Remote violence",
            subtype="Armed clash" if not strong else "Air/drone strike",
            strong=strong,
            head=head,
            char=head * 5,
            sent=0,
            evidence=[(0, 100)],
            fatalities=toll,
            ancestors=frozenset(ancestors),
        )

    # "The death(1) toll(2) from(3) Russian(4) strikes(5) ... has risen(7) to 82"
    death = cand(1, False, {2, 7})
    toll = cand(2, False, {7}, (82, 82))
    strikes = cand(5, True, {3, 2, 7})
    (event,) = [c for c in join_killings([death, toll, strikes]) if c.fatalities]
    assert event is strikes and event.fatalities == (82, 82)


@pytest.mark.model
def test_a_death_toll_of_the_war_is_no_event(nlp):
    assert _events(nlp, "A Beirut-based group has put the death toll from the six-year war at 470000.") == []


@pytest.mark.model
def test_an_undated_headline_takes_the_day_its_lead_gives_the_same_happening(nlp):
    text = (
        "Regime used chemical weapons in Hama, aid group says\n\n"
        "The aid group accused the regime of using chemical weapons on the town of Latamneh in Hama on March 25. "
        "Doctors said the attack killed two people. "
        "The group said its hospitals in Idlib had received 40 wounded over the past two days."
    )
    events = _events(nlp, text, date(2017, 4, 2))
    (headline,) = [e for e in events if e.evidence[0][0] == 0]
    assert (headline.subtype, headline.time_from, headline.time_precision) == ("Chemical weapon", date(2017, 3, 25), 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Activists said they attacked the army post in Idlib.", None),
        ("Residents said they protested in Daraa.", "Civilians (Syria)"),
    ],
)
def test_a_civilian_speaker_is_the_actor_of_a_protest_not_of_an_attack(nlp, sentence, actor):
    (event,) = _events(nlp, sentence, date(2016, 9, 16))
    assert event.actor1 == actor


@pytest.mark.model
@pytest.mark.parametrize(
    ("who", "actor"),
    [
        ("Terrorists", "Unidentified Armed Group (Syria)"),
        ("Takfiri terrorists", "Unidentified Armed Group (Syria)"),
        ("ISIS terrorists", "Islamic State (Syria)"),
        ("Rebels", "Opposition Rebels (Syria)"),
    ],
)
def test_a_speakers_label_names_no_group_but_a_name_before_it_does(nlp, who, actor):
    sentence = f"{who} shelled the town of Mhardeh in Hama, killing five civilians."
    assert [e.actor1 for e in _body_events(nlp, sentence)] == [actor]


@pytest.mark.model
def test_an_event_placed_nowhere_takes_the_country_of_the_reports_places(nlp):
    text = (
        "Shelling kills five civilians\n\n"
        "Shelling killed five civilians on Monday, a monitor said. "
        "Rebels had shelled the town of Mhardeh in Hama earlier in the month."
    )
    events = _events(nlp, text, date(2016, 8, 15))
    headline = next(e for e in events if e.evidence[0][0] == 0)
    assert headline.place is None
    assert headline.actor2 == "Civilians (Syria)"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            "Syrian activists accused President Bashar al-Assads forces of launching a nerve gas attack that "
            "killed at least 213 people in Ghouta.",
            "Military Forces of Syria",
        ),
        ("The car bomb attack that killed 20 people in Hasakah was blamed on Daesh.", "Islamic State (Syria)"),
    ],
)
def test_the_accused_is_the_doer_of_the_deed_as_the_accuser_tells_it(nlp, sentence, actor):
    (event,) = [e for e in _body_events(nlp, sentence) if e.fatalities_low]
    assert event.actor1 == actor


@pytest.mark.model
def test_an_actor_named_as_a_target_is_not_the_doer_of_a_happening_after_it(nlp):
    sentence = "State TV said warplanes hit Islamic State targets near Raqqa without giving the place of the strikes."
    (event,) = _body_events(nlp, sentence)
    assert event.actor1 is None
    assert event.actor2 == "Islamic State (Syria)"


@pytest.mark.model
def test_a_happening_done_by_someone_names_its_doer(nlp):
    (event,) = _events(nlp, "The Coalition condemned the massacre committed by ISIS militants in Al Bab.")
    assert event.actor1 == "Islamic State (Syria)"


@pytest.mark.model
def test_of_two_countries_named_as_often_the_one_whose_towns_are_named_is_home(nlp):
    text = "Russian jets killed 12 people on Monday, a monitor said. It gave no place. Rescuers searched Idlib."
    (event,) = _events(nlp, text, date(2016, 8, 15))
    assert event.place is None
    assert event.actor2 == "Civilians (Syria)"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("62 ISIS militants were killed in the airstrikes near Raqqa.", (None, "Islamic State (Syria)")),
        (
            "17 government troops were killed in fighting with Daesh near Palmyra.",
            ("Military Forces of Syria", "Islamic State (Syria)"),
        ),
    ],
)
def test_those_killed_do_not_strike_but_those_killed_in_a_battle_fought_it(nlp, sentence, actors):
    (event,) = _body_events(nlp, sentence)
    assert (event.actor1, event.actor2) == actors


def test_a_generic_name_for_armed_opposition_agrees_with_a_named_group():
    from sayso.nlp.events.actors import actor_info
    from sayso.nlp.events.merge import actors_agree

    rebels, nusra = actor_info("Opposition Rebels (Syria)"), actor_info("Jabhat al-Nusra")
    army, civilians = actor_info("Military Forces of Syria"), actor_info("Civilians (Syria)")
    assert rebels and nusra and army and civilians
    assert actors_agree(rebels, nusra) and actors_agree(nusra, rebels) and actors_agree(None, army)
    assert not actors_agree(rebels, army)
    assert not actors_agree(nusra, actor_info("Islamic State (Syria)"))
    assert civilians and not actors_agree(rebels, civilians)


@pytest.mark.model
def test_an_object_that_does_something_itself_is_still_its_doer(nlp):
    sentence = "Video footage also showed Syrian soldiers confirming their ongoing deployment in the city."
    (event,) = _body_events(nlp, sentence)
    assert event.actor1 == "Military Forces of Syria"


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The strike on the village was carried out by Russian planes.",
        "The monitor said the strike on the village was suspected to have been carried out by Russian planes.",
    ],
)
def test_a_happening_carried_out_by_someone_has_that_doer(nlp, sentence):
    (event,) = _events(nlp, sentence)
    assert event.actor1 == "Military Forces of Russia"


def test_one_actor_is_not_both_sides_when_mentions_merge():
    from sayso.nlp.events.actors import actor_info
    from sayso.nlp.events.merge import Candidate, absorb

    nusra, civilians = actor_info("Jabhat al-Nusra"), actor_info("Civilians (Syria)")

    def cand(actor1, actor2, by_role):
        return Candidate(
            type="Explosions/Remote violence",
            subtype="Shelling/artillery/missile attack",
            strong=True,
            head=1,
            char=5,
            sent=0,
            evidence=[(0, 100)],
            actor1=actor1,
            actor2=actor2,
            actor1_by_role=by_role,
        )

    # "3 Killed ... in Nusra Front Rocket Attack": a broken parse makes the group the object of "Killed"
    killed, attack, victims = cand(None, nusra, False), cand(nusra, None, True), cand(None, civilians, False)
    absorb(killed, attack)
    assert (killed.actor1, killed.actor2) == (nusra, None)
    absorb(killed, victims)
    assert (killed.actor1, killed.actor2) == (nusra, civilians)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Ten Syrian activists were killed in an airstrike on Saraqeb.", (None, "Civilians (Syria)")),
        (  # the parser reads "airstrikes" as a verb: "regime" is still its doer
            "At least 12 civilians have been killed in renewed regime airstrikes on the besieged town of Douma, "
            "activists said.",
            ("Military Forces of Syria", "Civilians (Syria)"),
        ),
        (  # one of several sides
            "For days, army troops backed by Syrian and Russian warplanes have been battling for the town of Saraqeb.",
            ("Military Forces of Syria", None),
        ),
    ],
)
def test_a_bare_adjective_on_a_noun_that_names_an_actor_is_not_the_actor(nlp, sentence, actors):
    event = _events(nlp, sentence)[0]
    assert (event.actor1, event.actor2) == actors


@pytest.mark.model
def test_an_unnamed_striker_is_the_one_named_for_the_same_strikes_at_the_same_place(nlp):
    text = (
        "On Sunday, terrorists fired rocket shells on Daraa city, injuring five people. The hospital in the city "
        "said that it was treating the wounded and that most of them were women and children. Rocket attacks "
        "killed four civilians in Daraa city on Tuesday. In the same context, terrorists from Jabhat al-Nusra "
        "fired rocket shells on Harasta."
    )
    tuesday = next(e for e in _events(nlp, text, date(2016, 2, 3)) if e.fatalities_low == 4)
    assert tuesday.actor1 == "Unidentified Armed Group (Syria)"


@pytest.mark.model
def test_their_attacks_are_those_of_the_group_named_before_in_the_sentence(nlp):
    text = "The army said the militants had massed near Idlib, adding that their attacks had killed 12 Syrian soldiers."
    killing = next(e for e in _events(nlp, text) if e.fatalities_low == 12)
    assert (killing.actor1, killing.actor2) == ("Opposition Rebels (Syria)", "Military Forces of Syria")


@pytest.mark.model
def test_the_subject_of_were_able_to_is_the_doer(nlp):
    sentence = "But Kurdish fighters backed by US-led air strikes were able to repel the IS fighters."
    events = {e.subtype: e for e in _events(nlp, sentence)}
    coalition = "International Coalition Forces (Operation Inherent Resolve)"
    assert events["Air/drone strike"].actor1 == coalition
    assert [e.actor1 for s, e in events.items() if s != "Air/drone strike"] == ["SDF: Syrian Democratic Forces"]


@pytest.mark.model
def test_a_headline_count_with_its_own_word_for_death_is_not_taken_for_the_hurt(nlp):
    # the parser reads "15 Killed Dozens" as one count, followed by "Injured"
    (event,) = _events(nlp, "15 Killed Dozens Injured in Nusra Front Rocket Attack in Latakia")
    assert (event.subtype, event.fatalities_low) == ("Shelling/artillery/missile attack", 15)


@pytest.mark.model
def test_a_massacre_warplanes_commit_is_their_air_strike(nlp):
    (event,) = _events(nlp, "Regime warplanes committed a massacre in the town of Saraqeb, killing 12 civilians.")
    assert (event.subtype, event.actor1, event.fatalities_low) == ("Air/drone strike", "Military Forces of Syria", 12)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (  # what the strikes are aimed at does not strike
            "Air strikes on rebel-held neighbourhoods of Idlib killed 14 civilians on Monday.",
            (None, "Civilians (Syria)"),
        ),
        (
            "A suicide attack on a Kurdish funeral in Qamishli killed nine people.",
            (None, "SDF: Syrian Democratic Forces"),
        ),
        (  # those a participle says were killed are its victims, not the doers of the bombing
            "Twelve Kurdish fighters killed by a car bomb in Hasakah",
            (None, "SDF: Syrian Democratic Forces"),
        ),
    ],
)
def test_the_target_of_a_happening_and_those_killed_in_it_are_not_its_doers(nlp, sentence, actors):
    (event,) = _events(nlp, sentence)
    assert (event.actor1, event.actor2) == actors


@pytest.mark.model
def test_the_subject_of_the_verb_a_carrying_out_depends_on_is_the_doer(nlp):
    strikes = [e for e in _events(nlp, "The army, backed by Russian jets, went on to launch airstrikes on Idlib.")]
    assert "Military Forces of Syria" in {e.actor1 for e in strikes if e.subtype == "Air/drone strike"}


@pytest.mark.model
def test_a_photo_captions_happening_is_not_taken_for_the_reports(nlp):
    text = (
        "Strike kills nine in Saraqeb\n\n"
        "A man walks past a building destroyed by an air strike in Saraqeb on April 20 2016 (AFP Photo) "
        "Air strikes killed nine civilians in Saraqeb, a monitor said."
    )
    events = _events(nlp, text, date(2016, 5, 3))
    nine = [e for e in events if e.fatalities_low == 9]
    assert nine and {e.time_from for e in nine} == {date(2016, 5, 3)}
    assert [e.time_from for e in events if e not in nine] == [date(2016, 4, 20)]  # the picture's own


@pytest.mark.model
def test_a_happening_the_news_came_after_is_recalled_context_not_news(nlp):
    text = (
        "At least 15 dead as bomb hits a camp in Idlib\n\n"
        "A suicide bomber detonated an explosive vest on a bus near the Atmeh crossing, killing at least 15 "
        "people. Rescuers searched the area. The attack came a day after heavy air strikes by Russian "
        "warplanes killed 26 people in the province."
    )
    events = _events(nlp, text, date(2016, 8, 15))
    assert {e.fatalities_low for e in events} == {15}


@pytest.mark.model
def test_those_who_came_somewhere_after_a_happening_do_not_make_it_earlier(nlp):
    text = (
        "Shelling hits Aleppo\n\n"
        "Rebels shelled Aleppo on Monday. Rescuers searched the rubble. A doctor said several victims came "
        "to the hospital after rocket shells killed three civilians in Sheikh Maqsood."
    )
    events = _events(nlp, text, date(2016, 4, 8))
    assert 3 in {e.fatalities_low for e in events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Rebels fired rockets from Idlib province into the government stronghold of Latakia, killing one.", "Latakia"),
        (
            "A car bomb hit buses with residents evacuated from Fuaa, killing 40 people in Rashidin west of Aleppo.",
            "Aleppo",
        ),
        ("An air strike killed ten refugees from Hama in a camp in Idlib province.", "Idlib Governorate"),
        ("An explosion killed five people not far from central Damascus.", "Damascus"),
        (  # the parser hangs the "from" on the number that counts the evacuees
            "A car bomb killed 40 people as thousands of evacuees from the towns of Foua and Kefraya waited.",
            None,
        ),
        ("A car bomb hit a convoy carrying thousands of evacuees from the towns of Foua and Kefraya.", None),
    ],
)
def test_where_people_or_fire_came_from_is_no_events_place(nlp, sentence, place):
    doc = nlp(make_doc(nlp, Article(id="x", text="Syria\n\n" + sentence, published=date(2016, 8, 15))))
    places = doc._.sayso_places
    assert {places[e.place].name for e in doc._.sayso_events if e.place is not None} == ({place} if place else set())
