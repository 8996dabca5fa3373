"""The actor dictionary: aliases, exact-case acronyms, blockers, users' extra files, inter codes."""

from __future__ import annotations

from sayso.nlp.events.actors import (
    ENV_EXTRA,
    actor_info,
    find_actor_mentions,
    inter_code,
)


def _names(text: str) -> list[str]:
    return [m.actor.name for m in find_actor_mentions(text)]


def test_aliases_of_one_body_share_a_name():
    for text in ("the Syrian army", "government forces", "our valiant army"):
        assert _names(text) == ["Military Forces of Syria"], text
    for text in ("HTS", "Hayat Tahrir al-Sham", "Hayat Tahrir al Sham"):
        assert _names(text) == ["Hayat Tahrir al-Sham"], text


def test_a_possessive_that_lost_its_apostrophe_still_names_the_actor():
    text = "after Assad regimes random attacks on the town, the armys air force and ISILs heavy attacks"
    mentions = find_actor_mentions(text)
    assert [(text[m.start : m.end], m.actor.name) for m in mentions] == [
        ("Assad regimes", "Military Forces of Syria"),
        ("the armys", "Military Forces of Syria"),
        ("ISILs", "Islamic State (Syria)"),
    ]
    assert _names("Syrians and Americans fled") == []  # people, not the adjective's possessive


def test_the_name_s_own_hyphen_matches_but_a_prefix_s_does_not():
    for text in ("President Bashar al-Assads forces", "al-Assad's regime", "Assad troops"):
        assert _names(text) == ["Military Forces of Syria"], text
    assert _names("pro-Assad forces") == []


def test_capitalised_acronym_matches_only_in_capitals():
    assert _names("fighters of IS attacked") == ["Islamic State (Syria)"]
    assert _names("this is it") == []


def test_longest_alias_wins_and_blockers_hide_embedded_aliases():
    assert _names("the Syrian Observatory for Human Rights said") == []
    assert _names("Russian air forces struck") == ["Military Forces of Russia"]


def test_offsets_point_into_the_text():
    text = "Yesterday HTS fighters advanced."
    (m,) = find_actor_mentions(text, offset=100)
    assert (m.start, m.end) == (110, 113)


def test_users_extend_the_dictionary(tmp_path, monkeypatch):
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "alias\tactor\tclass\tcountry\tkind\nTiger Forces\tMilitary Forces of Syria\tstate forces\tSY\tname\n"
        "Wagner\tWagner Group\texternal forces\tRU\tname\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(ENV_EXTRA, str(extra))
    assert _names("the Tiger Forces and Wagner") == ["Military Forces of Syria", "Wagner Group"]
    assert actor_info("Wagner Group").actor_class == "external forces"


def test_state_forces_abroad_are_external():
    russia = actor_info("Military Forces of Russia")
    assert inter_code(russia, "RU") == 1
    assert inter_code(russia, "SY") == 8
    assert inter_code(actor_info("Civilians (Syria)"), "SY") == 7


def test_trying_each_word_against_its_aliases_finds_what_one_alternation_finds(tmp_path, monkeypatch):
    """Aliases are grouped by their first two letters; the matches must be those of the whole alternation,
    also for a user's alias that begins loosely ("al-...") or with no word character."""
    import re
    from pathlib import Path

    from sayso.nlp.events import actors

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))]
    texts.append(
        "U.S.-led coalition jets and Turkish-backed rebels; the syrian ARMY, Hayat-Tahrir al Sham, "
        "anti-Syrian army groups, government-forces and al Nusra, a-b fighters and @Brigade men; "
        "the ſyrian army and İslamic State fighters."
    )
    extra = tmp_path / "extra.tsv"
    head = "alias\tactor\tclass\tcountry\tkind\n"
    rows = ("al Nusra\tNusra Front", "a-b fighters\tAB", "@Brigade\tHash Brigade")
    extra.write_text(head + "".join(f"{r}\trebel group\tSY\tname\n" for r in rows), encoding="utf-8")
    for paths in ((), (extra,)):
        folded = [a for a in actors._aliases(paths) if not actors.exact_case(a)]
        whole = actors._alternation(sorted(folded, key=len, reverse=True), re.IGNORECASE)
        grouped = actors._folded(folded)
        assert grouped.per_word == (paths == ())  # "@Brigade" begins with no word character
        without_scan = actors._folded([a for a in folded if a != "@Brigade"])
        for text in texts:
            expected = [m.span() for m in whole.finditer(text)]
            assert [m.span() for m in actors._folded_matches(grouped, text)] == expected
            if paths:
                trimmed = actors._alternation(sorted(set(folded) - {"@Brigade"}, key=len, reverse=True), re.I)
                assert [m.span() for m in actors._folded_matches(without_scan, text)] == [
                    m.span() for m in trimmed.finditer(text)
                ]
        assert any(actors._folded_matches(grouped, text) for text in texts)


def test_named_syrian_armed_groups_are_actors_of_their_own():
    assert _names("Jaysh al-Islam fighters") == ["Jaish al-Islam"]
    assert _names("the Army of Islam") == ["Jaish al-Islam"]
    assert _names("the Army of Conquest") == ["Jaish al-Fatah"]
    assert _names("Failaq al-Rahman") == ["Faylaq al-Rahman"]
    assert _names("NDF militiamen") == ["NDF: National Defence Forces"]
    assert actor_info("Ahrar al-Sham").actor_class == "rebel group"
    assert actor_info("NDF: National Defence Forces").actor_class == "political militia"


def test_a_patron_joined_by_a_hyphen_is_not_the_party_but_who_leads_a_happening_is():
    assert _names("US-backed fighters attacked") == []
    assert _names("Turkish-backed rebels shelled the town") == ["Opposition Rebels (Syria)"]
    assert _names("Iranian-trained militias") == []
    coalition = "International Coalition Forces (Operation Inherent Resolve)"
    assert _names("US-led strikes killed 20") == [coalition]
    assert _names("the U.S.-led coalition") == [coalition]


def test_the_holder_of_a_place_joined_by_a_hyphen_is_not_a_party():
    assert _names("air raids on rebel-held districts") == []
    assert _names("in the Islamic State-controlled city") == []
    assert _names("regime-besieged Madaya") == []
    assert _names("rebels held the district") == ["Opposition Rebels (Syria)"]


def test_the_saudi_led_coalition_is_not_the_coalition_against_the_islamic_state():
    assert _names("Saudi-led coalition air strikes on Sanaa") == ["Military Forces of Saudi Arabia"]
    assert _names("Saudi-backed fighters") == []
    assert actor_info("Military Forces of Saudi Arabia").country == "SA"
