"""Attributions that close a sentence with no comma before the speaker: "Rebel rocket fire killed five
children *a monitoring group said* on Sunday", "The toll has risen to 61 *a war monitor said*".

Scraped text often loses the comma, and the parser then hangs the cue verb inside the content, with no
subject ("to 61 a war monitor": the speaker read as the object of "to"). The shape is read from the
words instead: a cue verb that can close a sentence (a ``parataxis`` row in ``data/cue_verbs.tsv``),
followed only by when or where it was said (``data/tail_words.tsv``, date and time entities); right
before it the speaker, a noun phrase that a determiner opens ("a monitoring group", "the Britain-based
Observatory") or a name after a lower-case word ("civilians Rami Abdel Rahman said"); before that the
content, a clause of its own. A cue the parse already frames keeps that frame (the caller's choice).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..syntax import Syntax, sentences, syntax
from . import lexicon
from .frames import Frame, char_span

#: Parts of speech a speaker's noun phrase is made of, and the words that join a name's parts.
_NP_POS = ("NOUN", "PROPN", "ADJ")
_JOINS = ("for", "of")
_OPENERS = ("a", "an", "the")
#: Longest speaker phrase read, in tokens.
_MAX_NP = 8
#: What may stand right before the speaker: the last word of a clause (not "what", "than", "to").
_CLAUSE_END = ("NOUN", "PROPN", "NUM", "ADV", "ADJ", "VERB")
#: Fewest words of content.
_MIN_CONTENT = 4


def tail_frames(doc: Doc) -> Iterator[Frame]:
    """A ``parataxis`` frame for each sentence-closing cue with no comma before its speaker."""
    cues = lexicon.cue_frames()
    syn = syntax(doc)
    for i, lemma in enumerate(syn.lemmas):
        if syn.tags[i] not in ("VBD", "VBZ") or ("V", lemma, "parataxis") not in cues:
            continue
        sent = sentences(doc).of(i)
        if not _closes(doc, i, sent.end):
            continue
        start = _speaker_start(doc, syn, i, sent.start)
        if start is None or start - sent.start < _MIN_CONTENT or syn.pos[start - 1] not in _CLAUSE_END:
            continue
        if not any(syn.pos[k] in ("VERB", "AUX") for k in range(sent.start, start)):
            continue
        yield Frame(doc[i], (i, i + 1), "parataxis", char_span(doc, sent.start, start), (start, i))


def _closes(doc: Doc, cue: int, end: int) -> bool:
    """Only when it was said, and punctuation, follow the cue in its sentence."""
    tail = lexicon.words("tail_words.tsv")
    for tok in doc[cue + 1 : end]:
        if not (tok.is_punct or tok.is_space or tok.lower_ in tail or tok.ent_type_ in ("DATE", "TIME")):
            return False
    return True


def _speaker_start(doc: Doc, syn: Syntax, cue: int, floor: int) -> int | None:
    """Where the speaker's noun phrase before ``cue`` begins, or None when none is there."""
    if cue - 1 < floor or syn.pos[cue - 1] not in ("NOUN", "PROPN"):
        return None
    k = cue - 1
    while k - 1 > floor and cue - k < _MAX_NP and _inside(syn, k - 1):
        k -= 1
    if syn.lowers[k - 1] in _OPENERS and k - 1 > floor:
        return k - 1
    k = cue - 1
    while k - 1 > floor and syn.pos[k - 1] == "PROPN" and cue - k < _MAX_NP:
        k -= 1
    name = syn.pos[k] == "PROPN" and doc[k - 1].is_lower and syn.pos[k - 1] != "PROPN"
    return k if name else None


def _inside(syn: Syntax, j: int) -> bool:
    """Token ``j`` belongs to the noun phrase that goes on after it: a noun, a name, an adjective or a
    word that modifies one ("monitoring"), a hyphen, "for"/"of" inside a name ("Observatory for Human
    Rights")."""
    if syn.pos[j] in _NP_POS or syn.deps[j] in ("compound", "amod") or syn.lowers[j] == "-":
        return True
    return syn.lowers[j] in _JOINS and syn.pos[j - 1] == "PROPN" and syn.pos[j + 1] == "PROPN"
