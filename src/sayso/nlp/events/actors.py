"""The actor dictionary: aliases in text -> ACLED-style actor names, classes and countries.

Built-in aliases live in ``data/actors.tsv``; users add theirs with ``SAYSO_ACTORS_EXTRA`` (paths to
TSV files in the same format, separated by ``os.pathsep``). No spaCy here: the exports use it too.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .lexicon import DATA, read_tsv

ENV_EXTRA = "SAYSO_ACTORS_EXTRA"

#: ACLED's inter codes by actor class.
INTER_CODES = {
    "state forces": 1,
    "rebel group": 2,
    "political militia": 3,
    "identity militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external forces": 8,
}


@dataclass(frozen=True, slots=True)
class Actor:
    """A normalised actor: ACLED-style name, class, home country (ISO2 or None)."""

    name: str
    actor_class: str
    country: str | None
    modifier: bool = False  # a bare adjective ("Russian") that counts only when attached by syntax

    @property
    def is_blocker(self) -> bool:
        return self.name == "-"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Where an alias of an actor appears in the text."""

    start: int
    end: int
    actor: Actor


def _actor(row: dict[str, str]) -> Actor:
    country = row["country"].strip()
    return Actor(
        name=row["actor"].strip(),
        actor_class=row["class"].strip(),
        country=None if country in ("", "-") else country,
        modifier=row.get("kind", "name").strip() == "modifier",
    )


def _extra_paths() -> tuple[Path, ...]:
    value = os.environ.get(ENV_EXTRA, "")
    return tuple(Path(p) for p in value.split(os.pathsep) if p.strip())


@cache
def _aliases(extra: tuple[Path, ...]) -> dict[str, Actor]:
    aliases: dict[str, Actor] = {}
    for path in (DATA / "actors.tsv", *extra):
        for row in read_tsv(path):
            aliases[row["alias"].strip()] = _actor(row)
    return aliases


def aliases() -> dict[str, Actor]:
    """Every alias (as written in the files) -> its actor; users' files override built-in ones."""
    return _aliases(_extra_paths())


