"""The places stage: mentions from the gazetteer and the NER, cues, context and unresolved names."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from sayso.gazetteer.context import haversine_km
from sayso.nlp.extensions import register_extensions
from sayso.nlp.places.extract import extract_places
from sayso.records import Article, Dateline


@pytest.fixture(scope="module")
def vocab():
    register_extensions()
    return spacy.blank("en").vocab


def make(vocab, text: str, ents: dict[str, str] | None = None, dateline: str | None = None) -> Doc:
    """A Doc from whitespace-separated words; ``ents`` maps an entity's words to its label."""
    words = text.split()
    labels = ["O"] * len(words)
    for phrase, label in (ents or {}).items():
        parts = phrase.split()
        for i in range(len(words) - len(parts) + 1):
            if words[i : i + len(parts)] == parts:
                labels[i : i + len(parts)] = [f"B-{label}"] + [f"I-{label}"] * (len(parts) - 1)
    doc = Doc(vocab, words=words, ents=labels)
    doc._.sayso_dateline_place = dateline
    return doc


def by_text(places) -> dict:
    return {p.text: p for p in places}


def test_a_place_the_ner_takes_for_an_organisation(vocab) -> None:
    places = by_text(extract_places(make(vocab, "Towns near Hama have not been entered .", {"Hama": "ORG"})))
    hama = places["Hama"]
    assert (hama.country, hama.kind, hama.admin1) == ("SY", "city", "Hama Governorate")


def test_a_curated_place_the_ner_takes_for_a_person(vocab) -> None:
    places = by_text(extract_places(make(vocab, "smoke rises over Khan al-Assal", {"Khan al-Assal": "PERSON"})))
    assert places["Khan al-Assal"].admin1 == "Aleppo Governorate"
    assert places["Khan al-Assal"].lat is not None


def test_province_cue_gives_the_governorate(vocab) -> None:
    places = extract_places(make(vocab, "strikes in the Aleppo Province on Friday", {"Aleppo Province": "GPE"}))
    assert [(p.text, p.name, p.kind) for p in places] == [("Aleppo Province", "Aleppo Governorate", "region")]


def test_countryside_of_gives_the_governorate(vocab) -> None:
    places = extract_places(make(vocab, "clashes in the countryside of Idlib"))
    assert [(p.name, p.kind) for p in places] == [("Idlib Governorate", "region")]


def test_demonyms_denote_their_country_by_default(vocab) -> None:
    doc = make(vocab, "dozens of Syrian soldiers", {"Syrian": "NORP"})
    assert [(p.name, p.kind) for p in extract_places(doc)] == [("Syria", "country")]
    assert extract_places(doc, demonyms=False) == []


def test_a_date_is_not_a_place(vocab) -> None:
    doc = make(vocab, "On October 6 the army entered the town", {"October 6": "DATE"})
    assert all(p.text != "October 6" for p in extract_places(doc))


def test_a_town_the_ner_tags_a_date_without_a_number_is_a_place_after_in(vocab) -> None:
    doc = make(vocab, "soldiers embedded with US forces in Manbij near the border", {"Manbij": "DATE"})
    assert by_text(extract_places(doc))["Manbij"].admin1 == "Aleppo Governorate"


def test_a_town_the_ner_takes_for_a_person_by_a_variant_name_is_kept_where_the_article_is(vocab) -> None:
    ents = {"Matias Romero": "PERSON", "Oaxaca State": "GPE", "Mexico": "GPE"}
    doc = make(vocab, "migrants camped in Matias Romero , Oaxaca State , Mexico", ents)
    town = by_text(extract_places(doc))["Matias Romero"]  # GeoNames: "Matias Romero Avendano"
    assert (town.country, town.admin1) == ("MX", "Oaxaca")
    alone = make(vocab, "the painter met in Matias Romero , a friend", {"Matias Romero": "PERSON"})
    assert "Matias Romero" not in by_text(extract_places(alone))  # nothing else places it


def test_a_word_inside_an_organisation_name_is_not_a_place(vocab) -> None:
    doc = make(vocab, "the Observatory for Human Rights said", {"Observatory for Human Rights": "ORG"})
    assert extract_places(doc) == []


def test_a_generic_word_tagged_as_a_place_stays_unresolved(vocab) -> None:
    places = extract_places(make(vocab, "The West has condemned it", {"West": "LOC"}))
    assert [(p.text, p.lat) for p in places] == [("West", None)]


