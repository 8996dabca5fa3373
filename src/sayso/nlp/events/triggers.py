"""Find event triggers: tokens (or runs of tokens) whose lemma names a kind of happening."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import TriggerRule, trigger_index

_SKIP = {"-", "–", "—"}


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger in the text: tokens ``start``..``end`` (exclusive), the head token, the matched rule."""

    start: int
    end: int
    head: int
    rule: TriggerRule


def _forms(tok: Token) -> tuple[str, ...]:
    lemma = tok.lemma_.lower()
    forms = (lemma, tok.lower_) if lemma and lemma != tok.lower_ else (tok.lower_,)
    if tok.tag_ == "NNPS" or (tok.tag_ == "NNP" and tok.lower_.endswith("s")):
        return forms + _singulars(tok.lower_)  # a headline's "Airstrikes", tagged a name, keeps its plural
    return forms


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars a plural may have (the lemmatizer leaves names alone): "strikes", "clashes"."""
    if not word.endswith("s") or word.endswith("ss"):
        return ()
    return (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)


def _match(doc: Doc, i: int, rule: TriggerRule) -> int | None:
    """End index of ``rule`` matched at token ``i`` (hyphens skipped), or None."""
    j = i
    for word in rule.words:
        while j < len(doc) and doc[j].text in _SKIP and j > i:
            j += 1
        if j >= len(doc) or word not in _forms(doc[j]):
            return None
        j += 1
    pos = doc[i].pos_
    wrong_pos = rule.pos != "*" and pos and pos != rule.pos and not (rule.pos == "NOUN" and pos == "PROPN")
    return None if len(rule.words) == 1 and wrong_pos else j


def _head(doc: Doc, start: int, end: int) -> int:
    """The token of ``start..end`` whose head lies outside the run (the run's syntactic head)."""
    for k in range(start, end):
        h = doc[k].head.i
        if h < start or h >= end or h == k:
            return k
    return start


def find_triggers(doc: Doc) -> list[Trigger]:
    """Every trigger in ``doc``, in text order, the longest pattern winning at each token."""
    index = trigger_index()
    found: list[Trigger] = []
    i = 0
    while i < len(doc):
        best: tuple[int, TriggerRule] | None = None
        for form in _forms(doc[i]):
            for rule in index.get(form, ()):
                end = _match(doc, i, rule)
                if end is not None and (best is None or end > best[0]):
                    best = (end, rule)
        if best is None:
            i += 1
            continue
        end, rule = best
        found.append(Trigger(i, end, _head(doc, i, end), rule))
        i = end
    return found
