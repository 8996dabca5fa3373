"""GeoWebNews: recall of gold toponyms, Accuracy@161 km and @25 km, median error of the places stage.

Scoring as in ``geowebnews/README.md``: each article's ``<text>`` as-is; for every gold toponym with
coordinates, the predicted place whose span overlaps it most is its match; recall is the share
matched, Accuracy@k the share whose match has ``lat``/``lon`` within k km (haversine, R = 6371 km),
median error over matches with coordinates. GeoWebNews is a dev set only: ``split`` must be ``dev``.
"""

from __future__ import annotations

import hashlib
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..gazetteer.context import haversine_km
from ..records import Article, Place

STAGES = ("sayso_places",)  # places run first and read no other stage: the same output as the full pipeline
GOLD_FILE = "GWN.xml"


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float
    kind: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    file: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def gold_files(data_dir: Path, split: str = "dev") -> list[Path]:
    """The gold files of ``split`` (GeoWebNews has one: ``GWN.xml``)."""
    if split != "dev":
        raise ValueError(f"GeoWebNews has only a dev split, not {split!r} (use --split dev)")
    return [Path(data_dir) / GOLD_FILE]


def gold_sha256(data_dir: Path, split: str = "dev") -> str:
    """SHA-256 of the gold files, pinned beside the floors."""
    digest = hashlib.sha256()
    for path in gold_files(data_dir, split):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read_articles(path: Path) -> list[GoldArticle]:
    """Articles of ``GWN.xml`` with their toponyms that carry coordinates."""
    articles = []
    for art in ET.parse(path).getroot().iter("article"):
        toponyms = []
        for t in art.iter("toponym"):
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            if lat and lon:
                toponyms.append(GoldToponym(int(t.findtext("start")), int(t.findtext("end")),
                                            t.findtext("extractedName") or "", float(lat), float(lon),
                                            t.findtext("type") or ""))  # fmt: skip
        articles.append(GoldArticle(art.get("file", ""), art.findtext("text") or "", tuple(toponyms)))
    return articles


def predict(articles: list[GoldArticle]) -> list[list[Place]]:
    """The places stage's output for each article's text, unchanged."""
    from ..nlp.pipeline import load_pipeline, parse

    inputs = [Article(id=f"gwn-{a.file}", text=a.text) for a in articles]
    return [list(doc._.sayso_places or []) for doc in parse(load_pipeline(stages=STAGES), inputs)]


def best_overlap(gold: GoldToponym, places: list[Place]) -> Place | None:
    """The predicted place whose span overlaps the gold span most (first one on ties)."""
    best, best_overlap_chars = None, 0
    for p in places:
        overlap = min(gold.end, p.end) - max(gold.start, p.start)
        if overlap > best_overlap_chars:
            best, best_overlap_chars = p, overlap
    return best


def score(articles: list[GoldArticle], predictions: list[list[Place]]) -> dict[str, Any]:
    """Recall, Accuracy@161/@25 km and median error over every gold toponym with coordinates."""
    gold_n = matched = within161 = within25 = 0
    errors: list[float] = []
    for article, places in zip(articles, predictions, strict=True):
        for gold in article.toponyms:
            gold_n += 1
            place = best_overlap(gold, places)
            if place is None:
                continue
            matched += 1
            if place.lat is None or place.lon is None:
                continue
            km = haversine_km(gold.lat, gold.lon, place.lat, place.lon)
            errors.append(km)
            within161 += km <= 161
            within25 += km <= 25
    return {
        "articles": len(articles),
        "gold": gold_n,
        "predicted": sum(len(p) for p in predictions),
        "matched": matched,
        "recall": round(matched / gold_n, 4) if gold_n else 0.0,
        "acc_161": round(within161 / gold_n, 4) if gold_n else 0.0,
        "acc_25": round(within25 / gold_n, 4) if gold_n else 0.0,
        "median_error_km": round(statistics.median(errors), 1) if errors else None,
    }


def evaluate(data_dir: Path, *, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    """Score the places stage on GeoWebNews (``data_dir`` = the ``geowebnews`` folder)."""
    articles = read_articles(gold_files(Path(data_dir), split)[0])[:limit]
    metrics = score(articles, predict(articles))
    metrics["split"] = split
    return metrics


_COLUMNS = ("articles", "gold", "predicted", "matched", "recall", "acc_161", "acc_25", "median_error_km")


def render(metrics: dict[str, Any]) -> str:
    """A plain-text table of the GeoWebNews figures."""
    header = "  ".join(f"{c:>15}" for c in ("split", *_COLUMNS))
    row = "  ".join(f"{metrics.get(c, '')!s:>15}" for c in ("split", *_COLUMNS))
    return f"{header}\n{row}"
