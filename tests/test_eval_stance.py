"""The FNC-1 stance evaluation: the loader, the scores and the decision, on small files written here."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sayso.eval import stance as ev
from test_link_factory import allegation, capture, denial


def write_corpus(root: Path) -> Path:
    bodies = [
        ("0", "Syrian government forces withdrew from Hama on Saturday, opposition sources said."),
        ("10", "The defense ministry denied that its forces had withdrawn from Hama."),
        ("20", "Artillery shelling killed two civilians in Ariha, in Idlib province, on Tuesday."),
        ("3", "A training-split body that the dev split leaves out."),
    ]
    stances = [
        ("Army withdraws from Hama", "0", "agree"),
        ("Army withdraws from Hama", "10", "disagree"),
        ("Army withdraws from Hama", "20", "unrelated"),
        ("Army withdraws from Hama", "3", "discuss"),
    ]
    with (root / "train_bodies.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Body ID", "articleBody"])
        w.writerows(bodies)
    with (root / "train_stances.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerows(stances)
    return root


def test_loader_maps_labels_and_holds_out_a_tenth_by_body(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    dev = ev.load_pairs(root, "dev")
    assert [p["gold"] for p in dev] == ["corroborates", "contradicts", "unrelated"]
    assert len(ev.load_pairs(root, "train")) == 4
    assert len(ev.load_pairs(root, "train", limit=2)) == 2
    assert len(ev.gold_sha256(root)) == 64
    with pytest.raises(ValueError, match="split"):
        ev.load_pairs(root, "nope")


def test_scores_are_per_label_with_macro_f1_and_contradicts() -> None:
    gold = ["corroborates", "contradicts", "neutral", "unrelated"]
    m = ev.score(gold, ["corroborates", "neutral", "neutral", "unrelated"])
    assert m["contradicts"]["f1"] == 0.0 and m["f1_contradicts"] == 0.0
    assert m["neutral"]["precision"] == 0.5 and m["neutral"]["recall"] == 1.0
    assert m["macro_f1"] == round((1 + 0 + 2 / 3 + 1) / 4, 4)
    assert m["accuracy"] == 0.75
    assert "macro-F1 0.667" in ev.render(m)


def test_the_decision_uses_the_stance_rules() -> None:
    headline = allegation().record()
    assert ev.predict(headline, denial().record()) == "contradicts"
    assert ev.predict(headline, capture().record()) == "corroborates"


@pytest.mark.model
def test_evaluate_runs_the_pipeline_on_a_small_corpus(tmp_path: Path) -> None:
    metrics = ev.evaluate(write_corpus(tmp_path), split="dev")
    assert metrics["n"] == 3 and 0.0 <= metrics["macro_f1"] <= 1.0
    assert set(ev.LABELS) <= set(metrics)
