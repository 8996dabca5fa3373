"""One person told without a number: "a child was killed", "killing a woman", "left a civilian dead".

"a"/"an" before a word for one person (``data/persons.tsv``; adjectives and nouns that name its kind
may stand between: "a young girl", "an army officer") counts one of them when the words around it
count the dead or the hurt, read as any other count is (``counts.is_casualty_count``); elsewhere ("a
woman said") it is no count, nor is the doer ("a man killed five people", "killed by a sniper").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ...records import Quantity
from ..doctext import doc_text, token_words
from .counts import is_casualty_count
from .lexicon import persons as person_words

#: Words allowed between the article and the person ("a young Syrian girl").
_BETWEEN = 2
_SUBJECTS = frozenset({"nsubj", "csubj"})


def _doer(noun: Token) -> bool:
    """The person does the deed: the subject of an active verb with an object ("a man killed five"; not
    the headline's "a woman injured"), or the agent of a passive ("by")."""
    if noun.dep_ in _SUBJECTS and noun.head.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "obj") for c in noun.head.children)
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent"


def singular_casualties(doc: Doc, found: Sequence[Quantity]) -> list[Quantity]:
    """A quantity 1-1 for each "a"/"an" + person that the words around count as dead or hurt, outside
    the counts ``found`` already."""
    persons = person_words()
    words = token_words(doc)
    text = doc_text(doc)
    taken = [(q.start, q.end) for q in found]
    out = []
    for i, (word, _, _) in enumerate(words):
        if word.lower() not in ("a", "an"):
            continue
        j = next((k for k in range(i + 1, min(i + 2 + _BETWEEN, len(doc))) if words[k][0].lower() in persons), None)
        if j is None or any(doc[k].pos_ not in ("ADJ", "PROPN") and doc[k].dep_ != "compound" for k in range(i + 1, j)):
            continue
        noun = doc[j]
        if noun.pos_ != "NOUN" or noun.dep_ in ("compound", "amod") or _doer(noun):
            continue  # "a child soldier", "a civilian death toll", "a man killed five", "killed by a man"
        start, end = doc[i].idx, noun.idx + len(noun)
        if any(lo < end and start < hi for lo, hi in taken):
            continue
        quantity = Quantity(text[start:end], start, end, 1, 1, noun.text)
        if is_casualty_count(quantity, doc):
            out.append(quantity)
    return out
