"""A name before a colon speaks the line: at the line's start ("Ann Lee: ..."), or, in a digest, after
the dash that ends the item's heading when a quotation follows. Through the real parser."""

from __future__ import annotations

import pytest

from sayso.nlp.pipeline import make_doc
from sayso.records import Article

_DIGEST = "This is our polling digest for Wednesday, March 2, 2016.\n\n"


def _colon_statements(nlp, text: str):
    doc = nlp(make_doc(nlp, Article(id="x", text=_DIGEST + text)))
    return [
        (s.speaker.text if s.speaker else None, s.content.text) for s in doc._.sayso_statements if s.cue.text == ":"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "EARLY POLLS MISSED THE LATE SHIFT - Ann Lee and Bo Park: “The polls closed too early to see it.”",
            "Ann Lee and Bo Park",
        ),
        ("Pollsters agree - Carl Mendes: “Keep on contacting voters as late as possible.”", "Carl Mendes"),
    ],
)
def test_a_name_after_a_digests_dash_speaks_the_quotation(nlp, line, speaker):
    quote = line[line.index("“") :]
    assert (speaker, quote) in _colon_statements(nlp, line)


@pytest.mark.model
def test_a_dash_with_no_quotation_after_the_colon_names_no_speaker(nlp):
    line = "Turnout fell in three states - Ohio and Iowa: fewer voters came than in 2012."
    assert _colon_statements(nlp, line) == []
