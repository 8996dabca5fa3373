"""The gazetteer: name keys, the shipped data, lookups, context ranking and the dump loader."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sayso.gazetteer import Gazetteer, get_gazetteer, load_geonames_dump, name_key
from sayso.gazetteer.context import Context, haversine_km, rank
from sayso.gazetteer.sources import HERE, KINDS, admin1_table, curated_rows, extra_paths


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hama", "Hamah"),
        ("Hama", "Ḩamāh"),
        ("Tal Rifaat", "Tall Rif‘at"),
        ("Khan al-Assal", "Khan el Asal"),
        ("Deir ez-Zor", "Deir al-Zor"),
        ("ash-Shaddadi", "al-Shaddadi"),
        ("Tartous", "Tartus"),
        ("St. Louis", "Saint Louis"),
    ],
)
def test_spelling_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_different_names_keep_different_keys() -> None:
    assert name_key("Hama") != name_key("Homs")
    assert name_key("Aleppo") != name_key("Alep Province")


def test_syria_has_its_fourteen_governorates() -> None:
    names = {r["name"] for (country, _), r in admin1_table().items() if country == "SY"}
    assert len(names) == 14
    expected = {
        "Aleppo Governorate",
        "Rif Dimashq Governorate",
        "Deir ez-Zor Governorate",
        "Al-Hasakah Governorate",
        "Latakia Governorate",
        "Daraa Governorate",
        "Hama Governorate",
    }
    assert expected <= names


def test_curated_rows_are_complete() -> None:
    rows = list(curated_rows(HERE / "places.tsv"))
    assert len(rows) > 50
    for row in rows:
        assert row.kind in KINDS
        assert -90 <= row.lat <= 90 and -180 <= row.lon <= 180
        assert row.country is None or len(row.country) == 2
    syrian = [r for r in rows if r.country == "SY" and r.kind not in ("road", "water")]
    assert all(r.admin1 and r.admin1.endswith("Governorate") for r in syrian)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def test_hama_is_a_syrian_city_in_hama_governorate(gaz: Gazetteer) -> None:
    best = rank(gaz.lookup("Hama"))[0][1]
    assert (best.country, best.kind, best.admin1) == ("SY", "city", "Hama Governorate")
    assert haversine_km(best.lat, best.lon, 35.13, 36.76) < 5


def test_places_geonames_lacks_or_misnames_are_found(gaz: Gazetteer) -> None:
    khan = rank(gaz.lookup("Khan al-Assal"))[0][1]
    assert khan.country == "SY" and khan.admin1 == "Aleppo Governorate"
    assert rank(gaz.lookup("Tal Rifaat"))[0][1].name == "Tal Rifaat"
    assert {c.kind for c in gaz.lookup("M5 highway")} == {"road"}
    assert "site" in {c.kind for c in gaz.lookup("Hmeimim")}


def test_aleppo_names_a_city_and_a_governorate(gaz: Gazetteer) -> None:
    kinds = {c.kind: c for c in gaz.lookup("Aleppo")}
    assert kinds["region"].name == "Aleppo Governorate"
    assert rank(list(kinds.values()))[0][1].kind == "city"
    assert gaz.region_of("SY", "Aleppo Governorate") is not None


def test_arabic_script_names_are_indexed(gaz: Gazetteer) -> None:
    assert any(c.country == "SY" for c in gaz.lookup("حلب"))


def test_context_decides_between_same_named_cities(gaz: Gazetteer) -> None:
    lebanon, libya = Context(), Context()
    lebanon.countries["LB"] += 1
    libya.countries["LY"] += 1
    assert rank(gaz.lookup("Tripoli"), lebanon)[0][1].country == "LB"
    assert rank(gaz.lookup("Tripoli"), libya)[0][1].country == "LY"


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.05)


_DUMP_ROWS = [  # geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1, ...
    ["9000001", "Khirbet Test", "Khirbet Test", "Khirbat Test,خربة تست", "35.5", "36.5", "P", "PPL", "SY", "", "10"]
    + ["", "", "", "1200", "", "300", "Asia/Damascus", "2024-01-01"],
    ["9000002", "Test Wadi", "Test Wadi", "", "35.6", "36.6", "H", "WAD", "SY", "", "10"]
    + ["", "", "", "0", "", "", "", "2024-01-01"],
    ["9000003", "Forest Patch", "Forest Patch", "", "35.7", "36.7", "V", "FRST", "SY", "", "10"]
    + ["", "", "", "0", "", "", "", "2024-01-01"],
]
DUMP = "".join("\t".join(row) + "\n" for row in _DUMP_ROWS)


def test_geonames_dump_becomes_a_user_gazetteer_file(tmp_path: Path) -> None:
    source = tmp_path / "SY.txt"
    source.write_text(DUMP, encoding="utf-8")
    dest = tmp_path / "out" / "sy.tsv"
    assert load_geonames_dump(source, dest) == 2  # the vegetation row is skipped
    rows = {r.name: r for r in curated_rows(dest)}
    assert rows["Khirbet Test"].kind == "city" and rows["Khirbet Test"].admin1 == "Hama Governorate"
    assert rows["Test Wadi"].kind == "water"
    index = Gazetteer()
    for row in rows.values():
        index.add(row)
    assert [c.geonameid for c in index.lookup("Khirbat Test")] == [9000001]


def test_extra_files_from_the_environment_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("name\tlat\tlon\tkind\nMy Village\t35\t36\tcity\n", encoding="utf-8")
    monkeypatch.setenv("SAYSO_GAZETTEER_EXTRA", str(extra))
    monkeypatch.setenv("SAYSO_CACHE", str(tmp_path / "cache"))
    assert extra in extra_paths()
    assert [r.name for r in curated_rows(extra)] == ["My Village"]


def test_index_is_not_built_at_import_and_comes_from_the_cache(gaz: Gazetteer) -> None:
    """A new process finds the index built by an earlier one (its load time is a benchmark figure,
    docs/benchmarks.md, not a test's)."""
    code = (
        "import sayso.nlp.places.component, sayso.gazetteer.index as ix\n"
        "assert ix._INSTANCE is None\n"
        "def refuse(): raise SystemExit('the index was built again')\n"
        "ix.build_gazetteer = refuse\n"
        "print(len(ix.get_gazetteer()))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy())
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) == len(gaz)


def test_national_capitals_are_marked_curated_copies_too(gaz: Gazetteer) -> None:
    capitals = {(c.name, c.country, c.curated) for c in gaz.lookup("Damascus") if c.capital}
    assert ("Damascus", "SY", True) in capitals
    assert all(c.country == "SY" for c in gaz.lookup("Damascus") if c.capital)
    assert [c.admin1 for c in gaz.lookup("Washington") if c.capital] == ["District of Columbia"]


def test_a_country_abbreviation_with_an_ampersand_is_one_name(gaz: Gazetteer) -> None:
    assert [c.name for c in gaz.lookup("T&T") if c.kind == "country"] == ["Trinidad and Tobago"]
    assert name_key("T&T") != name_key("TT")


def test_kept_lookups_are_the_index_s_answers_and_follow_its_changes() -> None:
    import pickle

    from sayso.gazetteer.sources import Row

    small = Gazetteer()
    small.add(Row("Hama", ("Hamah",), 35.13, 36.75, "SY", "Hama Governorate", "city", 460_000, 170063))
    first = small.lookup("Hamah")
    first.clear()  # a caller's list is its own
    assert [c.name for c in small.lookup("Hamah")] == ["Hama"]
    small.add(Row("Hama", (), 35.0, 36.0, "SY", "Hama Governorate", "region", 1_600_000, 170062))
    assert sorted(c.kind for c in small.lookup("Hama")) == ["city", "region"]  # added after a lookup
    again = pickle.loads(pickle.dumps(small))
    assert again.lookup("Hama") == small.lookup("Hama")
    assert "_looked_up" not in small.__getstate__()


def test_every_name_s_first_words_are_kept_as_prefixes_with_articles_as_al() -> None:
    from sayso.gazetteer.normalise import open_key, word_keys
    from sayso.gazetteer.sources import Row

    small = Gazetteer()
    small.add(Row("Deir ez-Zor", (), 35.33, 40.14, "SY", "Deir ez-Zor Governorate", "city", 240_000, 170794))
    assert {"deir", "deir al"} <= small.prefixes and "deir al zor" not in small.prefixes
    assert open_key(word_keys("Deir ez")) == "deir al"  # the article will not end the name
    assert open_key(word_keys("Deir ez")) in small.prefixes and "deir al zor" in small.keys
