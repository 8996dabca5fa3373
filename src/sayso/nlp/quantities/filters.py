"""Numbers that count nothing: dates, years, times, money, percentages, ages, measures, identifiers."""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import not_count_words, units
from .numbers import Reading, digits_value

#: spaCy entity labels that mark a number as no count (unless a counted noun follows it).
NOT_COUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "LAW", "PRODUCT", "QUANTITY"})
_CHAIN = frozenset({"-", "/", ":", ".", "–"})


def _word(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def unit_after(doc: Doc, j: int) -> str | None:
    """The kind of measure named right after a number ("km", "percent", "-year-old"), if any."""
    if _word(doc, j) == "-" and j < len(doc) and not doc[j - 1].whitespace_:
        j += 1
    return units().get(_word(doc, j))


def _in_chain(doc: Doc, reading: Reading) -> bool:
    """Part of a run like "+963-11-234", "12/03" or "9.30" (no spaces): a phone number, date or time."""
    numbers, i = 0, reading.num_start
    while i > 0 and not doc[i - 1].whitespace_ and (doc[i - 1].text in _CHAIN or doc[i - 1].like_num):
        i -= 1
    j = reading.num_end
    while j < len(doc) and not doc[j - 1].whitespace_ and (doc[j].text in _CHAIN or doc[j].like_num):
        j += 1
    for tok in doc[i:j]:
        if tok.text.startswith("+") and tok.text[1:].isdigit():
            return True
        numbers += digits_value(tok.text) is not None
    inside = sum(digits_value(t.text) is not None for t in doc[reading.num_start : reading.num_end])
    return numbers > max(inside, 1)


def _neighbour_marks(doc: Doc, reading: Reading) -> str | None:
    """A word before or after the number that makes it no count ("Resolution 2254", "May 5", "aged 20")."""
    marks = not_count_words()
    before, after = doc[reading.start - 1] if reading.start else None, None
    if reading.num_end < len(doc):
        after = doc[reading.num_end]
    if before is not None and reading.start > 1:
        word = doc[reading.start - 2].lemma_.lower() or doc[reading.start - 2].lower_
        if two := marks.get((f"{word} {before.lower_}", "before")):
            return two  # "died at 92": an age
    for tok, where in ((before, "before"), (after, "after")):
        if tok is None:
            continue
        kind = marks.get((tok.lower_, where)) or marks.get((tok.lower_.rstrip("."), where))  # "Feb. 13"
        if kind == "date" and not tok.text[:1].isupper():
            continue
        if kind is not None:
            return kind
    return None


def _address(doc: Doc, reading: Reading) -> bool:
    """A street number: "12 Baghdad Street"."""
    for tok in doc[reading.num_end : reading.num_end + 4]:
        if not tok.text[:1].isupper():
            return False
        if not_count_words().get((tok.lower_, "after")) == "address":
            return True
    return False


def _identifier(doc: Doc, reading: Reading, counted: bool) -> bool:
    """A name followed by a digit number and nothing counted: "Geneva 2", "Hill 1200"."""
    if counted or reading.start == 0 or digits_value(doc[reading.num_start].text) is None:
        return False
    prev = doc[reading.start - 1]
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.is_sent_start


def _year_or_code(doc: Doc, reading: Reading, group_head: int | None) -> bool:
    text = doc[reading.num_start].text
    if reading.num_end - reading.num_start != 1 or digits_value(text) is None:
        return False
    if len(text) > 1 and text.startswith("0"):
        return True  # "05 Apr", "0914 GMT"
    if not (len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099):  # not "8.00"
        return False
    before = doc[max(0, reading.num_start - 2) : reading.num_start]
    after_date = any(t.like_num or not_count_words().get((t.lower_, "before")) == "date" for t in before)
    singular = group_head is not None and doc[group_head].tag_ in ("NN", "NNP")
    # "September 10 2013 Syria's ...", "the 2014 campaign": a year even before a noun
    return after_date or group_head is None or singular


def not_a_count(doc: Doc, reading: Reading, group_head: int | None) -> str | None:
    """Why the number read at ``reading`` counts nothing, or None when it is a count.

    ``group_head`` is the last token of the counted noun phrase (not a unit), if any; a counted group
    overrides spaCy's date-like labels.
    """
    counted = group_head is not None
    if unit_after(doc, reading.num_end) is not None:
        return "measure"
    if doc[reading.start - 1].is_currency if reading.start else False:
        return "money"
    ents = {doc[i].ent_type_ for i in range(reading.num_start, reading.num_end)}
    if ents & NOT_COUNT_ENTS and not counted:
        return "entity"
    if _in_chain(doc, reading):
        return "chain"
    if _year_or_code(doc, reading, group_head):
        return "year"
    if _address(doc, reading):
        return "address"
    if _identifier(doc, reading, counted):
        return "identifier"
    return _neighbour_marks(doc, reading)
