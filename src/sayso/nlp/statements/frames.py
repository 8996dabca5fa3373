"""Attribution frames: where a cue word's content and source sit in the dependency parse.

A frame names how the content hangs off the cue (``ccomp``: "said *that ...*", ``xcomp``: "urged *to ...*",
``dobj``: "denied *the report*", ``prep:about``: "talked *about ...*", ``parataxis``: "*...*, he said",
``according``: "*...*, according to X"). Which frames count for which cue word is data
(``data/cue_verbs.tsv``), so this module only finds the candidates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..doctext import doc_text, token_words
from . import lexicon

SUBJECTS = ("nsubj", "csubj")
CLAUSAL = ("ccomp", "xcomp")
QUOTES = '"“”«»„'
EDGE_PUNCT = ",;:-–—(."
#: Dependents that make a clause more than a bare participle.
FINITE = ("nsubj", "nsubjpass", "aux", "auxpass", "mark")


@dataclass(frozen=True, slots=True)
class Frame:
    """A candidate attribution: cue tokens, content characters, source tokens (or None)."""

    cue: Token
    cue_span: tuple[int, int]  # token indices, end exclusive
    frame: str
    content: tuple[int, int]  # character offsets, end exclusive
    source: tuple[int, int] | None  # token indices, end exclusive


def char_span(doc: Doc, start: int, end: int, exclude: tuple[int, int] | None = None) -> tuple[int, int]:
    """Character span of tokens ``start:end`` (minus an excluded stretch at either edge), trimmed of
    edge punctuation, widened to take in quotation marks that open or close it."""
    if exclude is not None:
        ex_start, ex_end = exclude
        if ex_start <= start < ex_end:
            start = ex_end
        if ex_start < end <= ex_end:
            end = ex_start
        elif start < ex_start < end and end - ex_end > ex_start - start:
            start = ex_end
        elif start < ex_start < end:
            end = ex_start
    while start < end and _is_edge(doc[start]):
        start += 1
    while end > start and _is_edge(doc[end - 1]):
        end -= 1
    if start >= end:
        return (0, 0)
    text = doc_text(doc)
    cstart, cend = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    cstart, cend = _widen_to_quotes(text, cstart, cend)
    return cstart, cend


def _is_edge(token: Token) -> bool:
    return token.is_space or (token.is_punct and token.text not in QUOTES and token.text[0] in EDGE_PUNCT)


def _widen_to_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in a quotation mark right before ``start`` / after ``end`` (past closing punctuation)."""
    opened = start > 0 and text[start - 1] in QUOTES
    if opened:
        start -= 1
    probe = end
    while probe < len(text) and probe - end < 2 and text[probe] in ",.?!":
        probe += 1
    unbalanced = sum(text.count(q, start, end) for q in QUOTES) % 2 == 1
    if probe < len(text) and text[probe] in QUOTES and unbalanced:
        end = probe + 1
    return start, end


def subtree_span(token: Token) -> tuple[int, int]:
    """Token indices covered by ``token``'s subtree."""
    return token.left_edge.i, token.right_edge.i + 1


