"""The worked example: the project's example articles (and the seed) through the real pipeline and linker."""

from __future__ import annotations

from pathlib import Path

import pytest

from sayso.ingestion import ingest
from sayso.link import link_new, list_threads, outlet_records, record_outcome, speaker_records, thread_detail
from sayso.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
pytestmark = pytest.mark.model


def linked_store(tmp_path: Path, nlp, *paths: Path):
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    report = ingest([str(p) for p in paths], store, nlp=nlp)
    assert report.ok and report.added
    link_new(store, report.added)
    return store


def hama(store) -> dict:
    found = [t for t in list_threads(store) if t["family"] == "territory" and t["place_name"] == "Hama"]
    assert len(found) == 1, found
    return thread_detail(store, found[0]["id"])


def members(detail: dict, outlet: str) -> list[dict]:
    return [m for m in detail["members"] if m["outlet"] == outlet]


def test_the_examples_make_a_contested_thread_about_hama(tmp_path: Path, nlp) -> None:
    store = linked_store(tmp_path, nlp, EXAMPLES)
    detail = hama(store)
    assert "withdrew from Hama" in detail["proposition"]
    assert detail["n_corroborating"] >= 2 and detail["n_contradicting"] >= 1
    assert detail["independent_origins"] >= 3
    denial = [m for m in members(detail, "Damascus State Radio") if m["polarity"] == "denied"]
    assert any(m["reason"] == "opposite polarity: denied vs asserted" for m in denial)
    assert all(m["stance"] == "contradicts" for m in denial)
    assert any(m["stance"] == "corroborates" for m in members(detail, "Cedar Courier"))
    assert all(m["place"] != "Ariha" for m in detail["members"])  # the unrelated shelling stays out
    proposed = detail["outcomes"][-1]
    assert proposed["proposed"] and proposed["verdict"] == "held"

    record_outcome(store, detail["id"], "held", note="opposition fighters entered Hama on 5 December")
    outlets = {r["name"]: r for r in outlet_records(store)}
    assert outlets["Orontes Observer"]["own"]["held"] + outlets["Orontes Observer"]["relayed"]["held"] >= 1
    assert outlets["Damascus State Radio"]["relayed"]["failed"] >= 1
    speakers = {r["name"]: r for r in speaker_records(store)}
    assert any(r["own"]["failed"] for r in speakers.values())


def test_with_the_seed_the_thread_grows(tmp_path: Path, nlp, seed_path: Path) -> None:
    (tmp_path / "alone").mkdir()
    (tmp_path / "seed").mkdir()
    alone = hama(linked_store(tmp_path / "alone", nlp, EXAMPLES))
    detail = hama(linked_store(tmp_path / "seed", nlp, EXAMPLES, seed_path))
    assert detail["n_members"] > alone["n_members"]
    seed = members(detail, "Radio Habana Cuba")
    assert any(m["stance"] == "contradicts" and m["reason_code"] == "opposite_polarity" for m in seed)


def test_with_the_seed_the_wire_toll_contradicts_the_relayed_300(tmp_path: Path, nlp, seed_path: Path) -> None:
    store = linked_store(tmp_path, nlp, EXAMPLES, seed_path)
    combat = [thread_detail(store, t["id"]) for t in list_threads(store) if t["family"] == "combat"]
    with_wire = [d for d in combat if members(d, "Levant Wire")]
    assert with_wire, "the wire story's toll joins a combat thread"
    detail = with_wire[0]
    wire = [m for m in members(detail, "Levant Wire") if m["stance"] == "contradicts"]
    assert wire and wire[0]["reason_code"] == "fatalities_disjoint"
    assert "20–30" in wire[0]["reason"] and "300" in wire[0]["reason"]
    relayed = [m for m in members(detail, "Radio Habana Cuba") if m["reason_code"] == "fatalities_overlap"]
    assert relayed, "the seed's relayed 300-killed claim is in the same thread"
    assert detail["n_contradicting"] >= 1 and detail["independent_origins"] >= 2
