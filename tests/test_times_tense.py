"""Which way a bare day points, from the clause around it (hand-made parses, so no model is needed)."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc

from sayso.nlp.extensions import register_extensions
from sayso.nlp.times.context import tense_at
from sayso.nlp.times.extract import extract_times

WEDNESDAY = date(2024, 12, 4)


def parsed(rows: str) -> Doc:
    """A Doc from one "word tag pos dep head lemma" row per token (head is a token index)."""
    cells = [row.split() for row in rows.strip().splitlines()]
    return Doc(
        spacy.blank("en").vocab,
        words=[c[0] for c in cells],
        tags=[c[1] for c in cells],
        pos=[c[2] for c in cells],
        deps=[c[3] for c in cells],
        heads=[int(c[4]) for c in cells],
        lemmas=[c[5] for c in cells],
    )


def tense_of(doc: Doc, word: str) -> str:
    token = next(t for t in doc if t.text == word)
    return tense_at(doc, token.idx, token.idx + len(token))


PLANNED_TO_LEAVE = """
The DT DET det 1 the
team NN NOUN nsubj 2 team
planned VBD VERB ROOT 2 plan
to TO PART aux 4 to
leave VB VERB xcomp 2 leave
Nairobi NNP PROPN dobj 4 Nairobi
on IN ADP prep 4 on
Thursday NNP PROPN pobj 6 Thursday
"""

EXTENDED_TO_ACQUIRE = """
Bidders NNS NOUN nsubj 1 bidder
extended VBD VERB ROOT 1 extend
offers NNS NOUN dobj 1 offer
to TO PART aux 4 to
acquire VB VERB advcl 1 acquire
it PRP PRON dobj 4 it
Friday NNP PROPN npadvmod 4 Friday
"""

HAD_BEEN_DUE = """
The DT DET det 1 the
offer NN NOUN nsubj 3 offer
had VBD AUX aux 3 have
been VBN AUX ROOT 3 be
due JJ ADJ acomp 3 due
to TO PART aux 6 to
expire VB VERB xcomp 4 expire
Friday NNP PROPN npadvmod 6 Friday
"""


def test_an_infinitive_under_a_verb_of_planning_points_ahead_whatever_its_tense():
    assert tense_of(parsed(PLANNED_TO_LEAVE), "Thursday") == "future"
    assert tense_of(parsed(EXTENDED_TO_ACQUIRE), "Friday") == "unknown"  # under another past verb
    assert tense_of(parsed(HAD_BEEN_DUE), "Friday") == "unknown"  # the pluperfect: perhaps gone by


def test_a_day_under_due_is_a_deadline_to_come():
    doc = parsed("""
The DT DET det 1 the
verdict NN NOUN nsubj 2 verdict
is VBZ AUX ROOT 2 be
due JJ ADJ acomp 2 due
Friday NNP PROPN npadvmod 3 Friday
""")
    assert tense_of(doc, "Friday") == "future"


def test_a_modal_progressive_points_ahead():
    doc = parsed("""
He PRP PRON nsubj 3 he
would MD AUX aux 3 would
be VB AUX aux 3 be
traveling VBG VERB ROOT 3 travel
Thursday NNP PROPN npadvmod 3 Thursday
""")
    assert tense_of(doc, "Thursday") == "future"


def test_until_a_day_is_a_new_deadline_only_under_a_verb_of_deferral():
    postponed = parsed("""
Officials NNS NOUN nsubj 1 official
postponed VBD VERB ROOT 1 postpone
action NN NOUN dobj 1 action
until IN ADP prep 1 until
Tuesday NNP PROPN pobj 3 Tuesday
""")
    lasted = parsed("""
Talks NNS NOUN nsubj 1 talk
lasted VBD VERB ROOT 1 last
until IN ADP prep 1 until
Tuesday NNP PROPN pobj 2 Tuesday
""")
    assert tense_of(postponed, "Tuesday") == "future"
    assert tense_of(lasted, "Tuesday") == "past"


FOLLOWS_DECLARATION = """
The DT DET det 2 the
GM NNP PROPN compound 2 GM
move NN NOUN nsubj 3 move
follows VBZ VERB ROOT 3 follow
Tuesday NNP PROPN poss 6 Tuesday
's POS PART case 4 's
declaration NN NOUN dobj 3 declaration
"""

WILL_VOTE = """
Voters NNS NOUN nsubj 2 voter
will MD AUX aux 2 will
vote VB VERB ROOT 2 vote
in IN ADP prep 2 in
Sunday NNP PROPN poss 6 Sunday
's POS PART case 4 's
election NN NOUN pobj 3 election
"""


def test_a_possessive_day_is_past_unless_the_clause_is_in_the_future():
    follows = parsed(FOLLOWS_DECLARATION)
    assert tense_of(follows, "Tuesday") == "past"  # a bare present would otherwise read as scheduled
    register_extensions()
    follows._.sayso_anchor = WEDNESDAY
    assert [t.value for t in extract_times(follows)] == ["2024-12-03"]
    assert tense_of(parsed(WILL_VOTE), "Sunday") == "future"


def test_a_weekday_and_date_before_a_colon_is_the_date():
    register_extensions()
    doc = spacy.blank("en").make_doc("The Times said in an editorial on Saturday, April 25: the court erred.")
    doc._.sayso_anchor = date(1998, 4, 24)
    assert [(t.text, t.value) for t in extract_times(doc)] == [("Saturday, April 25", "1998-04-25")]


def test_last_month_is_before_this_month_however_near():
    register_extensions()
    doc = spacy.blank("en").make_doc("The loans were offered to bankers last December.")
    doc._.sayso_anchor = date(1989, 10, 30)
    assert [t.value for t in extract_times(doc)] == ["1988-12"]
    doc = spacy.blank("en").make_doc("The vote is set for next November.")
    doc._.sayso_anchor = date(1989, 10, 30)
    assert [t.value for t in extract_times(doc)] == ["1989-11"]


def test_a_clock_time_given_again_in_parentheses_is_on_the_same_day():
    register_extensions()
    nlp = spacy.blank("en")
    doc = nlp.make_doc("The blast occurred at 10:35 a.m. (0735 GMT) Friday, toppling a building.")
    doc._.sayso_anchor = date(1998, 8, 8)
    values = [(t.text, t.value) for t in extract_times(doc)]
    assert values == [("10:35 a.m.", "1998-08-07T10:35"), ("0735 GMT", "1998-08-07T07:35"), ("Friday", "1998-08-07")]
    doc = nlp.make_doc("Shelling began on Saturday at 6 a.m. (0300 GMT) near the town.")
    doc._.sayso_anchor = date(1998, 8, 10)
    values = [(t.text, t.value) for t in extract_times(doc)]
    assert values == [("Saturday at 6 a.m.", "1998-08-08T06:00"), ("0300 GMT", "1998-08-08T03:00")]
