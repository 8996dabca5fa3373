"""``sayso export`` streams stored events in each format, with filters."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from sayso.cli import app
from sayso.export import export
from sayso.store import EventFilter, open_store

from records_factory import relay_record


def stored(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    store = open_store(url)
    store.add(relay_record())
    store.close()
    return url


def test_acled_csv_has_acled_columns_evidence_and_claimant(tmp_path) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "acled-csv", "--db", stored(tmp_path)])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {
        "event_id_cnty",
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "notes",
        "source",
        "fatalities",
        "latitude",
        "longitude",
        "admin1",
    } <= set(rows[0])
    killed = next(r for r in rows if r["sub_event_type"] == "Armed clash")
    assert "Russian Coordination Center" in killed["source"] and "General Command" in killed["source"]
    assert "killed as many as 300" in killed["notes"]


def test_geojson_and_plover_and_jsonl(tmp_path) -> None:
    db = stored(tmp_path)
    geo = json.loads(CliRunner().invoke(app, ["export", "--format", "geojson", "--db", db]).stdout)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2
    assert geo["features"][0]["geometry"]["coordinates"] == [36.76, 35.13]
    plover = CliRunner().invoke(app, ["export", "--format", "plover-jsonl", "--db", db]).stdout.splitlines()
    assert len(plover) == 2 and all(json.loads(line) for line in plover)
    records = CliRunner().invoke(app, ["export", "--format", "jsonl", "--db", db]).stdout.splitlines()
    assert json.loads(records[0])["version"] == 1


def test_filters_and_bad_where(tmp_path) -> None:
    db = stored(tmp_path)
    denied = CliRunner().invoke(app, ["export", "--format", "geojson", "--db", db, "--where", "polarity=denied"])
    assert len(json.loads(denied.stdout)["features"]) == 1
    late = CliRunner().invoke(app, ["export", "--format", "geojson", "--db", db, "--since", "2024-12-05"])
    assert json.loads(late.stdout)["features"] == []
    bad = CliRunner().invoke(app, ["export", "--db", db, "--where", "nonsense"])
    assert bad.exit_code == 2 and "sayso: --where 'nonsense'" in bad.stderr


def test_export_writes_while_reading(tmp_path) -> None:
    """Streaming: the first row is written before the store has yielded the last one."""
    store = open_store(stored(tmp_path))
    out = io.StringIO()
    seen_before_end: list[int] = []
    original = store.iter_event_rows

    def watching(flt):
        for row in original(flt):
            seen_before_end.append(len(out.getvalue()))
            yield row

    store.iter_event_rows = watching  # type: ignore[method-assign]
    assert export(store, "plover-jsonl", EventFilter(), out) == 2
    assert seen_before_end[0] == 0 and seen_before_end[1] > 0
