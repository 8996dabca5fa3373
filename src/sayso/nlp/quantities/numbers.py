"""Reading numbers in text: digits, spelled-out numbers, vague quantifiers, ranges and modifiers.

Every reading is an interval ``low``..``high`` (``high`` None = open above) over token indices.
The rules that turn "N" with a modifier into an interval are named in ``data/modifiers.tsv``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from spacy.attrs import LIKE_NUM, ORTH
from spacy.tokens import Doc

from .lexicon import Vague, modifiers, number_words, suffixes, vague_phrases

_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_RANGE_IN_TOKEN = re.compile(r"^(\d[\d,]*)[–—-](\d[\d,]*)$")
_GROUP_OF_THREE = re.compile(r"^\d{3}$")
_SHORT_INT = re.compile(r"^\d{1,3}$")
_RANGE_WORDS = {"-", "–", "—", "to", "or"}
_CHANGE_VERBS = {"rise", "increase", "climb", "jump", "grow", "fall", "drop", "decrease", "soar", "go"}


@dataclass(frozen=True, slots=True)
class Reading:
    """A number phrase: tokens ``start``..``end`` with modifiers, the number in ``num_start``..``num_end``."""

    start: int
    num_start: int
    num_end: int
    end: int
    low: int | None
    high: int | None
    vague: bool = False


def digits_value(text: str) -> float | None:
    """The value of a digit token ("300", "1,200", "1.5"), else None."""
    if not _DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def _lower(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _attached(doc: Doc, i: int) -> bool:
    """Token ``i`` follows token ``i - 1`` with no space between."""
    return i > 0 and not doc[i - 1].whitespace_


def _word_number(doc: Doc, i: int) -> tuple[int, float] | None:
    """A spelled-out number from token ``i`` ("twenty-five", "three hundred and fifty")."""
    words = number_words()
    total = current = 0.0
    j, last = i, ""
    while j < len(doc):
        word = _lower(doc, j)
        joiner = word in ("-", "and") and last
        if joiner:
            following = words.get(_lower(doc, j + 1), (0, ""))[1]
            ok_dash = word == "-" and last == "ten" and following == "unit" and _attached(doc, j)
            ok_and = word == "and" and last == "scale" and following in ("unit", "ten")
            if not (ok_dash or ok_and):
                break
            j, word = j + 1, _lower(doc, j + 1)
        if word not in words:
            break
        value, kind = words[word]
        if kind == "scale" and not last:
            return None  # "hundred" alone is no number; "a hundred" is read as a vague phrase
        ten_unit = kind == "unit" and last == "ten" and value < 10  # "twenty five"
        if kind != "scale" and last in ("unit", "ten") and not ten_unit:
            break
        if kind == "scale" and value == 100:
            current = max(current, 1) * 100
        elif kind == "scale":
            total += max(current, 1) * value
            current = 0
        else:
            current += value
        last, j = kind, j + 1
    return (j, total + current) if last else None


def _scale_after(doc: Doc, j: int) -> tuple[int, int, bool]:
    """A scale word at ``j`` ("million", "dozen"): (end, factor, round_up), else (j, 1, False)."""
    word = _lower(doc, j)
    value, kind = number_words().get(word, (1, ""))
    if kind != "scale":
        return j, 1, False
    return j + 1, value, value != 12


@cache
def _vague_by_first_word() -> dict[str, list[tuple[tuple[str, ...], Vague]]]:
    index: dict[str, list[tuple[tuple[str, ...], Vague]]] = {}
    for words, vague in sorted(vague_phrases().items(), key=lambda item: -len(item[0])):
        index.setdefault(words[0], []).append((words, vague))
    return index


@cache
def starters() -> frozenset[str]:
    """Lower-cased words a number phrase can start with (besides digits)."""
    return frozenset(_vague_by_first_word()) | frozenset(number_words())


def could_start(doc: Doc) -> list[bool]:
    """Cheap test of each token: can a number phrase start there? (Read from the Doc's arrays: the
    answer depends on the word alone, so it is kept per word.)"""
    strings, words = doc.vocab.strings, starters()
    out = []
    for orth, like_num in doc.to_array([ORTH, LIKE_NUM]).tolist():
        found = _STARTS.get(orth)
        if found is None:
            text = strings[orth]
            found = bool(like_num) or text.lower() in words or bool(_RANGE_IN_TOKEN.match(text))
            if len(_STARTS) > 200_000:
                _STARTS.clear()
            _STARTS[orth] = found
        out.append(found)
    return out


#: Whether a number phrase can start at a word, by the word's string id.
_STARTS: dict[int, bool] = {}


def _vague_at(doc: Doc, i: int) -> tuple[int, Vague] | None:
    """The longest vague quantifier starting at token ``i``."""
    for words, vague in _vague_by_first_word().get(_lower(doc, i), ()):
        n = len(words)
        if tuple(_lower(doc, k) for k in range(i, i + n)) == words:
            return i + n, vague
    return None


def _multiply(low: int, high: int, factor: int, round_up: bool) -> tuple[int, int]:
    """``low``..``high`` of a scale ("several hundred" = 300..999, "a few dozen" = 24..60)."""
    return low * factor, ((high + 1) * factor - 1) if round_up else high * factor


def _plural_scale(doc: Doc, j: int) -> tuple[int, int] | None:
    """ "of thousands" / "of millions" at ``j``: (end, factor)."""
    if _lower(doc, j) != "of":
        return None
    word = _lower(doc, j + 1)
    value, kind = number_words().get(word.removesuffix("s"), (0, ""))
    if word.endswith("s") and kind == "scale" and value >= 1000:
        return j + 2, value
    return None


def read_number(doc: Doc, i: int) -> tuple[int, int, int | None, bool] | None:
    """The number starting at token ``i``: (end, low, high, vague), or None."""
    vague = _vague_at(doc, i)
    if vague is not None:
        end, v = vague
        low, high = v.low, v.high
        scale_end, factor, round_up = _scale_after(doc, end)
        if v.role == "multiplier" and factor > 1:
            low, high = _multiply(v.low, v.high, factor, round_up)
            end = scale_end
        plural = _plural_scale(doc, end)
        if plural is not None and (v.role == "multiplier" or v.low >= 100):
            low, high = _multiply(low, high, plural[1], True)
            end = plural[0]
        return end, low, high, low != high
    value = digits_value(doc[i].text)
    if value is not None:
        end = i + 1
        while _GROUP_OF_THREE.match(_lower(doc, end)) and _SHORT_INT.match(doc[end - 1].text) and end - i < 3:
            value, end = value * 1000 + int(doc[end].text), end + 1  # "1 000 civilians"
    else:
        spelled = _word_number(doc, i)
        if spelled is None:
            return None
        end, value = spelled
    scale_end, factor, _ = _scale_after(doc, end)
    if factor > 1:
        value, end = value * factor, scale_end
    if value != int(value):
        return None
    return end, int(value), int(value), False


def _in_token_range(doc: Doc, i: int) -> Reading | None:
    match = _RANGE_IN_TOKEN.match(doc[i].text)
    if not match:
        return None
    low, high = (int(g.replace(",", "")) for g in match.groups())
    return Reading(i, i, i + 1, i + 1, low, high, True) if low < high else None


def _range(doc: Doc, i: int, first: tuple[int, int, int | None, bool]) -> Reading | None:
    """ "10 to 15", "10-15", "two or three", "between 10 and 15", "from 10 to 20"."""
    end, low, high, vague = first
    word = _lower(doc, end)
    before = _lower(doc, i - 1)
    if vague or not (word in _RANGE_WORDS or (word == "and" and before == "between")):
        return None
    if word in ("-", "–", "—") and not (_attached(doc, end) and _attached(doc, end + 1)):
        return None
    second = read_number(doc, end + 1)
    if second is None or second[3] or second[1] <= low:
        return None
    if before == "from" and i >= 2 and doc[i - 2].lemma_ in _CHANGE_VERBS:
        return None  # "rose from 20 to 30" is a change, not a range
    start = i - 1 if before in ("between", "from") else i
    return Reading(start, i, second[0], second[0], low, second[2], True)


def apply_rule(rule: str, n: int) -> tuple[int | None, int | None]:
    """The interval a modifier rule gives the number ``n`` (see ``data/modifiers.tsv``)."""
    if rule == "upto":
        return min(1, n), n
    if rule == "atleast":
        return n, None
    if rule == "over":
        return n + 1, None
    if rule == "under":
        return (1 if n > 1 else 0), max(n - 1, 0)
    if rule == "nearly" and n >= 2:
        return min(math.ceil(0.9 * n), n - 1), n - 1
    if rule == "about":
        return math.ceil(0.95 * n), math.floor(1.05 * n)
    return n, n


def _phrase_before(doc: Doc, i: int, table: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    """The longest phrase of ``table`` that ends right before token ``i``: (its first token, its rule)."""
    longest = max(len(words) for words in table)
    window = tuple(_lower(doc, k) for k in range(max(0, i - longest), i))
    best = None
    for words, rule in table.items():
        n = len(words)
        if n <= len(window) and window[-n:] == words and (best is None or i - n < best[0]):
            best = (i - n, rule)
    return best


def _phrase_after(doc: Doc, j: int) -> tuple[int, str] | None:
    best = None
    k = j + 1 if _lower(doc, j) == "-" and _attached(doc, j) else j
    for words, rule in suffixes().items():
        n = len(words)
        if tuple(_lower(doc, m) for m in range(k, k + n)) == words and (best is None or k + n > best[0]):
            best = (k + n, rule)
    return best


def read_quantity(doc: Doc, i: int, floor: int = 0) -> Reading | None:
    """The whole number phrase whose number starts at token ``i``; modifiers may reach back to ``floor``."""
    ranged = _in_token_range(doc, i)
    if ranged is not None:
        return ranged
    first = read_number(doc, i)
    if first is None:
        return None
    ranged = _range(doc, i, first)
    if ranged is not None:
        return ranged if ranged.start >= floor else None
    end, low, high, vague = first
    start = i
    if not vague:
        before = _phrase_before(doc, i, modifiers())
        if before is not None and before[0] >= floor:
            start = before[0]
            low, high = apply_rule(before[1], low)
        elif (after := _phrase_after(doc, end)) is not None:
            low, high = apply_rule(after[1], low)
            return Reading(start, i, end, after[0], low, high, True)
    return Reading(start, i, end, end, low, high, vague or low != high)
