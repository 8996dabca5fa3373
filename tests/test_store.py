"""The store on SQLite and on a real PostgreSQL 15: writes, idempotence, reading back, filters."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from sayso.errors import ConfigError
from sayso.store import EventFilter, open_store
from sayso.store import schema as t

from records_factory import relay_record


def count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_a_record_is_stored_once(store) -> None:
    record = relay_record()
    assert store.add(record) is True
    assert store.add(record) is False
    assert store.has_article(record.article.id)
    assert count(store, t.articles) == 1
    assert count(store, t.statements) == 3
    assert count(store, t.events) == 2
    assert count(store, t.mentions) == 4  # two places, one time, one quantity


def test_the_stored_record_is_the_contract_record(store) -> None:
    record = relay_record()
    store.add(record)
    assert store.record(record.article.id) == record.to_dict()
    assert store.record(record.article.id[:8]) == record.to_dict()  # an id prefix is enough
    assert store.record("ffffffff") is None


def test_articles_list_has_counts_and_dateline(store) -> None:
    store.add(relay_record(outlet="A"))
    store.add(relay_record(outlet="B", published=date(2024, 12, 2), suffix=" Again."))
    rows = store.articles()
    assert [r["outlet"] for r in rows] == ["B", "A"]  # newest first
    assert rows[0]["n_statements"] == 3 and rows[0]["n_events"] == 2
    assert rows[0]["dateline_place"] == "Damascus"
    assert count(store, t.outlets) == 2
    assert count(store, t.entities) == 3  # speakers shared between the two articles
    assert count(store, t.places) == 2  # places shared too


def test_event_rows_carry_claimant_and_relay_chain(store) -> None:
    store.add(relay_record())
    rows = {r["local_id"]: r for r in store.iter_event_rows()}
    killed = rows["e1"]
    assert killed["claimant"] == "Russian Coordination Center"
    assert killed["relay"] == ["General Command of the Syrian Army"]
    assert killed["place_name"] == "Hama" and killed["admin1"] == "Hama Governorate"
    assert (killed["fatalities_low"], killed["fatalities_high"]) == (300, 300)
    assert (killed["fatalities_bound_low"], killed["fatalities_bound_high"]) == (1, 300)
    assert killed["evidence_text"].startswith("the army had killed")
    denied = rows["e2"]
    assert denied["polarity"] == "denied" and denied["relay"] == []
    assert denied["claimant"] == "Syrian Ministry of Defense"


def test_event_filters(store) -> None:
    store.add(relay_record())

    def uids(**kw) -> set[str]:
        return {r["local_id"] for r in store.iter_event_rows(EventFilter(**kw))}

    assert uids(polarity="denied") == {"e2"}
    assert uids(type="Armed clash") == {"e1"}
    assert uids(actor="hayat") == {"e1", "e2"}
    assert uids(place="Hama") == {"e1", "e2"}
    assert uids(since=date(2024, 12, 2)) == set()
    assert uids(until=date(2024, 11, 30)) == {"e1"}
    assert uids(country="sy") == {"e1", "e2"}
    assert uids(where=("fatalities_low>=1",)) == {"e1"}
    assert uids(where=("subtype~overtakes",)) == {"e2"}
    assert uids(bbox=(35.0, 36.0, 36.0, 37.0)) == {"e1", "e2"}
    with pytest.raises(ConfigError, match="--where"):
        uids(where=("1=1; drop table events",))


def test_statement_query(store) -> None:
    store.add(relay_record())
    denials = store.statements(polarity="denies")
    assert [s["speaker"] for s in denials] == ["Syrian Ministry of Defense"]
    assert {s["local_id"] for s in store.statements(speaker="russian")} == {"s2"}
    relayed = store.statements(speaker="Russian")[0]
    assert relayed["via_uid"].endswith(":s1")


def test_iter_records_streams_and_filters(store) -> None:
    a, b = relay_record(outlet="A"), relay_record(outlet="B", suffix=" More.")
    store.add(a)
    store.add(b)
    assert len(list(store.iter_records())) == 2
    assert [r["article"]["outlet"] for r in store.iter_records(EventFilter(outlet="B"))] == ["B"]


def test_reopening_a_store_keeps_its_data(store_url: str) -> None:
    first = open_store(store_url)
    first.add(relay_record())
    first.close()
    again = open_store(store_url)  # migrations run again: nothing is lost
    assert len(again.articles()) == 1
    again.close()


def test_sqlite_store_uses_wal(tmp_path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_store_from_before_fatality_bounds_gains_the_columns_and_keeps_its_events(store_url: str) -> None:
    old = open_store(store_url)
    old.add(relay_record())
    with old.engine.begin() as conn:  # make it look like a store migrated only to 0003
        for column in ("fatalities_bound_low", "fatalities_bound_high"):
            conn.exec_driver_sql(f"ALTER TABLE events DROP COLUMN {column}")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0003'")
    old.close()
    again = open_store(store_url)
    (killed,) = [e for e in again.events() if e["fatalities_high"] == 300]
    assert killed["fatalities_bound_low"] is None  # stored before bounds existed: compared by its figure
    again.add(relay_record(outlet="Other", suffix=" More."))
    assert sorted(str(e["fatalities_bound_low"]) for e in again.events() if e["fatalities_high"] == 300) == [
        "1",
        "None",
    ]
    again.close()
