"""Finding place mentions: gazetteer n-grams over the tokens, checked against the NER and context."""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import cache

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ...gazetteer import Candidate, Gazetteer
from ...gazetteer.normalise import arabic_key, is_article, join_key, name_key, open_key, word_keys
from ..doctext import doc_text, last_doc, token_words
from .lexicon import cues, demonyms, generic_words, name_heads, state_abbreviations, stoplist

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels under which a name is never a place (``October 6`` is a date, not the Egyptian city).
NOT_PLACE_LABELS = frozenset({"DATE", "TIME"})
_JOINERS = frozenset({"-", "'", "’", "&"})
_DATELINE_ENDS = frozenset(",-–—(")
#: What stands between a place and the place that holds it (``Parkland, Florida``, ``Walker County (Ga.)``).
CONTAINER_MARKS = frozenset({",", "("})
#: A US party's letter before a state abbreviation (``R-Ky.``, ``D-Ill.``).
_PARTY_LETTERS = frozenset({"R", "D", "I"})
_POSSESSIVES = frozenset({"'s", "’s"})
STRONG_POPULATION = 100_000
#: Longest name looked up, in tokens (``Khan al - Assal`` is four).
MAX_TOKENS = 8
#: Longest all-capitals word taken for an acronym (``BBC``, ``NATO``).
MAX_ACRONYM = 4


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of tokens that may name a place: its key in the gazetteer (``""`` if none)."""

    start: int  # token index
    end: int
    key: str
    label: str  # NER label covering it ("" if none)


def _inside_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues a capitalised entity name (``Douglas`` in ``Marjory Stoneman Douglas``)."""
    if i == 0 or doc[i].ent_iob_ != "I":
        return False
    prev = doc[i - 1]
    return prev.text[:1].isupper() and prev.lower_ not in ("the", "a", "an")


