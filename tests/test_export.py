"""The export writers on hand-built event rows: columns, claim chains, denial marks, streaming."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from sayso.export import (
    ACLED_COLUMNS,
    ROW_KEYS,
    write_acled_csv,
    write_geojson,
    write_jsonl_records,
    write_plover_jsonl,
)


def _row(**changes):
    row = dict.fromkeys(ROW_KEYS)
    row.update(
        event_uid="a1:e2", article_id="a1", type="Battles", subtype="Armed clash",
        actor1="Military Forces of Syria", actor2="Opposition Rebels (Syria)",
        date_from=date(2024, 11, 30), date_to=date(2024, 11, 30), time_precision=2,
        fatalities_low=1, fatalities_high=300, polarity="asserted", hedged=False,
        claimant="Russian Coordination Center", relay=["General Command of the Syrian Army"],
        place_name="Hama", lat=35.13, lon=36.76, country="SY", admin1="Hama Governorate",
        place_kind="city", evidence_text="The army killed as many as 300 terrorists.",
        outlet="Radio Habana Cuba", url="https://example.org/a", title="t", published="2024-12-01",
    )  # fmt: skip
    row.update(changes)
    return row


def _acled(*rows):
    out = io.StringIO()
    n = write_acled_csv(iter(rows), out)
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(parsed)
    return parsed


def test_acled_csv_uses_acleds_columns_and_low_fatalities():
    (rec,) = _acled(_row())
    assert tuple(rec) == ACLED_COLUMNS
    assert rec["event_date"] == "2024-11-30" and rec["year"] == "2024"
    assert rec["fatalities"] == "1"
    assert rec["country"] == "Syria" and rec["iso"] == "760"
    assert rec["disorder_type"] == "Political violence"
    assert (rec["inter1"], rec["inter2"], rec["interaction"]) == ("1", "2", "12")
    assert rec["source"] == "Radio Habana Cuba; General Command of the Syrian Army; Russian Coordination Center"
    assert "as many as 300" in rec["notes"]
    assert "fatalities range=1-300" in rec["tags"]


def test_acled_csv_marks_denied_and_hedged_events():
    denied, hedged, plain = _acled(_row(polarity="denied"), _row(hedged=True), _row(claimant=None, relay=[]))
    assert "polarity=denied" in denied["tags"] and denied["notes"].startswith("[denied]")
    assert "hedged" in hedged["tags"] and "[hedged]" in hedged["notes"]
    assert "denied" not in plain["tags"] and plain["source"] == "Radio Habana Cuba"


def test_acled_csv_strategic_developments_and_civilian_targeting():
    (sd,) = _acled(_row(type="Strategic developments", subtype="Change to group/activity"))
    assert sd["disorder_type"] == "Strategic developments"
    (vac,) = _acled(_row(type="Violence against civilians", subtype="Attack", actor2="Civilians (Syria)"))
    assert vac["civilian_targeting"] == "Civilian targeting"


def test_plover_jsonl_maps_types_and_keeps_the_claim():
    out = io.StringIO()
    write_plover_jsonl(
        iter(
            [
                _row(),
                _row(
                    type="Strategic developments",
                    subtype="Non-violent transfer of territory",
                    polarity="denied",
                ),
            ]
        ),
        out,
    )
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["event_type"] == "FIGHT" and first["actor"] == "Military Forces of Syria"
    assert first["event_date"] == "2024-11-30" and first["geolocation"]["admin1"] == "Hama Governorate"
    assert first["claim"] == {
        "claimant": "Russian Coordination Center",
        "relay": ["General Command of the Syrian Army"],
    }
    assert second["event_type"] == "RETREAT" and second["polarity"] == "denied"


def test_geojson_is_one_feature_collection_with_null_geometry_for_unplaced_events():
    out = io.StringIO()
    n = write_geojson(iter([_row(), _row(lat=None, lon=None, place_name=None)]), out)
    data = json.loads(out.getvalue())
    assert n == 2 and data["type"] == "FeatureCollection"
    placed, unplaced = data["features"]
    assert placed["geometry"] == {"type": "Point", "coordinates": [36.76, 35.13]}
    assert unplaced["geometry"] is None
    assert placed["properties"]["date_from"] == "2024-11-30"


def test_empty_exports_are_well_formed():
    out = io.StringIO()
    assert write_geojson(iter([]), out) == 0
    assert json.loads(out.getvalue())["features"] == []
    out = io.StringIO()
    assert write_acled_csv(iter([]), out) == 0
    assert out.getvalue().strip() == ",".join(ACLED_COLUMNS)


def test_jsonl_records_one_per_line():
    out = io.StringIO()
    assert write_jsonl_records(iter([{"version": 1, "events": []}, {"version": 1, "events": [{"id": "e1"}]}]), out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(x)["version"] for x in lines] == [1, 1]


def test_writers_stream_without_holding_rows():
    """Each row is written before the next is drawn: the writers never gather rows in memory."""
    for writer in (write_acled_csv, write_plover_jsonl, write_geojson):
        out = io.StringIO()
        sizes: list[int] = []

        def rows(out=out, sizes=sizes):
            for k in range(2000):
                sizes.append(len(out.getvalue()))
                yield _row(event_uid=f"a:e{k}")

        assert writer(rows(), out) == 2000
        assert all(b > a for a, b in zip(sizes[1:], sizes[2:], strict=False)), writer.__name__
