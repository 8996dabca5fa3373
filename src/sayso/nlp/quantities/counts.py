"""Which counts are counts of the dead or the hurt, and how counts of one event add up.

Helpers for the events stage: ``is_casualty_count`` looks at the words that govern a count
("killed 300", "the death toll rose to 30", "claimed the lives of dozens"); ``combined_count``
adds the counts that one word governs ("killed 12 civilians and 3 fighters" = 15) and leaves out
parts of a count already given ("including 5 children").  The cue words are in ``data/casualty_cues.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...records import Quantity
from .lexicon import casualty_cues, cumulative_cues, modifiers, subset_cues, suffixes

#: Prepositions a count may hang from and still be what the word above it counts
#: ("the killing of one person", "the toll rose to 30", "put the toll at 70", "including 5 children").
_THROUGH = frozenset({"of", "to", "at", "including", "among"})
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd"})
_OBJECTS = frozenset({"dobj", "obj"})
_STEPS = 6


@dataclass(frozen=True, slots=True)
class CasualtyCount:
    """A count of the dead (``killed``), the hurt (``injured``) or both (``casualties``); ``cue`` is the
    token that says so."""

    quantity: Quantity
    kind: str
    cue: int
    subset: bool = False
    cumulative: bool = False


def _span(quantity: Quantity, doc: Doc) -> Span | None:
    return doc.char_span(quantity.start, quantity.end, alignment_mode="expand")


def _forms(tok: Token) -> set[str]:
    """The lemma and the bare word, also for title-case headline words the tagger takes for names."""
    word = tok.lower_
    forms = {tok.lemma_.lower(), word}
    for suffix, repl in (("ies", "y"), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("d", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + repl)
    return forms


def _cue_kind(tok: Token, seen: set[str]) -> str | None:
    single, pairs = casualty_cues()
    forms = _forms(tok)
    seen.update(forms)
    kind = next((single[f] for f in forms if f in single), None)
    if kind:
        return kind
    return next((k for lemmas, k in pairs if lemmas <= seen), None)


def _clause_cue(verb: Token, span: Span, seen: set[str]) -> tuple[str, int] | None:
    """A cue in the clause of ``verb``: a verb it is coordinated with that has no object of its own
    ("killed and crucified five"; not "kidnapped 900, executed 18 people"), or its subject or object
    ("the death toll rose to 30")."""
    if span.root.dep_ in _OBJECTS:  # "left five people dead and three injured": the object's own predicate
        for child in verb.children:
            if child.dep_ == "oprd" and (kind := _cue_kind(child, seen)):
                return kind, child.i
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verbs.append(verb.head)
    for v in verbs[1:]:
        if any(c.dep_ in _OBJECTS and c.i not in range(span.start, span.end) for c in v.children):
            continue
        kind = _cue_kind(v, seen)
        if kind:
            return kind, v.i
    among = _among_cue(verb)
    if among:
        return among
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS and child.i not in range(span.start, span.end):
            kind = _cue_kind(child, seen)
            if kind:
                return kind, child.i
    return None


def _among_cue(verb: Token) -> tuple[str, int] | None:
    """ "31 civilians were among those killed": a cue under the verb's "among"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for tok in prep.subtree:
                kind = _cue_kind(tok, set())
                if kind:
                    return kind, tok.i
    return None


def _doer_of(tok: Token, verb: Token) -> bool:
    """``tok`` is the subject of an active ``verb`` that has an object of its own: the doer, not the
    dead ("Two suicide bombers killed 30 fighters"). Not a headline's "10 killed in strikes", nor its
    list of tolls parsed as subject and object ("15 killed 20 injured", "25 Terrorists Killed Injured"):
    there the object is, or is followed by, a word of the dead or hurt."""
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    doc = verb.doc
    listed = (_cue_kind(o, set()) or (o.i + 1 < len(doc) and _cue_kind(doc[o.i + 1], set())) for o in objects)
    return bool(objects) and not any(listed)


def _governing_cue(span: Span) -> tuple[str, int] | None:
    """Walk up from the count through nouns and "of"/"to"/"at" to the first verb; report a cue on the way."""
    seen: set[str] = set()
    tok = span.root
    for _ in range(_STEPS):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.dep_ == "prep" and head.lower_ not in _THROUGH:
            return None
        kind = _cue_kind(head, seen)
        if kind and _doer_of(tok, head):
            return None  # "Two suicide bombers killed 30 fighters": the two did the killing
        if kind:
            return kind, head.i
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep":
            return _clause_cue(head, span, seen)
        tok = head
    return None


def _cue(span: Span) -> tuple[str, int] | None:
    """The cue inside the count ("30 deaths", "18 executed people"), above it, or right after it
    ("15 dead")."""
    seen: set[str] = set()
    described = [c for c in span.root.children if c.dep_ == "amod" and c.i < span.start]  # "Executed 18 People"
    for tok in [*span, *described]:
        if not tok.like_num:
            kind = _cue_kind(tok, seen)
            if kind:
                return kind, tok.i
    found = _governing_cue(span) if span.doc.has_annotation("DEP") else None
    if found:
        return found
    for tok in span.doc[span.end : span.end + 2]:
        if tok.is_punct or any(c.dep_ == "dobj" for c in tok.children):
            break  # "two towns killed 43 people": a verb with an object of its own counts that object
        if tok.head.i > tok.i and any(c.dep_ == "nummod" and c.i > tok.i for c in tok.head.children):
            break  # "kidnapped 900 Executed 18 People": the word describes a count after it
        if tok.pos_ in ("ADJ", "VERB", "PROPN"):
            kind = _cue_kind(tok, seen)
            if kind:
                return kind, tok.i
    return None


