"""PolNeAR: scoring rules on hand-made cases, and the dev floors (needs the data and the model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sayso.eval import polnear
from sayso.records import Span, Speaker, Statement

FLOORS = Path(polnear.__file__).parent / "floors" / "polnear.json"


def statement(cue: tuple[int, int], content: tuple[int, int], source: tuple[int, int] | None = None) -> Statement:
    speaker = Speaker("x", *source, "x") if source else None
    return Statement("s1", speaker, Span("x", *cue), Span("x", *content), direct=False)


def test_match_needs_cue_and_content_overlap():
    gold = [polnear.Relation(((0, 5),), ((6, 10),), ((11, 30),))]
    assert polnear.match([statement((6, 10), (20, 25))], gold)
    assert not polnear.match([statement((0, 5), (20, 25))], gold)
    assert not polnear.match([statement((6, 10), (31, 40))], gold)


def test_match_is_one_to_one_best_content_overlap_first():
    gold = [polnear.Relation((), ((6, 10),), ((11, 30),))]
    small, large = statement((6, 10), (11, 13)), statement((6, 10), (11, 29))
    ((matched, _),) = polnear.match([small, large], gold)
    assert matched is large


def test_token_f1_counts_word_runs():
    text = "the General Command, said"
    assert polnear.token_f1(text, ((0, 19),), ((4, 19),)) == pytest.approx(0.8)
    assert polnear.token_f1(text, (), ()) == 1.0
    assert polnear.token_f1(text, ((0, 3),), ()) == 0.0


def test_relations_lacking_cue_or_content_are_ignored(tmp_path: Path):
    ann = tmp_path / "a_x.ann"
    ann.write_text(
        "T1\tSource 0 3\tThe\nT2\tCue 4 8\tsaid\nT3\tContent 9 20\tsomething\n"
        "T4\tContent2 25 30\tmore\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1 Content2:T4\n"
        "E2\tAttribution:T2 Source:T1 Cue:T2\n",
        encoding="utf-8",
    )
    (rel,) = polnear.read_relations(ann)
    assert rel.content == ((9, 20), (25, 30))
    assert rel.source == ((0, 3),)


@pytest.mark.data
@pytest.mark.model
def test_dev_figures_stay_above_the_floors(data_dir: Path):
    corpus = data_dir / "polnear"
    if not corpus.is_dir():
        pytest.skip("PolNeAR not found")
    pinned = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert pinned["gold_sha256"] == polnear.gold_sha256(corpus, pinned["split"]), "gold set changed"
    metrics = polnear.evaluate(corpus, split=pinned["split"])
    for name, floor in pinned["metrics"].items():
        assert metrics[name] >= floor, f"{name} {metrics[name]} fell below its floor {floor}"
    assert "relation" in polnear.render(metrics)
