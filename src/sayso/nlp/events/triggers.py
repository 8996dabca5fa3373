"""Find event triggers: tokens (or runs of tokens) whose lemma names a kind of happening."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..doctext import token_words
from ..syntax import syntax
from .lexicon import TriggerRule, trigger_index

_SKIP = {"-", "–", "—"}


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger in the text: tokens ``start``..``end`` (exclusive), the head token, the matched rule."""

    start: int
    end: int
    head: int
    rule: TriggerRule


def _forms(lemma: str, lower: str, tag: str) -> tuple[str, ...]:
    """The forms under which a token may name a trigger: its lemma and lower-case form, and a plural
    name's singulars (``lemma``: lower-cased)."""
    forms = (lemma, lower) if lemma and lemma != lower else (lower,)
    if tag == "NNPS" or (tag == "NNP" and lower.endswith("s")):
        return forms + _singulars(lower)  # a headline's "Airstrikes", tagged a name, keeps its plural
    return forms


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars a plural may have (the lemmatizer leaves names alone): "strikes", "clashes"."""
    if not word.endswith("s") or word.endswith("ss"):
        return ()
    return (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)


def _match(texts: list[str], forms: list[tuple[str, ...]], pos: str, i: int, rule: TriggerRule) -> int | None:
    """End index of ``rule`` matched at token ``i`` (hyphens skipped), or None; ``pos``: token ``i``'s."""
    j, n = i, len(texts)
    for word in rule.words:
        while j < n and texts[j] in _SKIP and j > i:
            j += 1
        if j >= n or word not in forms[j]:
            return None
        j += 1
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
    syn = syntax(doc)
    forms = [_forms(*word) for word in zip(syn.lemmas, syn.lowers, syn.tags, strict=True)]
    texts = [text for text, _, _ in token_words(doc)]
    found: list[Trigger] = []
    i = 0
    while i < len(doc):
        best: tuple[int, TriggerRule] | None = None
        for form in forms[i]:
            for rule in index.get(form, ()):
                end = _match(texts, forms, syn.pos[i], i, rule)
                if end is not None and (best is None or end > best[0]):
                    best = (end, rule)
        if best is None:
            i += 1
            continue
        end, rule = best
        found.append(Trigger(i, end, _head(doc, i, end), rule))
        i = end
    return found
