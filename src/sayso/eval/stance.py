"""Stance on a headline–body corpus in the FNC-1 layout: does the body corroborate, contradict or
discuss the headline's claim, or is it about something else?

Layout (FNC-1): ``train_stances.csv`` (Headline, Body ID, Stance) with ``train_bodies.csv`` (Body ID,
articleBody); ``competition_test_stances.csv`` with ``competition_test_bodies.csv``. Splits: ``train``
(every train pair), ``dev`` (the train pairs whose Body ID is divisible by 10 — a fixed held-out tenth
by body, so no body is in both), ``test`` (the competition test pairs). Labels map agree → corroborates,
disagree → contradicts, discuss → neutral, unrelated → unrelated (not in the thread).

The decision is sayso's own: headline and body run through the real pipeline; the body's event claims
that are compatible with the headline's leading claim (same type family; same place when both are
placed) are weighed by the stance rules, and the strongest stance wins (contradicts, then corroborates).
A body with no compatible claim is ``neutral`` when its text is similar to the headline, else
``unrelated``. Scores: per-label precision/recall/F1, macro-F1 over the four labels, F1 on contradicts.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import Any

LABELS = ("corroborates", "contradicts", "neutral", "unrelated")
FNC_TO_SAYSO = {
    "agree": "corroborates",
    "disagree": "contradicts",
    "discuss": "neutral",
    "unrelated": "unrelated",
}
FILES = {
    "train": ("train_stances.csv", "train_bodies.csv"),
    "dev": ("train_stances.csv", "train_bodies.csv"),
    "test": ("competition_test_stances.csv", "competition_test_bodies.csv"),
}
#: Headline–body text similarity above which an unmatched body still discusses the headline.
RELATED = 0.25


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def gold_files(data_dir: Path, split: str = "dev") -> tuple[Path, Path]:
    if split not in FILES:
        raise ValueError(f"split {split!r}: expected one of {', '.join(FILES)}")
    stances, bodies = FILES[split]
    return data_dir / stances, data_dir / bodies


def gold_sha256(data_dir: Path, split: str = "dev") -> str:
    """A hash of the split's two gold files."""
    digest = hashlib.sha256()
    for path in gold_files(data_dir, split):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_pairs(data_dir: Path, split: str = "dev", limit: int | None = None) -> list[dict[str, str]]:
    """The split's pairs: ``headline``, ``body_id``, ``body``, ``gold`` (a sayso label)."""
    stances_path, bodies_path = gold_files(data_dir, split)
    bodies = {row["Body ID"]: row["articleBody"] for row in _read_csv(bodies_path)}
    pairs = []
    for row in _read_csv(stances_path):
        body_id = row["Body ID"]
        if split == "dev" and int(body_id) % 10 != 0:
            continue
        stance = row["Stance"].strip().lower()
        if stance not in FNC_TO_SAYSO:
            raise ValueError(f"{stances_path}: stance {row['Stance']!r} is not one of {', '.join(FNC_TO_SAYSO)}")
        pairs.append(
            {
                "headline": row["Headline"],
                "body_id": body_id,
                "body": bodies[body_id],
                "gold": FNC_TO_SAYSO[stance],
            }
        )
        if limit is not None and len(pairs) >= limit:
            break
    return pairs


def predict(headline: Any, body: Any) -> str:
    """The stance label of ``body`` toward ``headline`` (both extracted :class:`~sayso.records.Record`)."""
    from ..link.claims import claims_from_record
    from ..link.geo import same_place
    from ..link.lexicon import params
    from ..link.proposition import choose_lead
    from ..link.similarity import similarity
    from ..link.stance import decide

    heads = claims_from_record(headline)
    found: set[str] = set()
    if heads:
        lead = choose_lead(heads)
        for claim in claims_from_record(body):
            if claim.family != lead.family:
                continue
            if claim.place_key and lead.place_key and same_place(claim, lead, params(lead.family).radius_km) is None:
                continue
            found.add(decide(claim, lead).stance)
    for label in ("contradicts", "corroborates", "neutral"):
        if label in found:
            return label
    related = similarity(headline.article.text, body.article.text[:2000]) >= RELATED
    return "neutral" if related else "unrelated"


def score(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    """Per-label precision/recall/F1, macro-F1 over the four labels, F1 on contradicts, accuracy."""
    metrics: dict[str, Any] = {"n": len(gold)}
    f1s = []
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        n_pred, n_gold = predicted.count(label), gold.count(label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "gold": n_gold,
            "predicted": n_pred,
        }
        f1s.append(f1)
    metrics["macro_f1"] = round(sum(f1s) / len(f1s), 4)
    metrics["f1_contradicts"] = metrics["contradicts"]["f1"]
    hits = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    metrics["accuracy"] = round(hits / len(gold), 4) if gold else 0.0
    return metrics


def evaluate(data_dir: Path, *, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    """Run the pipeline on the split's headlines and bodies and score the stance decisions."""
    from ..extraction import extract_articles
    from ..readers.base import ReadOptions, make_article

    pairs = load_pairs(data_dir, split, limit)
    texts = sorted({p["headline"] for p in pairs} | {p["body"] for p in pairs})
    articles = [make_article(text, ReadOptions()) for text in texts]
    records = {r.article.text: r for r in extract_articles(articles)}
    predicted = [predict(records[p["headline"]], records[p["body"]]) for p in pairs]
    metrics = score([p["gold"] for p in pairs], predicted)
    metrics["split"] = split
    return metrics


def render(metrics: dict[str, Any]) -> str:
    """A plain-text table of the scores."""
    lines = [
        f"stance ({metrics.get('split', '?')}, {metrics['n']} pairs)",
        f"{'label':<14}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}",
    ]
    for label in LABELS:
        m = metrics[label]
        lines.append(
            f"{label:<14}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['gold']:>7}{m['predicted']:>7}"
        )
    lines.append(
        f"macro-F1 {metrics['macro_f1']:.3f}   F1 contradicts {metrics['f1_contradicts']:.3f}   "
        f"accuracy {metrics['accuracy']:.3f}"
    )
    return "\n".join(lines)
