"""Frames added for PolNeAR recall, on hand-built Docs: complements on both sides of a cue, objects with
their predicate, adjectives and nouns as cues, clauses the parser hangs as adverbials, quotations the
parser leaves outside the cue's clause or puts below it, hearsay adverbs; and what is no statement (cues
inside quotations, labels before a colon, participles that name). Each case: the Doc, then the one
statement's cue, content, speaker."""

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
    pytest.param(
        "Chaos/NOUN/ROOT/0 everywhere/ADV/advmod/0 ,/PUNCT/punct/0 he/PRON/nsubj/4 said/VERB/parataxis/0/say "
        "./PUNCT/punct/0",
        ("said", "Chaos everywhere", "he"),
        id="a parenthetical cue on a clause the parser gives no verb",
    ),
    pytest.param(
        "The/DET/det/1 firm/NOUN/nsubj/4 is/AUX/aux/4/be reportedly/ADV/advmod/4 weighing/VERB/ROOT/4/weigh "
        "a/DET/det/6 sale/NOUN/dobj/4 ./PUNCT/punct/4",
        ("reportedly", "The firm is reportedly weighing a sale", None),
        id="a hearsay adverb reports its clause, naming no speaker",
    ),
    pytest.param(
        "After/ADP/prep/6 the/DET/det/2 vote/NOUN/pobj/0 ,/PUNCT/punct/6 delegates/NOUN/nsubj/6 "
        "reportedly/ADV/advmod/6 walked/VERB/ROOT/6/walk out/ADP/prt/6 ./PUNCT/punct/6",
        ("reportedly", "delegates reportedly walked out", None),
        id="a hearsay adverb's clause starts at its subject",
    ),
    pytest.param(
        "She/PRON/nsubj/2 reportedly/ADV/advmod/2 said/VERB/ROOT/2/say troops/NOUN/nsubj/4 "
        "left/VERB/ccomp/2/leave ./PUNCT/punct/2",
        ("said", "troops left", "She"),
        id="a hearsay adverb on a cue verb leaves the statement to the verb",
    ),
    pytest.param(
        "Ames/PROPN/ROOT/0 :/PUNCT/punct/0 The/DET/det/3 senator/NOUN/nsubj/4 slept/VERB/appos/0/sleep "
        "in/ADP/prep/4 town/NOUN/pobj/5",
        (":", "The senator slept in town", "Ames"),
        id="a name before a colon speaks the line",
    ),
    pytest.param(
        "She/PRON/nsubj/1 arrived/VERB/ROOT/1/arrive ,/PUNCT/punct/1 saying/VERB/advcl/1/say/VBG ,/PUNCT/punct/3 "
        '"/PUNCT/punct/8 We/PRON/nsubj/8 will/AUX/aux/8 win/VERB/ROOT/8 ./PUNCT/punct/8 "/PUNCT/punct/8',
        ("saying", '"We will win."', "She"),
        id="a quotation after a participle cue that has no subject of its own",
    ),
    pytest.param(
        'Ames/PROPN/nsubj/1 wrote/VERB/ROOT/1/write :/PUNCT/punct/1 ¶/SPACE/dep/2 ¶/SPACE/dep/2 "/PUNCT/punct/7 '
        'We/PRON/nsubj/7 build/VERB/ROOT/7 it/PRON/dobj/7 ./PUNCT/punct/7 "/PUNCT/punct/7',
        ("wrote", '"We build it."', "Ames"),
        id="a quotation under a cue that closes its paragraph with a colon",
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
        "The/DET/det/1 minister/NOUN/nsubj/2 said/VERB/ROOT/2/say the/DET/det/4 talks/NOUN/nsubj/14 ,/PUNCT/punct/4 "
        "in/ADP/prep/9 which/PRON/pobj/6 critics/NOUN/nsubj/9 said/VERB/relcl/4/say taxes/NOUN/nsubj/11 "
        "rose/VERB/ccomp/9/rise ,/PUNCT/punct/4 would/AUX/aux/14 end/VERB/ccomp/2 ./PUNCT/punct/2",
        "said",
        id="a cue in a relative clause whose relative word is its own",
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
    pytest.param(
        "UPDATE/PROPN/ROOT/0 :/PUNCT/punct/0 The/DET/det/3 senator/NOUN/nsubj/4 slept/VERB/appos/0/sleep "
        "in/ADP/prep/4 town/NOUN/pobj/5",
        id="a label before a colon names no speaker",
    ),
    pytest.param(
        "Q/PROPN/ROOT/0 :/PUNCT/punct/0 Where/ADV/advmod/3 did/AUX/aux/3/do you/PRON/nsubj/5 sleep/VERB/appos/0 "
        "?/PUNCT/punct/0",
        id="an interview's question line names no speaker",
    ),
    pytest.param(
        '"/PUNCT/punct/2 Officials/NOUN/nsubj/2 criticized/VERB/ROOT/2/criticize the/DET/det/4 plan/NOUN/dobj/2 '
        './PUNCT/punct/2 "/PUNCT/punct/2',
        id="a cue inside a quotation is part of what is quoted, not a report of the article",
    ),
    pytest.param(
        "The/DET/det/1 statement/NOUN/nsubj/5 issued/VERB/acl/1/issue/VBN by/ADP/agent/2 aides/NOUN/pobj/3 "
        "was/AUX/ROOT/5/be short/ADJ/acomp/5 ./PUNCT/punct/5",
        id="a participle after a cue noun says which one, not what is said",
    ),
    pytest.param(
        "A/DET/det/1 group/NOUN/nsubj/5 called/VERB/acl/1/call/VBN the/DET/det/4 Front/PROPN/oprd/2 "
        "formed/VERB/ROOT/5/form ./PUNCT/punct/5",
        id="a participle that names a thing is nobody's statement",
    ),
]


