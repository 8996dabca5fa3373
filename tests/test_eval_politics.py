"""Events in political news: the count on texts of our own in PolNeAR's layout, and the dev ceiling
(needs the data and the model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sayso.eval import politics

CEILING = Path(politics.__file__).parent / "floors" / "politics.json"

TEXTS = {
    "0": "Clinton attacks Trump on trade.\n\nHillary Clinton attacked Donald Trump on Monday over his tax "
    "returns. The yearlong battle between the two campaigns has exposed rifts among Democrats.\n",
    "1": "Kasich quits.\n\nOhio Gov. John Kasich withdrew from the race on Wednesday.\n",
    "2": "Car bomb kills 12 in Homs.\n\nA car bomb killed at least 12 people in the Syrian city of Homs on "
    "Sunday, a monitor said.\n",
}


@pytest.mark.model
def test_counts_the_events_the_whole_pipeline_finds(tmp_path: Path):
    folder = tmp_path / "data" / "dev" / "text"
    folder.mkdir(parents=True)
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    metrics = politics.evaluate(tmp_path)
    assert metrics["articles"] == 3
    assert metrics["events"] == sum(metrics["by_subtype"].values())
    assert set(metrics["by_subtype"]) == {"Remote explosive/landmine/IED"}  # the campaign's words name none
    assert metrics["articles_with_events"] == pytest.approx(1 / 3, abs=1e-3)
    assert "events per article" in politics.render(metrics)


@pytest.mark.model
def test_dev_events_per_article_stay_under_the_ceiling(data_dir: Path):
    corpus = data_dir / "polnear"
    if not corpus.is_dir():
        pytest.skip("PolNeAR not found")
    pinned = json.loads(CEILING.read_text(encoding="utf-8"))
    assert pinned["texts_sha256"] == politics.texts_sha256(corpus, pinned["split"]), "texts changed"
    metrics = politics.evaluate(corpus, split=pinned["split"])
    for name, ceiling in pinned["ceilings"].items():
        assert metrics[name] <= ceiling, f"{name} {metrics[name]} rose above its ceiling {ceiling}"
