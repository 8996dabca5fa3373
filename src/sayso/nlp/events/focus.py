"""The article's news and its background: incidents recalled as context are not the article's events;
tolls told again without a happening of their own are accounts of the lead's happening.

A report leads with its news (the headline and the first sentences). An incident the body dates
before that news ("On February 22 a health facility was hit", "Saturday's convoy attack killed 126",
"in August 2013 sarin killed hundreds") is recalled as context: ACLED codes it from its own reports,
so it gives no event here and its toll is not taken for the article's.

A killing the body reports with no typed happening, no other place and no other day of its own ("some
said more than 40 people were dead", "Turkeys agency reported 15 deaths") is another account of the
happening the article leads with: it joins that event as evidence, and the lead's figure stands
(the headline and the lead give the figure the report stands by; later ones are alternatives).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..doctext import doc_text, token_words
from ..paragraphs import date_line
from .lexicon import DATA, read_tsv
from .means import is_generic
from .merge import Candidate, absorb, actors_agree, intervals_overlap, places_fit, rest_agrees, same_region

_DEFINITE = {"the", "this", "that", "these", "those"}
#: Sentences of the body, after the headline paragraph, that make up the lead.
LEAD_SENTENCES = 2
#: What ends a sentence (a closing quotation mark may follow).
_ENDS = (".", "!", "?")
_CLOSING = "\"'”’)"
#: Words that make "come" a move to somewhere.
_WHITHER = {"to", "into", "from", "back", "home", "here", "there"}
#: How far up from a word its clause's verb is looked for.
_VERB_STEPS = 4


def lead_end(doc: Doc) -> int:
    """Character offset where the lead ends: the headline paragraph and the body's first sentences.
    The date line scraping glued to the lead ("Published June 11 2016"), cut off as a sentence of its
    own, is not one of them, nor a fragment the parser split off a title-case line ("ISIL", "Uses")."""
    text = doc_text(doc)
    brk = re.search(r"\n\s*\n", text)
    body = brk.end() if brk else 0
    found = date_line(text)
    dated_to = found[2] if found else -1
    seen = 0
    for sent in doc.sents:
        if sent.end_char <= body or sent.end_char <= dated_to or _fragment(sent, text):
            continue
        seen += 1
        if seen >= LEAD_SENTENCES:
            return sent.end_char
    return len(text)


def _fragment(sent: Span, text: str) -> bool:
    """A piece the parser cut off a line that goes on, or only space: it neither ends as a sentence
    does nor ends its paragraph ("ISIL | Uses | Chemical Weapons in Aleppo." from a title-case line)."""
    words = sent.text.rstrip()
    if not words:
        return True
    if words.rstrip(_CLOSING).endswith(_ENDS):
        return False
    after = text[sent.start_char + len(words) :]
    return bool(after.strip()) and not after.lstrip(" \t").startswith("\n")


def _focus(cands: list[Candidate], lead: int, fallback: date | None) -> date | None:
    """The day the news happened: the first dated event of the lead, else the article's date. A
    picture's caption does not set it (a photo may be of another day)."""
    for cand in sorted(cands, key=lambda c: c.char):
        if cand.char < lead and cand.dated and cand.time_precision <= 2 and cand.time_from and not cand.caption:
            return cand.time_from
    return fallback


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a word stands in ("killed" for "clashes" in "killed in clashes")."""
    for _ in range(_VERB_STEPS):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _tally(doc: Doc, cand: Candidate) -> bool:
    """A toll the body gives in the perfect with no day of its own ("another 327 civilians have been
    killed in fighting in Aleppo province"): a tally kept over days, not one happening. The tense is
    read on the verb of the trigger's clause and of the words that count the dead."""
    words = [cand.head, *cand.quantity_heads]
    return not cand.dated and any(_perfect(_clause_verb(doc[i])) for i in words)


def news_events(
    doc: Doc, cands: list[Candidate], fallback: date | None, history: Sequence[tuple[int, int]]
) -> list[Candidate]:
    """The candidates that are the article's news: those of the lead, and those the body does not
    date before the lead's day (or by the month when the lead has no day), tell as earlier than
    another ("came a day after ...") nor give as a tally; never one the news is measured from
    ("since ...": ``history``, the spans of :func:`since_spans`)."""
    lead = lead_end(doc)
    _date_by_retelling(cands, lead)
    focus = _focus(cands, lead, fallback)
    return [
        c
        for c in cands
        if not any(a <= c.char < b for a, b in history) and (c.char < lead or not _background(doc, c, focus))
    ]


def _retells(later: Candidate, told: Candidate) -> bool:
    """``later`` tells again, with a day of its own before the day ``told`` was said, the happening
    ``told`` gives: the same kind, a toll both give with numbers that agree, actors and area that do
    not gainsay it, both in the report's sentences or both in one caption."""
    return (
        (later.type, later.subtype, later.polarity, later.caption)
        == (told.type, told.subtype, told.polarity, told.caption)
        and later.dated
        and not later.framed
        and later.time_precision <= 2
        and later.time_to is not None
        and told.time_from is not None
        and later.time_to < told.time_from
        and later.fatalities is not None
        and not later.vague
        and not told.vague
        and intervals_overlap(later.words, told.words)
        and actors_agree(later.actor1, told.actor1)
        and actors_agree(later.actor2, told.actor2)
        and places_fit(later, told)
    )


def _date_by_retelling(cands: list[Candidate], lead: int) -> None:
    """A happening of the lead dated only by the day it was said ("a poison gas attack that killed
    more than 1400 people, Human Rights Watch said on Tuesday") takes the day the body gives the same
    happening ("The chemical weapons attack near Damascus on August 21 killed more than 1400 people"):
    the telling's day is not the happening's, and the news is then measured from the happening's."""
    body = sorted((c for c in cands if c.char >= lead), key=lambda c: c.char)
    for told in (c for c in cands if c.char < lead and c.framed and c.fatalities is not None):
        later = next((c for c in body if _retells(c, told)), None)
        if later is not None:
            told.time_from, told.time_to, told.time_precision = later.time_from, later.time_to, later.time_precision
            told.framed = False


def _background(doc: Doc, cand: Candidate, focus: date | None) -> bool:
    """Outside the lead: a tally, a happening dated before the news, or one told as earlier."""
    tally = cand.fatalities is not None and _tally(doc, cand)
    return tally or _recalled(cand, focus) or _told_as_earlier(doc[cand.head])


@cache
def _earlier_words() -> frozenset[tuple[str, str]]:
    return frozenset((r["verb"], r["relation"]) for r in read_tsv(DATA / "earlier.tsv"))


def _told_as_earlier(head: Token) -> bool:
    """The happening is told in the phrase of a verb that makes it earlier than another ("came a day
    after heavy air strikes killed 26": ``data/earlier.tsv``); not where the verb moves someone
    somewhere ("victims came to the hospital after the shelling")."""
    words = _earlier_words()
    tok = head
    for _ in range(_VERB_STEPS + 2):
        up = tok.head
        if up.i == tok.i:
            return False
        verb = up.lemma_.lower()
        marks = [c.lower_ for c in tok.children if c.dep_ == "mark"] if tok.dep_ == "advcl" else []
        joined = (  # "came a day after heavy air strikes", "came a day after air strikes killed 26"
            (tok.dep_ == "prep" and (verb, tok.lower_) in words)
            or (tok.dep_ in ("dobj", "obj") and (verb, "dobj") in words)
            or any((verb, m) in words for m in marks)
        )
        if joined:
            return not any(c.lower_ in _WHITHER for c in up.children if c.dep_ in ("prep", "advmod"))
        tok = up
    return False


def since_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the phrases "since" opens: its object ("since *the battle for Aleppo last
    year*") or its clause ("since *rebels seized the east in 2012*"). What they tell, and the times in
    them, are of an earlier happening than the one the sentence is about. Not a time ("an assault
    since late September"): that is when the sentence's own happening began."""
    spans = []
    for i, (word, _, _) in enumerate(token_words(doc)):
        if word.lower() != "since":
            continue
        tok = doc[i]
        if tok.dep_ == "prep":
            objects = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].ent_type_ not in ("DATE", "TIME"):  # "since late September" dates it
                first, last = objects[0].left_edge, objects[-1].right_edge
                spans.append((first.idx, last.idx + len(last.text)))
        elif tok.dep_ == "mark" and tok.head.dep_ == "advcl":
            clause = tok.head
            spans.append((clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)))
    return spans


def _recalled(cand: Candidate, focus: date | None) -> bool:
    """The body dates the candidate before the news; or, when the news has no day, to a month or
    longer ("In May 2016 more than 300 people were killed"): news is told by the day, history by the
    month and the year."""
    if not cand.dated or cand.time_to is None:
        return False
    if focus is not None:
        return cand.time_to < focus
    return cand.time_precision == 3


def _lead_happening(cands: list[Candidate], lead: int) -> Candidate | None:
    """The first happening of the lead that says how it was done, else its first typed happening,
    else its first killing."""
    in_lead = [c for c in cands if c.char < lead]
    precise = [c for c in in_lead if c.strong and not is_generic(c)]
    return next(iter(precise), next((c for c in in_lead if c.strong), in_lead[0] if in_lead else None))


def _same_day(a: Candidate, b: Candidate) -> bool:
    if not a.dated or not b.dated or None in (a.time_from, b.time_from):
        return True
    assert a.time_from and b.time_from
    return a.time_from <= (b.time_to or b.time_from) and b.time_from <= (a.time_to or a.time_from)


def is_anaphoric(head: Token) -> bool:
    """A definite noun naming a happening ("the attack", "the strikes", "this bombing"): it points back
    at one told already rather than telling a new one."""
    return head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)


