"""What a number counts: the noun phrase after it ("300 terrorists", "dozens of Syrian soldiers"),
or the subject of a counting verb ("the terrorists numbered thousands", "the death toll rose to 30")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import count_verbs, units
from .numbers import Reading

_DETERMINERS = frozenset({"the", "these", "those", "his", "her", "their", "its", "our", "my", "your", "all"})
#: Pronouns that stand for a group counted before ("600 of them").
GROUP_PRONOUNS = frozenset({"them", "those", "these", "whom", "us", "which", "you"})
_RUN_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LEFT_MODIFIERS = frozenset({"compound", "amod", "nmod"})


@dataclass(frozen=True, slots=True)
class Counted:
    """The counted group: ``of`` text at tokens ``start``..``end``; ``unit`` when it is a measure ("days")."""

    of: str | None = None
    start: int | None = None
    end: int | None = None
    unit: bool = False
    pronoun: bool = False


def _countable(tok: Token) -> bool:
    return tok.pos_ == "NOUN" or tok.tag_ == "NNPS"


def _noun_run(doc: Doc, k: int, head: int | None) -> tuple[int, int] | None:
    """The noun phrase from token ``k`` (adjectives, compounds, nouns), cut at the parse's ``head``."""
    if k < len(doc) - 1 and doc[k].lower_ == "more":
        k += 1  # "thousands more civilians" counts civilians
    j = k
    while j < len(doc) and j - k < 6 and not (j > k and doc[j].is_sent_start):
        tok = doc[j]
        joins = tok.text == "-" and j > k and not doc[j - 1].whitespace_ and not tok.whitespace_
        participle = tok.tag_ in ("VBN", "VBG") and j + 1 < len(doc) and doc[j + 1].pos_ in _RUN_POS
        if units().get(tok.lower_) == "weekday" or not (tok.pos_ in _RUN_POS or joins or participle):
            break
        j += 1
        if head is not None and j - 1 == head:
            break
    while j > k and not _countable(doc[j - 1]):
        j -= 1
    return (k, j) if j > k else None


def _nominal_adjective(doc: Doc, k: int) -> bool:
    """ "of the dead", "of the wounded": an adjective or participle standing for a group of people."""
    tok = doc[k]
    nominal = tok.pos_ == "ADJ" or tok.tag_ == "VBN"
    following = doc[k + 1] if k + 1 < len(doc) else None
    return nominal and doc[k - 1].lower_ == "the" and (following is None or following.pos_ not in _RUN_POS)


def _parsed_head(doc: Doc, tok: Token, k: int) -> int | None:
    """The noun the number (or "of") attaches to, if the parse puts it after ``k``."""
    if not doc.has_annotation("DEP"):
        return None
    if tok.lower_ == "of":
        heads = [c.i for c in tok.children if c.dep_ == "pobj"]
        return heads[0] if heads and heads[0] >= k else None
    return tok.head.i if tok.head.i >= k and tok.dep_ in ("nummod", "quantmod", "compound") else None


def counted_after(doc: Doc, reading: Reading) -> Counted:
    """The counted noun phrase right after the number phrase, through "of" or directly."""
    k = reading.end
    if k >= len(doc):
        return Counted()
    if doc[k].lower_ == "of":
        of_tok = doc[k]
        k += 1
        while k < len(doc) and doc[k].lower_ in _DETERMINERS and k + 1 < len(doc):
            k += 1
        if k < len(doc) and doc[k].lower_ in GROUP_PRONOUNS:
            return Counted(doc[k].text, k, k + 1, pronoun=True)
        if _nominal_adjective(doc, k):
            return Counted(doc[k].text, k, k + 1)
        run = _noun_run(doc, k, _parsed_head(doc, of_tok, k))
    else:
        run = _noun_run(doc, k, _parsed_head(doc, doc[reading.num_end - 1], k))
    if run is None:
        return Counted(unit=units().get(doc[k].lower_) is not None)
    start, end = run
    text = doc[start:end].text
    return Counted(text, start, end, unit=units().get(doc[end - 1].lower_) is not None)


def _group_text(tok: Token) -> str:
    """A noun with the compounds and adjectives right before it ("death toll", "Syrian soldiers")."""
    start = tok.i
    for child in reversed(list(tok.lefts)):
        if child.dep_ in _LEFT_MODIFIERS and child.i == start - 1:
            start = child.i
    return tok.doc[start : tok.i + 1].text


def counted_by_predicate(doc: Doc, reading: Reading) -> str | None:
    """What a predicate count counts: the subject of "numbered"/"rose to", or a "toll" it is put at."""
    if not doc.has_annotation("DEP"):
        return None
    tok = doc[reading.num_end - 1]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at"):
        tok = tok.head
    verb = tok.head
    roles = count_verbs()
    nouns = [c for c in verb.children if c.lemma_ in roles.get("noun", ()) and c.i != tok.i]
    if verb.lemma_ in roles.get("verb", ()) or nouns:
        if nouns:
            return _group_text(nouns[0])
        subject = _subject(verb)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return _group_text(subject)
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject; when the parse gives none, the nearest subject before it in the sentence
    ("the terrorists engaged in the attack numbered thousands" is often parsed with two clauses)."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if subjects:
        return subjects[0]
    before = [t for t in verb.doc[verb.sent.start : verb.i] if t.dep_ in _SUBJECTS]
    return before[-1] if before else None