def test_a_small_town_reached_only_through_a_spelling_fold_stays_unresolved(vocab) -> None:
    places = by_text(extract_places(make(vocab, "the fighting in Shaar and Aleppo", {"Shaar": "GPE", "Aleppo": "GPE"})))
    assert places["Shaar"].lat is None
    assert places["Aleppo"].country == "SY"
    # as a part of a city it lies in that city, not at the small town
    places = by_text(extract_places(make(vocab, "the Shaar district of Aleppo", {"Shaar": "GPE", "Aleppo": "GPE"})))
    assert places["Shaar"].name == "Aleppo"


def test_a_province_cue_takes_the_region_of_the_exactly_named_city(vocab) -> None:
    places = by_text(extract_places(make(vocab, "shelling in Homs province", {"Homs province": "GPE"})))
    assert places["Homs province"].name == "Homs Governorate"
    assert places["Homs province"].kind == "region"


def test_an_ocean_outranks_a_small_town_of_the_same_name(vocab) -> None:
    doc = make(vocab, "storms over the Atlantic hit Boston and Atlantic City", {"Atlantic": "LOC", "Boston": "GPE"})
    assert by_text(extract_places(doc))["Atlantic"].kind == "water"


def test_name_then_region_picks_the_place_in_that_region(vocab) -> None:
    places = by_text(extract_places(make(vocab, "the shooting in Parkland , Florida", {"Parkland": "GPE"})))
    assert places["Parkland"].admin1 == "Florida"


def test_ap_state_abbreviation(vocab) -> None:
    places = by_text(extract_places(make(vocab, "officials in Richmond , Va. said")))
    assert places["Va."].name == "Virginia"
    assert places["Richmond"].admin1 == "Virginia"


def test_a_state_after_a_partys_letter(vocab) -> None:
    places = by_text(extract_places(make(vocab, "Mitch McConnell , R - Ky. , said", {"Mitch McConnell": "PERSON"})))
    assert (places["Ky."].name, places["Ky."].kind) == ("Kentucky", "region")


@pytest.mark.model
def test_a_surname_of_a_person_named_in_full_is_that_person(nlp) -> None:
    from sayso.nlp.pipeline import make_doc

    text = (
        "Rubio is in a five-person battle with Jeb Bush, Chris Christie, John Kasich and Ted Cruz for second "
        "place. Bush and Kasich campaigned in Columbus, Ohio on Monday."
    )
    doc = nlp(make_doc(nlp, Article(id="x", text=text)))
    places = by_text(doc._.sayso_places)
    assert "Bush" not in places and "Kasich" not in places  # towns in Egypt otherwise
    assert places["Columbus"].admin1 == "Ohio"


def test_a_lower_case_word_the_ner_calls_a_place_is_none(vocab) -> None:
    assert extract_places(make(vocab, "Denying us justice is wrong", {"us": "GPE"})) == []


def test_dateline_settles_an_ambiguous_city(vocab) -> None:
    beirut = by_text(extract_places(make(vocab, "fighting in Tripoli", dateline="Beirut")))
    benghazi = by_text(extract_places(make(vocab, "fighting in Tripoli", dateline="Benghazi")))
    assert beirut["Tripoli"].country == "LB"
    assert benghazi["Tripoli"].country == "LY"


def test_a_feature_name_stays_unresolved_rather_than_guessed(vocab) -> None:
    places = by_text(extract_places(make(vocab, "boats on the Mississippi River", {"Mississippi River": "LOC"})))
    river = places["Mississippi River"]
    assert river.lat is None and river.lon is None


def test_unknown_place_entity_is_kept_without_coordinates(vocab) -> None:
    places = by_text(extract_places(make(vocab, "shelling hit Qwertzabad yesterday", {"Qwertzabad": "GPE"})))
    assert places["Qwertzabad"].lat is None


def test_common_words_are_not_places(vocab) -> None:
    assert extract_places(make(vocab, "Reading the report , Police said May was calm")) == []


def test_offsets_point_into_the_text(vocab) -> None:
    doc = make(vocab, "the army entered Aleppo and Damascus")
    for p in extract_places(doc):
        assert doc.text[p.start : p.end] == p.text


# --- the seed article, through the real model -------------------------------------------------------


