"""Streets, buildings and counties the gazetteer lacks, placed by the article around them."""

from __future__ import annotations

import pytest
import spacy

from sayso.gazetteer import Candidate
from sayso.nlp.extensions import register_extensions
from sayso.nlp.places.counties import county_key
from sayso.nlp.places.extract import extract_places
from sayso.nlp.places.local import focus_town, is_local_feature, nearby_town, place_city_parts, place_local_features
from test_places import by_text, make


@pytest.fixture(scope="module")
def vocab():
    register_extensions()
    return spacy.blank("en").vocab


def town(ident: int, name: str, lat: float, lon: float, population: int = 10_000, admin1: str = "VA") -> Candidate:
    return Candidate(ident, name, lat, lon, "US", admin1, "city", population, None, False, True)


def test_a_street_the_ner_calls_an_organisation_lies_in_the_article_town(vocab) -> None:
    doc = make(vocab, "a parade in New Orleans went down Royal Street", {"New Orleans": "GPE", "Royal Street": "ORG"})
    street = {p.text: p for p in extract_places(doc)}["Royal Street"]
    assert (street.name, street.admin1) == ("New Orleans", "Louisiana")


def test_an_organisation_that_is_no_building_is_not_a_place(vocab) -> None:
    ents = {"New Orleans": "GPE", "Saints Football Club": "ORG"}
    doc = make(vocab, "in New Orleans the Saints Football Club won", ents)
    assert [p.text for p in extract_places(doc)] == ["New Orleans"]


def test_a_feature_without_a_town_in_the_article_stays_unresolved(vocab) -> None:
    doc = make(vocab, "they met at the Grand Hall", {"Grand Hall": "FAC"})
    assert [(p.text, p.lat) for p in extract_places(doc)] == [("Grand Hall", None)]


def test_a_possessive_place_before_a_building_is_a_mention_of_its_own(vocab) -> None:
    doc = make(
        vocab,
        "patients in Northern Ireland go to Derry 's Altnagelvin Hospital",
        {"Northern Ireland": "GPE", "Derry 's Altnagelvin Hospital": "ORG"},
    )
    places = {p.text: p for p in extract_places(doc)}
    assert places["Derry"].country == "GB"
    assert places["Altnagelvin Hospital"].name == places["Derry"].name


def test_a_one_word_building_after_a_possessive_keeps_its_whole_name(vocab) -> None:
    doc = make(
        vocab, "in Beijing the Supreme People 's Court ruled", {"Beijing": "GPE", "Supreme People 's Court": "ORG"}
    )
    assert "Supreme People 's Court" in {p.text for p in extract_places(doc)}


def test_the_focus_town_is_the_cluster_not_the_most_repeated_name() -> None:
    manassas = town(1, "Manassas", 38.75, -77.47)
    fairfax = town(2, "Fairfax", 38.85, -77.31)
    norbury = town(3, "Norbury", 52.9, -2.3)  # a surname taken for an English village, said thrice
    placed = [(0, 5, norbury), (10, 15, norbury), (20, 25, norbury), (30, 35, manassas), (40, 45, fairfax)]
    placed += [(50, 55, manassas), (60, 65, town(4, "Centreville", 38.84, -77.43))]
    assert focus_town(placed) == manassas


def test_the_town_named_next_to_a_feature_tips_a_tie() -> None:
    miami, fresno = town(1, "Miami Beach", 25.79, -80.13), town(2, "Fresno", 36.75, -119.77)
    placed = [(0, 11, fresno), (500, 515, None), (519, 530, miami), (900, 906, fresno), (1000, 1011, miami)]
    assert nearby_town(placed, 500, 515) == miami
    assert focus_town(placed) == fresno
    assert focus_town(placed, miami) == miami
    assert nearby_town([(0, 11, fresno), (600, 615, None)], 600, 615) is None


def test_local_features_are_told_by_their_last_word() -> None:
    assert is_local_feature("Collins Avenue") and is_local_feature("Barclays Center")
    assert not is_local_feature("Avenue") and not is_local_feature("Saints Football Club")


def test_a_county_is_placed_at_the_town_of_its_state_the_article_names(vocab) -> None:
    doc = make(
        vocab,
        "police in Cleveland , Ohio said Cuyahoga County will pay",
        {"Cleveland": "GPE", "Ohio": "GPE", "Cuyahoga County": "GPE"},
    )
    county = {p.text: p for p in extract_places(doc)}["Cuyahoga County"]
    assert (county.country, county.admin1) == ("US", "Ohio")
    assert county.kind == "city"


def test_county_key_reads_possessive_county_names() -> None:
    assert county_key("Collier County’s") == county_key("Collier County") == "colier"
    assert county_key("Collier") is None


