"""FA-KES scoring on hand-written rows and records, and the dev-split floors."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from sayso.eval import fakes

COLUMNS = [
    "unit_id", "article_title", "article_content", "source", "date", "location", "actor",
    "cause_of_death", "nb_children", "nb_civilians", "nb_noncivilians", "nb_women", "label",
]  # fmt: skip
GOV = "syrian government or russian troops"


def row(**over: str) -> dict[str, str]:
    base = dict.fromkeys(COLUMNS, "0")
    base.update(
        article_title="Strikes kill 12 in Idlib",
        article_content="Air strikes killed 12 civilians, a monitor said.",
        date="4/5/17",
        location="idlib",
        actor=GOV,
        cause_of_death="shelling",
        nb_civilians="12",
    )
    base.update(over)
    return base


def event(low=12, high=12, place=0, day="2017-04-05", actor="Military Forces of Syria", subtype="Air/drone strike"):
    fat = None if low is None and high is None else {"low": low, "high": high}
    return {"place": place, "time": {"from": day, "to": day}, "fatalities": fat, "actor1": actor, "subtype": subtype}


def record(*events, places=None):
    places = places if places is not None else [{"admin1": "Idlib Governorate", "country": "SY"}]
    return {"events": list(events), "places": places}


@pytest.fixture
def csv_dir(tmp_path: Path) -> Path:
    rows = [row(), row(unit_id="2", nb_civilians="0", nb_noncivilians="0", location="aleppo")]
    with (tmp_path / "fakes_dev.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return tmp_path


def test_rows_are_read_and_written_as_the_readme_says(csv_dir):
    rows = fakes.read_rows(csv_dir, "dev")
    assert len(rows) == 2 and len(fakes.read_rows(csv_dir, "dev", limit=1)) == 1
    assert (
        fakes.article_file_text(rows[0])
        == "Strikes kill 12 in Idlib\n\nAir strikes killed 12 civilians, a monitor said.\n"
    )
    assert fakes.gold_date(rows[0]) == date(2017, 4, 5)
    assert fakes.gold_count(rows[0]) == 12


def test_gold_hash_changes_with_the_gold(csv_dir):
    before = fakes.gold_sha256(csv_dir)
    with (csv_dir / "fakes_dev.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert fakes.gold_sha256(csv_dir) != before


def test_main_event_is_the_largest_high_null_high_by_its_low_ties_first():
    small, open_big, exact_big, tie = event(3, 3), event(40, None), event(30, 30), event(40, None, day="2017-01-01")
    assert fakes.main_event(record(small, exact_big, open_big, tie)) is open_big
    assert fakes.main_event(record(event(None, None), small)) is small
    assert fakes.main_event(record()) is None


@pytest.mark.parametrize(
    ("low", "high", "gold", "hit"),
    [(12, 12, 12, True), (11, 13, 12, True), (10, 14, 12, False), (86, 95, 95, True), (85, 95, 95, False),
     (13, 13, 12, False), (12, None, 12, False), (None, None, 12, False)],
)  # fmt: skip
def test_fatality_rule(low, high, gold, hit):
    assert fakes.fatality_hit(low, high, gold) is hit


@pytest.mark.parametrize(
    ("name", "gold"),
    [
        ("Rif Dimashq Governorate", "damascus"),
        ("Damascus Governorate", "damascus"),
        ("Dayr az Zawr", "deir ezzor"),
        ("Deir ez-Zor Governorate", "deir ezzor"),
        ("Al Hasakah", "hasakeh"),
        ("Al-Hasakah Governorate", "hasakeh"),
        ("Dar'a", "daraa"),
        ("Al Ladhiqiyah", "lattakia"),
        ("Latakia Governorate", "lattakia"),
        ("Halab", "aleppo"),
        ("Ar-Raqqah", "raqqa"),
        ("Ḥamāh", "hama"),
        ("Tartus Governorate", "tartous"),
        ("Quneitra Governorate", "quneitra"),
    ],
)
def test_governorate_spellings(name, gold):
    assert fakes.normalise_governorate(name) == gold


@pytest.mark.parametrize(
    ("actor", "cls"),
    [
        ("Military Forces of Syria (2000-)", GOV),
        ("Military Forces of Russia (2000-)", GOV),
        ("Islamic State (Syria)", "the organization of the islamic state in iraq and the levant - isis"),
        ("Hayat Tahrir al-Sham", "al-nusra front"),
        ("SDF: Syrian Democratic Forces", "self administration forces"),
        ("Opposition Rebels (Syria)", "armed opposition groups"),
        ("Free Syrian Army", "armed opposition groups"),
        ("Military Forces of the United States (2017-2021)", "international coalition forces"),
        ("Human Rights Watch", "unknown"),
        (None, "unknown"),
    ],
)
def test_actor_keywords(actor, cls):
    assert fakes.actor_class(actor) == cls


def test_cause_mapping():
    assert fakes.cause_class("Air/drone strike") == "shelling"
    assert fakes.cause_class("Suicide bomb") == "explosion"
    assert fakes.cause_class("Chemical weapon") == "chemical and toxic gases"
    assert fakes.cause_class("Armed clash") == "shooting"
    assert fakes.cause_class(None) == "unknown"


def test_governorate_falls_back_to_the_most_frequent_syrian_admin1():
    places = [
        {"admin1": "Aleppo Governorate", "country": "SY"},
        {"admin1": "Hatay", "country": "TR"},
        {"admin1": "Hatay", "country": "TR"},
        {"admin1": "Aleppo Governorate", "country": "SY"},
        {"admin1": "Idlib Governorate", "country": "SY"},
    ]
    assert fakes.governorate_of(record(places=places), event(place=None)) == "aleppo"
    assert fakes.governorate_of(record(places=places), event(place=4)) == "idlib"


def test_score_sums_up_the_articles(csv_dir):
    rows = fakes.read_rows(csv_dir)
    predicted = [
        record(event(12, 12, day="2017-04-06"), event(2, 2)),
        record(event(None, None, day="2017-04-09", actor="Islamic State", subtype="Armed clash")),
    ]
    metrics = fakes.score(predicted, rows)
    assert metrics["articles"] == 2 and metrics["fatality_rows"] == 1
    assert metrics["fatalities_hit"] == 1.0 and metrics["fatalities_median_abs_error"] == 0
    assert metrics["date_exact"] == 0.0 and metrics["date_within_1"] == 0.5
    assert metrics["governorate"] == 0.5  # the second article's place is in Idlib, the gold says Aleppo
    assert metrics["actor"] == 0.5 and metrics["cause"] == 0.5


def test_the_coded_date_is_compared_with_the_days_the_article_states():
    """Diagnostics of the gold, not of sayso: is the coded date the article's own date, and is it a
    day the article states at all (the most any choice of date could score)?"""
    rec = record(event(day="2017-04-04"))
    rec["article"] = {"published": None, "dateline": {"date": None}, "text": "Wed 05 Apr 2017 Strikes hit Idlib."}
    rec["times"] = [{"from": "2017-04-04", "to": "2017-04-04"}, {"from": "2017-04-01", "to": "2017-04-30"}]
    assert fakes.article_day(rec) == date(2017, 4, 5)  # the date the text opens with
    assert fakes.stated_days(rec) == {date(2017, 4, 5), date(2017, 4, 4)}  # a month is no single day
    on_the_article_date = fakes.score_record(rec, row(date="4/5/17"))
    assert on_the_article_date["date_coded_article_date"] and on_the_article_date["date_coded_stated"]
    assert not on_the_article_date["date_exact"]  # sayso dated the strike the day before
    elsewhere = fakes.score_record(rec, row(date="4/20/17"))
    assert not elsewhere["date_coded_article_date"] and not elsewhere["date_coded_stated"]
    rec["article"]["dateline"] = {"date": "2017-04-06"}  # a dateline's date is the article's own
    assert fakes.article_day(rec) == date(2017, 4, 6)


def test_render_names_every_figure():
    metrics = {"split": "dev", "articles": 2, "fatality_rows": 1, "governorate": 0.5, "actor": None}
    table = fakes.render(metrics)
    assert "governorate" in table and "0.5000" in table and "n/a" in table


@pytest.mark.data
@pytest.mark.model
def test_dev_split_meets_the_floors(data_dir):
    floors = json.loads((Path(fakes.__file__).parent / "floors" / "fakes.json").read_text())
    corpus = data_dir / "fa-kes"
    assert fakes.gold_sha256(corpus, floors["split"]) == floors["gold_sha256"]
    metrics = fakes.evaluate(corpus, split=floors["split"])
    for name, floor in floors["metrics"].items():
        assert metrics[name] is not None, f"{name} not measured (stage missing?)"
        assert metrics[name] >= floor, f"{name} {metrics[name]} < floor {floor}"