def seed_article(path: Path) -> Article:
    """The seed file as the reader presents it: body paragraphs only, dateline Damascus."""
    raw = path.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", raw) if p.strip()]
    drop = re.compile(r"^(# \*|---$|<https?://|\*\*)")
    body = "\n\n".join(p for p in paragraphs if not drop.match(p))
    return Article(id="seed", text=body, published=date(2024, 12, 1), dateline=Dateline(place="Damascus"))


@pytest.mark.model
@pytest.mark.data
def test_seed_places_are_on_the_map_at_the_right_places(nlp, seed_path: Path) -> None:
    from sayso.nlp.pipeline import parse

    article = seed_article(seed_path)
    places = next(parse(nlp, [article]))._.sayso_places
    by_name: dict[str, list] = {}
    for p in places:
        assert article.text[p.start : p.end] == p.text
        by_name.setdefault(p.name, []).append(p)
    expected = {"Hama": (35.13, 36.76), "Aleppo": (36.20, 37.16), "Khan al-Assal": (36.17, 37.04)}
    for name, (lat, lon) in expected.items():
        assert name in by_name, name
        assert all(haversine_km(p.lat, p.lon, lat, lon) < 10 for p in by_name[name])
        assert by_name[name][0].country == "SY"
    assert by_name["Hama"][0].admin1 == "Hama Governorate"
    road = by_name["M5 highway"][0]
    assert road.kind == "road" and "M5" in road.text
    assert 32 < road.lat < 37 and 35.5 < road.lon < 38  # on the Damascus-Aleppo axis
    assert [p.kind for p in by_name["Aleppo Governorate"]] == ["region"]
    demonyms = [p for p in places if p.text in ("Syrian", "Israeli", "Russian")]
    assert demonyms and all(p.kind == "country" and p.admin1 is None for p in demonyms)


def test_state_abbreviation_is_the_us_state_not_a_namesake(vocab) -> None:
    places = by_text(extract_places(make(vocab, "farmers in Shelby , Mont. and Baltimore , Md. said")))
    assert (places["Mont."].name, places["Mont."].country) == ("Montana", "US")
    assert (places["Md."].name, places["Md."].country) == ("Maryland", "US")


def test_a_small_place_is_kept_when_the_article_is_around_it(vocab) -> None:
    inside = make(vocab, "schools in New Jersey closed ; the Allendale club met", {"Allendale club": "ORG"})
    alone = make(vocab, "the Allendale club met", {"Allendale club": "ORG"})
    kept = by_text(extract_places(inside))
    assert kept["Allendale"].admin1 == "New Jersey"
    assert extract_places(alone) == []


def test_a_former_name_does_not_beat_a_town_of_that_very_name(vocab) -> None:
    places = by_text(extract_places(make(vocab, "a resident of Salisbury said", {"Salisbury": "GPE"})))
    assert places["Salisbury"].name == "Salisbury"


def test_two_word_demonyms_denote_their_place(vocab) -> None:
    doc = make(vocab, "the South Korean and Latin American delegations", {"South Korean": "NORP"})
    assert [p.name for p in extract_places(doc)] == ["South Korea", "Latin America"]


def test_a_us_county_is_placed_in_a_state_that_has_it(vocab) -> None:
    doc = make(vocab, "deputies in Orange County , California said", {"Orange County": "GPE", "California": "GPE"})
    orange = by_text(extract_places(doc))["Orange County"]
    assert orange.country == "US" and orange.admin1 == "California"


def test_an_english_county_in_an_english_article(vocab) -> None:
    doc = make(vocab, "police in Kent and London said", {"Kent": "GPE", "London": "GPE"})
    kent = by_text(extract_places(doc))["Kent"]
    assert kent.country == "GB" and kent.kind == "region"


def test_a_country_inside_a_hyphenated_word(vocab) -> None:
    places = extract_places(make(vocab, "the U.S.-led coalition struck"))
    assert [(p.text, p.country, p.kind) for p in places] == [("U.S.", "US", "country")]


def test_a_province_cue_follows_the_likeliest_city_not_the_largest_region(vocab) -> None:
    doc = make(vocab, "in Syria 's southwestern province of Daraa", {"Syria": "GPE", "Daraa": "GPE"})
    daraa = by_text(extract_places(doc))["Daraa"]
    assert (daraa.name, daraa.country, daraa.kind) == ("Daraa Governorate", "SY", "region")


