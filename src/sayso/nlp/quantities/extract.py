"""The quantities stage: every count in the text as the interval its words commit to, and what it counts.

Decisions (see also ``data/modifiers.tsv`` and ``data/vague.tsv``):

- "as many as N" and "up to N" give 1..N; "at least N" N..open; "more than N" N+1..open;
  "nearly N" just under N (within 10 %); "about N" within 5 %; "between X and Y" X..Y.
- "dozens" 24..99, "hundreds" 200..999, "thousands" 2000..9999 (10,000 and up is "tens of thousands").
- Dates, years, times, money, percentages, measures, ages ("a 50-year-old"), phone and street numbers
  and names with numbers ("Resolution 2254", "M5", "F-16") are not counts and give no quantity.
- ``of`` is the counted noun phrase ("Syrian soldiers"); a pronoun ("600 of them") takes the counted
  group of the nearest count before it in the same or the previous sentence, else stays the pronoun.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...records import Quantity
from ..doctext import doc_text
from .counted import Counted, counted_after, counted_by_predicate
from .filters import not_a_count
from .numbers import Reading, could_start, read_quantity
from .singular import singular_casualties

#: Words before "one" that make it a pronoun ("no one", "each one", "the one who").
_PRONOUN_ONE_BEFORE = frozenset({"no", "any", "each", "every", "the", "this", "that", "which", "someone"})


def _pronoun_one(doc: Doc, reading: Reading, counted: Counted) -> bool:
    """ "one" used as a pronoun or in "one of the most ..."."""
    tok = doc[reading.num_start]
    if reading.num_end - reading.num_start != 1 or tok.lower_ != "one":
        return False
    if doc.has_annotation("TAG") and tok.pos_ not in ("NUM", ""):
        return True
    if reading.start > 0 and doc[reading.start - 1].lower_ in _PRONOUN_ONE_BEFORE:
        return True
    after = doc[reading.end : reading.end + 3]
    return len(after) == 3 and after[0].lower_ == "of" and (after[2].tag_ in ("JJS", "RBS"))


def _sentence_start(doc: Doc, i: int, back: int = 0) -> int:
    """Character offset where the sentence of token ``i`` (or the one ``back`` sentences before) starts."""
    if not doc.has_annotation("SENT_START"):
        return max(0, doc[i].idx - 300)
    sent = doc[i].sent
    for _ in range(back):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start_char


def _antecedent(found: list[Quantity], doc: Doc, i: int) -> str | None:
    """The counted group of the nearest count before token ``i`` (same or previous sentence)."""
    earliest = _sentence_start(doc, i, back=1)
    for q in reversed(found):
        if q.start < earliest:
            break
        if q.of is not None and q.of.lower() not in ("them", "those", "these", "whom", "us", "which"):
            return q.of
    return None


def _quantity(doc: Doc, text: str, reading: Reading, counted: Counted, found: list[Quantity]) -> Quantity:
    end_tok = counted.end if counted.end is not None else reading.end
    start, end = doc[reading.start].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])
    of = counted.of
    if counted.pronoun:
        of = _antecedent(found, doc, reading.start) or of
    elif of is None:
        of = counted_by_predicate(doc, reading)
    return Quantity(text[start:end], start, end, reading.low, reading.high, of)


def extract_quantities(doc: Doc) -> list[Quantity]:
    """Every count in ``doc`` with its interval and counted group, in text order."""
    found: list[Quantity] = []
    text = doc_text(doc)
    i = floor = 0
    starts = could_start(doc)
    while i < len(doc):
        reading = read_quantity(doc, i, floor) if starts[i] else None
        if reading is None:
            i += 1
            continue
        counted = counted_after(doc, reading)
        has_group = counted.of is not None and not counted.unit and not counted.pronoun
        head = counted.end - 1 if has_group and counted.end is not None else None
        skip = counted.unit or not_a_count(doc, reading, head) or _pronoun_one(doc, reading, counted)
        if skip:
            i = floor = max(reading.num_end, i + 1)
            continue
        found.append(_quantity(doc, text, reading, counted, found))
        i = floor = max(counted.end or reading.end, reading.end)
    return sorted(found + singular_casualties(doc, found), key=lambda q: q.start)
