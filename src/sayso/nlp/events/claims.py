"""Who claims an event, and what the text commits to: statement containment, denial, hedges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from ...records import Statement
from .lexicon import DATA, modality, read_tsv
from .triggers import Trigger

_MODIFIER_DEPS = {"neg", "advmod", "amod", "aux", "det", "npadvmod", "auxpass"}
_GOVERN_HOPS = 4


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
        if s.content.start <= at < s.content.end and (
            best is None or size < best.content.end - best.content.start
        ):
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
    if head.dep_ in ("xcomp",) and head.head is not head:  # "were reported to have overrun"
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
        if tok.head is tok:
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


def is_running_total(doc: Doc, trig: Trigger) -> bool:
    """A killing told as a running total ("the war has killed 280000", "killed since 2011")."""
    table = _background()
    head = doc[trig.head]
    for tok in (head, *list(head.ancestors)[:2]):
        for child in tok.children:
            kind = table.get(child.lemma_.lower()) or table.get(child.lower_)
            if kind == "since" and child.dep_ in ("prep", "mark", "advmod"):
                return True
            if kind == "subject" and child.dep_ in ("nsubj", "nsubjpass") and tok is head:
                return True
    return False
