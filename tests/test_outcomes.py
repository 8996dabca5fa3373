"""Outcomes: recorded and versioned, proposed when later independent outlets agree, never over a person's."""

from __future__ import annotations

import pytest

from sayso.errors import ConfigError, NotFound
from sayso.link import link_new, list_threads, outcome_history, record_outcome
from test_link_factory import Art, D, allegation, capture, denial
from test_link_threads import add, hama_thread


def gulf() -> Art:
    art = capture("Gulf Daily", D(2024, 12, 6))
    art.text = "Residents of Hama celebrated a day after rebels took control of Hama from the army."
    return art


def test_a_changed_verdict_keeps_the_old_one(store) -> None:
    link_new(store, add(store, allegation(), denial()))
    thread_id = hama_thread(store)["id"]
    first = record_outcome(store, thread_id, "mixed", note="unclear", recorded_by="desk")
    second = record_outcome(store, thread_id, "held", note="entered on 5 Dec", evidence_url="https://example.org/a")
    history = outcome_history(store, thread_id)
    assert [(o["version"], o["verdict"], o["is_current"]) for o in history] == [
        (1, "mixed", False),
        (2, "held", True),
    ]
    assert history[0]["superseded_by"] == second["id"] and first["recorded_by"] == "desk"
    assert second["settled_on"] == D(2024, 12, 1)  # the latest article of the thread
    assert [t["id"] for t in list_threads(store, status="settled")] == [thread_id]


def test_bad_verdicts_and_threads_are_refused(store) -> None:
    link_new(store, add(store, allegation()))
    with pytest.raises(ConfigError, match="expected one of held, failed, mixed"):
        record_outcome(store, hama_thread(store)["id"], "true")
    with pytest.raises(NotFound):
        record_outcome(store, 999, "held")


def test_later_independent_outlets_that_agree_propose_an_outcome(store) -> None:
    link_new(store, add(store, allegation(), denial()))
    thread_id = hama_thread(store)["id"]
    report = link_new(store, add(store, capture("Levant Wire"), gulf()))
    assert report.proposed == [thread_id]
    (proposal,) = outcome_history(store, thread_id)
    assert proposal["proposed"] and proposal["verdict"] == "held" and proposal["recorded_by"] == "sayso"
    assert proposal["settled_on"] == D(2024, 12, 6)
    assert "Gulf Daily, Levant Wire" in proposal["note"]
    assert list_threads(store, status="open")[0]["id"] == thread_id  # proposed is not settled


def test_one_later_outlet_or_a_disagreement_proposes_nothing(store) -> None:
    link_new(store, add(store, allegation(), capture("Levant Wire")))
    assert outcome_history(store, hama_thread(store)["id"]) == []
    link_new(store, add(store, denial("State Radio", D(2024, 12, 6))))
    assert outcome_history(store, hama_thread(store)["id"]) == []


def test_a_proposal_never_replaces_a_confirmed_outcome(store) -> None:
    link_new(store, add(store, allegation()))
    thread_id = hama_thread(store)["id"]
    record_outcome(store, thread_id, "failed", note="the army held the city")
    link_new(store, add(store, capture("Levant Wire"), gulf()))
    history = outcome_history(store, thread_id)
    assert len(history) == 1 and history[0]["verdict"] == "failed" and not history[0]["proposed"]
