"""The seed article, marked as a careful reader would: named facts, one by one (needs the model)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sayso.records import Article, Statement

pytestmark = [pytest.mark.model, pytest.mark.data]


def seed_body(path: Path) -> str:
    """The body as the reader presents it: title, rules, URL and bold outlet removed."""
    paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")]
    drop = ("# ", "---", "<", "**")
    return "\n\n".join(p for p in paragraphs if p and not p.startswith(drop))


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> tuple[str, list[Statement]]:
    from sayso.nlp.pipeline import load_pipeline, parse

    text = seed_body(seed_path)
    nlp = load_pipeline(stages=("sayso_statements",))
    doc = next(parse(nlp, [Article(id="t", text=text, published=date(2024, 12, 1))]))
    return text, list(doc._.sayso_statements)


def find(statements: list[Statement], entity: str, words: str) -> list[Statement]:
    """Statements of ``entity`` whose content contains ``words``."""
    return [s for s in statements if s.speaker and s.speaker.entity == entity and words in s.content.text]


def test_offsets_point_into_the_body(seed):
    text, statements = seed
    assert statements
    for st in statements:
        for span in (st.cue, st.content, *([st.speaker] if st.speaker else [])):
            assert text[span.start : span.end] == span.text


def test_ids_run_in_text_order(seed):
    _, statements = seed
    assert [s.id for s in statements] == [f"s{i}" for i in range(1, len(statements) + 1)]
    assert [s.cue.start for s in statements] == sorted(s.cue.start for s in statements)


def test_defense_ministry_statement_and_its_direct_quote(seed):
    _, statements = seed
    (said,) = find(statements, "Syrian Ministry of Defense", "the forces were positioned")
    assert said.cue.text == "said" and said.polarity == "asserts" and not said.direct
    quotes = find(statements, "Syrian Ministry of Defense", "Towns near Hama have not been entered")
    assert any(q.direct and q.cue.text == "asserting" for q in quotes)


def test_syria_denies_the_withdrawal_from_hama(seed):
    _, statements = seed
    denials = [s for s in statements if s.polarity == "denies" and "withdrawal" in s.content.text]
    assert denials and denials[0].speaker.entity == "Syria"
    assert "Hama" in denials[0].content.text
    assert "dismissed" not in denials[0].content.text


def test_rumors_are_denied(seed):
    _, statements = seed
    assert any(s.polarity == "denies" and "rumors" in s.content.text for s in statements)


def test_general_command_media_war_description_is_a_denial(seed):
    _, statements = seed
    command = "General Command of the Syrian Army"
    described = [s for s in statements if s.cue.text == "described" and s.speaker.entity == command]
    assert described and described[0].polarity == "denies"
    assert "allegations" in described[0].content.text


def test_general_command_steadfastness_quote_and_reaffirmation(seed):
    _, statements = seed
    command = "General Command of the Syrian Army"
    (quote,) = find(statements, command, "Our valiant army remains steadfast")
    assert quote.direct
    assert find(statements, command, "steadfastness")


def test_relay_of_the_russian_coordination_center(seed):
    _, statements = seed
    (cited,) = [s for s in statements if s.cue.text == "cited"]
    assert cited.speaker.entity == "General Command of the Syrian Army"
    (center,) = find(statements, "Russian Coordination Center in Syria", "300 terrorists")
    assert center.via == cited.id
    assert cited.via is None


def test_army_regrouping_and_pronoun_statements(seed):
    _, statements = seed
    (regroup,) = find(statements, "Syrian Army", "regrouping")
    assert regroup.cue.text == "says"
    assert find(statements, "Syrian Army", "the soldiers had engaged in redeployment")
    assert find(statements, "Syrian Army", "unable to establish fixed positions")


def test_ssnp_statements(seed):
    _, statements = seed
    party = "Syrian Social Nationalist Party"
    assert find(statements, party, "ongoing cooperation between Tel Aviv and the Takfiris")
    assert find(statements, party, "The terrorist groups are operating")
    assert find(statements, party, "It has become evident")
    (considers,) = find(statements, party, "considers that this scheme")
    assert considers.speaker.text == "The party"


def test_unattributed_reports_have_no_speaker(seed):
    _, statements = seed
    reported = [s for s in statements if s.cue.text == "reported"]
    assert len(reported) == 2
    assert all(s.speaker is None for s in reported)


def test_an_aim_in_an_infinitive_is_no_statement(seed):
    _, statements = seed
    assert not [s for s in statements if s.cue.text.startswith("push")]


def test_the_statement_after_a_relay_is_the_general_commands(seed):
    _, statements = seed
    (reminded,) = [s for s in statements if s.cue.text == "reminded"]
    assert reminded.speaker.text == "The statement"
    assert reminded.speaker.entity == "General Command of the Syrian Army"


def test_referring_to_is_said_by_who_reminded(seed):
    _, statements = seed
    (reminded,) = [s for s in statements if s.cue.text == "reminded"]
    (referring,) = [s for s in statements if s.cue.text == "referring to"]
    assert referring.speaker.entity == reminded.speaker.entity
    assert referring.via is None
    assert "alliance with the Israeli regime" in referring.content.text


def test_thanking_inside_the_quotation_is_not_the_general_command_speaking(seed):
    _, statements = seed
    command = "General Command of the Syrian Army"
    thanking = [s for s in statements if s.cue.text.startswith("thanking")]
    assert all(s.speaker is None or s.speaker.entity != command for s in thanking)
    (referred,) = [s for s in statements if s.cue.text == "referred to"]
    assert referred.speaker.entity == command and "thanking Israel" in referred.content.text


def test_noted_takes_the_whole_complement_clause(seed):
    _, statements = seed
    (noted,) = [s for s in statements if s.cue.text == "noted"]
    assert noted.content.text.startswith("that the terrorists engaged in the attack numbered thousands")
    assert noted.content.text.endswith("large drone squadrons")