def find_source(cue: Token) -> tuple[int, int] | None:
    """The speaker NP of a cue verb: its subject, the agent of a passive, or an inherited subject."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECTS]
    if subjects:
        text, doc = doc_text(cue.doc), cue.doc  # no line break between the subject and the cue
        near = [c for c in subjects if "\n" not in text[doc[min(c.i, cue.i)].idx : doc[max(c.i, cue.i)].idx]]
        return np_span((near or subjects)[-1])
    for child in cue.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return np_span(pobj)
    if any(c.dep_ in ("nsubjpass", "expl") for c in cue.children):
        return None
    # "Trump's claim that ...": the owner of a cue noun speaks.
    owner = next((c for c in cue.children if c.dep_ == "poss"), None)
    if owner is not None and cue.pos_ == "NOUN":
        start, end = np_span(owner)
        return start, end - (end - 1 > start and cue.doc[end - 1].dep_ == "case")
    # "Trump is eager to ...": the subject of the copula.
    if cue.dep_ == "acomp" and cue.head.i != cue.i:
        return find_source(cue.head)
    # "cited X as saying ...": X speaks.
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.i != cue.head.i:
        obj = next((c for c in cue.head.head.children if c.dep_ == "dobj"), None)
        return np_span(obj) if obj is not None else None
    # "said ... and added", "..., saying that ...": the subject of the governing verb.
    if cue.dep_ in ("conj", "advcl", "xcomp") and cue.head.i != cue.i and cue.head.pos_ in ("VERB", "AUX"):
        if cue.dep_ == "advcl" and cue.tag_ not in ("VBG", "VBN"):
            return None
        if cue.dep_ == "advcl":
            return _active_subject(cue)
        return find_source(cue.head)
    return None


def _active_subject(token: Token) -> tuple[int, int] | None:
    """The subject of the nearest governing verb that has an active one ("..., asserting: ..."), passing
    over clauses that are what a cue verb says ("X reminded that *the attack came ...*, referring to ...":
    X refers; a noun phrase inside the content is no speaker)."""
    for ancestor in token.ancestors:
        if _reported(ancestor):
            continue
        subject = next((c for c in ancestor.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return np_span(subject)
    return None


def _reported(clause: Token) -> bool:
    """The clause is the complement of a cue verb: what someone says, not who says it."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    return ("V", clause.head.lemma_.lower()) in lexicon.cue_lemmas()


def np_span(token: Token) -> tuple[int, int]:
    """The noun phrase of ``token``: its subtree without a trailing relative clause or punctuation."""
    start, end = subtree_span(token)
    for child in token.rights:
        if child.dep_ in ("relcl", "acl") and child.left_edge.i > token.i:
            end = min(end, child.left_edge.i)
            break
    doc = token.doc
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    while start < token.i and (doc[start].is_punct or any(m in doc[start].text for m in (")", "--"))):
        start += 1
    for i in range(token.i - 1, start - 1, -1):
        if "\n" in doc[i].text_with_ws:
            start = i + 1
            break
    for i in range(token.i, end):
        if "\n" in doc[i].whitespace_ + (doc[i].text if doc[i].is_space else ""):
            end = i + 1 if not doc[i].is_space else i
            break
    return start, end


def verb_frames(cue: Token) -> Iterator[Frame]:
    """Every frame a verb could head: clausal complements, objects, prepositions, parataxis."""
    doc = cue.doc
    cue_span = (cue.i, cue.i + 1)
    source = find_source(cue)
    for child in _clausal_first(cue):
        dep = child.dep_
        if dep == "acl" and _reduced_relative(child):
            continue
        if dep in CLAUSAL or (dep in ("advcl", "acl") and child.i > cue.i):
            yield Frame(cue, cue_span, dep, char_span(doc, *_complement_span(child)), source)
        elif dep == "dobj":
            yield Frame(cue, cue_span, "dobj", char_span(doc, *subtree_span(child)), source)
        elif dep == "oprd" and child.i > cue.i and not _names(cue):  # "called him a liar"
            obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i < child.i), child)
            yield Frame(cue, cue_span, "oprd", char_span(doc, obj.left_edge.i, child.right_edge.i + 1), source)
        elif dep == "prep" and child.i > cue.i:
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                frame = f"prep:{child.lower_}"
                cue_end = child.i + 1 if child.i - cue.i <= 2 else cue.i + 1
                yield Frame(cue, (cue.i, cue_end), frame, char_span(doc, *subtree_span(pobj)), source)
    if cue.dep_ == "parataxis" and cue.head.i != cue.i:
        yield _parataxis_frame(cue, source)


def _names(cue: Token) -> bool:
    """A bare participle that names what it follows ("a group *called* the Front"): nobody says it."""
    return cue.dep_ == "acl" and _reduced_relative(cue)