def test_an_acronym_is_no_place_through_a_spelling_fold(vocab) -> None:
    doc = make(vocab, "the BBC reported from British Columbia", {"BBC": "ORG", "British Columbia": "GPE"})
    assert [p.text for p in extract_places(doc)] == ["British Columbia"]


def test_a_name_the_gazetteer_lacks_lies_at_the_article_town(vocab) -> None:
    doc = make(vocab, "shacks in Zqxtown outside Cape Town burned", {"Zqxtown": "GPE", "Cape Town": "GPE"})
    place = {p.text: p for p in extract_places(doc)}["Zqxtown"]
    assert (place.name, place.country) == ("Cape Town", "ZA")


def test_a_large_feature_or_generic_word_the_gazetteer_lacks_stays_unresolved(vocab) -> None:
    doc = make(vocab, "the Zqx River and the Valley near Cape Town", {"Zqx River": "LOC", "Valley": "LOC"})
    places = {p.text: p for p in extract_places(doc)}
    assert places["Zqx River"].lat is None and places["Valley"].lat is None


def test_a_stray_small_town_moves_to_the_cluster_the_story_is_set_in() -> None:
    manassas, fairfax = town(1, "Manassas", 38.75, -77.47, 41_000), town(2, "Fairfax", 38.85, -77.31, 24_000)
    stray = town(3, "Stonewall", 32.28, -93.82, 1_800, "LA")  # a namesake
    far_city = town(4, "Denver", 39.74, -104.98, 700_000)
    placed = [(0, 8, manassas), (10, 17, fairfax), (20, 29, stray), (30, 36, far_city)]
    out = [p for _, _, p in place_local_features("", placed)]
    assert out == [manassas, fairfax, manassas, far_city]
    alone = [(0, 8, manassas), (20, 29, stray)]  # no cluster: nothing to move it to
    assert [p for _, _, p in place_local_features("", alone)] == [manassas, stray]


def test_a_bare_county_name_follows_the_county_the_article_placed(vocab) -> None:
    ents = {"Southold": "GPE", "New York": "GPE", "Suffolk County": "GPE", "Suffolk": "GPE"}
    doc = make(vocab, "police in Southold , New York and Suffolk County told the Suffolk paper", ents)
    places = {p.text: p for p in extract_places(doc)}
    assert places["Suffolk County"].admin1 == "New York"
    assert (places["Suffolk"].country, places["Suffolk"].admin1) == ("US", "New York")


def _text_with(names: dict[int, str], length: int = 1000) -> str:
    chars = [" "] * length
    for at, name in names.items():
        chars[at : at + len(name)] = name
    return "".join(chars)


def test_a_name_the_gazetteer_lacks_lies_at_the_town_its_sentence_names() -> None:
    manassas, fairfax = town(1, "Manassas", 38.75, -77.47, 41_000), town(2, "Fairfax", 38.85, -77.31, 24_000)
    centreville = town(3, "Centreville", 38.84, -77.43, 70_000)
    raleigh, durham = town(4, "Raleigh", 35.78, -78.64, 470_000, "NC"), town(5, "Durham", 35.99, -78.90)
    salt = town(6, "Salt", 32.04, 35.73, 80_000, "JO")  # a shop's name read as a town abroad, alone on the map
    text = _text_with({300: "Zqxville", 600: "Zqxville", 800: "Qqxton"})
    placed = [(0, 8, manassas), (20, 27, fairfax), (40, 51, centreville), (100, 108, durham)]
    placed += [(300, 308, None), (350, 358, raleigh), (600, 608, None), (800, 806, None), (820, 824, salt)]
    sentences = [(0, 290), (290, 400), (400, 700), (700, 1000)]
    out = {s: p for s, _, p in place_local_features(text, placed, frozenset({300, 600, 800}), sentences)}
    assert out[300] == raleigh  # its sentence names Raleigh; the story's cluster is around Manassas
    assert out[600] == raleigh  # a later mention in a sentence naming no town: where the first lies
    assert out[800] == manassas  # its sentence names only a town alone on the map: the focus town
    assert place_local_features(text, placed, frozenset({300}))[4][2] == manassas  # without sentences


def test_a_name_of_the_actor_dictionary_is_no_unknown_town(vocab) -> None:
    doc = make(vocab, "fighters of Daesh left Raqqa", {"Daesh": "GPE", "Raqqa": "GPE"})
    places = {p.text: p for p in extract_places(doc)}
    assert places["Daesh"].lat is None and places["Raqqa"].country == "SY"


def _placed(text: str, *names: tuple[str, Candidate | None]) -> list[tuple[int, int, Candidate | None]]:
    out, at = [], 0
    for name, place in names:
        start = text.index(name, at)
        out.append((start, start + len(name), place))
        at = start + len(name)
    return out


