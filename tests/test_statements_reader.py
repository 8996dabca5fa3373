"""What a careful reader would not mark, or would mark otherwise, on hand-built Docs: a speakerless
infinitive, a reference to a relayed source, a participle adjunct the parser hangs inside the content,
a gerund inside a quotation and a complement clause the parser splits in two."""

from __future__ import annotations

from sayso.nlp.statements import extract_statements
from test_statements import build

RELAY = (
    "The/DET/det/1 Command/PROPN/nsubj/2 cited/VERB/ROOT/2/cite the/DET/det/4 Center/PROPN/dobj/2 "
    "as/ADP/prep/2 saying/VERB/pcomp/5/say that/SCONJ/mark/10 the/DET/det/9 army/NOUN/nsubj/10 "
    "killed/VERB/ccomp/6/kill 300/NUM/nummod/12 terrorists/NOUN/dobj/10/terrorist ./PUNCT/punct/2 "
)


def test_an_infinitive_with_no_speaker_is_no_statement():
    doc = build(
        "Troops/NOUN/nsubj/1 made/VERB/ROOT/1/make efforts/NOUN/dobj/1/effort to/PART/aux/4 "
        "push/VERB/acl/2/push back/ADV/advmod/4 against/ADP/prep/4 the/DET/det/8 rebels/NOUN/pobj/6/rebel "
        "./PUNCT/punct/1"
    )
    doc[4].tag_ = "VB"
    assert extract_statements(doc) == []


def test_a_reference_resolves_to_the_issuing_speaker_not_the_relayed_one():
    doc = build(
        RELAY + "The/DET/det/15 statement/NOUN/nsubj/16 added/VERB/ROOT/16/add that/SCONJ/mark/19 "
        "more/ADJ/nsubj/19 came/VERB/ccomp/16/come ./PUNCT/punct/16"
    )
    cited, relayed, added = extract_statements(doc)
    assert relayed.via == cited.id
    assert added.speaker.text == "The statement"
    assert added.speaker.entity == cited.speaker.entity == "Command"


def test_a_participle_adjunct_hung_inside_the_content_shares_the_outer_speaker():
    doc = build(
        "The/DET/det/1 Command/PROPN/nsubj/2 reminded/VERB/ROOT/2/remind that/SCONJ/mark/6 the/DET/det/5 "
        "attack/NOUN/nsubj/6 came/VERB/ccomp/2/come amid/ADP/prep/6 strikes/NOUN/pobj/7/strike "
        ",/PUNCT/punct/6 referring/VERB/advcl/6/refer to/ADP/prep/10 the/DET/det/13 alliance/NOUN/pobj/11 "
        "./PUNCT/punct/2"
    )
    doc[10].tag_ = "VBG"
    reminded, referring = extract_statements(doc)
    assert referring.cue.text == "referring to"
    assert referring.speaker.text == "The Command"
    assert referring.via is None


def test_a_gerund_inside_a_quotation_is_not_the_quoting_speaker_speaking():
    doc = build(
        "The/DET/det/1 Command/PROPN/nsubj/2 referred/VERB/ROOT/2/refer to/ADP/prep/2 the/DET/det/5 "
        'group/NOUN/pobj/3 "/PUNCT/punct/2 openly/ADV/advmod/8 thanking/VERB/advcl/2/thank '
        "Israel/PROPN/dobj/8 for/ADP/prep/8 its/PRON/poss/12 strikes/NOUN/pobj/10/strike ./PUNCT/punct/2 "
        '"/PUNCT/punct/2'
    )
    doc[8].tag_ = "VBG"
    assert [(st.cue.text, st.speaker.text) for st in extract_statements(doc)] == [("referred to", "The Command")]


def test_a_complement_clause_split_by_the_parser_is_one_content():
    doc = build(
        "It/PRON/nsubj/1 noted/VERB/ROOT/1/note that/SCONJ/mark/4 the/DET/det/4 fighters/NOUN/nsubj/5/fighter "
        "engaged/VERB/ccomp/1/engage in/ADP/prep/5 the/DET/det/8 attack/NOUN/pobj/6 "
        "numbered/VERB/ccomp/1/number thousands/NOUN/dobj/9/thousand ./PUNCT/punct/1"
    )
    (st,) = extract_statements(doc)
    assert st.content.text == "that the fighters engaged in the attack numbered thousands"


def test_a_split_off_clause_headed_by_a_cue_word_stays_a_statement_of_its_own():
    doc = build(
        "She/PRON/nsubj/1 said/VERB/ROOT/1/say troops/NOUN/nsubj/3 left/VERB/ccomp/1/leave "
        "denied/VERB/ccomp/1/deny reports/NOUN/dobj/4/report ./PUNCT/punct/1"
    )
    assert extract_statements(doc)[0].content.text == "troops left"


def test_a_quotation_right_after_a_bare_cue_is_its_content():
    doc = build(
        'Ryan/PROPN/nsubj/1 said/VERB/ROOT/1/say ,/PUNCT/punct/1 "/PUNCT/punct/4 Sure/INTJ/intj/1 '
        './PUNCT/punct/1 "/PUNCT/punct/1'
    )
    (st,) = extract_statements(doc)
    assert (st.cue.text, st.content.text, st.speaker.text, st.direct) == ("said", '"Sure."', "Ryan", True)


def test_a_quotation_before_a_subject_in_apposition_is_the_cues_content():
    doc = build(
        '"/PUNCT/punct/1 Fine/ADJ/ROOT/1 ,/PUNCT/punct/1 "/PUNCT/punct/1 Ames/PROPN/nsubj/8 ,/PUNCT/punct/4 '
        "69/NUM/appos/4 ,/PUNCT/punct/4 said/VERB/ROOT/8/say ./PUNCT/punct/8"
    )
    (st,) = extract_statements(doc)
    assert (st.cue.text, st.content.text, st.speaker.text) == ("said", '"Fine,"', "Ames, 69")