def _reduced_relative(clause: Token) -> bool:
    """A bare participle after a noun ("the statement *issued by the party*", "concerns *surrounding the
    vote*") says which one, not what is said."""
    return clause.tag_ in ("VBN", "VBG") and not any(c.dep_ in FINITE for c in clause.children)


def _complement_span(clause: Token) -> tuple[int, int]:
    """Token indices of a clausal complement after the cue ("a bill which critics said *was unfair*"),
    taking in the complements the parser split off after it: a later ``ccomp`` sibling with no subject
    of its own is the rest of the clause ("noted that the terrorists engaged in the attack *numbered
    thousands*"); one headed by a cue word is a statement of its own ("Rubio Says ... Marco Rubio
    *defended* himself")."""
    start, end = subtree_span(clause)
    if start < clause.head.i < end:
        start = clause.head.i + 1
    if clause.dep_ != "ccomp":
        return start, end
    for sibling in clause.head.rights:
        if sibling.i <= clause.i or sibling.left_edge.i != end:
            continue
        if sibling.dep_ != "ccomp" or _own_clause(sibling):
            break
        end = sibling.right_edge.i + 1
    return start, end


def _own_clause(clause: Token) -> bool:
    """The clause has its own subject or complementiser, or a cue word heads it."""
    if any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in clause.children):
        return True
    return ("V", clause.lemma_.lower()) in lexicon.cue_lemmas()


def _clausal_first(cue: Token) -> list[Token]:
    """The cue's children, the preferred clausal complement first: of complements on both sides
    ("On his claim that ..., she said it was false"), the one after the cue, unless only the one
    before it is a quotation ('"...," he said, citing ...'). The first of equal frames wins."""
    children = list(cue.children)
    clausal = [c for c in children if c.dep_ == "ccomp"]
    before = [c for c in clausal if c.i < cue.i]
    after = [c for c in clausal if c.i > cue.i]
    if not before or not after:
        return children
    first = after[0]
    if _quoted(before[-1]) and not _quoted(first):
        first = before[-1]
    return [first, *(c for c in children if c is not first)]


def _quoted(clause: Token) -> bool:
    """The clause opens or closes with a quotation mark."""
    doc = clause.doc
    start, end = subtree_span(clause)
    edges = (doc[max(start - 1, 0)], doc[start], doc[end - 1], doc[min(end, len(doc) - 1)])
    return any(t.text in QUOTES or t.text in ("''", "``") for t in edges)


def _parataxis_frame(cue: Token, source: tuple[int, int] | None) -> Frame:
    """ "..., he said" or 'Asked ..., he said, "..."': the clause the cue interrupts, or the quotation."""
    doc = cue.doc
    head_span = subtree_span(cue.head)
    cue_tree = subtree_span(cue)
    after = next((t for t in doc[cue_tree[1] : head_span[1]] if not t.is_punct or t.text in QUOTES), None)
    if after is not None and after.text in QUOTES:
        head_span = (cue_tree[1], head_span[1])
    content = char_span(doc, *head_span, exclude=cue_tree)
    return Frame(cue, (cue.i, cue.i + 1), "parataxis", content, source)


def according_frames(doc: Doc) -> Iterator[Frame]:
    """ "..., according to X": the clause the phrase modifies is the content, X the source."""
    for i, (text, _, _) in enumerate(token_words(doc)):  # no Token made for the other words
        if text.lower() != "according":
            continue
        token = doc[i]
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None:
            continue
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        source = np_span(pobj) if pobj is not None else None
        head = token.head if token.head.i != token.i else None
        if head is None:
            continue
        while head.dep_ not in ("ROOT", "ccomp", "conj", "relcl", "advcl") and head.head.i != head.i:
            head = head.head
        content = char_span(doc, *subtree_span(head), exclude=subtree_span(token))
        yield Frame(token, (token.i, to.i + 1), "according", content, source)