@pytest.mark.parametrize("spec", NOTHING)
def test_no_statement(spec: str):
    assert extract_statements(build(spec)) == []


def test_parenthetical_cue_in_a_relative_clause_is_a_statement_of_its_own():
    doc = build(
        "The/DET/det/1 minister/NOUN/nsubj/2 said/VERB/ROOT/2/say the/DET/det/4 bill/NOUN/nsubj/13 ,/PUNCT/punct/4 "
        "which/PRON/nsubj/9 critics/NOUN/nsubj/8 said/VERB/relcl/4/say was/AUX/ccomp/8/be unfair/ADJ/acomp/9 "
        ",/PUNCT/punct/4 would/AUX/aux/13 pass/VERB/ccomp/2 ./PUNCT/punct/2"
    )
    outer, inner = extract_statements(doc)
    assert outer.content.text == "the bill, which critics said was unfair, would pass"
    assert (inner.speaker.text, inner.cue.text, inner.content.text) == ("critics", "said", "was unfair")
    assert inner.via == outer.id


@pytest.mark.parametrize(("verb", "lemma", "quoted"), [("said", "say", True), ("praised", "praise", False)])
def test_quotation_opening_the_next_paragraph_continues_a_speech_cue_only(verb: str, lemma: str, quoted: bool):
    doc = build(
        f"Ames/PROPN/nsubj/1 {verb}/VERB/ROOT/1/{lemma} the/DET/det/3 plan/NOUN/dobj/1 ./PUNCT/punct/1 "
        '¶/SPACE/dep/4 "/PUNCT/punct/9 We/PRON/nsubj/9 will/AUX/aux/9 build/VERB/ROOT/9 it/PRON/dobj/9 '
        'all/ADV/advmod/9 ./PUNCT/punct/9 "/PUNCT/punct/9'
    )
    contents = [st.content.text for st in extract_statements(doc)]
    assert contents[0] == "the plan"
    assert ('"We will build it all."' in contents) is quoted
