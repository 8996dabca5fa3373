"""What a time expression is resolved against: the anchor, the previous expression, the verb's tense."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from . import lexicon
from .calendar import Interval

#: Auxiliaries that put the clause in the future ("will", "'ll", "shall", "wo" of "won't").
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "’ll"})
#: Past-tense and perfect markers among auxiliaries.
#: Modals that, on a bare verb, point ahead ("could come Tuesday").
MODAL_AUX = frozenset({"could", "would", "might", "may", "can", "should", "must", "'d"})
#: Present-tense verbs that report rather than schedule ("officials say").
REPORTING = frozenset({"say", "tell", "report", "claim", "add", "note", "announce", "confirm", "be", "have"})
PAST_AUX = frozenset({"had", "has", "have", "was", "were", "did"})
#: Verbs whose past tense is their base form ("hurt", "cut"): a "present" tag on them is a guess.
SAME_PAST = frozenset(
    {"bet", "bid", "burst", "cast", "cost", "cut", "hit", "hurt", "let", "put", "quit", "set", "shed"}
    | {"shut", "split", "spread", "thrust", "upset"}
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """A TIMEX3 value and the calendar days it covers."""

    value: str | None
    start: date | None = None
    end: date | None = None

    @property
    def interval(self) -> Interval:
        return self.start, self.end


@dataclass(frozen=True, slots=True)
class Context:
    """The article anchor, the tense around the expression and the previous resolved expression."""

    anchor: date | None
    tense: str = "unknown"  # past | future | unknown
    previous: Resolution | None = None


def tense_at(doc: Doc, start: int, end: int) -> str:
    """The tense of the clause governing the characters ``start:end``: past, future or unknown."""
    if not doc.has_annotation("TAG") or not doc.has_annotation("DEP"):
        return "unknown"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "unknown"
    token = span.root
    possessive = _possessive(span)
    until = intent = False
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        if token.dep_ == "pobj" and token.head.lower_ == "since":
            return "past"
        if token.pos_ == "ADJ" and token.lower_ not in _verbs("intent"):
            return "unknown"  # "payable Dec. 1", "effective Feb. 1"
        until = until or token.dep_ == "pobj" and token.head.lower_ in ("until", "till")
        token = token.head
        intent = intent or token.pos_ == "ADJ" and _intent(token)
    if possessive:
        # "Friday's close", "get around Wednesday's ruling": the day of a thing already done,
        # unless the clause says it is to come ("will vote in Sunday's election")
        return "future" if _future_aux(token) else "past"
    if until and token.lemma_ in _verbs("deferral") or intent:
        return "future"  # "postponed until Tuesday morning", "the verdict is due Friday"
    return _verb_tense(token)


def _possessive(span) -> bool:
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span.root.dep_ == "poss" or after is not None and after.lower_ in ("'s", "’s") and after.dep_ == "case"


def _verbs(role: str) -> frozenset[str]:
    return lexicon.column_of("tense_verbs.tsv", role)


def _future_aux(token: Token) -> bool:
    words = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    return bool(words & FUTURE_AUX) or token.lower_ in FUTURE_AUX or token.tag_ == "VBG" and "going" in words


def _intent(token: Token) -> bool:
    """A verb of planning not itself in the pluperfect ("had been due to expire Friday")."""
    if token.lemma_.lower() not in _verbs("intent"):
        return False
    verb = token.head if token.pos_ == "ADJ" else token  # "had been due to": the auxiliaries are the copula's
    return not any(c.lower_ == "had" for c in (*token.children, *verb.children) if c.dep_ in ("aux", "auxpass"))


def _verb_tense(token: Token) -> str:
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxes}
    if _future_aux(token):
        return "future"
    if token.tag_ in ("VB", "VBG") and words & MODAL_AUX and not words & PAST_AUX:
        return "future"  # "could come as early as Tuesday", "would be traveling Thursday"
    if token.tag_ == "VB" and "to" in words:
        # "is to resume trading Tuesday", "planned to leave on Thursday"; under another past verb
        # the infinitive says nothing of the direction ("extended their offers to acquire it Friday")
        governor = _governor(token)
        if governor is not None and _intent(governor):
            return "future"
        return "unknown" if governor is not None and _verb_tense(governor) == "past" else "future"
    if token.tag_ == "VBP" and token.lower_ in SAME_PAST:
        return "unknown"  # "stocks hurt the index Friday": past or present, the form cannot tell
    if token.tag_ in ("VBZ", "VBP") and not auxes and token.lemma_ not in REPORTING:
        return "future"  # "the trial opens Monday"
    if token.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in PAST_AUX for c in auxes):
        return "past"
    if token.tag_ == "VBN" and not auxes:
        return "past"
    return "unknown"


def _governor(token: Token) -> Token | None:
    """The nearest verb (or adjective of intent, "due to") above an infinitive."""
    for _ in range(3):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") or token.pos_ == "ADJ" and _intent(token):
            return token
    return None
