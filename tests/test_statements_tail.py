"""Attributions closing a sentence with no comma before the speaker (scraped text), through the real
parser: speaker, cue and content are read from the words, and only where the parse framed nothing."""

from __future__ import annotations

import pytest

from sayso.nlp.pipeline import make_doc
from sayso.nlp.statements.tail import tail_frames
from sayso.records import Article


def _statements(nlp, text: str):
    doc = nlp(make_doc(nlp, Article(id="x", text=text)))
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in doc._.sayso_statements]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll from the strikes has risen to 61 a war monitor said on Tuesday.",
            ("a war monitor", "said", "The death toll from the strikes has risen to 61"),
        ),
        (
            "Rocket fire on the city killed five children four of them brothers a monitoring group said on Sunday.",
            ("a monitoring group", "said", "Rocket fire on the city killed five children four of them brothers"),
        ),
        (
            "Twelve civilians were killed in air strikes on Idlib the Britain-based Syrian Observatory for Human "
            "Rights said late on Monday.",
            (
                "the Britain-based Syrian Observatory for Human Rights",
                "said",
                "Twelve civilians were killed in air strikes on Idlib",
            ),
        ),
    ],
)
def test_a_sentence_closing_cue_without_a_comma_has_its_speaker_and_content(nlp, text, expected):
    assert _statements(nlp, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "He did exactly what the army said.",  # "what" ends no clause
        "It was worse than the army said.",
        "Twelve civilians were killed in air strikes on Idlib Rami Abdel Rahman said.",  # where does the name begin?
        "The army said that on Monday.",
        "Fighting raged in the north the army said it had taken the town.",  # more than the day follows the cue
    ],
)
def test_no_speaker_is_read_from_the_words_where_they_do_not_show_one(nlp, text):
    assert list(tail_frames(nlp(text))) == []


@pytest.mark.model
def test_a_cue_the_parse_frames_keeps_that_frame(nlp):
    (statement,) = _statements(nlp, "Five fighters were killed in the clashes, the Observatory said.")
    assert statement == ("the Observatory", "said", "Five fighters were killed in the clashes")
