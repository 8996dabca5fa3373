"""FA-KES: score the events of Syrian-war articles against crowd-coded event fields.

Follows the corpus README: each row is written to a file ``title + "\\n\\n" + content + "\\n"`` and read
like ``sayso extract DIR`` (no ``--published``). The main event of an article is the event with the
largest ``fatalities.high`` (a null high ranks by its low; an event without fatalities ranks last;
ties: the first). Scores:

- fatalities (rows whose gold civilians + non-civilians > 0): hit when ``low <= gold <= high`` and
  ``high - low <= max(2, 0.1 * gold)`` (an open high never hits); median absolute error of the interval
  midpoint (an open interval's midpoint is its low) over the rows with a predicted interval;
- governorate: ``admin1`` of the main event's place (no place: the most frequent ``admin1`` among the
  places in Syria), normalised, against ``location``;
- date: main event ``time.from`` equal to the gold date, and within one day;
- actor: main event ``actor1`` mapped by keywords to the seven classes (none or no keyword: unknown);
- cause: main event ``subtype`` mapped to the six causes of death (no event or no mapping: unknown).

A score whose stage is missing is reported as None. The quantities baseline is always measured:
whether the gold count falls, under the same rule, inside a casualty count the quantities stage found
(``quantities_any_hit``) or inside the largest (``quantities_largest_hit``); whether it equals some
casualty count's stated number ("at least 70" states 70: ``quantities_stated_hit``), or the stated
number of the first count that is not a part or a running war total (``quantities_first_stated``).
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import re
import statistics
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from ..nlp.pipeline import STAGES

TABLES = Path(__file__).parent / "data" / "fakes.json"
_PREFIX = re.compile(r"^(?:al|ar|as|ad|ash|at|az|an|el)[\s-]+")
_DROP = re.compile(r"\b(?:governorate|province|muhafazat|mohafazat|gouvernorat)\b")


# --- the gold rows --------------------------------------------------------------------------


def gold_path(data_dir: Path, split: str = "dev") -> Path:
    """The CSV of a split: ``fakes_<split>.csv``."""
    return data_dir / f"fakes_{split}.csv"


def gold_sha256(data_dir: Path, split: str = "dev") -> str:
    """A hash of the gold CSV, to pin floors to a gold set."""
    return hashlib.sha256(gold_path(data_dir, split).read_bytes()).hexdigest()


def read_rows(data_dir: Path, split: str = "dev", limit: int | None = None) -> list[dict[str, str]]:
    """The gold rows of a split, in file order."""
    with gold_path(data_dir, split).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return rows[:limit] if limit is not None else rows


def article_file_text(row: dict[str, str]) -> str:
    """The file the README writes for a row."""
    return row["article_title"] + "\n\n" + row["article_content"] + "\n"


def gold_count(row: dict[str, str]) -> int:
    """Civilians plus non-civilians killed."""
    return int(row["nb_civilians"] or 0) + int(row["nb_noncivilians"] or 0)


def gold_date(row: dict[str, str]) -> date:
    """The coded incident date (``m/d/yy``)."""
    month, day, year = (int(x) for x in row["date"].split("/"))
    return date(2000 + year if year < 100 else year, month, day)


# --- scoring one record ------------------------------------------------------------------------


@cache
def _tables() -> dict[str, Any]:
    return json.loads(TABLES.read_text(encoding="utf-8"))


def normalise_governorate(name: str | None) -> str | None:
    """A governorate name in FA-KES's spelling ("Rif Dimashq Governorate" -> "damascus"), else None."""
    if not name:
        return None
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’‘`ʿʾ]", "", text)
    text = _DROP.sub(" ", text)
    text = _PREFIX.sub("", text.strip())
    text = re.sub(r"[\s_-]+", " ", text).strip()
    return _tables()["governorates"].get(text, text or None)


def actor_class(actor: str | None) -> str:
    """The FA-KES actor class of an event's ``actor1`` (no keyword or none: "unknown")."""
    if actor:
        low = actor.lower()
        for label, keywords in _tables()["actors"]:
            if any(re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", low) for k in keywords):
                return label
    return "unknown"


def cause_class(subtype: str | None) -> str:
    """The FA-KES cause of death of an ACLED sub-event type (none or unmapped: "unknown")."""
    return _tables()["causes"].get(subtype or "", "unknown")


def _rank(event: dict[str, Any]) -> int:
    fat = event.get("fatalities") or {}
    high, low = fat.get("high"), fat.get("low")
    if high is not None:
        return high
    return low if low is not None else -1


def main_event(record: dict[str, Any]) -> dict[str, Any] | None:
    """The event with the largest ``fatalities.high`` (null high ranks by its low; ties: first)."""
    best = None
    for event in record.get("events") or []:
        if best is None or _rank(event) > _rank(best):
            best = event
    return best


def governorate_of(record: dict[str, Any], event: dict[str, Any] | None) -> str | None:
    """The normalised admin1 of the main event's place, else the most frequent admin1 in Syria."""
    places = record.get("places") or []
    index = event.get("place") if event else None
    if index is not None and 0 <= index < len(places):
        return normalise_governorate(places[index].get("admin1"))
    counts = Counter(p.get("admin1") for p in places if p.get("country") == "SY" and p.get("admin1"))
    return normalise_governorate(counts.most_common(1)[0][0]) if counts else None


def fatality_hit(low: int | None, high: int | None, gold: int) -> bool:
    """The README's rule: the gold count inside the interval, and the interval narrow enough."""
    if low is None or high is None:
        return False
    return low <= gold <= high and high - low <= max(2, 0.1 * gold)


def score_record(record: dict[str, Any], row: dict[str, str]) -> dict[str, Any]:
    """The per-article scores of one predicted record against its gold row."""
    event = main_event(record)
    fat = (event or {}).get("fatalities") or {}
    low, high = fat.get("low"), fat.get("high")
    when = ((event or {}).get("time") or {}).get("from")
    predicted_day = date.fromisoformat(when) if when else None
    gold = gold_count(row)
    midpoint = None if low is None else (low + high) / 2 if high is not None else float(low)
    return {
        "gold_count": gold,
        "fatalities_hit": fatality_hit(low, high, gold) if gold > 0 else None,
        "abs_error": abs(midpoint - gold) if gold > 0 and midpoint is not None else None,
        "governorate": governorate_of(record, event) == row["location"].strip().lower(),
        "date_exact": predicted_day == gold_date(row),
        "date_within_1": predicted_day is not None and abs(predicted_day - gold_date(row)) <= timedelta(days=1),
        "actor": actor_class((event or {}).get("actor1")) == row["actor"].strip().lower(),
        "cause": cause_class((event or {}).get("subtype")) == row["cause_of_death"].strip().lower(),
        "date_coded_article_date": gold_date(row) == article_day(record),
        "date_coded_stated": gold_date(row) in stated_days(record),
    }


def article_day(record: dict[str, Any]) -> date | None:
    """The article's own date: its publication date, its dateline's date, else the date it opens with."""
    from ..nlp.events.anchor import leading_date

    article = record.get("article") or {}
    found = article.get("published") or (article.get("dateline") or {}).get("date")
    if found:
        return date.fromisoformat(str(found)[:10])
    return leading_date(article.get("text") or "").day


def stated_days(record: dict[str, Any]) -> set[date]:
    """Every single day the article states: its own date and each time expression that is one day.
    A coded date outside this set cannot be reached by any choice among what the text says."""
    days = {
        date.fromisoformat(t["from"]) for t in record.get("times") or [] if t.get("from") and t["from"] == t.get("to")
    }
    day = article_day(record)
    return days | {day} if day else days


def score(records: Iterable[dict[str, Any]], rows: Iterable[dict[str, str]]) -> dict[str, Any]:
    """The metrics of predicted records (contract dicts) against their gold rows, pairwise in order."""
    return aggregate([score_record(rec, row) for rec, row in zip(records, rows, strict=True)])


def aggregate(scores: list[dict[str, Any]]) -> dict[str, Any]:
    """Article-level scores summed up into the metrics."""
    n = len(scores)
    counted = [s for s in scores if s["fatalities_hit"] is not None]
    errors = [s["abs_error"] for s in counted if s["abs_error"] is not None]

    def share(key: str, over: list[dict[str, Any]]) -> float:
        return round(sum(bool(s[key]) for s in over) / len(over), 4) if over else 0.0

    return {
        "articles": n,
        "fatality_rows": len(counted),
        "fatalities_hit": share("fatalities_hit", counted),
        "fatalities_predicted": round(len(errors) / len(counted), 4) if counted else 0.0,
        "fatalities_median_abs_error": statistics.median(errors) if errors else None,
        "governorate": share("governorate", scores),
        "date_exact": share("date_exact", scores),
        "date_within_1": share("date_within_1", scores),
        "actor": share("actor", scores),
        "cause": share("cause", scores),
        "date_coded_article_date": share("date_coded_article_date", scores),
        "date_coded_stated": share("date_coded_stated", scores),
    }


# --- running the pipeline ------------------------------------------------------------------------


def available_stages() -> tuple[str, ...]:
    """The sayso stages whose component module exists in this tree, in pipeline order."""
    modules = {name: f"sayso.nlp.{name.removeprefix('sayso_')}.component" for name in STAGES}
    return tuple(name for name in STAGES if importlib.util.find_spec(modules[name]) is not None)


def _articles(rows: list[dict[str, str]], folder: Path) -> list[Any]:
    """Write the README's files and read them back the way ``sayso extract DIR`` does."""
    from ..readers import BadInput, ReadOptions, read_inputs

    width = len(str(len(rows)))
    for i, row in enumerate(rows):
        (folder / f"{i:0{width}d}.txt").write_text(article_file_text(row), encoding="utf-8")
    items = list(read_inputs([folder], ReadOptions()))
    return [None if isinstance(item, BadInput) else item for item in items]


def _quantities_baseline(doc: Any, gold: int) -> tuple[bool, bool, bool, bool]:
    """Quantities-only figures for one article: is the gold count inside some casualty count (or a sum
    of the counts one word governs), inside the largest, equal to some count's stated number
    ("at least 12" states 12), and equal to the stated number of the first count of one event?"""
    from ..nlp.quantities.counts import casualty_counts, combined_count, stated_number

    counts = [c for c in casualty_counts(doc) if c.kind == "killed"]
    groups: dict[int, list[Any]] = {}
    for c in counts:
        groups.setdefault(c.cue, []).append(c)
    candidates = [(c.quantity.low, c.quantity.high) for c in counts if not c.subset]
    candidates += [t for g in groups.values() if (t := combined_count(g)) is not None]
    largest = combined_count(counts)
    parts = [c for c in counts if not c.subset]
    inside = any(fatality_hit(lo, hi, gold) for lo, hi in candidates)
    events = [c for c in parts if not c.cumulative]
    return (
        inside,
        largest is not None and fatality_hit(*largest, gold),
        inside or gold in {stated_number(c.quantity) for c in parts},
        bool(events) and stated_number(events[0].quantity) == gold,
    )


def _run(rows: list[dict[str, str]], stages: tuple[str, ...]) -> Iterable[tuple[dict[str, Any], Any]]:
    """(record dict, Doc) per row, in row order."""
    from ..extraction import record_from_doc
    from ..nlp.pipeline import load_pipeline, parse

    nlp = load_pipeline(stages=stages)
    with tempfile.TemporaryDirectory(prefix="sayso-fakes-") as tmp:
        articles = _articles(rows, Path(tmp))
    readable = [a for a in articles if a is not None]
    docs = iter(parse(nlp, readable))
    for article in articles:
        if article is None:
            yield {"events": [], "places": []}, None
        else:
            doc = next(docs)
            yield record_from_doc(article, doc).to_dict(), doc


#: The stage a metric cannot be measured without (reported as None when it is missing).
_NEEDS = {
    "fatalities_hit": "sayso_events",
    "fatalities_predicted": "sayso_events",
    "fatalities_median_abs_error": "sayso_events",
    "date_exact": "sayso_events",
    "date_within_1": "sayso_events",
    "date_coded_stated": "sayso_times",
    "actor": "sayso_events",
    "cause": "sayso_events",
    "governorate": "sayso_places",
}


def evaluate_with(rows: list[dict[str, str]], stages: tuple[str, ...]) -> dict[str, Any]:
    """Score ``rows`` running the given pipeline ``stages``."""
    records, baseline = [], []
    for (record, doc), row in zip(_run(rows, stages), rows, strict=True):
        records.append(record)
        if gold_count(row) > 0:
            baseline.append(_quantities_baseline(doc, gold_count(row)) if doc is not None else (False,) * 4)
    metrics = score(records, rows)
    missing = [key for key, stage in _NEEDS.items() if stage not in stages]
    metrics.update(dict.fromkeys(missing))
    keys = ("quantities_any_hit", "quantities_largest_hit", "quantities_stated_hit", "quantities_first_stated")
    for k, key in enumerate(keys):
        metrics[key] = round(sum(b[k] for b in baseline) / len(baseline), 4) if baseline else 0.0
    metrics["stages"] = list(stages)
    return metrics


def evaluate(data_dir: Path, *, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    """Score sayso on a FA-KES split with the whole pipeline (the stages present in this tree)."""
    metrics = evaluate_with(read_rows(data_dir, split, limit), available_stages())
    return {"split": split, **metrics}


def render(metrics: dict[str, Any]) -> str:
    """The metrics as a plain-text table."""
    lines = [
        f"FA-KES {metrics.get('split', '')}: {metrics['articles']} articles, "
        f"{metrics['fatality_rows']} with a gold count; stages: {', '.join(metrics.get('stages', []))}"
    ]
    labels = {
        "fatalities_hit": "fatalities inside the main event's interval",
        "fatalities_predicted": "rows with a predicted fatality interval",
        "fatalities_median_abs_error": "median absolute error of the midpoint",
        "governorate": "governorate",
        "date_exact": "date (exact)",
        "date_within_1": "date (within 1 day)",
        "actor": "actor class",
        "cause": "cause of death",
        "date_coded_article_date": "coded date is the article's own date",
        "date_coded_stated": "coded date is a day the article states",
        "quantities_any_hit": "gold count inside some casualty quantity",
        "quantities_largest_hit": "gold count inside the largest casualty quantity",
        "quantities_stated_hit": "... or equal to a casualty quantity's stated number",
        "quantities_first_stated": "gold count = stated number of the first event count",
    }
    for key, label in labels.items():
        value = metrics.get(key)
        shown = "n/a (stage missing)" if value is None else str(value)
        if isinstance(value, float):
            shown = f"{value:.4f}"
        lines.append(f"  {label:<50} {shown:>10}")
    return "\n".join(lines)
