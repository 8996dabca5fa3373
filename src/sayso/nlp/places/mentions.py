"""Finding place mentions: gazetteer n-grams over the tokens, checked against the NER and context."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ...gazetteer import Gazetteer
from ...gazetteer.normalise import name_key
from .lexicon import cues, demonyms, generic_words, state_abbreviations, stoplist

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_JOINERS = frozenset({"-", "'", "’", "&"})
STRONG_POPULATION = 100_000
#: Longest name looked up, in tokens (``Khan al - Assal`` is four).
MAX_TOKENS = 8


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of tokens that may name a place: its key in the gazetteer (``""`` if none)."""

    start: int  # token index
    end: int
    key: str
    label: str  # NER label covering it ("" if none)


def _breaks(token) -> bool:
    """Whether a name cannot run through ``token`` (sentence punctuation, line break)."""
    return (token.is_punct and token.text not in _JOINERS) or "\n" in token.text or token.is_space


def _inside_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues a capitalised entity name (``Douglas`` in ``Marjory Stoneman Douglas``)."""
    if i == 0 or doc[i].ent_iob_ != "I":
        return False
    prev = doc[i - 1]
    return prev.text[:1].isupper() and prev.lower_ not in ("the", "a", "an")


def gazetteer_matches(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Longest gazetteer names starting at capitalised tokens, left to right, not overlapping."""
    found: list[Mention] = []
    i, n = 0, len(doc)
    text = doc.text
    while i < n:
        tok = doc[i]
        if not tok.text[:1].isupper() or _breaks(tok):
            i += 1
            continue
        best = None
        end_limit = min(n, i + MAX_TOKENS)
        for j in range(i + 1, end_limit + 1):
            last = doc[j - 1]
            if j > i + 1 and _breaks(last):
                break
            if last.text in _JOINERS:
                continue
            key = name_key(text[tok.idx : last.idx + len(last.text)])
            if key in gaz.keys:
                best = (j, key)
        if best is None:
            i += 1
            continue
        found.append(Mention(i, best[0], best[1], doc[i].ent_type_))
        i = best[0]
    return found


def entity_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """GPE/LOC/FAC entities that no gazetteer match covers (kept unresolved if nothing fits)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or any(t in taken for t in range(ent.start, ent.end)):
            continue
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if start < ent.end:
            out.append(Mention(start, ent.end, name_key(doc[start : ent.end].text), ent.label_))
    return out


def abbreviation_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """US states written AP-style after a comma (``Richmond, Va.``), keyed by the state's name."""
    table = state_abbreviations()
    out = []
    for tok in doc:
        state = table.get(tok.text)
        if state and tok.i not in taken and tok.i > 0 and doc[tok.i - 1].text == ",":
            out.append(Mention(tok.i, tok.i + 1, name_key(state), tok.ent_type_))
    return out


def demonym_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """Demonyms (``Russian``, ``European``) keyed by the place they refer to."""
    table = demonyms()
    return [
        Mention(tok.i, tok.i + 1, name_key(table[tok.text]), tok.ent_type_)
        for tok in doc
        if tok.text in table and tok.i not in taken and not _heads_name(doc, tok.i) and not _inside_name(doc, tok.i)
    ]


def _heads_name(doc: Doc, i: int) -> bool:
    """Whether the word begins a longer place name (``Indian Ocean``, ``French Quarter``)."""
    nxt = i + 1 < len(doc) and doc[i + 1]
    return bool(nxt) and nxt.ent_iob_ == "I" and nxt.ent_type_ in PLACE_LABELS and nxt.text[:1].isupper()


def _preceded_by(doc: Doc, start: int, words: str) -> bool:
    return start > 0 and doc[start - 1].lower_ in cues()[words]


def _entity_at(doc: Doc, m: Mention):
    for ent in doc.ents:
        if ent.start <= m.start < ent.end:
            return ent
    return None


def accept(doc: Doc, m: Mention, strong: bool, curated: bool, exact: bool = False) -> bool:
    """Whether a gazetteer match is a place here, given the NER label over it and its context.

    ``strong``: a country, region or large city may denote it; ``curated``: a curated place may;
    ``exact``: it is some place's own name, not only a variant spelling.
    """
    if m.key in generic_words():
        return False
    ent = _entity_at(doc, m)
    label = ent.label_ if ent is not None else ""
    if label in PLACE_LABELS:
        return True
    if m.key in stoplist():
        return False
    if _inside_name(doc, m.start) and not strong:
        return False
    cue = _preceded_by(doc, m.start, "place_prepositions")
    if label == "PERSON":  # "Khan al-Assal", "Tamil Nadu said", "travelling to Cirencester"
        whole = ent.start == m.start and ent.end == m.end
        return curated or (strong and (cue or whole)) or (exact and _preceded_by(doc, m.start, "locative_prepositions"))
    if label:  # ORG, NORP ("Aleppo"), ...: a place name the model took for something else
        return strong or curated
    if m.end - m.start == 1 and doc[m.start].is_sent_start and not strong:
        return False
    return strong or curated or cue


def feature_after(doc: Doc, end: int) -> str:
    """The feature word right after a name (``River``, ``Street``, ``Airport``), lower case, or ``""``."""
    if end < len(doc) and doc[end].text[:1].isupper():
        word = doc[end].lower_.rstrip(".")
        if word in cues()["feature_after"] or word in cues()["facility_after"]:
            return word
    return ""
