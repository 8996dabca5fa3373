"""Names that the context shows to be an organisation or a plain word, not a place.

- A news outlet or agency: a capitalised word beside an outlet noun (``news agency SANA``, ``the SANA
  news agency``, ``Ahram Online``), one told something (``a source told SANA``), an all-capitals word
  that reports (``SANA reported``, ``according to SANA``) or one the NER labels an organisation (``RIA
  Novosti``). One sense per article: the same word elsewhere
  (``Sana reported``) is the outlet too, unless the NER or a place preposition makes it a place there.
- A headline's capitalised ordinary word (``Forces Kill 35``, ``Explosion in Hometown of ...``): a word
  the article also writes in lower case.

Country names are never taken away here (``Syria TV`` still names Syria elsewhere).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...gazetteer import Candidate
from ...gazetteer.normalise import fold_text
from ..doctext import token_words
from .lexicon import cues
from .mentions import PLACE_LABELS as _PLACE_LABELS
from .mentions import STRONG_POPULATION, Mention, dateline_end

#: Words that may stand between an outlet's name and its noun (``SANA regime news agency``).
MAX_BETWEEN = 2


def _beside_outlet_noun(words: list[tuple[str, bool, bool]], i: int) -> bool:
    """``SANA news agency``, ``Sana agency``, ``Ahram Online``, ``SANA reporter``, ``news agency SANA``,
    ``told SANA`` (``cues.json``: ``outlet_after``, ``outlet_between``, ``outlet_before``); ``words``:
    the Doc's :func:`token_words`."""
    c = cues()
    for text, _, _ in words[i + 1 : i + 2 + MAX_BETWEEN]:
        if text.lower() in c["outlet_after"]:
            return True
        if text.lower() not in c["outlet_between"]:
            break
    return i > 0 and words[i - 1][0].lower() in c["outlet_before"]


def _reports(token: Token) -> bool:
    """Whether an all-capitals word reports something: the subject of ``cues.json``'s ``report_verbs``
    (``SANA reported``) or a source after its ``source_before`` words (``according to SANA``, ``a
    statement to SANA``)."""
    if token.dep_ == "nsubj" and token.head.lemma_ in cues()["report_verbs"]:
        return True
    doc = token.doc
    return token.i > 1 and doc[token.i - 2 : token.i].text.lower() in cues()["source_before"]


def _placed(doc: Doc, i: int) -> bool:
    """Whether the mention at ``i`` reads as a place: a place label, or after a place preposition that
    does not name a source (``in Idlib``, not ``according to SANA``)."""
    if doc[i].ent_type_ in _PLACE_LABELS:
        return True
    source = doc[max(0, i - 2) : i].text.lower() in cues()["source_before"]
    return i > 0 and doc[i - 1].lower_ in cues()["place_prepositions"] and not source


def _one_sense(doc: Doc, shown: set[int], words: list[tuple[str, bool, bool]]) -> frozenset[int]:
    """``shown`` with the same words elsewhere in the article, where nothing makes them a place."""
    if not shown:
        return frozenset()
    named = {words[i][0] for i in shown}
    return frozenset(shown | {i for i, (w, _, _) in enumerate(words) if w in named and not _placed(doc, i)})


@dataclass(frozen=True, slots=True)
class Outlets:
    """Token indices of outlet names: shown by an outlet noun (``named``), an all-capitals word that
    reports something (``reporters``: ``SANA reported``) or an organisation's acronym (``acronyms``)."""

    named: frozenset[int]
    acronyms: frozenset[int]
    reporters: frozenset[int]


def outlet_tokens(doc: Doc) -> Outlets:
    """The tokens that name a news outlet or an organisation, not a place (one sense per article)."""
    words = token_words(doc)
    capitalised = [i for i, (w, alpha, _) in enumerate(words) if alpha and w[:1].isupper()]
    capitals = [i for i in capitalised if len(words[i][0]) > 1 and words[i][0].isupper()]  # SANA, RIA
    return Outlets(
        named=_one_sense(doc, {i for i in capitalised if _beside_outlet_noun(words, i)}, words),
        acronyms=_one_sense(doc, {i for i in capitals if doc[i].ent_type_ == "ORG"}, words),
        reporters=_one_sense(doc, {i for i in capitals if _reports(doc[i])}, words),
    )


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case (``kill``, ``monitor``, ``hometown``)."""
    return frozenset(w for w, alpha, lower in token_words(doc) if alpha and lower)


def ordinary_word(doc: Doc, start: int, end: int, lower: frozenset[str]) -> bool:
    """A one-word capitalised name that the article also writes in lower case: a headline's word."""
    return end - start == 1 and doc[start].text[:1].isupper() and doc[start].lower_ in lower


def not_a_place(doc: Doc, m: Mention, candidates: list[Candidate], outlets: Outlets, lower: frozenset[str]) -> bool:
    """Whether a gazetteer match names an outlet (``SANA``, ``Ahram Online``), an organisation's acronym
    (``RIA Novosti``) or a headline's ordinary word (``Forces Kill``, ``Hometown``) rather than the town
    or village abroad that bears it. Never a country, nor what the NER or a dateline calls a place, nor
    a large place written as it is named (``MOSCOW (Sputnik)``). An organisation's acronym or an ordinary
    word never takes a region away (``EU``, ``BC``); a name that reports does (``SANA reported``)."""
    if any(c.kind == "country" for c in candidates) or doc[m.start].ent_type_ in _PLACE_LABELS:
        return False
    written = fold_text(doc[m.start : m.end].text)
    if m.end <= dateline_end(doc) or any(
        c.population >= STRONG_POPULATION and fold_text(c.name) == written for c in candidates
    ):
        return False
    if m.start in outlets.named or m.start in outlets.reporters:
        return True  # "SANA reported" is the agency, not the Yemeni governorate or its capital
    if any(c.kind == "region" for c in candidates):
        return False
    if m.start in outlets.acronyms:
        return True
    common = not any(c.curated or (c.exact and c.population >= STRONG_POPULATION) for c in candidates)
    return common and ordinary_word(doc, m.start, m.end, lower)
