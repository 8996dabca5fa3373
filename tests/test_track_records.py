"""Track records: per outlet and speaker, held/failed/mixed/open with lead times; own and relayed apart."""

from __future__ import annotations

from sayso.link import link_new, outlet_records, record_outcome, speaker_records
from sayso.link.track_record import result_of
from test_link_factory import D, St, allegation, capture, denial, toll
from test_link_threads import add, hama_thread


def named(records: list[dict]) -> dict[str, dict]:
    return {r["name"]: r for r in records}


def test_results_follow_stance_and_verdict() -> None:
    held, failed, mixed = ({"verdict": v, "proposed": False} for v in ("held", "failed", "mixed"))
    assert result_of("corroborates", held) == "held" and result_of("contradicts", held) == "failed"
    assert result_of("corroborates", failed) == "failed" and result_of("contradicts", failed) == "held"
    assert result_of("contradicts", mixed) == "mixed" and result_of("neutral", held) == "neutral"
    assert result_of("corroborates", None) == "open"
    assert result_of("corroborates", {"verdict": "held", "proposed": True}) == "open"


def test_outlets_and_speakers_after_an_outcome(store) -> None:
    link_new(store, add(store, allegation(), denial(), capture()))
    record_outcome(store, hama_thread(store)["id"], "held", note="rebels entered Hama", settled_on=D(2024, 12, 5))
    outlets = named(outlet_records(store))
    post = outlets["Opposition Post"]["own"]
    assert (post["held"], post["failed"], post["open"]) == (1, 0, 0)
    assert post["lead_days"] == {"min": 5, "median": 5, "max": 5}
    radio = outlets["State Radio"]
    assert radio["own"]["claims"] == []  # the denials are the ministry's, carried by the radio
    assert radio["relayed"]["failed"] == 2 and radio["relayed"]["lead_days"]["min"] == 4
    assert {c["voice"] for c in radio["relayed"]["claims"]} == {"relayed"}
    ministry = named(speaker_records(store))["Syrian Ministry of Defense"]
    assert ministry["own"]["failed"] == 2 and ministry["relayed"]["claims"] == []
    assert ministry["own"]["claims"][0]["chain"] == ["State Radio", "Syrian Ministry of Defense"]


def test_claims_stay_open_until_settled_and_relays_are_not_own_claims(store) -> None:
    inner = St(
        "the Russian Coordination Center",
        "Russian Coordination Center",
        "killed as many as 300 terrorists",
        cue="reported",
        via="s2",
    )
    outer = St(
        "The General Command", "General Command of the Syrian Army", "the Russian Coordination Center", cue="cited"
    )
    art = toll(
        (1, 300),
        "State Radio",
        D(2024, 12, 1),
        "killed as many as 300 terrorists",
        "The General Command cited the Russian Coordination Center, which reported air strikes killed as "
        "many as 300 terrorists near Hama.",
        claimed=inner,
    )
    art.statements.append(outer)
    link_new(store, add(store, art))
    speakers = named(speaker_records(store))
    assert speakers["Russian Coordination Center"]["own"]["open"] == 1
    assert speakers["General Command of the Syrian Army"]["own"]["claims"] == []
    assert speakers["General Command of the Syrian Army"]["relayed"]["open"] == 1
