"""The times stage on hand-made Docs: recognition, TIMEX3 values and the days they cover."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from sayso.nlp.extensions import register_extensions
from sayso.nlp.times.extract import RESOLVERS, extract_times
from sayso.nlp.times.lexicon import patterns
from sayso.records import Time

SUNDAY = date(2024, 12, 1)


@pytest.fixture(scope="module")
def blank():
    register_extensions()
    return spacy.blank("en")


def times(blank, text: str, anchor: date | None = SUNDAY) -> list[Time]:
    doc = blank.make_doc(text)
    doc._.sayso_anchor = anchor
    return extract_times(doc)


def one(blank, text: str, anchor: date | None = SUNDAY) -> Time:
    found = times(blank, text, anchor)
    assert len(found) == 1, found
    return found[0]


def test_every_pattern_kind_has_a_resolver():
    assert {p.kind for p in patterns()} <= set(RESOLVERS)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In a statement on Saturday, the ministry said", "2024-11-30"),
        ("The ministry spoke on Sunday.", "2024-12-01"),  # the anchor's own weekday is the anchor
        ("The talks ended last Sunday.", "2024-11-24"),
        ("The talks resume next Saturday.", "2024-12-07"),
        ("The talks began this Tuesday.", "2024-11-26"),
    ],
)
def test_weekdays_resolve_against_the_anchor(blank, text, value):
    found = one(blank, text)
    assert found.value == value
    assert found.from_ == found.to == date.fromisoformat(value)


def test_weekday_depends_on_the_anchor_not_on_the_clock(blank):
    # the same words in a 1998 article resolve into 1998, whatever day the tests run
    assert one(blank, "He spoke on Saturday.", date(1998, 2, 13)).value == "1998-02-07"


def _tagged(words, tags, heads, deps, pos, anchor):
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words, tags=tags, heads=heads, deps=deps, pos=pos)
    doc._.sayso_anchor = anchor
    return doc


def test_future_tense_picks_the_coming_weekday(blank):
    doc = _tagged(
        ["He", "will", "arrive", "Tuesday", "."],
        ["PRP", "MD", "VB", "NNP", "."],
        [2, 2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "npadvmod", "punct"],
        ["PRON", "AUX", "VERB", "PROPN", "PUNCT"],
        SUNDAY,
    )
    assert [t.value for t in extract_times(doc)] == ["2024-12-03"]


def test_past_tense_picks_the_last_weekday(blank):
    doc = _tagged(
        ["He", "arrived", "Tuesday", "."],
        ["PRP", "VBD", "NNP", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "npadvmod", "punct"],
        ["PRON", "VERB", "PROPN", "PUNCT"],
        SUNDAY,
    )
    assert [t.value for t in extract_times(doc)] == ["2024-11-26"]


def test_past_tense_picks_the_last_month(blank):
    doc = _tagged(
        ["It", "fell", "in", "March", "."],
        ["PRP", "VBD", "IN", "NNP", "."],
        [1, 1, 1, 2, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct"],
        ["PRON", "VERB", "ADP", "PROPN", "PUNCT"],
        SUNDAY,
    )
    assert [t.value for t in extract_times(doc)] == ["2024-03"]


def test_a_year_before_a_plural_noun_is_a_count(blank):
    doc = _tagged(
        ["The", "2000", "soldiers", "left", "."],
        ["DT", "CD", "NNS", "VBD", "."],
        [2, 2, 3, 3, 3],
        ["det", "nummod", "nsubj", "ROOT", "punct"],
        ["DET", "NUM", "NOUN", "VERB", "PUNCT"],
        SUNDAY,
    )
    assert extract_times(doc) == []


def _words(sentence: str) -> Doc:
    """A tagged Doc from "word/tag/POS/dep/head" tokens."""
    words, tags, pos, deps, heads = zip(*(item.split("/") for item in sentence.split()), strict=True)
    return _tagged(list(words), list(tags), [int(h) for h in heads], list(deps), list(pos), SUNDAY)


@pytest.mark.parametrize(
    ("sentence", "value", "day"),
    [
        # a possessive that lost its apostrophe: Saturday's
        (
            "Saturdays/NNP/PROPN/compound/2 convoy/NN/NOUN/compound/2 attack/NN/NOUN/nsubj/3 "
            "killed/VBD/VERB/ROOT/3 126/CD/NUM/dobj/3 ././PUNCT/punct/3",
            "2024-11-30",
            date(2024, 11, 30),
        ),
        # after a word of habit: a set
        (
            "On/IN/ADP/prep/3 Mondays/NNPS/PROPN/pobj/0 markets/NNS/NOUN/nsubj/3 stay/VBP/VERB/ROOT/3 "
            "closed/JJ/ADJ/acomp/3 ././PUNCT/punct/3",
            "XXXX-WXX-1",
            None,
        ),
        # before no noun: a set
        (
            "Shops/NNS/NOUN/nsubj/1 close/VBP/VERB/ROOT/1 Saturdays/NNPS/PROPN/npadvmod/1 ././PUNCT/punct/1",
            "XXXX-WXX-6",
            None,
        ),
    ],
)
def test_a_plural_weekday_is_a_day_only_as_a_possessive_before_a_noun(sentence, value, day):
    (found,) = extract_times(_words(sentence))
    assert (found.value, found.from_) == (value, day)


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("clashes on November 29, 2024. (Photo by AFP)", "2024-11-29", "2024-11-29", "2024-11-29"),
        ("Damascus, December 1 (RHC)-- Syria has", "2024-12-01", "2024-12-01", "2024-12-01"),
        ("Prices rose last month.", "2024-11", "2024-11-01", "2024-11-30"),
        ("The offensive began two years ago.", "2022", "2022-01-01", "2022-12-31"),
        ("Earlier this week, members were reported", "2024-W48", "2024-11-25", "2024-11-30"),
        ("leaders earlier this year.", "2024", "2024-01-01", "2024-11-30"),
        ("The vote is in March.", "2025-03", "2025-03-01", "2025-03-31"),  # no tense: the nearest March
        ("It happened on the 5th.", "2024-12-05", "2024-12-05", "2024-12-05"),
        ("profit in the third quarter", "2024-Q3", "2024-07-01", "2024-09-30"),
        ("growth in the 1990s", "199", "1990-01-01", "1999-12-31"),
        ("sales in fiscal 1989", "1989", "1989-01-01", "1989-12-31"),
        ("The summit is set for last spring.", "2024-SP", "2024-03-01", "2024-05-31"),
        ("Prices are high now.", "PRESENT_REF", "2024-12-01", "2024-12-01"),
        ("The army struck yesterday.", "2024-11-30", "2024-11-30", "2024-11-30"),
        # abbreviated months without a full stop, as agency date lines write them
        ("AFP Tuesday 23 Sep 2014 Strikes hit the town.", "2014-09-23", "2014-09-23", "2014-09-23"),
        ("Reuters Thursday 30 Jun 2016 Clashes went on.", "2016-06-30", "2016-06-30", "2016-06-30"),
        # numeric dates with dots or dashes are day first; slashes are month first
        ("03.10.2017 The air force struck a depot.", "2017-10-03", "2017-10-03", "2017-10-03"),
        ("17-05-2016 Two groups clashed near the town.", "2016-05-17", "2016-05-17", "2016-05-17"),
        ("posted 11/29/2024 by the desk", "2024-11-29", "2024-11-29", "2024-11-29"),
    ],
)
def test_values_and_days(blank, text, value, start, end):
    found = one(blank, text)
    assert (found.value, str(found.from_), str(found.to)) == (value, start, end)


def test_durations_anchored_to_the_article_and_to_the_previous_expression(blank):
    text = "killed 300 terrorists over the past 24 hours after eliminating 600 throughout the two preceding days."
    past, preceding = times(blank, text)
    assert (past.text, past.value, past.from_, past.to) == (
        "the past 24 hours",
        "PT24H",
        date(2024, 11, 30),
        date(2024, 12, 1),
    )
    assert (preceding.text, preceding.value) == ("the two preceding days", "P2D")
    assert (preceding.from_, preceding.to) == (date(2024, 11, 28), date(2024, 11, 29))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The siege lasted two days.", "P2D"),
        ("a 10-year plan", "P10Y"),
        ("for 2 1/2 years", "P2Y6M"),
        ("fighting for years", "PXY"),
        ("over the past several weeks", "PXW"),
        ("Trains run daily.", "P1D"),
        ("They meet each Thursday.", "XXXX-WXX-4"),
        ("The rebels have recently advanced.", "PAST_REF"),
    ],
)
def test_durations_sets_and_references(blank, text, value):
    found = one(blank, text)
    assert found.value == value
    assert found.from_ is None or value == "PXW" or found.from_ <= SUNDAY


def test_a_clock_time_joins_its_day(blank):
    found = one(blank, "The blast came at 10 p.m. Wednesday.", date(2024, 11, 29))
    assert (found.text, found.value) == ("10 p.m. Wednesday", "2024-11-27T22:00")


def test_no_anchor_keeps_absolute_dates_and_leaves_relative_days_open(blank):
    dated, weekday, yesterday = times(blank, "On November 29, 2024 and on Saturday, not yesterday.", None)
    assert (dated.value, dated.from_) == ("2024-11-29", date(2024, 11, 29))
    assert (weekday.value, weekday.from_, weekday.to) == ("XXXX-WXX-6", None, None)
    assert (yesterday.value, yesterday.from_) == ("PAST_REF", None)


@pytest.mark.parametrize(
    "text",
    [
        "a 52 years old man",  # an age
        "earning $5 a year",  # a rate
        "a quarter of the population",  # a fraction
        "ABC's This Week programme",  # a title
        "version 1.2.2015.3 shipped",  # a version number, not a dotted date
        "the Mar Elias church",  # "Mar" is a month only with a day or a year
        "Blasts Claim 4 Martyrs",  # a month's abbreviation is a whole word
        "5 Decisions were taken",
    ],
)
def test_not_times(blank, text):
    assert times(blank, text) == []


def test_offsets_point_into_the_text(blank):
    text = "Fighting resumed on Friday, Oct. 23, 1998, near the border."
    (found,) = times(blank, text, date(1998, 10, 25))
    assert text[found.start : found.end] == found.text == "Friday, Oct. 23, 1998"
    assert found.value == "1998-10-23"


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_infinitive_under_a_past_verb_is_not_future() -> None:
    from sayso.nlp.times.context import tense_at

    words = ["Bidders", "extended", "offers", "to", "acquire", "it", "Friday"]
    heads = [1, 1, 1, 4, 1, 4, 4]
    deps = ["nsubj", "ROOT", "dobj", "aux", "advcl", "dobj", "npadvmod"]
    tags = ["NNS", "VBD", "NNS", "TO", "VB", "PRP", "NNP"]
    pos = ["NOUN", "VERB", "NOUN", "PART", "VERB", "PRON", "PROPN"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert tense_at(doc, doc[6].idx, doc[6].idx + 6) == "unknown"
    present = _parsed(
        ["It", "is", "to", "resume", "Friday"],
        [1, 1, 3, 1, 3],
        ["nsubj", "ROOT", "aux", "xcomp", "npadvmod"],
        ["PRP", "VBZ", "TO", "VB", "NNP"],
        ["PRON", "AUX", "PART", "VERB", "PROPN"],
    )
    assert tense_at(present, present[4].idx, present[4].idx + 6) == "future"


def test_verb_with_same_past_form_is_not_read_as_scheduled() -> None:
    from sayso.nlp.times.context import tense_at

    words = ["Losses", "hurt", "stocks", "Friday"]
    doc = _parsed(
        words,
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "npadvmod"],
        ["NNS", "VBP", "NNS", "NNP"],
        ["NOUN", "VERB", "NOUN", "PROPN"],
    )
    assert tense_at(doc, doc[3].idx, doc[3].idx + 6) == "unknown"
    opens = _parsed(
        ["Trial", "opens", "Friday"],
        [1, 1, 1],
        ["nsubj", "ROOT", "npadvmod"],
        ["NN", "VBZ", "NNP"],
        ["NOUN", "VERB", "PROPN"],
    )
    assert tense_at(opens, opens[2].idx, opens[2].idx + 6) == "future"


def test_the_year_ended_is_a_fiscal_year_length(blank):
    found = times(blank, "Net income for the year ended March 31 rose.", date(1989, 11, 1))
    assert [(t.text, t.value) for t in found][0] == ("the year", "P1Y")
    assert any(t.text == "March 31" for t in found)


def test_for_the_year_is_the_anchor_year(blank):
    found = one(blank, "Volume was flat for the year.", date(1989, 11, 1))
    assert (found.text, found.value) == ("the year", "1989")
    assert times(blank, "Revenue fell from a year ago.", date(1989, 11, 1))[0].text != "the year"


def test_the_year_two_thousand_is_spelled_out(blank):
    found = one(blank, "He promised it by the year two thousand.", date(1998, 2, 5))
    assert (found.text, found.value) == ("the year two thousand", "2000")
    assert not times(blank, "About two thousand people came.", date(1998, 2, 5))


def test_a_pattern_only_skips_windows_where_it_cannot_match(monkeypatch):
    """``needs`` in patterns.json prunes the windows a pattern runs in; it never changes what is found."""
    from dataclasses import replace
    from pathlib import Path

    from sayso.nlp.times import recognise as rec

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))]
    texts += [
        "On Tuesday 23 Sep 2014 at 5 p.m. local time, and again at 1400 GMT the next morning, shells fell.",
        "Two years ago, in the 1990s and the '80s, during the 20th century, each Monday of every March.",
        "Over the past 24 hours, a 10-day truce held until midnight; in the year two thousand and one.",
        "The fighting of last winter, the previous week, that night, on the 5th, the year-ago quarter.",
        "Christmas Eve 2016, nowadays, in recent years, daily, 03.10.2017, 11/29/2024, 2024-12-01.",
    ]
    assert any(p.needs for p in rec.patterns())
    with_needs = [rec.recognise(t) for t in texts]
    unpruned = tuple(replace(p, needs=None) for p in rec.patterns())
    monkeypatch.setattr(rec, "patterns", lambda: unpruned)
    assert [rec.recognise(t) for t in texts] == with_needs
    assert sum(len(found) for found in with_needs) > 30


def test_an_unknown_trigger_kind_in_patterns_json_is_an_error(monkeypatch, tmp_path):
    import json

    from sayso.nlp.times import lexicon

    spec = json.loads((lexicon.DATA / "patterns.json").read_text(encoding="utf-8"))
    spec["patterns"][0]["needs"] = ["monhts"]
    for path in lexicon.DATA.iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "patterns.json").write_text(json.dumps(spec), encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon.patterns.cache_clear()
    try:
        with pytest.raises(ValueError, match="monhts"):
            lexicon.patterns()
    finally:
        lexicon.patterns.cache_clear()