#: Event types that tell no violence: a definite noun of these kinds points back only at its own kind.
_PEACEFUL = frozenset({"Strategic developments", "Protests"})


def _points_back_at(cand: Candidate, lead: Candidate) -> bool:
    """A definite noun points back at a happening: "the fighting", "the raid" at the lead's air
    strikes; but a noun of a kind that tells no violence only at its own kind ("the ceasefire", "the
    evacuation" do not point back at a shelling), nor a violent one at such a happening."""
    peaceful = {cand.type, lead.type} & _PEACEFUL
    return cand.anaphoric and (cand.type == lead.type or not peaceful)


def _account_of(cand: Candidate, lead: Candidate, regions: dict[int, str | None], end: int) -> bool:
    return (
        (
            not cand.strong
            or _points_back_at(cand, lead)
            or (cand.char < end and is_generic(cand) and not is_generic(lead))
        )
        and (cand.polarity, cand.caption) == (lead.polarity, lead.caption)
        and same_region(cand, lead, regions)
        and _same_day(cand, lead)
    )


def _first_figure(lead: Candidate, cand: Candidate) -> Candidate:
    """The candidate whose figure stands: the one given first, a number written before a vague word;
    but not a headline's figure that the lead gives as a part of its toll ("Seven children killed",
    then "killed 10 people including seven children")."""
    if cand.fatalities is None:
        return lead
    if lead.fatalities is None or (lead.vague and not cand.vague):
        return cand
    if cand.char < lead.char and not (cand.vague and not lead.vague) and cand.fatalities[0] not in lead.parts:
        return cand  # the headline's figure
    return lead


