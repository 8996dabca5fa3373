"""The article's news and its background: incidents recalled as context are not the article's events.

A report leads with its news (the headline and the first sentences). An incident the body dates
before that news ("On February 22 a health facility was hit", "Saturday's convoy attack killed 126",
"in August 2013 sarin killed hundreds") is recalled as context: ACLED codes it from its own reports,
so it gives no event here and its toll is not taken for the article's.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from .merge import Candidate

#: Sentences of the body, after the headline paragraph, that make up the lead.
LEAD_SENTENCES = 2


def lead_end(doc: Doc) -> int:
    """Character offset where the lead ends: the headline paragraph and the body's first sentences."""
    brk = re.search(r"\n\s*\n", doc.text)
    body = brk.end() if brk else 0
    seen = 0
    for sent in doc.sents:
        if sent.end_char <= body or not sent.text.strip():
            continue
        seen += 1
        if seen >= LEAD_SENTENCES:
            return sent.end_char
    return len(doc.text)


def _focus(cands: list[Candidate], lead: int, fallback: date | None) -> date | None:
    """The day the news happened: the first dated event of the lead, else the article's date."""
    for cand in sorted(cands, key=lambda c: c.char):
        if cand.char < lead and cand.dated and cand.time_precision <= 2 and cand.time_from:
            return cand.time_from
    return fallback


def news_events(doc: Doc, cands: list[Candidate], fallback: date | None) -> list[Candidate]:
    """The candidates that are the article's news: those of the lead, and those the body does not
    date before the lead's day."""
    lead = lead_end(doc)
    focus = _focus(cands, lead, fallback)
    if focus is None:
        return cands
    return [
        c
        for c in cands
        if c.char < lead or not c.dated or c.time_to is None or c.time_to >= focus
    ]
