"""Who claims an event, and what the text commits to: statement containment, denial, hedges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

from spacy.tokens import Doc, Token

from ...records import Statement
from ..doctext import last_doc
from ..syntax import Syntax, syntax
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


def _kind(syn: Syntax, i: int, where: str) -> str | None:
    table = modality()
    return table.get((syn.lemmas[i], where)) or table.get((syn.lowers[i], where))


def _is_reportive(syn: Syntax, i: int) -> bool:
    """A verb of reporting hedges only when agentless or passive ("it was reported", "are believed")."""
    deps = {syn.deps[c] for c in syn.children[i]}
    return "auxpass" in deps or "nsubjpass" in deps or not deps & {"nsubj", "csubj"}


def _modifiers(syn: Syntax, head: int) -> list[int]:
    mods = [c for c in syn.children[head] if syn.deps[c] in _MODIFIER_DEPS]
    up = syn.heads[head]
    if syn.deps[head] == "xcomp" and up != head:  # "were reported to have overrun"
        mods += [c for c in syn.children[up] if syn.deps[c] in _MODIFIER_DEPS and syn.lowers[c] != "not"]
    return mods


def _asked_by(syn: Syntax, head: int) -> int | None:
    """The word that asks for the happening at ``head``, if it is the infinitive that word governs
    ("called on people to protest") or the object of its "for" ("asked for a cease-fire")."""
    up = syn.heads[head]
    if syn.deps[head] == "xcomp" and up != head:
        return up
    if syn.deps[head] == "pobj" and syn.lowers[up] == "for" and syn.deps[up] == "prep" and syn.heads[up] != up:
        return syn.heads[up]
    return None


def stance(doc: Doc, trig: Trigger) -> Stance:
    """Negation, hedges, irrealis and a governing denial verb around a trigger."""
    syn = syntax(doc)
    kinds = {_kind(syn, c, "modifies") for c in _modifiers(syn, trig.head)}
    kinds |= {_kind(syn, i, "modifies") for i in range(trig.start, trig.end)} - {"negation"}
    if (asker := _asked_by(syn, trig.head)) is not None:
        kinds.add(_kind(syn, asker, "asks for"))
    denied_by = None
    for up in islice(syn.ancestors(trig.head), _GOVERN_HOPS):
        kind = _kind(syn, up, "governs")
        if kind == "hedge" and not _is_reportive(syn, up):
            continue
        if kind == "denial" and denied_by is None:
            denied_by = up
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


def _clause_verbs(syn: Syntax, head: int) -> list[int]:
    """The trigger and the verb a noun or adjective trigger completes ("left 300 people dead",
    "caused 470000 deaths", "claimed the lives of ...")."""
    out = [head]
    at = head
    for _ in range(2):
        if syn.deps[at] not in _COMPLEMENT_DEPS or syn.heads[at] == at:
            break
        at = syn.heads[at]
        out.append(at)
    return out


def is_running_total(doc: Doc, trig: Trigger) -> bool:
    """A killing told as a running total ("the war has killed 280000", "killed since 2011",
    "the conflict has left 320000 dead", "the total death toll")."""
    table, syn = _background(), syntax(doc)
    verbs = _clause_verbs(syn, trig.head)
    for v in verbs:
        for c in syn.children[v]:
            kind = table.get(syn.lemmas[c]) or table.get(syn.lowers[c])
            if kind == "subject" and syn.deps[c] in ("nsubj", "nsubjpass", "csubj"):
                return True
            if kind == "total" and syn.deps[c] in ("amod", "compound", "advmod"):
                return True
        if syn.pos[v] in ("VERB", "AUX") and (table.get(syn.lemmas[v]) == "tally"):
            return True
    for v in verbs:  # "the death toll from the conflict", "killed in the three-year war"
        for prep in syn.children[v]:
            if syn.deps[prep] != "prep" or syn.lowers[prep] not in _SPAN_PREPS:
                continue
            if any(table.get(syn.lemmas[o]) == "subject" for o in syn.children[prep] if syn.deps[o] == "pobj"):
                return True
    roots = {c for v in verbs for c in syn.children[v] if syn.deps[c] not in ("relcl", "ccomp")}
    for i in _since_words(doc):  # a "since" in the subtree of one of those children
        if syn.deps[i] in ("prep", "mark", "advmod") and (i in roots or any(a in roots for a in syn.ancestors(i))):
            return True
    return False


@last_doc
def _since_words(doc: Doc) -> list[int]:
    """The tokens ``background.tsv`` calls ``since`` ("since 2011", "so far")."""
    table = _background()
    return [i for i, word in enumerate(syntax(doc).lowers) if table.get(word) == "since"]
