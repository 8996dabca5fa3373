"""The linguistic knowledge of the times stage, read once per process from ``data/``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def table(name: str) -> dict[str, str]:
    """A two-column lexicon as ``{phrase: value}`` (phrases lower-cased unless case matters)."""
    keep_case = name in ("months.tsv", "weekdays.tsv", "holidays.tsv")
    return {(r[0] if keep_case else r[0].lower()): r[1] for r in _rows(name)}


@cache
def column_of(name: str, role: str) -> frozenset[str]:
    """The first column of the rows of ``name`` whose second column is ``role``."""
    return frozenset(r[0].lower() for r in _rows(name) if r[1] == role)


@dataclass(frozen=True, slots=True)
class Unit:
    """A calendar unit: TIMEX3 letter, whether it is a clock unit, and how many of the letter it is."""

    letter: str
    clock: bool
    multiplier: int


@cache
def units() -> dict[str, Unit]:
    return {r[0].lower(): Unit(r[1], r[2] == "T", int(r[3])) for r in _rows("units.tsv")}


@cache
def relative_words() -> dict[tuple[str, str], str]:
    """``{(class, phrase): meaning}`` from ``relative_words.tsv``."""
    return {(r[1], r[0].lower()): r[2] for r in _rows("relative_words.tsv")}


def relative(cls: str, phrase: str | None) -> str | None:
    """The meaning of a relative word in its class (``REL``, ``UREL``, ``DREL``, ...), or None."""
    if not phrase:
        return None
    return relative_words().get((cls, " ".join(phrase.lower().split())))


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _case_sensitive(words: list[str]) -> str:
    return f"(?-i:{_alternation(words)})"


def _number_words() -> str:
    nums = table("numbers.tsv")
    tens = [w for w, v in nums.items() if v.isdigit() and int(v) % 10 == 0 and 20 <= int(v) <= 90]
    ones = [w for w, v in nums.items() if v.isdigit() and 1 <= int(v) <= 9 and " " not in w and len(w) > 2]
    compound = f"(?:{_alternation(tens)})[\\s-](?:{_alternation(ones)})"
    return f"{compound}|{_alternation(list(nums))}"


def _first_per_value(name: str) -> list[str]:
    """The full names of a lexicon that lists each full name first ("January" before "Jan.")."""
    seen: dict[str, str] = {}
    for word, value in table(name).items():
        seen.setdefault(value, word)
    return list(seen.values())


@cache
def placeholders() -> dict[str, str]:
    """The ``{NAME}`` fillers used by ``patterns.json``."""
    months, weekdays = list(table("months.tsv")), list(table("weekdays.tsv"))
    rel = relative_words()
    by_class: dict[str, list[str]] = {}
    for cls, phrase in rel:
        by_class.setdefault(cls, []).append(phrase)
    unit_words = list(units())
    numword = _number_words()
    return {
        "MONTH": f"(?:{_case_sensitive(months)}(?![a-z]))",  # "4 Mar", not "4 Martyrs"
        "MONTH_FULL": _case_sensitive(_first_per_value("months.tsv")),
        "WEEKDAY": _case_sensitive(weekdays),
        "WEEKDAY_FULL": _case_sensitive(_first_per_value("weekdays.tsv")),
        "HOLIDAY": _case_sensitive(list(table("holidays.tsv"))),
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "YEAR": r"(?:1[6-9]\d\d|20\d\d)",
        "NUMWORD": numword,
        "TENS": _alternation(
            [w for w, v in table("numbers.tsv").items() if v in ("10", "20", "30", "40", "50", "60", "70", "80", "90")]
        ),
        "NUM": rf"(?:(?<![\d,.])\d+(?:\.\d+)?|{numword})",
        "UNIT": _alternation(unit_words),
        "UNIT_SING": _alternation([u for u in unit_words if not u.endswith("s")]),
        "SEASON": _alternation(list(table("seasons.tsv"))),
        "POD": _alternation(list(table("parts_of_day.tsv"))),
        "ORDINAL": _alternation(list(table("ordinals.tsv"))),
        "REF": _alternation(list(table("references.tsv"))),
        "SET": _alternation(list(table("sets.tsv"))),
        **{cls: _alternation(words) for cls, words in by_class.items()},
    }


_TRIGGER_LEXICONS = (
    "months.tsv",
    "weekdays.tsv",
    "holidays.tsv",
    "units.tsv",
    "seasons.tsv",
    "parts_of_day.tsv",
    "references.tsv",
    "sets.tsv",
    "ordinals.tsv",
)


@dataclass(frozen=True, slots=True)
class Triggers:
    """The words and word shapes without which no pattern can match (a cheap first pass); each word
    with its kinds: the lexicons it ends an entry of, and itself if ``patterns.json`` lists it."""

    words: dict[str, frozenset[str]]
    shapes: re.Pattern[str]


#: The kind of a word of the trigger shape ("2017", "90s", "5th").
SHAPE = "shape"


@cache
def triggers() -> Triggers:
    spec = json.loads((DATA / "patterns.json").read_text(encoding="utf-8"))
    kinds: dict[str, set[str]] = {w.lower(): {w.lower()} for w in spec["trigger_words"]}
    for name in _TRIGGER_LEXICONS:
        for phrase in table(name):
            kinds.setdefault(_last_word(phrase), set()).add(name.removesuffix(".tsv"))
    for day in _first_per_value("weekdays.tsv"):  # the weekday pattern's plural
        kinds.setdefault(f"{day.lower()}s", set()).add("weekdays")
    return Triggers({w: frozenset(k) for w, k in kinds.items()}, re.compile(spec["trigger_shapes"]))


def _last_word(phrase: str) -> str:
    return re.findall(r"\w+", phrase.lower())[-1]


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str
    regex: re.Pattern[str]
    #: The trigger kinds one of which every match holds (None: the pattern runs in every window).
    needs: frozenset[str] | None = None


@cache
def patterns() -> tuple[Pattern, ...]:
    """The compiled patterns of ``patterns.json``, in priority order."""
    spec = json.loads((DATA / "patterns.json").read_text(encoding="utf-8"))
    fill = placeholders()
    known = {SHAPE, *(name.removesuffix(".tsv") for name in _TRIGGER_LEXICONS)}
    known |= {w.lower() for w in spec["trigger_words"]}
    out = []
    for item in spec["patterns"]:
        if unknown := set(item.get("needs", ())) - known:
            raise ValueError(f"patterns.json: {item['kind']} pattern needs unknown trigger kinds {sorted(unknown)}")
        source = re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{fill[m.group(1)]})", item["regex"])
        needs = frozenset(item["needs"]) if "needs" in item else None
        out.append(Pattern(item["kind"], re.compile(source, re.IGNORECASE), needs))
    return tuple(out)


def number(text: str) -> int | float | None:
    """The value of a number in digits or words ("24", "twenty-four", "a couple of"); None if vague."""
    text = " ".join(text.lower().replace("-", " ").split())
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) if "." in text else int(text)
    nums = table("numbers.tsv")
    if text in nums:
        value = nums[text]
        return None if value == "X" else int(value)
    parts = [nums.get(p) for p in text.split()]
    if parts and all(p is not None and p != "X" for p in parts):
        return sum(int(p) for p in parts if p is not None)
    return None


def ordinal(text: str) -> int | None:
    """The value of "3rd", "third", "twenty-first"."""
    text = text.lower()
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    value = table("ordinals.tsv").get(text)
    return int(value) if value else None
