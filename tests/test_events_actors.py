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
