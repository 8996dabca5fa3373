"""Datelines: ``Damascus, December 1 (RHC)--``, ``BEIRUT (Reuters) -``, ``ALEPPO, Syria, Nov. 29, 2024 (AP) —``.

A dateline without a year takes it from the publication date or, failing that, from the nearest
full date written in the article.
"""

from __future__ import annotations

import re
from datetime import date

from ..records import Dateline

MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = r"(?P<month>(?i:" + _MONTH_NAMES + r"))\.?"
_PLACE = r"(?P<place>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3})"
_REGION = r"(?:,\s*[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})?"
_DASH = r"\s*(?:--|—|–|-|_|:)"
_AGENCY = r"\s*\((?P<agency>[^()\n]{1,40})\)"

DATED = re.compile(
    _PLACE + _REGION + r",\s*" + _MONTH + r"\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?"
    r"(?:" + _AGENCY + r")?" + _DASH
)
UNDATED = re.compile(r"(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})" + _REGION + _AGENCY + _DASH)
FULL_DATE = re.compile(
    r"\b" + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d{2})\b"
    r"|\b(?P<day2>\d{1,2})\s+(?P<month2>(?i:" + _MONTH_NAMES + r"))\.?,?\s+"
    r"(?P<year2>(?:19|20)\d{2})\b"
)

_WEEKDAY = r"(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|sday|nesday|rsday|urday)?\.?,?\s+)?"
_LEAD_PREFIX = r"(?:(?i:published|posted|updated|last updated|date of publication)(?:\s+(?i:on|at))?:?\s+)?"
LEADING_DATE = re.compile(
    _LEAD_PREFIX + _WEEKDAY + r"(?:"
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>(?i:" + _MONTH_NAMES + r"))\.?,?\s+(?P<y1>(?:19|20)\d{2})"
    r"|(?P<m2>(?i:" + _MONTH_NAMES + r"))\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<y2>(?:19|20)\d{2})"
    r"|(?P<d3>\d{1,2})[./-](?P<m3>\d{1,2})[./-](?P<y3>(?:19|20)\d{2})"
    r"|(?P<y4>(?:19|20)\d{2})-(?P<m4>\d{2})-(?P<d4>\d{2})"
    r")(?!\d)"  # scraped pages lose spaces: "Apr 232017", "01.10.2017Get short URL"
)
#: Capitalised words of a credit that may stand between a repeated headline and its date line ("... AFP Tuesday").
CREDIT_WORDS = 2
#: Headline words a body paragraph must repeat before its date line counts (or the whole headline).
MIN_REPEATED = 3

#: How far into the text a dateline may start (it opens a paragraph near the top).
SEARCH_CHARS = 3000


def find_dateline(text: str, published: date | None) -> Dateline | None:
    """The dateline at the start of one of the first paragraphs of ``text``, or None."""
    found = find_dateline_with_agency(text, published)
    return found[0] if found else None


def find_dateline_with_agency(text: str, published: date | None) -> tuple[Dateline, str | None] | None:
    """The dateline and the agency named in it (``(Reuters)`` → ``Reuters``), or None."""
    for start in _paragraph_starts(text[:SEARCH_CHARS]):
        head = text[start : start + 200]
        m = DATED.match(head)
        if m and m.group("month").lower() in MONTHS:
            return Dateline(place=_place_name(m.group("place")), date=_resolve(m, text, published)), m.group("agency")
        m = UNDATED.match(head)
        if m:
            return Dateline(place=_place_name(m.group("place")), date=None), m.group("agency")
    leading = find_leading_date(text)
    return (Dateline(place=None, date=leading), None) if leading else None


def find_leading_date(text: str, paragraphs: int = 3) -> date | None:
    """A date that opens one of the first paragraphs, as scraped pages often start
    (``Wed 05 Apr 2017 ...``, ``Published July 5, 2015``, ``17.05.2017``): the article's own date.
    A paragraph that opens by repeating the headline may give it after the repeat and a short credit
    (``Strikes kill 20 Monitor AFP Tuesday 23 Sep 2014 ...``)."""
    found = leading_date_match(text, paragraphs)
    return found[1] if found else None


def leading_date_match(text: str, paragraphs: int = 3) -> tuple[re.Match[str], date] | None:
    """The match of the leading date :func:`find_leading_date` reads, and its date."""
    starts = _paragraph_starts(text[:SEARCH_CHARS])[:paragraphs]
    for start in starts:
        m = LEADING_DATE.match(text, start) or _after_headline(text, starts[0], start)
        if not m:
            continue
        if m.group("y1"):
            found = _safe_date(int(m.group("y1")), MONTHS[m.group("m1").lower()], int(m.group("d1")))
        elif m.group("y2"):
            found = _safe_date(int(m.group("y2")), MONTHS[m.group("m2").lower()], int(m.group("d2")))
        elif m.group("y3"):  # day first, as outside the United States
            found = _safe_date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        else:
            found = _safe_date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
        if found:
            return m, found
    return None


def _after_headline(text: str, headline: int, start: int) -> re.Match[str] | None:
    """The date line after a repeat of the headline (the first paragraph) at the start of the paragraph
    at ``start``, and at most ``CREDIT_WORDS`` words of credit."""
    if start == headline:
        return None
    title = text[headline:].split("\n", 1)[0].split()
    words = list(re.finditer(r"\S+", text[start : start + SEARCH_CHARS // 3]))
    repeated = 0
    while repeated < min(len(title), len(words)) and words[repeated].group() == title[repeated]:
        repeated += 1
    if repeated < min(MIN_REPEATED, len(title)) or repeated == 0:
        return None
    for skip in range(repeated, min(repeated + CREDIT_WORDS, len(words) - 1) + 1):
        if skip > repeated and not words[skip - 1].group()[:1].isupper():
            return None  # a credit is a name ("AFP", "Reuters"), not running text ("and on Tuesday ...")
        m = LEADING_DATE.match(text, start + words[skip].start())
        if m:
            return m
    return None


def _paragraph_starts(text: str) -> list[int]:
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n\s*", text)]
    return [s + (len(text[s:]) - len(text[s:].lstrip())) for s in starts]


def _place_name(raw: str) -> str:
    return raw.title() if raw.isupper() else raw


def _resolve(m: re.Match[str], text: str, published: date | None) -> date | None:
    month, day = MONTHS[m.group("month").lower()], int(m.group("day"))
    if m.group("year"):
        return _safe_date(int(m.group("year")), month, day)
    reference = published or _nearest_full_date(text, m.start())
    if reference is None:
        return None
    options = [d for y in (reference.year - 1, reference.year, reference.year + 1) if (d := _safe_date(y, month, day))]
    return min(options, key=lambda d: abs((d - reference).days)) if options else None


def _nearest_full_date(text: str, position: int) -> date | None:
    best: tuple[int, date] | None = None
    for m in FULL_DATE.finditer(text):
        if m.group("month"):
            month, day, year = m.group("month"), m.group("day"), m.group("year")
        else:
            month, day, year = m.group("month2"), m.group("day2"), m.group("year2")
        found = _safe_date(int(year), MONTHS[month.lower()], int(day))
        distance = abs(m.start() - position)
        if found and (best is None or distance < best[0]):
            best = (distance, found)
    return best[1] if best else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