def test_a_city_known_by_a_variant_abroad_is_not_taken_in_an_article_about_another_country(vocab) -> None:
    doc = make(vocab, "Syria : the attack hit Jadida near Aleppo and Idlib", {"Syria": "GPE", "Jadida": "GPE"})
    places = by_text(extract_places(doc))
    assert places["Jadida"].lat is None and places["Idlib"].country == "SY"


def test_a_dateline_in_capitals_opens_with_a_place(vocab) -> None:
    places = by_text(extract_places(make(vocab, "PLEASANTON , Calif. -- the company said")))
    assert (places["PLEASANTON"].name, places["PLEASANTON"].admin1) == ("Pleasanton", "California")
    assert "NOTE" not in by_text(extract_places(make(vocab, "NOTE : the company said")))


def test_a_national_capital_outranks_a_namesake_in_the_article_country(vocab) -> None:
    doc = make(vocab, "diplomats in Washington were expelled , officials in London said", {"Washington": "GPE"})
    washington = by_text(extract_places(doc))["Washington"]
    assert (washington.country, washington.admin1) == ("US", "District of Columbia")


def test_the_second_name_of_a_pair_is_the_place_that_holds_the_first(vocab) -> None:
    doc = make(vocab, "a cake studio in Tacoma , Washington shares tips", {"Tacoma": "GPE", "Washington": "GPE"})
    places = by_text(extract_places(doc))
    assert (places["Washington"].name, places["Washington"].kind) == ("Washington", "region")
    assert places["Tacoma"].admin1 == "Washington"


def test_a_state_in_brackets_holds_the_place_before_it(vocab) -> None:
    doc = make(vocab, "The Walker County ( Ga. ) Sheriff 's Office said", {"Walker County": "GPE"})
    places = by_text(extract_places(doc))
    assert (places["Ga."].name, places["Ga."].kind) == ("Georgia", "region")
    assert (places["Walker County"].country, places["Walker County"].admin1) == ("US", "Georgia")


def test_a_state_written_ap_style_gives_its_bare_name_one_sense(vocab) -> None:
    ents = {"Washington": "GPE"}
    state = by_text(extract_places(make(vocab, "CAMP MURRAY , Wash. -- the team trains at home in Washington", ents)))
    assert (state["Washington"].kind, state["Washington"].admin1) == ("region", "Washington")
    capital = by_text(extract_places(make(vocab, "the team trains at home in Washington", ents)))
    assert capital["Washington"].admin1 == "District of Columbia"


def test_a_saint_in_capitals_keeps_its_period(vocab) -> None:
    words = ["ST", ".", "LOUIS", "–", "Police", "arrested", "two", "people", "."]
    spaces = [False, True, True, True, True, True, True, False, False]
    doc = Doc(vocab, words=words, spaces=spaces)
    place = by_text(extract_places(doc))["ST. LOUIS"]
    assert (place.country, place.admin1) == ("US", "Missouri")
    assert [p.text for p in extract_places(make(vocab, "He moved to the US . Then he left"))] == ["US"]


def test_an_office_named_after_a_place_is_not_a_feature_of_it(vocab) -> None:
    doc = make(vocab, "in Newark , U.S. District Judge William Martini said", {"William Martini": "PERSON"})
    assert by_text(extract_places(doc))["U.S."].kind == "country"
    river = make(vocab, "boats on the Mississippi River shore")
    assert [(p.text, p.lat) for p in extract_places(river)] == [("Mississippi River", None)]  # a feature still


def test_a_local_station_date_line_gives_its_county_and_its_state_by_postal_code(vocab) -> None:
    text = "HORRY COUNTY , SC ( WMBF ) - A man stood on Atlantic Avenue in Garden City ."
    places = by_text(extract_places(make(vocab, text, {"Garden City": "GPE"})))
    assert places["SC"].name == "South Carolina"
    assert (places["Garden City"].admin1, places["HORRY COUNTY"].admin1) == ("South Carolina", "South Carolina")
    assert by_text(extract_places(make(vocab, "TULSA , OK ( KJRH ) - Police said")))["OK"].name == "Oklahoma"
    assert extract_places(make(vocab, "He said it was OK , IN the end")) == []  # bare codes outside a date line
