"""Threads from hand-built records: joining, stances with reasons, origins, idempotence, incrementality."""

from __future__ import annotations

from datetime import date

from sayso.link import link_new, list_threads, thread_detail
from test_link_factory import D, St, allegation, capture, denial, toll


def add(store, *arts) -> list[str]:
    ids = []
    for art in arts:
        record = art.record()
        assert store.add(record)
        ids.append(record.article.id)
    return ids


def by_outlet(detail: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for m in detail["members"]:
        out.setdefault(m["outlet"], []).append(m)
    return out


def hama_thread(store) -> dict:
    threads = [t for t in list_threads(store) if t["family"] == "territory"]
    assert len(threads) == 1, threads
    return thread_detail(store, threads[0]["id"])


def test_allegation_denial_and_capture_form_one_contested_thread(store) -> None:
    ids = add(store, allegation(), denial(), capture())
    report = link_new(store, ids)
    assert report.linked >= 4
    detail = hama_thread(store)
    assert detail["proposition"] == "Military Forces of Syria withdrew from Hama — 2024-11-30 to 2024-12-05"
    members = by_outlet(detail)
    assert members["Opposition Post"][0]["reason_code"] == "lead"
    state = {m["subtype"]: m for m in members["State Radio"]}
    withdrawal = state["Non-violent transfer of territory"]
    assert (withdrawal["stance"], withdrawal["reason"]) == (
        "contradicts",
        "opposite polarity: denied vs asserted",
    )
    entered = state["Non-state actor overtakes territory"]
    assert entered["stance"] == "contradicts" and entered["reason_code"] == "different_controller"
    assert entered["reason"] == (
        "different controller of Hama: here opposition forces do not hold it, "
        "in the proposition government forces do not hold it; one of the two sides holds it"
    )
    taken = members["Levant Wire"][0]
    assert taken["stance"] == "corroborates" and taken["reason_code"] == "same_controller"
    assert detail["n_corroborating"] == 2 and detail["n_contradicting"] == 2
    assert detail["independent_origins"] == 3  # two claims of one article are one origin
    assert withdrawal["chain"] == ["State Radio", "Syrian Ministry of Defense"]


def test_a_denial_alone_makes_a_thread_whose_proposition_it_contradicts(store) -> None:
    link_new(store, add(store, denial()))
    detail = hama_thread(store)
    assert detail["proposition"].startswith("Military Forces of Syria withdrew from Hama")
    assert {m["stance"] for m in detail["members"]} == {"contradicts"}


def test_linking_is_incremental_and_idempotent(store) -> None:
    first = add(store, allegation())
    link_new(store, first)
    thread_id = list_threads(store)[0]["id"]
    second = add(store, denial(), capture())
    report = link_new(store, second)
    assert report.opened == [] and report.joined == [thread_id]
    before = thread_detail(store, thread_id)
    again = link_new(store, first + second)
    assert again.linked == 0 and again.opened == [] and again.changed == []
    assert thread_detail(store, thread_id)["members"] == before["members"]


def test_disjoint_fatalities_contradict_and_overlapping_ones_do_not(store) -> None:
    rcc = St(
        "the Russian Coordination Center",
        "Russian Coordination Center",
        "killed as many as 300 terrorists",
        cue="reported",
    )
    seedlike = toll(
        (300, 300),
        "State Radio",
        D(2024, 12, 1),
        "killed as many as 300 terrorists",
        "Officials said the Russian Coordination Center reported air strikes killed as many as 300 "
        "terrorists near Hama.",
        claimed=rcc,
        bounds=(1, 300),
    )
    wire = toll(
        (20, 30),
        "Levant Wire",
        D(2024, 12, 1),
        "killed between 20 and 30 fighters",
        "Air strikes in the Hama countryside killed between 20 and 30 fighters, a monitor said.",
    )
    close = toll(
        (200, 250),
        "Gulf Daily",
        D(2024, 12, 2),
        "killed more than 200 fighters",
        "Russian jets killed more than 200 fighters around Hama, the paper reported.",
    )
    link_new(store, add(store, seedlike, wire, close))
    threads = [t for t in list_threads(store) if t["family"] == "combat"]
    assert len(threads) == 1
    members = by_outlet(thread_detail(store, threads[0]["id"]))
    assert members["Levant Wire"][0]["stance"] == "contradicts"
    assert members["Levant Wire"][0]["reason"] == "fatalities 20–30 vs 1–300 (read as 150–300) do not overlap"
    assert members["Gulf Daily"][0]["stance"] == "corroborates"
    assert members["Gulf Daily"][0]["reason_code"] == "fatalities_overlap"
    assert members["State Radio"][0]["voice"] == "relayed"


def test_figures_are_compared_by_what_their_words_commit_to(store) -> None:
    """ "at least 25" is coded 25 (ACLED) but does not contradict "40"; "20" contradicts it."""
    first = toll(
        (25, 25),
        "Levant Wire",
        D(2024, 12, 1),
        "killed at least 25 fighters",
        "Air strikes in the Hama countryside killed at least 25 fighters, a monitor said.",
        bounds=(25, None),
    )
    higher = toll(
        (40, 40),
        "Gulf Daily",
        D(2024, 12, 2),
        "killed 40 fighters",
        "Russian jets killed 40 fighters around Hama, the paper reported.",
    )
    lower = toll(
        (20, 20),
        "Orontes Post",
        D(2024, 12, 2),
        "killed 20 fighters",
        "Air raids killed 20 fighters in the Hama countryside, rescuers said.",
    )
    link_new(store, add(store, first, higher, lower))
    (thread,) = [t for t in list_threads(store) if t["family"] == "combat"]
    members = by_outlet(thread_detail(store, thread["id"]))
    assert members["Gulf Daily"][0]["reason"] == "fatalities 40 and 25– overlap"
    assert members["Orontes Post"][0]["stance"] == "contradicts"
    assert members["Orontes Post"][0]["reason"] == "fatalities 20 vs 25– do not overlap"


def test_syndicated_copies_count_once(store) -> None:
    ids = add(store, allegation(), capture("Levant Wire"), capture("Gulf Daily", extra=" Residents fled."))
    link_new(store, ids)
    detail = hama_thread(store)
    assert detail["n_members"] == 3 and detail["independent_origins"] == 2
    origins = {m["outlet"]: m["origin"] for m in detail["members"]}
    assert origins["Gulf Daily"] == origins["Levant Wire"]


def test_unrelated_places_times_and_families_stay_apart(store) -> None:
    elsewhere = allegation("Homs Today")
    elsewhere.text = elsewhere.text.replace("Hama", "Homs")
    elsewhere.events[0].phrase = "Government forces withdrew from Homs"
    elsewhere.events[0].place = "Homs"
    later = allegation("Late Post", D(2025, 1, 20))
    later.text += " Months later."
    later.events[0].when = (D(2025, 1, 20), D(2025, 1, 20))
    link_new(store, add(store, allegation(), elsewhere, later))
    assert len(list_threads(store)) == 3


def test_a_city_and_its_countryside_are_one_place_but_a_country_is_not(store) -> None:
    countryside = capture("Gulf Daily")
    countryside.text = "Rebels took control of villages in the Hama countryside."
    countryside.events[0].phrase = "took control of villages in the Hama countryside"
    countryside.events[0].place = "Hama countryside"
    vague = capture("Vague News")
    vague.text = "Rebels took control of towns in Syria."
    vague.events[0].phrase = "took control of towns in Syria"
    vague.events[0].place = "Syria"
    report = link_new(store, add(store, allegation(), countryside, vague))
    assert len(report.opened) == 2
    assert len(report.unlinkable) == 1


def test_threads_list_filters_contested_and_open(store) -> None:
    link_new(store, add(store, allegation(), denial(), capture()))
    elsewhere = allegation("Homs Today", D(2025, 2, 1))
    elsewhere.text += " In February."
    elsewhere.events[0].when = (D(2025, 2, 1), D(2025, 2, 1))
    link_new(store, add(store, elsewhere))
    assert len(list_threads(store)) == 2
    contested = list_threads(store, contested=True)
    assert len(contested) == 1 and contested[0]["n_contradicting"] == 2
    assert len(list_threads(store, status="open")) == 2
    assert list_threads(store, status="settled") == []


def test_empty_articles_link_to_nothing(store) -> None:
    art = allegation()
    art.events = []
    report = link_new(store, add(store, art))
    assert report.linked == 0 and list_threads(store) == []
    assert link_new(store, []).linked == 0


def test_dates_default_to_the_article_date() -> None:
    assert allegation().record().article.published == date(2024, 11, 30)
