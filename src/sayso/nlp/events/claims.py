"""Who claims an event, and what the text commits to: statement containment, denial, hedges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from ...records import Statement
from ..doctext import last_doc, token_words
from .lexicon import DATA, modality, read_tsv
from .triggers import Trigger

_MODIFIER_DEPS = {"neg", "advmod", "amod", "aux", "det", "npadvmod", "auxpass"}
_GOVERN_HOPS = 4
_SPAN_PREPS = {"from", "in", "of", "during", "throughout"}
_COMPLEMENT_DEPS = {"dobj", "oprd", "attr", "acomp", "pobj", "prep", "xcomp", "conj"}


@dataclass(frozen=True, slots=True)
class Stance:
    """What the words around a trigger do to it."""

    negated: bool = False
    hedged: bool = False
    irrealis: bool = False
    denied_by: int | None = None  # token index of a verb of denial governing the trigger


def innermost_statement(statements: Sequence[Statement], at: int) -> Statement | None:
    """The statement with the smallest content span that contains character ``at``."""
    best: Statement | None = None
    for s in statements:
        size = s.content.end - s.content.start
        if s.content.start <= at < s.content.end and (best is None or size < best.content.end - best.content.start):
            best = s
    return best


def statement_by_cue(statements: Sequence[Statement], tok: Token) -> Statement | None:
    """The statement whose cue is the token ``tok`` (a verb of denial, say)."""
    for s in statements:
        if s.cue.start <= tok.idx < s.cue.end:
            return s
    return None


def _kind(tok: Token, where: str) -> str | None:
    table = modality()
    return table.get((tok.lemma_.lower(), where)) or table.get((tok.lower_, where))


def _is_reportive(tok: Token) -> bool:
    """A verb of reporting hedges only when agentless or passive ("it was reported", "are believed")."""
    deps = {c.dep_ for c in tok.children}
    return "auxpass" in deps or "nsubjpass" in deps or not deps & {"nsubj", "csubj"}


def _modifiers(head: Token) -> list[Token]:
    mods = [c for c in head.children if c.dep_ in _MODIFIER_DEPS]
    if head.dep_ in ("xcomp",) and head.head.i != head.i:  # "were reported to have overrun"
        mods += [c for c in head.head.children if c.dep_ in _MODIFIER_DEPS and c.lower_ != "not"]
    return mods


def stance(doc: Doc, trig: Trigger) -> Stance:
    """Negation, hedges, irrealis and a governing denial verb around a trigger."""
    head = doc[trig.head]
    kinds = {_kind(c, "modifies") for c in _modifiers(head)}
    kinds |= {_kind(doc[i], "modifies") for i in range(trig.start, trig.end)} - {"negation"}
    denied_by = None
    tok = head
    for _ in range(_GOVERN_HOPS):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        kind = _kind(tok, "governs")
        if kind == "hedge" and not _is_reportive(tok):
            continue
        if kind == "denial" and denied_by is None:
            denied_by = tok.i
        elif kind:
            kinds.add(kind)
    return Stance(
        negated="negation" in kinds,
        hedged="hedge" in kinds,
        irrealis="irrealis" in kinds,
        denied_by=denied_by,
    )


@cache
def _background() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in read_tsv(DATA / "background.tsv")}


def _clause_verbs(head: Token) -> list[Token]:
    """The trigger and the verb a noun or adjective trigger completes ("left 300 people dead",
    "caused 470000 deaths", "claimed the lives of ...")."""
    out = [head]
    tok = head
    for _ in range(2):
        if tok.dep_ not in _COMPLEMENT_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(tok)
    return out


def is_running_total(doc: Doc, trig: Trigger) -> bool:
    """A killing told as a running total ("the war has killed 280000", "killed since 2011",
    "the conflict has left 320000 dead", "the total death toll")."""
    table = _background()
    head = doc[trig.head]
    verbs = _clause_verbs(head)
    for tok in verbs:
        for child in tok.children:
            kind = table.get(child.lemma_.lower()) or table.get(child.lower_)
            if kind == "subject" and child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return True
            if kind == "total" and child.dep_ in ("amod", "compound", "advmod"):
                return True
        if tok.pos_ in ("VERB", "AUX") and (table.get(tok.lemma_.lower()) == "tally"):
            return True
    for tok in verbs:  # "the death toll from the conflict", "killed in the three-year war"
        for prep in tok.children:
            spans = prep.dep_ == "prep" and prep.lower_ in _SPAN_PREPS
            if spans and any(table.get(o.lemma_.lower()) == "subject" for o in prep.children if o.dep_ == "pobj"):
                return True
    roots = {c.i for v in verbs for c in v.children if c.dep_ not in ("relcl", "ccomp")}
    for i in _since_words(doc):  # a "since" in the subtree of one of those children
        tok = doc[i]
        if tok.dep_ in ("prep", "mark", "advmod") and (i in roots or any(a.i in roots for a in tok.ancestors)):
            return True
    return False


@last_doc
def _since_words(doc: Doc) -> list[int]:
    """The tokens ``background.tsv`` calls ``since`` ("since 2011", "so far")."""
    table = _background()
    return [i for i, (text, _, _) in enumerate(token_words(doc)) if table.get(text.lower()) == "since"]