def test_a_part_of_a_city_whose_namesake_lies_elsewhere_is_placed_at_the_city() -> None:
    aleppo = town(1, "Aleppo", 36.20, 37.16, 1_600_000, "Aleppo")
    shahba = town(2, "Shahba", 32.85, 36.63, 15_000, "As-Suwayda")
    text = "A rocket hit the Shahba neighbourhood of Aleppo on Monday."
    placed = place_city_parts(text, _placed(text, ("Shahba", shahba), ("Aleppo", aleppo)))
    assert [p.name for _, _, p in placed] == ["Aleppo", "Aleppo"]
    text = "Shells fell on the Sulaymaniyah neighborhood of the Syrian city of Aleppo."
    iraq = Candidate(3, "Sulaymaniyah", 35.56, 45.43, "IQ", "As Sulaymaniyah", "city", 700_000, None, False, True)
    placed = place_city_parts(text, _placed(text, ("Sulaymaniyah", iraq), ("Aleppo", aleppo)))
    assert [p.name for _, _, p in placed] == ["Aleppo", "Aleppo"]
    text = "A man was shot in the Salhiya district of Hasakeh city."
    hasakeh = town(4, "Al-Hasakah", 36.50, 40.75, 190_000, "Al-Hasakah")
    placed = place_city_parts(text, _placed(text, ("Salhiya", None), ("Hasakeh", hasakeh)))
    assert [p.name for _, _, p in placed] == ["Al-Hasakah", "Al-Hasakah"]


def test_a_part_of_a_city_found_near_it_or_a_district_of_the_country_keeps_its_place() -> None:
    damascus = town(1, "Damascus", 33.51, 36.29, 1_700_000, "Damascus")
    jobar = town(2, "Jobar", 33.53, 36.33, 20_000, "Damascus")
    text = "Rebels hold positions in the Jobar neighbourhood of Damascus."
    assert [p.name for _, _, p in place_city_parts(text, _placed(text, ("Jobar", jobar), ("Damascus", damascus)))] == [
        "Jobar",
        "Damascus",
    ]
    harim = town(3, "Harim", 36.21, 36.52, 20_000, "Idlib")
    text = "Strikes hit a town in Harem district near Damascus."
    placed = place_city_parts(text, _placed(text, ("Harem", harim), ("Damascus", damascus)))
    assert [p.name for _, _, p in placed] == ["Harim", "Damascus"]


@pytest.mark.model
def test_a_neighbourhood_named_after_a_far_town_lies_in_its_city(nlp) -> None:
    doc = nlp("A rocket hit a school in the Shahba neighbourhood of Aleppo on Monday, killing three children.")
    assert {p.text: p.admin1 for p in doc._.sayso_places}["Shahba"] == "Aleppo Governorate"


def test_a_building_named_with_its_town_lies_in_that_town() -> None:
    london = town(1, "London", 51.51, -0.13, 8_900_000, "ENG")
    croydon = town(2, "Croydon", 51.38, -0.10, 190_000, "ENG")
    rome = town(3, "Rome", 41.89, 12.48, 2_800_000, "LAZ")
    text = _text_with({0: "London", 20: "Croydon", 300: "Zqx Hospital in Rome", 500: "Zqy Hospital", 520: "Rome"})
    placed = _placed(
        text, ("London", london), ("Croydon", croydon), ("Zqx Hospital", None), ("Rome", rome),
        ("Zqy Hospital", None), ("Rome", rome),
    )  # fmt: skip
    out = {s: p for s, _, p in place_local_features(text, placed)}
    assert out[300] == rome  # "the Zqx Hospital in Rome": where it is, though the story is set in London
    assert out[500] == london  # a town named further on, not as where it is: the story's town


def test_a_few_capitals_name_no_town(vocab) -> None:
    ents = {"WA": "GPE", "Montpellier": "GPE", "Perth": "GPE"}
    doc = make(vocab, "wastewater in WA is treated , doctors at the CHU in Montpellier and in Perth said", ents)
    places = by_text(extract_places(doc))
    assert "CHU" not in places  # not Chu in Vietnam
    assert places["WA"].lat is None  # not Warsaw through its variant "Wwa", nor the story's town
    assert places["Montpellier"].country == "FR"
    codes = by_text(extract_places(make(vocab, "the UAE and BC and NYC signed", {"UAE": "GPE"})))
    assert [codes[k].name for k in ("UAE", "BC", "NYC")] == ["United Arab Emirates", "British Columbia", "New York"]
    assert (
        by_text(extract_places(make(vocab, "REBELS ENTER HAMA AT DAWN")))["HAMA"].country == "SY"
    )  # a line in capitals


def test_a_possessive_inside_a_name_is_part_of_it(vocab) -> None:
    doc = make(vocab, "threats facing the Democratic People 's Republic of Korea grew , said the Queen 's aide")
    assert [(p.text, p.name) for p in extract_places(doc)] == [
        ("Democratic People 's Republic of Korea", "North Korea")
    ]  # not "Republic of Korea" (South Korea); "the Queen 's" is not Queens
