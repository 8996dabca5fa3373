"""Places named as actors: "Tel Aviv's efforts", "Damascus said", "backed by Tehran" stand for a
government, not for where something happened, so they are no event's place (``data/metonymy.tsv``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from ...records import Place
from .lexicon import DATA, read_tsv

_ACTIVE_SUBJECT = {"nsubj", "csubj"}
_NONFINITE = {"VBG", "VBN"}


@cache
def _words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in read_tsv(DATA / "metonymy.tsv"):
        kinds.setdefault(row["kind"], set()).add(row["word"])
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _is(tok: Token, kind: str) -> bool:
    words = _words().get(kind, frozenset())
    return tok.lemma_.lower() in words or tok.lower_ in words


def _role_token(tok: Token) -> Token:
    """The word whose role a place word plays: the first of a coordination ("Damascus and Moscow said")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def is_metonym(tok: Token) -> bool:
    """Whether the place whose head word is ``tok`` is named as an actor: a possessor of something that
    is no part of it and does not befall it ("Tel Aviv's efforts", not "Aleppo's eastern districts" nor
    "Aleppo's siege"), the subject of a verb whose subject is not where it happens ("Ankara said", not
    "Aleppo fell"), a backer ("Damascus-backed"), or a passive's agent ("backed by Tehran")."""
    tok = _role_token(tok)
    head = tok.head
    if tok.dep_ == "poss":
        return not (_is(head, "part") or (_is(head, "undergone") and not _has_object(head)))
    if tok.dep_ in _ACTIVE_SUBJECT:
        return _finite(head) and head.pos_ != "AUX" and not _is(head, "subject")
    if tok.dep_ == "npadvmod":
        return _is(head, "backer")  # "Damascus-backed forces"
    return tok.dep_ == "pobj" and head.dep_ == "agent"


def _has_object(noun: Token) -> bool:
    """A happening named with its own object ("shelling of Ghouta")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own or an auxiliary ("said", "says", "has launched"); a bare
    participle's subject ("the Golan Heights killing three") is mostly a misparse. Untagged: finite."""
    return not verb.tag_ or verb.tag_ not in _NONFINITE or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def head_word(span: Span) -> Token:
    """The word of ``span`` whose head lies outside it (the last word where the parse says none)."""
    inside = range(span.start, span.end)
    return next((t for t in span if t.head.i == t.i or t.head.i not in inside), span[-1])


def metonymic_places(doc: Doc, places: Sequence[Place]) -> tuple[tuple[int, int], ...]:
    """The spans of the places that ``doc`` names as actors."""
    return places_where(doc, places, is_metonym)


def places_where(doc: Doc, places: Sequence[Place], role: Callable[[Token], bool]) -> tuple[tuple[int, int], ...]:
    """The spans of the places whose head word plays ``role``."""
    out = []
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and len(span) and role(head_word(span)):
            out.append((place.start, place.end))
    return tuple(out)
