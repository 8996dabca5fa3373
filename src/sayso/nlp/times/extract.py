"""``extract_times``: every date and time expression of a Doc, resolved against the article anchor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from ...records import Time
from ..doctext import doc_text, last_doc
from . import lexicon
from . import resolve_calendar as cal
from . import resolve_clock as clock
from . import resolve_relative as rel
from .context import Context, Resolution, tense_at
from .recognise import Candidate, recognise

Resolver = Callable[[dict[str, str | None], Context], Resolution | None]

RESOLVERS: dict[str, Resolver] = {
    "date": cal.date_,
    "date_numeric": cal.date_numeric,
    "month": cal.month,
    "year": cal.year,
    "spelled_year": cal.spelled_year,
    "decade": cal.decade,
    "century": cal.century,
    "quarter": cal.quarter,
    "half": cal.half,
    "season": cal.season,
    "holiday": cal.holiday,
    "weekday": rel.weekday,
    "deictic": rel.deictic,
    "relative_unit": rel.relative_unit,
    "ago": rel.ago,
    "year_ago_period": rel.year_ago_period,
    "duration": rel.duration,
    "reference": rel.reference,
    "set": rel.frequency,
    "anaphoric": rel.anaphoric,
    "day_of_month": rel.day_of_month,
    "time": clock.clock_time,
}

#: Kinds whose resolution depends on the tense of the clause around them.
TENSED = frozenset({"date", "month", "season", "holiday", "weekday", "relative_unit", "day_of_month"})
#: Words before a year that make it a year even when a plural noun follows ("in 1990 elections").
YEAR_LEADS = frozenset(
    [
        "in",
        "since",
        "of",
        "by",
        "from",
        "until",
        "till",
        "to",
        "before",
        "after",
        "during",
        "for",
        "fiscal",
        "and",
        "or",
        "early",
        "late",
        "mid",
        "through",
    ]
)


def extract_times(doc: Doc) -> list[Time]:
    """The time expressions of ``doc`` with TIMEX3 values and the days they cover.

    Relative expressions resolve against ``doc._.sayso_anchor`` (never the clock); without an
    anchor they keep an unanchored value ("XXXX-WXX-6", "PAST_REF") and no days.
    """
    anchor: date | None = doc._.sayso_anchor if Doc.has_extension("sayso_anchor") else None
    text = doc_text(doc)
    resolved: list[tuple[Candidate, Resolution]] = []
    previous: Resolution | None = None
    for cand, tense in recognised(doc):
        result = RESOLVERS[cand.kind](cand.groups, Context(anchor, tense, previous))
        if result is None or result.value is None:
            continue
        resolved.append((cand, result))
        if (
            result.start is not None
            and cand.kind not in ("reference", "duration")
            or cand.kind == "duration"
            and result.start is not None
        ):
            previous = result
    return [_record(text, s, e, r) for s, e, r in _join_clock_times(text, resolved)]


@last_doc
def recognised(doc: Doc) -> list[tuple[Candidate, str]]:
    """The expressions of ``doc`` with the tense around each. The anchor plays no part here, so a
    second resolution against another anchor (the events stage's leading date) reuses them, as
    recognition is most of the stage's cost."""
    text = doc_text(doc)
    found = []
    for cand in recognise(text, lambda c: plausible(c, doc, text)):
        cand = possessive_weekday(cand, doc)
        found.append((cand, tense_at(doc, cand.start, cand.end) if cand.kind in TENSED else "unknown"))
    return found


def _record(text: str, start: int, end: int, res: Resolution) -> Time:
    return Time(text=text[start:end], start=start, end=end, value=res.value, from_=res.start, to=res.end)


def _join_clock_times(text: str, items: list[tuple[Candidate, Resolution]]) -> list[tuple[int, int, Resolution]]:
    """Clock times next to a day ("10 p.m. Wednesday", "Friday at noon") become one expression; a
    clock time given again in parentheses ("10:35 a.m. (0735 GMT) Friday") is put on the same day."""
    out: list[tuple[int, int, Resolution]] = []
    i = 0
    while i < len(items):
        cand, res = items[i]
        if cand.kind == "time" and i + 2 < len(items):
            (again, ares), (day, dres) = items[i + 1], items[i + 2]
            if again.kind == "time" and day.kind != "time" and _parenthesised(text, cand.end, again):
                times = (clock.join(res, dres), clock.join(ares, dres))
                if clock.joinable(text, cand.end, day.start) and None not in times:
                    out += [(cand.start, cand.end, times[0]), (again.start, again.end, times[1])]
                    out.append((day.start, day.end, dres))
                    i += 3
                    continue
        last = out[-1][2] if out else None
        if cand.kind == "time" and last and "T" in (last.value or "") and _parenthesised(text, out[-1][1], cand):
            on_day = clock.join(res, last)  # "Friday at 10:35 a.m. (0735 GMT)": on the day of the time before
            if on_day is not None:
                out.append((cand.start, cand.end, on_day))
                i += 1
                continue
        if i + 1 < len(items):
            nxt, nres = items[i + 1]
            pair = (res, nres) if cand.kind == "time" else (nres, res) if nxt.kind == "time" else None
            joined = clock.join(*pair) if pair and clock.joinable(text, cand.end, nxt.start) else None
            if joined is not None and cand.kind != nxt.kind:
                out.append((cand.start, nxt.end, joined))
                i += 2
                continue
        out.append((cand.start, cand.end, res))
        i += 1
    return out


def _parenthesised(text: str, after: int, cand: Candidate) -> bool:
    """``cand`` is the whole of a parenthesis opened right after ``after``."""
    return text[after : cand.start].strip() == "(" and text[cand.end : cand.end + 1] == ")"


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _next_token(doc: Doc, end: int) -> Token | None:
    tok = _token_at(doc, end - 1)
    if tok is None or tok.i + 1 >= len(doc):
        return None
    return doc[tok.i + 1]


#: Parts of speech of a word that a weekday's possessive may stand before ("Saturdays convoy attack").
_POSSESSED_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def possessive_weekday(cand: Candidate, doc: Doc) -> Candidate:
    """A plural weekday before a noun is a possessive that lost its apostrophe ("Saturdays convoy
    attack killed 126": Saturday's), one day rather than a habit; not after a word of habit ("on
    Saturdays markets close", ``data/habitual.tsv``) nor before a part of the day."""
    g = cand.groups
    if cand.kind != "weekday" or not g.get("plural") or g.get("pod") or g.get("rel"):
        return cand
    first, after = _token_at(doc, cand.start), _next_token(doc, cand.end)
    before = doc[first.i - 1] if first is not None and first.i > 0 else None
    if after is None or after.pos_ not in _POSSESSED_POS:
        return cand
    if before is not None and before.lower_ in lexicon.table("habitual.tsv"):
        return cand
    return replace(cand, groups={**g, "plural": None})


def plausible(cand: Candidate, doc: Doc, text: str) -> bool:
    """Rejects pattern matches that the words around them show are not times."""
    g = cand.groups
    tagged = doc.has_annotation("TAG")
    first, after = _token_at(doc, cand.start), _next_token(doc, cand.end)
    before = doc[first.i - 1] if first is not None and first.i > 0 else None
    if _is_title(doc, text, cand):
        return False  # ABC's "This Week"
    if cand.kind == "duration":
        return _plausible_duration(g, before, after, tagged)
    if cand.kind == "set" and tagged and first is not None and first.tag_ == "JJ":
        return not (after is not None and after.pos_ in ("NOUN", "PROPN"))  # "daily volume"
    if cand.kind == "month" and not (g.get("year") or g.get("rel") or g.get("mod") or g.get("yrel")):
        return not (tagged and first is not None and first.tag_ in ("MD", "VB", "VBP", "VBD"))
    if cand.kind == "year" and not g.get("fiscal"):
        lead = before.lower_ if before is not None else ""
        return not (tagged and after is not None and after.tag_ == "NNS" and lead not in YEAR_LEADS)
    if cand.kind == "season" and not g.get("year"):
        if after is not None and after.lower_ == "of":
            return False
        return not (tagged and first is not None and first.pos_ == "VERB")
    if cand.kind == "day_of_month":
        return not (tagged and after is not None and after.pos_ in ("NOUN", "PROPN"))
    return True


def _plausible_duration(g: dict[str, str | None], before: Token | None, after: Token | None, tagged: bool):
    """Not an age ("52 years old"), a rate ("$5 a year", "four flights a week"), a year or a fraction."""
    if after is not None and after.lower_ == "old":
        return False
    if (lexicon.number(g.get("num") or "") or 0) >= 1000:
        return False  # "the 1988 quarter": a year, not a count
    unit = (g.get("unit") or "").lower()
    if unit.startswith("quarter") and after is not None and after.lower_ == "of":
        return False
    if (g.get("num") or "").lower() in ("a", "an") and before is not None and not g.get("rel"):
        return not (before.like_num or (tagged and before.pos_ in ("NOUN", "NUM", "SYM")))
    return True


def _is_title(doc: Doc, text: str, cand: Candidate) -> bool:
    """A capitalised relative phrase inside a sentence: a programme or event name ("This Week")."""
    words = text[cand.start : cand.end].split()
    if cand.kind not in ("relative_unit", "deictic", "duration") or len(words) < 2:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    first = _token_at(doc, cand.start)
    return first is not None and not first.is_sent_start and first.i > 0 and doc[first.i - 1].text not in ".\n"