def _date_from_lead(lead: Candidate, cands: list[Candidate], regions: dict[int, str | None], end: int) -> None:
    """An undated headline happening takes the day the lead gives the same kind of happening, in the
    same area, by actors and with a toll that do not gainsay it, whoever tells it ("MSF: regime used
    chemical weapons in Hama" over "MSF accused the regime of using chemical weapons in Hama on March
    25"): the two stay apart as claims, but one day is theirs, not the day of an account further down.
    Not a day the lead recalls for another happening ("US jets killed 15" over "strikes last week
    claimed more than 100")."""
    if lead.dated:
        return
    for cand in sorted(cands, key=lambda c: c.char):
        if cand.char >= end:
            return
        same_kind = (cand.type, cand.subtype, cand.polarity) == (lead.type, lead.subtype, lead.polarity)
        dated = cand.dated and not cand.framed and cand.time_precision <= 2
        told = cand.fatalities is not None or cand.actor1 is not None  # not "smoke cover from warplanes"
        fits = same_region(cand, lead, regions) and rest_agrees(cand, lead)
        if cand is not lead and same_kind and dated and told and fits:
            lead.time_from, lead.time_to, lead.time_precision = cand.time_from, cand.time_to, cand.time_precision
            lead.dated = True
            return


def fold_accounts(doc: Doc, cands: list[Candidate], regions: dict[int, str | None]) -> list[Candidate]:
    """Killings told again without a happening of their own join the lead's happening; the figure
    given first stands (a number written before a vague word: "dozens" gives way to "58")."""
    end = lead_end(doc)
    lead = _lead_happening(cands, end)
    if lead is None:
        return cands
    _date_from_lead(lead, cands, regions, end)
    out = []
    for cand in sorted(cands, key=lambda c: c.char):
        if cand is not lead and _account_of(cand, lead, regions, end):
            first = _first_figure(lead, cand)
            figure = first.fatalities, first.vague, first.words
            absorb(lead, cand)
            lead.fatalities, lead.vague, lead.words = figure
        else:
            out.append(cand)  # the lead itself among them, once (it was listed twice, and merged into itself)
    return out
