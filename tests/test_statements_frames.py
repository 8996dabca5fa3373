"""Frames added for PolNeAR recall, on hand-built Docs: complements on both sides of a cue, objects with
their predicate, adjectives and nouns as cues, clauses the parser hangs as adverbials, quotations the
parser leaves outside the cue's clause. Each case: the Doc, then the one statement's cue, content, speaker."""

from __future__ import annotations

import pytest

from sayso.nlp.statements import extract_statements
from test_statements import build

CASES = [
    pytest.param(
        "Troops/NOUN/nsubj/1 left/VERB/ccomp/4/leave ,/PUNCT/punct/4 she/PRON/nsubj/4 said/VERB/ROOT/4/say "
        "it/PRON/nsubj/6 was/AUX/ccomp/4/be false/ADJ/acomp/6 ./PUNCT/punct/4",
        ("said", "it was false", "she"),
        id="of two complements, the one after the cue",
    ),
    pytest.param(
        '"/PUNCT/punct/2 Troops/NOUN/nsubj/2 left/VERB/ccomp/6/leave ,/PUNCT/punct/2 "/PUNCT/punct/2 '
        "she/PRON/nsubj/6 said/VERB/ROOT/6/say ,/PUNCT/punct/6 it/PRON/nsubj/9 was/AUX/ccomp/6/be "
        "over/ADJ/acomp/9 ./PUNCT/punct/6",
        ("said", '"Troops left,"', "she"),
        id="a quotation before the cue wins over a plain clause after it",
    ),
    pytest.param(
        "The/DET/det/1 senator/NOUN/nsubj/2 called/VERB/ROOT/2/call the/DET/det/4 plan/NOUN/dobj/2 "
        "a/DET/det/6 failure/NOUN/oprd/2 ./PUNCT/punct/2",
        ("called", "the plan a failure", "The senator"),
        id="called X a name: the object and the name",
    ),
    pytest.param(
        "The/DET/det/1 governor/NOUN/nsubj/2 is/AUX/ROOT/2/be eager/ADJ/acomp/2 to/PART/aux/5 "
        "leave/VERB/xcomp/3 ./PUNCT/punct/2",
        ("eager", "to leave", "The governor"),
        id="an adjective cue, spoken by the subject of its copula",
    ),
    pytest.param(
        "The/DET/det/1 mayor/NOUN/poss/3 's/PART/case/1 promise/NOUN/nsubj/8 that/SCONJ/mark/7 "
        "the/DET/det/6 roads/NOUN/nsubj/7 reopen/VERB/acl/3 stood/VERB/ROOT/8/stand ./PUNCT/punct/8",
        ("promise", "that the roads reopen", "The mayor"),
        id="a cue noun with its clause, spoken by its owner",
    ),
    pytest.param(
        "She/PRON/nsubj/2 has/AUX/aux/2/have called/VERB/ROOT/2/call for/SCONJ/mark/7 the/DET/det/5 "
        "army/NOUN/nsubj/7 to/PART/aux/7 withdraw/VERB/advcl/2 ./PUNCT/punct/2",
        ("called", "for the army to withdraw", "She"),
        id="called for X to act, the clause read as an adverbial",
    ),
    pytest.param(
        '"/PUNCT/punct/6 Thanks/NOUN/ROOT/1 for/ADP/prep/1 coming/VERB/pcomp/2 ,/PUNCT/punct/1 '
        '"/PUNCT/punct/6 said/VERB/ROOT/6/say the/DET/det/8 mayor/NOUN/nsubj/6 ./PUNCT/punct/6',
        ("said", '"Thanks for coming,"', "the mayor"),
        id="a quotation the parser leaves outside the cue's clause",
    ),
    pytest.param(
        "Sanders/PROPN/nsubj/2 has/AUX/aux/2/have sagged/VERB/ROOT/2/sag in/ADP/prep/2 the/DET/det/6 "
        "new/ADJ/amod/6 poll/NOUN/pobj/3 and/CCONJ/cc/2 is/AUX/aux/9/be coping/VERB/conj/2/cope ./PUNCT/punct/2",
        ("in", "Sanders has sagged", "the new poll"),
        id="a poll speaks for the clause on its side only",
    ),
    pytest.param(
        "Senator/PROPN/compound/1 Ames/PROPN/compound/2 Denies/PROPN/ROOT/2 Tax/PROPN/compound/4 Plan/PROPN/appos/2",
        ("Denies", "Tax Plan", "Senator Ames"),
        id="a title-case headline verb tagged as a name",
    ),
]


@pytest.mark.parametrize(("spec", "expected"), CASES)
def test_frame_gives_cue_content_and_speaker(spec: str, expected: tuple[str, str, str]):
    (st,) = extract_statements(build(spec))
    assert (st.cue.text, st.content.text, st.speaker.text if st.speaker else None) == expected


NESTED = [
    pytest.param(
        "The/DET/det/1 ministry/NOUN/nsubj/2 urged/VERB/ROOT/2/urge residents/NOUN/dobj/2 to/PART/aux/5 "
        "call/VERB/xcomp/2/call for/ADP/prep/5 calm/NOUN/pobj/6 ./PUNCT/punct/2",
        "urged",
        id="a cue sharing the speaker of the statement around it",
    ),
    pytest.param(
        "The/DET/det/1 minister/NOUN/nsubj/2 said/VERB/ROOT/2/say the/DET/det/4 plan/NOUN/nsubj/11 "
        "that/PRON/dobj/7 critics/NOUN/nsubj/7 called/VERB/relcl/4/call a/DET/det/9 failure/NOUN/oprd/7 "
        "would/AUX/aux/11 pass/VERB/ccomp/2 ./PUNCT/punct/2",
        "said",
        id="a cue in a relative clause inside the content",
    ),
]


@pytest.mark.parametrize(("spec", "cue"), NESTED)
def test_nested_cue_is_part_of_what_is_said(spec: str, cue: str):
    assert [st.cue.text for st in extract_statements(build(spec))] == [cue]


NOTHING = [
    pytest.param(
        "Sanders/PROPN/nsubj/1 rose/VERB/ROOT/1/rise in/ADP/prep/1 the/DET/det/4 polls/NOUN/pobj/2/poll "
        "./PUNCT/punct/1",
        id="the polls in general speak for nothing",
    ),
    pytest.param(
        "Senator/PROPN/compound/1 Ames/PROPN/poss/2 Praises/PROPN/ROOT/2 Grow/PROPN/compound/4 Louder/PROPN/appos/2",
        id="a plural noun after a possessive in a headline",
    ),
]


@pytest.mark.parametrize("spec", NOTHING)
def test_no_statement(spec: str):
    assert extract_statements(build(spec)) == []