def gazetteer_matches(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Longest gazetteer names starting at capitalised tokens, left to right, not overlapping."""
    text, keys, prefixes = doc_text(doc), gaz.keys, gaz.prefixes
    rows = doc.to_array([IDX, LENGTH, IS_PUNCT, IS_SPACE]).tolist()
    words = [text[r[0] : r[0] + r[1]] for r in rows]
    stops = [
        bool(r[3]) or (bool(r[2]) and w not in _JOINERS) or "\n" in w or _folded_acronym(w)
        for r, w in zip(rows, words, strict=True)
    ]
    for k in range(1, len(words)):
        if _abbreviation_dot(rows, words, k):
            stops[k] = False  # "ST. LOUIS": the tokenizer splits the period off a word in capitals
    n = len(words)
    found: list[Mention] = []
    i = 0
    while i < n:
        if not words[i][:1].isupper() or stops[i]:
            i += 1
            continue
        best = None
        folded: list[str] = []
        proper = True  # every word capitalised or an article: "Deir ez-Zor", not "As is"
        for j in range(i + 1, min(n, i + MAX_TOKENS) + 1):
            if j > i + 1 and stops[j - 1]:
                break
            if words[j - 1] in _JOINERS or words[j - 1] == ".":
                continue
            joined = _joined_clitic(folded, words[j - 1], keys, prefixes)
            if joined:
                folded[-1] += "s"
            else:
                folded.extend(word_keys(words[j - 1]))
                proper = proper and (words[j - 1][:1].isupper() or is_article(words[j - 1].lower()))
            key = join_key(folded)
            if not joined and key in keys:
                best = (j, key)
            elif not joined and proper and (arabic := arabic_key(key)) in keys:
                best = (j, arabic)  # "Eastern Gouta": an Arabic name spelled another way
            start = open_key(folded)
            goes_on = j < n and words[j] in _POSSESSIVES and start + "s" in prefixes  # "Democratic People's"
            if start not in prefixes and not (proper and arabic_key(start) in prefixes) and not goes_on:
                break  # no longer name begins with these words
        if best is None:
            i += 1
            continue
        if not _qualifies(found, words, i) and not _head_of_longer(words, i, best[0]):
            found.append(Mention(i, best[0], best[1], doc[i].ent_type_))
        i = best[0]
    return found


def _abbreviation_dot(rows: list[list[int]], words: list[str], k: int) -> bool:
    """The period at ``k`` ends an abbreviation of two or three letters written against it (``ST.``)."""
    before = words[k - 1]
    return words[k] == "." and rows[k - 1][0] + rows[k - 1][1] == rows[k][0] and before.isalpha() and len(before) <= 3


def _joined_clitic(folded: list[str], word: str, keys: Container[str], prefixes: Container[str]) -> bool:
    """Whether a possessive ``'s`` is read as part of the word before it ("Democratic People's Republic
    of Korea"): only where the gazetteer has no name that writes it apart ("St George s", an alternate
    name of St. George's, Grenada), and never ending a name ("the Queen's" is not Queens)."""
    if not folded or word not in _POSSESSIVES:
        return False
    apart = join_key([*folded, "s"])
    return apart not in keys and open_key([*folded, "s"]) not in prefixes


def _head_of_longer(words: list[str], i: int, end: int) -> bool:
    """The one word matched begins a longer name the gazetteer lacks ("Bab al-Nasr", "Tal Toughan"):
    an Arabic name head (``name_heads.txt``) followed by a capitalised word or by an article joined
    to one."""
    if end != i + 1 or name_key(words[i]) not in name_heads():
        return False
    after = words[end : end + 3]
    if after and after[0][:1].isupper():
        return True
    return len(after) == 3 and is_article(after[0].lower()) and after[1] == "-" and after[2][:1].isupper()


def _qualifies(found: list[Mention], words: list[str], i: int) -> bool:
    """The name at ``i`` follows a place and an Arabic article joined to it ("Daraa al-Balad", the
    town's old quarter; "Homs al-Qadima"): it qualifies that place, whose part the whole name is, and is
    no place of its own (not Balad in Iraq)."""
    if not found or found[-1].end != i - 2:
        return False
    return is_article(words[i - 2].lower()) and words[i - 1] == "-"


def spelled_places(doc: Doc, m: Mention, candidates: list[Candidate]) -> list[Candidate]:
    """The places a name may denote as it is written: a word of two to four capitals in a line not
    itself in capitals (``CHU``, ``WA``) is a set of letters, naming a country or a region by its code
    (``UAE``, ``BC``) or a curated place (``NYC``), never a town whose name or variant it folds to (Chu,
    Wa, Warsaw through ``Wwa``); a town is written so only in a date line or a headline in capitals."""
    if m.end - m.start != 1 or not is_acronym(doc[m.start].text):
        return candidates
    window = doc[max(0, m.start - 3) : m.end + 3]
    around = [t.text for t in window if t.is_alpha and len(t.text) > 1 and t.i != m.start]
    if all(w.isupper() for w in around) or m.end <= dateline_end(doc):
        return candidates
    return [c for c in candidates if c.curated or c.kind in ("country", "region")]


def is_acronym(word: str) -> bool:
    """Two to four capital letters (``CHU``, ``WA``, ``BBC``)."""
    return 1 < len(word) <= MAX_ACRONYM and word.isupper() and word.isalpha()


def _folded_acronym(word: str) -> bool:
    """An acronym that matches a name only through a fold (``BBC`` → ``BC``): never a place name."""
    return is_acronym(word) and word_keys(word) != (word.lower(),)


def entity_mentions(doc: Doc, taken: set[int], people: frozenset[str] = frozenset()) -> list[Mention]:
    """GPE/LOC/FAC entities that no gazetteer match covers (kept unresolved if nothing fits), and
    streets and buildings the NER calls organisations (``Royal Street``, ``Derry's Altnagelvin Hospital``:
    the building after the possessive, if two words or more; the place before it is a mention of its own)."""
    out, words = [], token_words(doc)
    for ent in doc.ents:
        start = ent.start + 1 if words[ent.start][0].lower() == "the" else ent.start
        if _street_name(ent):
            start = max([t.i + 1 for t in ent[:-2] if t.lower_ in _POSSESSIVES] + [start])
        elif ent.label_ not in PLACE_LABELS:
            continue
        if start < ent.end and (ent.text.islower() or is_surname(doc, start, ent.end, people)):
            continue  # "Denying us justice": a place's name has a capital; "Kasich" is the person
        if start < ent.end and not taken.intersection(range(start, ent.end)):
            out.append(Mention(start, ent.end, name_key(doc[start : ent.end].text), ent.label_))
    return out


def _street_name(ent: Span) -> bool:
    """An organisation-labelled street or building (``New Road``, ``City Hall``): capitalised, more than
    one word, ending in a street or building word."""
    if ent.label_ != "ORG" or len(ent) < 2:
        return False
    last, c = ent[-1], cues()
    return last.text[:1].isupper() and (last.lower_ in c["street_after"] or last.lower_ in c["building_after"])


def abbreviation_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """US states written AP-style after a comma or bracket (``Richmond, Va.``, ``Walker County (Ga.)``)
    or after a party's letter (``Mitch McConnell, R-Ky.``), keyed by the state's name."""
    table = state_abbreviations()
    out = []
    for i in _positions(doc, _string_ids(state_abbreviations)):
        if i in taken or i == 0:
            continue
        party = i > 1 and doc[i - 1].text == "-" and doc[i - 2].text in _PARTY_LETTERS
        if doc[i - 1].text in CONTAINER_MARKS or party:
            out.append(Mention(i, i + 1, name_key(table[doc[i].text]), doc[i].ent_type_))
    return out


def _positions(doc: Doc, wanted: frozenset[int]) -> list[int]:
    """Indices of the tokens whose text's string id is in ``wanted`` (see :func:`_string_ids`)."""
    return [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in wanted]


@cache
def _demonym_firsts() -> dict[str, str]:
    """The first word of each two-word demonym -> the demonym (``South`` -> ``South Korean``)."""
    return {word.split()[0]: word for word in demonyms() if " " in word}


@cache
def _string_ids(table: Callable[[], dict[str, str]]) -> frozenset[int]:
    """The string ids of the keys of a (cached) lexicon table (a token's ORTH is its text's id)."""
    return frozenset(get_string_id(word) for word in table())


def demonym_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """Demonyms (``Russian``, ``South Korean``) keyed by the place they refer to."""
    table = demonyms()
    out, covered = [], set(taken)
    # two-word demonyms first: "Latin American", "South Korean"
    for i in _positions(doc, _string_ids(_demonym_firsts)):
        pair = doc[i : i + 2].text
        if pair in table and not covered.intersection((i, i + 1)) and not _heads_name(doc, i + 1):
            out.append(Mention(i, i + 2, name_key(table[pair]), doc[i].ent_type_))
            covered.update((i, i + 1))
    out += [
        Mention(i, i + 1, name_key(table[doc[i].text]), doc[i].ent_type_)
        for i in _positions(doc, _string_ids(demonyms))
        if i not in covered and not _heads_name(doc, i) and not _inside_name(doc, i)
    ]
    return sorted(out, key=lambda m: m.start)


def _heads_name(doc: Doc, i: int) -> bool:
    """Whether the word begins a longer place name (``Indian Ocean``, ``French Quarter``)."""
    nxt = i + 1 < len(doc) and doc[i + 1]
    return bool(nxt) and nxt.ent_iob_ == "I" and nxt.ent_type_ in PLACE_LABELS and nxt.text[:1].isupper()


def _preceded_by(doc: Doc, start: int, words: str) -> bool:
    return start > 0 and doc[start - 1].lower_ in cues()[words]


def _entity_at(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """``(start, end, label)`` of the entity covering token ``i``, from the tokens' IOB tags."""
    if doc[i].ent_iob_ not in ("B", "I"):
        return None
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end, doc[i].ent_type_


def verdict(
    doc: Doc, m: Mention, strong: bool, curated: bool, exact: bool = False, people: frozenset[str] = frozenset()
) -> str:
    """Whether a gazetteer match is a place here: ``"yes"``, ``"no"``, or ``"maybe"`` (a small place the
    NER does not call one: kept only if the article's other places lie around it).

    ``strong``: a country, region or large city may denote it; ``curated``: a curated place may;
    ``exact``: it is some place's own name, not only a variant spelling; ``people``: the text's
    :func:`surnames`.
    """
    if m.key in generic_words():
        return "no"
    ent = _entity_at(doc, m.start)
    label = ent[2] if ent is not None else ""
    if not curated and not (strong and label in PLACE_LABELS) and is_surname(doc, m.start, m.end, people):
        return "no"  # "Kasich" where "John Kasich" is named: the person, not the town in Egypt
    if label in PLACE_LABELS:
        return "yes"
    if label in NOT_PLACE_LABELS and any(t.like_num for t in doc[ent[0] : ent[1]]):  # type: ignore[index]
        return "no"  # "October 6": a date, not the Egyptian city
    if m.key in stoplist() or (_inside_name(doc, m.start) and not strong):
        return "no"  # "Human" in "Observatory for Human Rights"
    if m.end <= dateline_end(doc):
        return "yes"  # "PLEASANTON, Calif. --"
    cue = _preceded_by(doc, m.start, "place_prepositions")
    if label == "PERSON":  # "Khan al-Assal", "Tamil Nadu said", "travelling to Cirencester"
        whole = ent is not None and (ent[0], ent[1]) == (m.start, m.end)
        near = exact and _preceded_by(doc, m.start, "locative_prepositions")
        if curated or (strong and (cue or whole)) or near:
            return "yes"
        listed = m.start > 0 and doc[m.start - 1].lower_ in ("and", "or", ",")  # "Hilversum and Almelo"
        return "maybe" if whole and (cue or listed) else "no"  # kept where the article's places are
    if label:  # ORG, NORP ("Aleppo"), ...: a place name the model took for something else
        undated = label in NOT_PLACE_LABELS  # a date tag with no number in it (those with one are gone)
        return "yes" if strong or curated or (undated and cue) else "maybe"  # "in Manbij" tagged a date
    if m.end - m.start == 1 and doc[m.start].is_sent_start and not strong:
        return "no"
    return "yes" if strong or curated or cue else "maybe"


def surnames(doc: Doc, gaz: Gazetteer) -> frozenset[str]:
    """The last words (lower case) of the names of people the text gives in full ("John Kasich", "Jeb
    Bush"): one name, one bearer in a text, so a bare "Kasich" or "Bush" there is that person. A name
    counts when the NER calls it a person and it is two to four capitalised words, the first no place
    ("al-Zabadani", "Hizbollah on Zabadani", "Aleppos Salaheddin" are places the NER took for people)."""
    found = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not 2 <= len(ent) <= 4 or not all(t.is_alpha and t.is_title for t in ent):
            continue
        first = name_key(ent[0].text)
        if first in gaz.keys or first.removesuffix("s") in gaz.keys:
            continue
        found.add(ent[-1].lower_)
    return frozenset(found)


def is_surname(doc: Doc, start: int, end: int, people: frozenset[str]) -> bool:
    """Whether tokens ``start:end`` are one word of ``people`` (:func:`surnames`), not inside a name."""
    return end - start == 1 and doc[start].lower_ in people and doc[start].ent_iob_ != "I"


@last_doc
def dateline_end(doc: Doc) -> int:
    """The end of a capitalised dateline opening the text (``PLEASANTON, Calif. --``, ``IMMOKALEE –``),
    0 if there is none: its place is a place whatever the NER says."""
    end = 0
    while end < min(len(doc), MAX_TOKENS) and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    return end if end < len(doc) and doc[end].text[:1] in _DATELINE_ENDS else 0


def feature_after(doc: Doc, end: int) -> str:
    """The feature word right after a name (``River``, ``Street``, ``Airport``, ``Hall``), lower case, or ``""``."""
    if end < len(doc) and doc[end].text[:1].isupper():
        word = doc[end].lower_.rstrip(".")
        if end + 1 < len(doc) and doc[end + 1].lower_ in cues()["office_after_feature"]:
            return ""  # "U.S. District Court", "U.S. District Judge": an office of the place, no feature
        if any(word in cues()[words] for words in ("feature_after", "facility_after", "building_after")):
            return word
    return ""
