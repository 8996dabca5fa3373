"""GeoWebNews floors: the places stage must not fall below the pinned figures on the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sayso.eval import geo

FLOORS = Path(geo.__file__).resolve().parent / "floors" / "geo.json"


def test_scoring_matches_the_readme() -> None:
    from sayso.records import Place

    gold = geo.GoldArticle("x", "in Hama and Aleppo", (
        geo.GoldToponym(3, 7, "Hama", 35.13, 36.76, "Literal"),
        geo.GoldToponym(12, 18, "Aleppo", 36.20, 37.16, "Literal"),
    ))  # fmt: skip
    far = Place("Hama", 3, 7, "Hama", lat=35.13, lon=38.76)  # about 180 km east
    metrics = geo.score([gold], [[far]])
    assert metrics["recall"] == 0.5
    assert metrics["acc_161"] == 0.0 and metrics["acc_25"] == 0.0
    assert 170 < metrics["median_error_km"] < 190


@pytest.mark.data
@pytest.mark.model
def test_geowebnews_floors(data_dir: Path) -> None:
    pinned = json.loads(FLOORS.read_text(encoding="utf-8"))
    corpus = data_dir / "geowebnews"
    assert geo.gold_sha256(corpus, pinned["split"]) == pinned["gold_sha256"], "gold changed: re-pin the floors"
    metrics = geo.evaluate(corpus, split=pinned["split"])
    for name, floor in pinned["metrics"].items():
        assert metrics[name] >= floor, f"{name} {metrics[name]} fell below its floor {floor}"
