"""Speakers: the normalised name of who speaks, and pronouns or short references resolved to it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from . import lexicon

_DETERMINERS = ("the ", "a ", "an ", "this ", "that ", "these ", "those ", "its ", "their ", "our ")
#: "<x> ministry" is "ministry of <x>"; these portfolios have a longer formal name.
_PORTFOLIOS = {"foreign": "foreign affairs", "home": "home affairs", "external": "external affairs"}
_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "de", "al", "el"})
_PERSONAL = {"he": "person", "she": "person", "him": "person", "her": "person"}
_IMPERSONAL = {"it": "body", "they": "body", "its": "body"}
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


@lru_cache(maxsize=50_000)
def normalise_speaker(text: str) -> str:
    """One name per body or person: alias table plus light normalisation.

    "the Syrian defense ministry" and "Syria's Ministry of Defense" both give
    "Syrian Ministry of Defense".
    """
    key = _key(text)
    table = lexicon.aliases()
    if key in table:
        return table[key]
    return _casing(key, text)


def _key(text: str) -> str:
    key = re.sub(r"\s+", " ", text.replace("’", "'")).strip(' ,.;:"“”').lower()
    for det in _DETERMINERS:
        if key.startswith(det):
            key = key[len(det) :]
    key = re.sub(r"'s?$", "", key)
    for country, adjective in lexicon.demonyms().items():
        if key.startswith(country + "'s ") or key.startswith(country + "' "):
            key = adjective.lower() + " " + key.split(" ", len(country.split()))[-1]
            break
    key = re.sub(r"\bdefence\b", "defense", key)
    if m := re.fullmatch(r"(.*?)\b([a-z]+) ministry", key):
        key = f"{m.group(1)}ministry of {_PORTFOLIOS.get(m.group(2), m.group(2))}".strip()
    return key


def _casing(key: str, original: str) -> str:
    """Title case, keeping the original spelling of words written with capitals (acronyms, al-)."""
    spelled = {w.lower(): w for w in re.findall(r"[\w'-]+", original) if not w.islower()}
    words = []
    for i, word in enumerate(key.split(" ")):
        if i > 0 and word in _SMALL:
            words.append(word)
        elif word in spelled:
            words.append(spelled[word])
        elif i > 0 and word in _SMALL:
            words.append(word)
        else:
            words.append(word[:1].upper() + word[1:])
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention with its resolved name and whether it names the speaker outright."""

    entity: str
    kind: str  # person | body
    named: bool
    relayed: bool = False  # spoken inside another statement ("X cited *Y* as saying ..."), not issued


def describe(span: SpacySpan) -> Mention:
    """What a speaker span says about the speaker, before resolution."""
    text = span.text
    low = text.lower()
    if low in _PERSONAL:
        return Mention(text, "person", False)
    if low in _IMPERSONAL or low in ("i", "we", "you"):
        return Mention(text, "body", False)
    ents = [t.ent_type_ for t in span if t.ent_type_ in _NAMED_ENTS]
    named = bool(ents) or any(t.pos_ == "PROPN" for t in span)
    kind = "person" if ents and ents[0] == "PERSON" else "body"
    return Mention(normalise_speaker(text), kind, named)


def resolve(span: SpacySpan, earlier: list[Mention]) -> Mention:
    """The speaker of ``span``: named as is (or as a longer earlier name), or a pronoun or short
    reference ("it", "the statement", "the party") resolved to the nearest fitting named speaker that
    issued a statement of its own (a relayed source is no antecedent: "X cited Y as saying ... The
    statement added ..." is X's)."""
    mention = describe(span)
    named = [m for m in reversed(earlier) if m.named]
    if mention.named:
        words = mention.entity.lower().split()
        for m in named:
            longer = m.entity.lower().split()
            prefix = len(words) < len(longer) and longer[: len(words)] == words
            surname = len(words) == 1 and m.kind == "person" and longer[-1] == words[0]
            if prefix or surname:
                return Mention(m.entity, m.kind, True)
        return mention
    head = span.root.lemma_.lower()
    low = span.text.lower()
    for m in (m for m in named if not m.relayed):
        if low in _PERSONAL and m.kind == "person":
            return Mention(m.entity, m.kind, True)
        if (low in _IMPERSONAL or head in lexicon.words("reference_nouns.tsv")) and m.kind == "body":
            return Mention(m.entity, m.kind, True)
        if span.root.pos_ == "NOUN" and head in m.entity.lower().split():
            return Mention(m.entity, m.kind, True)
    return mention