def _alias_regex(alias: str) -> str:
    out = []
    for ch in alias:
        if ch == " ":
            out.append(r"[\s\-]+")
        elif ch == "-":
            out.append(r"[\s\-]*")
        elif ch in "'’":
            out.append(r"['’]?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


#: The characters of an alias that match loosely (spaces, hyphens, apostrophes; see ``_alias_regex``).
_LOOSE = frozenset(" -'’")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Folded:
    """The case-insensitive aliases as one alternation (``whole``, longest first) and, per first two
    letters, the part of it that may begin there (``by_start``; ``loose``: aliases whose first two
    characters match loosely, part of every group), so that a word is tried only against the aliases it
    can start. ``per_word`` is False when some alias begins with no word character: its start is then not
    a word's, and the whole alternation scans the text."""

    whole: re.Pattern[str]
    by_start: dict[str, re.Pattern[str]]
    loose: re.Pattern[str] | None
    per_word: bool


def _alternation(names: list[str], flags: int) -> re.Pattern[str]:
    """The aliases as one pattern; group ``alias`` is the alias, which a possessive's "s" may follow
    where scraping lost the apostrophe ("the regimes random attacks", "Daeshs de facto capital")."""
    body = "|".join(_alias_regex(a) for a in names) or r"(?!x)x"
    return re.compile(rf"(?<![\w\-])(?P<alias>{body})s?(?![\w])", flags)


def _start(alias: str) -> str | None:
    head = alias[:2]
    return head.lower() if len(head) == 2 and not _LOOSE.intersection(head) else None


def _folded(names: list[str]) -> _Folded:
    names = sorted(names, key=len, reverse=True)
    whole = _alternation(names, re.IGNORECASE)
    if not all(_WORD.match(a) for a in names):
        return _Folded(whole, {}, None, False)
    loose = [a for a in names if _start(a) is None]
    starts = {s for a in names if (s := _start(a)) is not None}
    by_start = {s: _alternation([a for a in names if _start(a) in (s, None)], re.IGNORECASE) for s in starts}
    return _Folded(whole, by_start, _alternation(loose, re.IGNORECASE) if loose else None, True)


def exact_case(alias: str) -> bool:
    """An alias written in capitals (``HTS``, ``U.S.``) matches only as written."""
    return alias.isupper() or (alias.replace(".", "").isupper() and len(alias) <= 5)


@cache
def _matchers(extra: tuple[Path, ...]) -> tuple[re.Pattern[str], _Folded, dict[str, Actor]]:
    table = _aliases(extra)
    keyed: dict[str, Actor] = {}
    exact, folded = [], []
    for alias, actor in table.items():
        if exact_case(alias):
            exact.append(alias)
            keyed[alias] = actor
        else:
            folded.append(alias)
            keyed[_fold(alias)] = actor
    return _alternation(sorted(exact, key=len, reverse=True), 0), _folded(folded), keyed


def _folded_matches(folded: _Folded, text: str) -> list[re.Match[str]]:
    """What ``finditer`` of the whole case-insensitive alternation finds, trying each word only against
    the aliases that can start it."""
    if not folded.per_word:
        return list(folded.whole.finditer(text))
    out: list[re.Match[str]] = []
    last_end = 0
    for word in _WORD.finditer(text):
        at = word.start()
        if at < last_end:
            continue
        start = text[at : at + 2].upper().lower()  # as the regex folds case: "ſ" is an "s"
        pattern = folded.by_start.get(start, folded.loose) if len(start) == 2 else folded.whole  # "İ"
        if pattern is not None and (m := pattern.match(text, at)):
            out.append(m)
            last_end = m.end()
    return out


def _possessed(actor: Actor | None, m: re.Match[str]) -> Actor | None:
    """The actor of a match, but none for a bare adjective with an "s" after it: "Syrians",
    "Americans" are people, not the possessive of "Syrian"."""
    if actor is not None and actor.modifier and m.end() != m.end("alias"):
        return None
    return actor


def _fold(text: str) -> str:
    return re.sub(r"[\s\-'’]+", "", text.lower())


def names_an_actor(text: str) -> bool:
    """Whether ``text`` is, as a whole, a name in the actor dictionary (a blocker too: "Syrian
    Observatory for Human Rights" names an organisation), also with a possessive's lost apostrophe
    ("Daeshs")."""
    _, _, keyed = _matchers(_extra_paths())
    forms = {text, text.removesuffix("'s").removesuffix("’s")}
    forms |= {f[:-1] for f in list(forms) if f.endswith("s")}
    return any((f if exact_case(f) else _fold(f)) in keyed for f in forms if f)


def find_actor_mentions(text: str, offset: int = 0) -> list[ActorMention]:
    """Actor aliases in ``text`` (offsets shifted by ``offset``), longest first, non-overlapping."""
    exact, folded, keyed = _matchers(_extra_paths())
    found: list[tuple[int, int, Actor]] = []
    for m in exact.finditer(text):
        actor = _possessed(keyed.get(m.group("alias")), m)
        if actor:
            found.append((m.start(), m.end(), actor))
    for m in _folded_matches(folded, text):
        actor = _possessed(keyed.get(_fold(m.group("alias"))), m)
        if actor:
            found.append((m.start(), m.end(), actor))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    mentions: list[ActorMention] = []
    last_end = -1
    for start, end, actor in found:
        if start < last_end:
            continue
        last_end = end
        if not actor.is_blocker and not _qualifies_another(text, end):
            mentions.append(ActorMention(start + offset, end + offset, actor))
    return mentions


@cache
def _qualifier_suffix() -> re.Pattern[str]:
    rows = [*read_tsv(DATA / "patrons.tsv"), *read_tsv(DATA / "holders.tsv")]
    words = "|".join(re.escape(r["word"]) for r in rows)
    return re.compile(rf"[\-‐–]\s?(?:{words})\b", re.IGNORECASE)


def _qualifies_another(text: str, end: int) -> bool:
    """The name at ``end`` is joined to a word that makes it the patron of others ("US-backed
    fighters") or the holder of a place ("rebel-held districts"), not a party itself."""
    return _qualifier_suffix().match(text, end) is not None


@cache
def _by_name(extra: tuple[Path, ...]) -> dict[str, Actor]:
    table: dict[str, Actor] = {}
    for actor in _aliases(extra).values():
        if not actor.is_blocker:
            table.setdefault(actor.name, Actor(actor.name, actor.actor_class, actor.country))
    return table


def actor_info(name: str | None) -> Actor | None:
    """The actor record for an ACLED-style name (as events carry it), or None if unknown."""
    if not name:
        return None
    table = _by_name(_extra_paths())
    if name in table:
        return table[name]
    for known, actor in table.items():  # templated names: "Civilians ({country})" vs "Civilians (Syria)"
        if "{country}" in known and name.startswith(known.split("{country}")[0]):
            return actor
    return None


def inter_code(actor: Actor | None, event_country: str | None) -> int | None:
    """ACLED's inter code: state forces acting outside their own country count as external (8)."""
    if actor is None:
        return None
    code = INTER_CODES.get(actor.actor_class)
    if code == 1 and actor.country and event_country and actor.country != event_country:
        return 8
    return code
