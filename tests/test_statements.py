"""The statements rules on hand-built Docs: frames, speakers, polarity, relays, quotations, data files."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from sayso.nlp.statements import extract_statements, lexicon, normalise_speaker
from sayso.nlp.statements.quotes import find_quotes

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, punctuation)


def build(spec: str, ents: list[str] | None = None) -> Doc:
    """A parsed Doc from "word/POS/dep/head/lemma/tag" items (head = absolute index, lemma and tag
    optional); the word ¶ is a line break."""
    items = [_fields(item) for item in spec.split()]
    words = [i[0].replace("¶", "\n") for i in items]
    pos = [i[1] for i in items]
    deps = [i[2] for i in items]
    heads = [int(i[3]) for i in items]
    lemmas = [i[4] if len(i) > 4 else i[0].lower() for i in items]
    spaces = [j + 1 < len(words) and words[j + 1] not in (".", ",", ":", "\n") for j in range(len(words))]
    spaces = [space and word != "\n" for space, word in zip(spaces, words, strict=True)]
    for j, word in enumerate(words):  # quotation marks hug the words they enclose
        if word == '"' and words[:j].count('"') % 2 == 0:
            spaces[j] = False
        elif word == '"' and j > 0:
            spaces[j - 1] = False
    tags = [i[5] if len(i) > 5 else "" for i in items]
    doc = Doc(VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, lemmas=lemmas, ents=ents)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def _fields(item: str) -> list[str]:
    """word/POS/dep/head[/lemma[/tag]]; the word itself may hold a slash ("9/11")."""
    parts = item.split("/")
    head = next(i for i in range(3, len(parts)) if parts[i].isdigit())
    return ["/".join(parts[: head - 2]), *parts[head - 2 :]]


def test_reported_speech_gives_speaker_cue_and_content():
    doc = build(
        "The/DET/det/1 ministry/NOUN/nsubj/2 said/VERB/ROOT/2/say the/DET/det/4 forces/NOUN/nsubj/5 "
        "withdrew/VERB/ccomp/2/withdraw ./PUNCT/punct/2"
    )
    (st,) = extract_statements(doc)
    assert st.speaker.text == "The ministry"
    assert st.cue.text == "said"
    assert st.content.text == "the forces withdrew"
    assert st.direct is False
    assert st.polarity == "asserts"
    assert st.id == "s1" and st.via is None


def test_offsets_point_into_the_text():
    doc = build(
        "Officials/NOUN/nsubj/1 said/VERB/ROOT/1/say troops/NOUN/nsubj/3 left/VERB/ccomp/1/leave ./PUNCT/punct/1"
    )
    (st,) = extract_statements(doc)
    for span in (st.speaker, st.cue, st.content):
        assert doc.text[span.start : span.end] == span.text


def test_passive_report_has_no_named_speaker():
    doc = build(
        "It/PRON/nsubjpass/2 was/AUX/auxpass/2/be reported/VERB/ROOT/2/report that/SCONJ/mark/6 "
        "the/DET/det/5 army/NOUN/nsubj/6 withdrew/VERB/ccomp/2/withdraw ./PUNCT/punct/2"
    )
    (st,) = extract_statements(doc)
    assert st.speaker is None
    assert st.content.text == "that the army withdrew"


def test_dismissed_allegations_deny_what_is_alleged():
    doc = build(
        "Syria/PROPN/nsubj/1 dismissed/VERB/ROOT/1/dismiss allegations/NOUN/dobj/1/allegation of/ADP/prep/2 "
        "a/DET/det/5 withdrawal/NOUN/pobj/3 ./PUNCT/punct/1",
        ents=["B-GPE", "O", "O", "O", "O", "O", "O"],
    )
    (st,) = extract_statements(doc)
    assert st.polarity == "denies"
    assert st.content.text == "a withdrawal"
    assert st.speaker.entity == "Syria"


def test_plain_assertion_is_not_a_denial():
    doc = build(
        "Syria/PROPN/nsubj/1 confirmed/VERB/ROOT/1/confirm the/DET/det/3 withdrawal/NOUN/dobj/1 ./PUNCT/punct/1"
    )
    (st,) = extract_statements(doc)
    assert st.polarity == "asserts"


def test_relay_gives_two_statements_the_inner_via_the_outer():
    doc = build(
        "The/DET/det/1 Command/PROPN/nsubj/2 cited/VERB/ROOT/2/cite the/DET/det/4 Center/PROPN/dobj/2 "
        "as/ADP/prep/2 saying/VERB/pcomp/5/say that/SCONJ/mark/10 the/DET/det/9 army/NOUN/nsubj/10 "
        "killed/VERB/ccomp/6/kill 300/NUM/nummod/12 terrorists/NOUN/dobj/10/terrorist ./PUNCT/punct/2"
    )
    outer, inner = extract_statements(doc)
    assert outer.speaker.text == "The Command" and outer.cue.text == "cited"
    assert inner.speaker.text == "the Center" and inner.cue.text == "saying"
    assert "killed 300 terrorists" in inner.content.text
    assert inner.via == outer.id
    assert outer.via is None


def test_according_to_names_the_source():
    doc = build(
        "Troops/NOUN/nsubj/1 withdrew/VERB/ROOT/1/withdraw ,/PUNCT/punct/1 according/VERB/prep/1/accord "
        "to/ADP/prep/3 the/DET/det/6 ministry/NOUN/pobj/4 ./PUNCT/punct/1"
    )
    (st,) = extract_statements(doc)
    assert st.cue.text == "according to"
    assert st.speaker.text == "the ministry"
    assert st.content.text == "Troops withdrew"


def test_pronoun_and_short_reference_resolve_to_the_named_speaker():
    doc = build(
        "The/DET/det/3 Nationalist/PROPN/compound/3 Social/PROPN/compound/3 Party/PROPN/nsubj/4 "
        "said/VERB/ROOT/4/say troops/NOUN/nsubj/6 left/VERB/ccomp/4/leave ./PUNCT/punct/4 "
        "It/PRON/nsubj/9 added/VERB/ROOT/9/add that/SCONJ/mark/12 more/ADJ/nsubj/12 came/VERB/ccomp/9/come "
        "./PUNCT/punct/9 The/DET/det/15 party/NOUN/nsubj/16 warned/VERB/ROOT/16/warn that/SCONJ/mark/19 "
        "war/NOUN/nsubj/19 loomed/VERB/ccomp/16/loom ./PUNCT/punct/16",
        ents=["O", "B-ORG", "I-ORG", "I-ORG"] + ["O"] * 17,
    )
    first, second, third = extract_statements(doc)
    assert first.speaker.entity == "Nationalist Social Party"
    assert second.speaker.text == "It" and second.speaker.entity == first.speaker.entity
    assert third.speaker.text == "The party" and third.speaker.entity == first.speaker.entity


def test_quoted_content_is_direct():
    doc = build(
        'He/PRON/nsubj/1 said/VERB/ROOT/1/say :/PUNCT/punct/1 "/PUNCT/punct/5 Towns/NOUN/nsubjpass/5/town '
        'held/VERB/ccomp/1/hold ./PUNCT/punct/5 "/PUNCT/punct/5'
    )
    (st,) = extract_statements(doc)
    assert st.direct is True
    assert st.content.text.startswith('"') and st.content.text.endswith('"')


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the Syrian defense ministry", "Syria's Ministry of Defense"),
        ("The Syrian Army", "Syrian army"),
        ("the Syrian defence ministry", "the Syrian Ministry of Defense"),
    ],
)
def test_normalise_speaker_gives_one_name(a, b):
    assert normalise_speaker(a) == normalise_speaker(b)


def test_normalise_speaker_drops_determiners_and_possessives():
    assert normalise_speaker("the General Command's") == "General Command"
    assert normalise_speaker("Syria's Ministry of Defense") == "Syrian Ministry of Defense"


def test_quotes_survive_apostrophes_and_odd_marks():
    text = "Damascus' forces said \"we hold\" and then \"they left.\nNext line 'Israel in alliance' ends."
    spans = find_quotes(text)
    assert [text[s:e] for s, e in spans] == ['"we hold"', '"they left.']


def test_typographic_quotes_pair_by_direction():
    text = "“One two three,” he said, “four five.”"
    assert [text[s:e] for s, e in find_quotes(text)] == ["“One two three,”", "“four five.”"]


def test_double_apostrophes_and_mistyped_closing_marks_pair():
    text = "''Stay calm,'' she said. “Not now,“ he said. ''Go home.''"
    assert [text[s:e] for s, e in find_quotes(text)] == ["''Stay calm,''", "“Not now,“", "''Go home.''"]


def test_data_files_are_well_formed():
    frames = lexicon.cue_frames()
    assert ("V", "say", "ccomp") in frames
    for (pos, lemma, frame), (where, weight) in frames.items():
        assert pos in ("V", "N", "A", "P") and lemma and frame
        assert where in ("any", "plain") and 0.0 <= weight <= 1.0
    assert "deny" in lexicon.words("denial_verbs.tsv")
    assert "allegation" in lexicon.words("claim_nouns.tsv")
    assert all(alias == alias.lower() for alias in lexicon.aliases())


# Frames whose content is not a dependent of the cue, and statements the article makes itself.


def test_as_clause_attributes_the_clause_it_modifies():
    doc = build(
        "As/SCONJ/mark/3 the/DET/det/2 Post/PROPN/nsubj/3 reported/VERB/advcl/7/report ,/PUNCT/punct/7 "
        "the/DET/det/6 army/NOUN/nsubj/7 withdrew/VERB/ROOT/7/withdraw ./PUNCT/punct/7"
    )
    (st,) = extract_statements(doc)
    assert st.cue.text == "reported"
    assert st.speaker.text == "the Post"
    assert st.content.text == "the army withdrew"


def test_as_clause_of_a_verb_that_is_no_cue_is_not_a_statement():
    doc = build(
        "As/SCONJ/mark/3 the/DET/det/2 army/NOUN/nsubj/3 advanced/VERB/advcl/7/advance ,/PUNCT/punct/7 "
        "the/DET/det/6 town/NOUN/nsubj/7 emptied/VERB/ROOT/7/empty ./PUNCT/punct/7"
    )
    assert extract_statements(doc) == []


def test_passive_with_agent_gives_the_agent_as_speaker():
    doc = build(
        "The/DET/det/1 plan/NOUN/nsubjpass/3 was/AUX/auxpass/3/be criticized/VERB/ROOT/3/criticize "
        "by/ADP/agent/3 the/DET/det/6 ministry/NOUN/pobj/4 ./PUNCT/punct/3"
    )
    (st,) = extract_statements(doc)
    assert st.cue.text == "criticized"
    assert st.speaker.text == "the ministry"
    assert st.content.text == "The plan"


def test_quotation_before_a_bare_cue_clause_is_its_content():
    doc = build(
        '"/PUNCT/punct/3 The/DET/det/2 army/NOUN/nsubj/3 withdrew/VERB/ROOT/3/withdraw ,/PUNCT/punct/3 '
        '"/PUNCT/punct/3 he/PRON/nsubj/7 said/VERB/ROOT/7/say ./PUNCT/punct/7'
    )
    (st,) = extract_statements(doc)
    assert st.cue.text == "said" and st.speaker.text == "he"
    assert st.content.text == '"The army withdrew,"'
    assert st.direct


def test_cue_inside_a_reported_clause_is_not_a_statement_of_its_own():
    doc = build(
        "The/DET/det/1 minister/NOUN/nsubj/2 said/VERB/ROOT/2/say the/DET/det/4 army/NOUN/nsubj/5 "
        "denied/VERB/ccomp/2/deny the/DET/det/7 report/NOUN/dobj/5 ./PUNCT/punct/2"
    )
    (st,) = extract_statements(doc)
    assert st.cue.text == "said"
    assert st.content.text == "the army denied the report"


def test_the_writers_own_statement_is_not_an_attribution():
    doc = build("I/PRON/nsubj/1 said/VERB/ROOT/1/say troops/NOUN/nsubj/3 left/VERB/ccomp/1/leave ./PUNCT/punct/1")
    assert extract_statements(doc) == []


def test_derived_frames_follow_their_parent_rows():
    table = lexicon.cue_frames()
    assert table[("V", "say", "prequote")][1] == table[("V", "say", "ccomp")][1]
    assert ("V", "say", "as") in table and ("V", "criticize", "passive") in table


def test_poll_named_after_in_speaks_for_its_clause():
    doc = build(
        "In/ADP/prep/6 a/DET/det/3 CNN/PROPN/compound/3 poll/NOUN/pobj/0 ,/PUNCT/punct/6 "
        "Clinton/PROPN/nsubj/6 led/VERB/ROOT/6/lead ./PUNCT/punct/6"
    )
    (st,) = extract_statements(doc)
    assert st.cue.text == "In"
    assert st.speaker.text == "a CNN poll"
    assert st.content.text == "Clinton led"


def test_place_named_after_in_is_no_source():
    doc = build(
        "In/ADP/prep/5 the/DET/det/2 city/NOUN/pobj/0 ,/PUNCT/punct/5 troops/NOUN/nsubj/5 "
        "withdrew/VERB/ROOT/5/withdraw ./PUNCT/punct/5"
    )
    assert extract_statements(doc) == []


def test_quotation_before_a_cue_with_an_addressee_is_its_content():
    doc = build(
        '"/PUNCT/punct/3 The/DET/det/2 army/NOUN/nsubj/3 withdrew/VERB/ROOT/3/withdraw ,/PUNCT/punct/3 '
        '"/PUNCT/punct/3 she/PRON/nsubj/7 told/VERB/ROOT/7/tell CNN/PROPN/dobj/7 ./PUNCT/punct/7'
    )
    (st,) = extract_statements(doc)
    assert st.cue.text == "told" and st.speaker.text == "she"
    assert st.content.text == '"The army withdrew,"'
