"""The timex evaluation: its scoring on toy data, and the pinned floors on TimeBank/AQUAINT."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sayso.eval import timex
from sayso.records import Time

FLOORS = Path(timex.__file__).parent / "floors" / "timex.json"


def test_greedy_matching_is_one_to_one_and_prefers_the_larger_overlap():
    gold = [(0, 10), (20, 30)]
    predicted = [(5, 10), (0, 8), (25, 40)]
    assert sorted(timex.match(gold, predicted)) == [(0, 1), (1, 2)]


def test_scores_count_spans_and_values():
    doc = timex.GoldDocument(
        "d",
        "TimeBank",
        date(1998, 2, 13),
        "x" * 40,
        (timex.GoldTimex(0, 6, "1998-02-13", "Friday"), timex.GoldTimex(20, 29, "1998-W06", "last week")),
    )
    predicted = [Time("Friday", 0, 6, "1998-02-13"), Time("last week", 20, 29, "1998-W07"), Time("x", 35, 36, "P1D")]
    m = timex.score([doc], [predicted])
    assert (m["matched"], m["value_correct"]) == (2, 1)
    assert m["span_recall"] == 1.0 and m["value_accuracy"] == 0.5
    assert m["value_precision"] == round(1 / 3, 4)


def test_reading_strips_tags_and_keeps_offsets(tmp_path):
    tml = tmp_path / "TimeBank" / "doc.tml"
    tml.parent.mkdir()
    tml.write_text(
        '<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" '
        'functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT><TEXT>\nIt <EVENT eid="e1">voted</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    doc = timex.read_document(tml)
    assert doc.text == "\nIt voted Friday."
    (gold,) = doc.timexes
    assert doc.text[gold.start : gold.end] == "Friday" and doc.created == date(1998, 2, 13)


@pytest.mark.data
@pytest.mark.model
def test_floors_hold_on_the_dev_split(data_dir):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    corpus = data_dir / "timebank"
    assert timex.gold_sha256(corpus, floors["split"]) == floors["gold_sha256"], "gold changed: re-pin floors"
    metrics = timex.evaluate(corpus, split=floors["split"])
    low = {k: (metrics[k], v) for k, v in floors["metrics"].items() if metrics[k] < v}
    assert not low, f"below floor: {low}"
