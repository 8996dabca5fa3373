"""TimeBank/AQUAINT (TBAQ-cleaned): score the times stage against TIMEX3 gold, TempEval-3 style.

Follows the corpus README: the input is the ``<TEXT>`` element with every tag stripped (text nodes
concatenated, leading newlines kept), published on the document creation day; gold offsets point into
that text. Predicted and gold spans are matched one-to-one, greedily, largest character overlap first.
Relaxed span P/R/F1 count matches; value accuracy is the share of matches whose value string equals
the gold value; value F1 (the headline) counts value-correct matches over predicted and over gold.
A TIMEX3 that stands for the document's own date (``functionInDocument`` CREATION_TIME or
PUBLICATION_TIME, e.g. a dateline's date) is not counted, as in the README's counts; predictions over
it are left out rather than counted wrong.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..records import Article, Time

FOLDERS = ("TimeBank", "AQUAINT")
#: TIMEX3s that stand for the document's own date (a dateline's date): not counted, as in the README.
_DOCUMENT_TIMES = ("CREATION_TIME", "PUBLICATION_TIME")
#: The stages run: the times stage reads nothing from the others, so its output is the same as in
#: the full pipeline, at a fraction of the cost.
STAGES = ("sayso_times",)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    value: str | None
    text: str


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One TimeML document: its folder, creation day, stripped text and TIMEX3s in that text."""

    name: str
    folder: str
    created: date
    text: str
    timexes: tuple[GoldTimex, ...]
    ignored: tuple[tuple[int, int], ...] = ()


def gold_files(data_dir: Path, split: str = "dev") -> list[Path]:
    """The ``.tml`` files of a split: "dev" is both folders; a folder name selects one."""
    folders = FOLDERS if split == "dev" else (split,)
    unknown = [f for f in folders if not (data_dir / f).is_dir()]
    if unknown:
        raise FileNotFoundError(f"no {unknown[0]}/ under {data_dir} (expected the TBAQ-cleaned layout)")
    return [p for f in folders for p in sorted((data_dir / f).glob("*.tml"))]


def gold_sha256(data_dir: Path, split: str = "dev") -> str:
    """A hash of the gold files scored, to pin floors to one gold set."""
    digest = hashlib.sha256()
    for path in gold_files(data_dir, split):
        digest.update(f"{path.parent.name}/{path.name}".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read_document(path: Path) -> GoldDocument:
    """The stripped ``<TEXT>`` of a TimeML file, its creation day and its TIMEX3 spans."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if dct is None or body is None:
        raise ValueError(f"{path}: no DCT or TEXT element")
    parts: list[str] = []
    spans: list[GoldTimex] = []
    _walk(body, parts, spans)
    created = date.fromisoformat((dct.get("value") or "")[:10])
    scored = tuple(s for s in spans if s.value is not None)
    ignored = tuple((s.start, s.end) for s in spans if s.value is None)
    return GoldDocument(path.stem, path.parent.name, created, "".join(parts), scored, ignored)


def _walk(element: ET.Element, parts: list[str], spans: list[GoldTimex]) -> None:
    """Collects the text nodes; a TIMEX3 standing for the document's own date gets value None."""
    if element.text:
        parts.append(element.text)
    for child in element:
        start = sum(len(p) for p in parts)
        _walk(child, parts, spans)
        if child.tag == "TIMEX3":
            end = sum(len(p) for p in parts)
            own = child.get("functionInDocument") in _DOCUMENT_TIMES
            value = None if own else child.get("value") or ""
            spans.append(GoldTimex(start, end, value, "".join(parts)[start:end]))  # type: ignore[arg-type]
        if child.tail:
            parts.append(child.tail)


def match(gold: Iterable[tuple[int, int]], predicted: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one greedy matching by character overlap, largest first: (gold index, predicted index)."""
    gold, predicted = list(gold), list(predicted)
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(predicted):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                pairs.append((-overlap, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
    return matched


def predict(documents: list[GoldDocument]) -> list[list[Time]]:
    """The times stage's output for each document, published on its creation day."""
    from ..nlp.pipeline import load_pipeline, parse

    articles = [Article(id=d.name, text=d.text, published=d.created) for d in documents]
    return [list(doc._.sayso_times or []) for doc in parse(load_pipeline(stages=STAGES), articles)]


def score(documents: list[GoldDocument], predictions: list[list[Time]]) -> dict[str, Any]:
    """Counts and TempEval-3 relaxed span and value metrics over the documents."""
    gold_n = pred_n = matched_n = correct_n = 0
    for doc, times in zip(documents, predictions, strict=True):
        times = [t for t in times if not any(t.start < e and s < t.end for s, e in doc.ignored)]
        pairs = match([(g.start, g.end) for g in doc.timexes], [(t.start, t.end) for t in times])
        gold_n += len(doc.timexes)
        pred_n += len(times)
        matched_n += len(pairs)
        correct_n += sum(doc.timexes[gi].value == times[pi].value for gi, pi in pairs)
    return {
        "documents": len(documents),
        "gold": gold_n,
        "predicted": pred_n,
        "matched": matched_n,
        "value_correct": correct_n,
        **_prf("span", matched_n, pred_n, gold_n),
        "value_accuracy": round(correct_n / matched_n, 4) if matched_n else 0.0,
        **_prf("value", correct_n, pred_n, gold_n),
    }


def _prf(prefix: str, hits: int, predicted: int, gold: int) -> dict[str, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{prefix}_precision": round(p, 4), f"{prefix}_recall": round(r, 4), f"{prefix}_f1": round(f, 4)}


def evaluate(data_dir: Path, *, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    """Score the times stage on TBAQ-cleaned; figures for the whole split and for each folder."""
    paths = gold_files(Path(data_dir), split)[:limit]
    documents = [read_document(p) for p in paths]
    predictions = predict(documents)
    metrics = score(documents, predictions)
    metrics["split"] = split
    metrics["folders"] = {}
    for folder in sorted({d.folder for d in documents}):
        idx = [i for i, d in enumerate(documents) if d.folder == folder]
        metrics["folders"][folder] = score([documents[i] for i in idx], [predictions[i] for i in idx])
    return metrics


_COLUMNS = ("documents", "gold", "predicted", "span_precision", "span_recall", "span_f1")
_VALUE_COLUMNS = ("value_accuracy", "value_precision", "value_recall", "value_f1")


def render(metrics: dict[str, Any]) -> str:
    """A plain-text table: the split, then each folder."""
    rows = [("all", metrics)] + sorted(metrics.get("folders", {}).items())
    header = ("set",) + _COLUMNS + _VALUE_COLUMNS
    lines = ["  ".join(f"{h:>15}" for h in header)]
    for name, m in rows:
        cells = [name] + [m.get(c, "") for c in _COLUMNS + _VALUE_COLUMNS]
        lines.append("  ".join(f"{c:>15}" if isinstance(c, str) else f"{c:>15}" for c in cells))
    return "\n".join(lines)
