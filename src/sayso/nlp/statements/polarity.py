"""Polarity: does the speaker assert the content or reject it? A denial's content is what is denied."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from ..doctext import last_doc
from ..syntax import syntax
from . import lexicon
from .frames import char_span, subtree_span

_COMPLEMENTS = ("prep", "acl", "ccomp", "relcl")


def denial(cue: Token, content: tuple[int, int]) -> tuple[int, int] | None:
    """The span a cue denies, or None when it asserts.

    "dismissed allegations of X" denies X; "rejected claims that X" denies X; "denied that X" denies X;
    "described the allegations as a media war" denies the allegations; "urged citizens not to believe
    rumors" denies the rumors.
    """
    lemma = cue.lemma_.lower()
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if lemma in lexicon.words("denial_verbs.tsv"):
        if obj is not None and obj.lemma_.lower() in lexicon.words("claim_nouns.tsv"):
            return _claim_content(obj) or char_span(cue.doc, *subtree_span(obj))
        return content
    if obj is not None and obj.lemma_.lower() in lexicon.words("claim_nouns.tsv") and _branded(cue, obj):
        return _claim_content(obj) or char_span(cue.doc, *_without_as(obj))
    return _disbelief(cue)


def _claim_content(claim: Token) -> tuple[int, int] | None:
    """What a claim noun claims: "allegations *of the withdrawal*", "claims *that ...*"."""
    for child in claim.children:
        if child.dep_ in ("acl", "ccomp") and child.i > claim.i:
            return char_span(claim.doc, *subtree_span(child))
        if child.dep_ == "prep" and child.lower_ in ("of", "about", "that"):
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return char_span(claim.doc, *subtree_span(pobj))
    return None


def _without_as(claim: Token) -> tuple[int, int]:
    """The claim's words up to an "as ..." characterisation hung on it."""
    start, end = subtree_span(claim)
    cut = next((t.i for t in claim.doc[claim.i : end] if t.lower_ == "as"), end)
    return start, cut


def _branded(cue: Token, claim: Token) -> bool:
    """The cue characterises the claim with a word of falsity ("as a media war", "lies")."""
    falsity = lexicon.words("falsity_words.tsv")
    for child in [*cue.children, *claim.rights]:
        if child is claim or child.i < claim.i or child.dep_ not in ("prep", "oprd", "xcomp", "ccomp", "acomp"):
            continue
        if child.dep_ == "prep" and child.lower_ != "as":
            continue
        if any(t.lemma_.lower() in falsity for t in child.subtree):
            return True
    return False


def _disbelief(cue: Token) -> tuple[int, int] | None:
    """ "urged citizens not to believe rumors": a negated belief verb with a claim as its object."""
    belief = lexicon.words("belief_verbs.tsv")
    claims = lexicon.words("claim_nouns.tsv")
    at = _belief_words(cue.doc)
    if bisect_left(at, cue.left_edge.i) == bisect_right(at, cue.right_edge.i):
        return None  # no belief verb anywhere in the subtree's stretch
    for token in cue.subtree:
        if token.lemma_.lower() not in belief or token is cue:
            continue
        if not any(c.dep_ == "neg" for c in token.children):
            continue
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in claims:
            return char_span(cue.doc, *subtree_span(obj))
    return None


@last_doc
def _belief_words(doc: Doc) -> list[int]:
    """Indices of the tokens whose lemma is a belief verb (``belief_verbs.tsv``), in order."""
    belief = lexicon.words("belief_verbs.tsv")
    return [i for i, lemma in enumerate(syntax(doc).lemmas) if lemma in belief]
