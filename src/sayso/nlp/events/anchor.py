"""The article's own date when no publication or dateline date was given, and times resolved against it.

Scraped news often opens with its date ("Wed 05 Apr 2017 ...", "Published July 5 2015",
"Date of publication 14 October 2016", "AFP Friday 29 Jul 2016", "Last updated at Apr 232017").
Such a leading date is in effect the publication date: events with no time of their own get it, and
relative expressions ("on Tuesday") are resolved against it the way the times stage would have. The
date line's own words are no time of an event (its year is not "2015, the whole year"), whether the
reader took it for the article's date or not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc

from ...records import Time
from ..doctext import doc_text
from ..times.extract import extract_times
from .lexicon import DATA, read_tsv

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)

#: How far into the text a leading date may start.
LEAD_CHARS = 300


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """The date the article's relative expressions count from, and where the text gives it (if it does)."""

    day: date | None
    start: int = -1
    end: int = -1
    guessed: bool = False  # no date of the article: the first day the text names stands in for it


@cache
def _months() -> dict[str, int]:
    return {r["name"]: int(r["month"]) for r in read_tsv(DATA / "months.tsv")}


@cache
def _leading() -> re.Pattern[str]:
    names = "|".join(sorted(_months(), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"  # "Mon Jul 18 2016": the weekday is of the line
        rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{names})\.?,?\s+(?P<y1>(?:19|20)\d\d)"
        rf"|(?P<m2>{names})\.?\s+(?P<d2>\d{{1,2}}),?\s*(?P<y2>(?:19|20)\d\d)"
        r"|(?P<d3>\d{1,2})(?P<sep>[.\-/])(?P<n3>\d{1,2})(?P=sep)(?P<y3>(?:19|20)\d\d))(?!\d)",
        re.IGNORECASE,
    )


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def leading_date(text: str) -> ArticleDate:
    """The first full date (day, month and year) near the top of ``text``; ``day`` None if there is none."""
    for m in _leading().finditer(text[:LEAD_CHARS]):
        if m["d3"]:  # numeric, day first as in the region's press ("17.05.2017", "18-07-2015")
            found = _safe(int(m["y3"]), int(m["n3"]), int(m["d3"]))
        else:
            day, month, year = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
            found = _safe(int(year), _months()[month.lower()], int(day))
        if found is not None:
            return ArticleDate(found, m.start(), m.end())
    return ArticleDate(None)


def article_date(doc: Doc, times: Sequence[Time]) -> ArticleDate:
    """The anchor when the article has one (with where the text gives it, when its leading date is the
    anchor); else its leading date; else its first single-day date."""
    anchor = doc._.sayso_anchor
    lead = leading_date(doc_text(doc))
    if anchor is not None:
        return lead if lead.day == anchor else ArticleDate(anchor)
    if lead.day is not None:
        return lead
    for t in times:
        if t.from_ is not None and t.to in (None, t.from_):
            return ArticleDate(t.from_, guessed=True)
    return ArticleDate(None)


def anchored_times(doc: Doc, times: Sequence[Time], when: ArticleDate) -> list[Time]:
    """The times stage's expressions, those it could not place re-resolved against the article's
    leading date (when the Doc has no anchor of its own); the leading date itself left out, and a
    weekday never after the article's date."""
    if when.day is None:
        return list(times)
    if doc._.sayso_anchor is None and any(t.from_ is None for t in times):
        doc._.sayso_anchor = when.day
        try:
            times = extract_times(doc)  # resolves again what the times stage found: no new recognition
        finally:
            doc._.sayso_anchor = None
    return [
        _past(t, when.day) for t in times if not (when.start <= t.start < when.end or t.start <= when.start < t.end)
    ]


def _past(t: Time, day: date) -> Time:
    """A weekday the article names lies in the week before its date ("on Saturday" in Sunday's
    report), never in the week after."""
    if t.from_ is None or t.from_ <= day or (t.from_ - day).days >= 7 or t.to != t.from_:
        return t
    if not _WEEKDAY.search(t.text):
        return t
    back = t.from_ - timedelta(days=7)
    return Time(t.text, t.start, t.end, back.isoformat(), back, back)