def is_casualty_count(quantity: Quantity, doc: Doc) -> str | None:
    """ "killed" or "injured" when ``quantity`` counts the dead or the hurt, "casualties" when it counts
    both together ("dozens of casualties"), else None."""
    span = _span(quantity, doc)
    found = _cue(span) if span is not None else None
    return found[0] if found else None


def is_subset(quantity: Quantity, doc: Doc) -> bool:
    """The count is part of one given already: "including 5 children", "among them", "5 of whom";
    so is a count joined by "and" to a part ("76 children and 41 women were among those killed")."""
    span = _span(quantity, doc)
    if span is None:
        return False
    if quantity.text.lower().endswith((" of whom", " of which")):
        return True
    if re.search(r" of (?:the|those) ", quantity.text.lower()) and any(_cue_kind(t, set()) for t in span[1:]):
        return True  # "14 of the dead", "two of the victims"
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i and doc.has_annotation("DEP"):
        first = first.head
    if first.i != span.root.i:  # the first count of the coordination speaks for the others
        span = doc[first.left_edge.i : first.i + 1]
    return _part_of_a_count(span)


def _part_of_a_count(span: Span) -> bool:
    root = span.root.head
    if root.pos_ in ("VERB", "AUX") and _among_cue(root) is not None:
        return True  # "ten children were among those killed"
    doc = span.doc
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start] if not t.is_punct]
    return any(tuple(before[-len(cue) :]) == cue for cue in subset_cues() if len(cue) <= len(before))


def is_cumulative(quantity: Quantity, doc: Doc) -> bool:
    """A running total of the war rather than one event's toll: the sentence says "since" (or "so far",
    "overall") and names the war or a year ("... killed since the conflict began in 2011")."""
    span = _span(quantity, doc)
    if span is None:
        return False
    sent = span.sent if doc.has_annotation("SENT_START") else doc[max(0, span.start - 25) : span.end + 25]
    cues = cumulative_cues()
    lemmas = {t.lemma_.lower() for t in sent}
    year = any(t.like_num and len(t.text) == 4 and t.text.startswith(("19", "20")) for t in sent)
    return bool(lemmas & cues.get("marker", frozenset())) and (year or bool(lemmas & cues.get("war", frozenset())))


def casualty_counts(doc: Doc, quantities: Iterable[Quantity] | None = None) -> list[CasualtyCount]:
    """The counts of the dead and hurt among ``quantities`` (default: ``doc._.sayso_quantities``)."""
    if quantities is None:
        quantities = doc._.sayso_quantities or []
    found = []
    for q in quantities:
        span = _span(q, doc)
        cue = _cue(span) if span is not None else None
        if cue:
            found.append(CasualtyCount(q, cue[0], cue[1], is_subset(q, doc), is_cumulative(q, doc)))
    return found


def add_intervals(quantities: Iterable[Quantity]) -> tuple[int, int | None]:
    """The sum of counts of one event: lows add up; the high is open if any high is."""
    low, high = 0, 0
    for q in quantities:
        low += q.low or 0
        high = None if high is None or q.high is None else high + q.high
    return low, high


def combined_count(counts: Iterable[CasualtyCount], kind: str = "killed") -> tuple[int, int | None] | None:
    """The largest total of ``kind`` that one cue word gives, adding its counts and leaving out parts
    and running war totals."""
    groups: dict[int, list[Quantity]] = {}
    for c in counts:
        if c.kind == kind and not c.subset and not c.cumulative:
            groups.setdefault(c.cue, []).append(c.quantity)
    totals = [add_intervals(qs) for qs in groups.values()]
    if not totals:
        return None
    return max(totals, key=lambda t: (t[1] if t[1] is not None else t[0], t[0]))


def _rule_of(text: str) -> str | None:
    """The modifier rule at the start of a quantity ("more than ...") or after its number ("or more")."""
    words = text.lower().replace("-", " ").split()
    for phrase, rule in sorted(modifiers().items(), key=lambda item: -len(item[0])):
        if tuple(words[: len(phrase)]) == phrase:
            return rule
    for phrase, rule in suffixes().items():
        n = len(phrase)
        if any(tuple(words[k : k + n]) == phrase for k in range(1, len(words) - n + 1)):
            return rule
    return None


def stated_number(quantity: Quantity) -> int | None:
    """The number as written before a modifier made it an interval ("more than 30" -> 30,
    "at least 12" -> 12, "as many as 300" -> 300, "about 40" -> 40); None for vague words ("dozens").

    For callers that follow ACLED's habit of coding the number reported ("at least 12" is coded 12).
    """
    low, high = quantity.low, quantity.high
    if low is not None and low == high:
        return low
    rule = _rule_of(quantity.text)
    if rule == "atleast" or (rule == "over" and low is not None):
        return low if rule == "atleast" else low - 1
    if high is not None and rule in ("upto", "under", "nearly"):
        return high if rule == "upto" else high + 1
    if rule == "about" and low is not None and high is not None:
        return round((low + high) / 2)
    return None


def reported_figure(quantity: Quantity) -> tuple[int | None, int | None]:
    """The figure a report states, as ACLED codes an event's fatalities: the stated number for a
    number under a modifier ("at least 12" -> 12-12, "as many as 300" -> 300-300), the words' interval
    for a range ("between 10 and 15") and for vague words with no number ("dozens" -> 24-99)."""
    number = stated_number(quantity)
    return (number, number) if number is not None else (quantity.low, quantity.high)
