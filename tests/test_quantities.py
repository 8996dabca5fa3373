"""Quantities: numbers, modifiers, vague words and counted groups on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from sayso.nlp.quantities import extract_quantities
from sayso.nlp.quantities.counts import add_intervals, reported_figure, stated_number
from sayso.records import Quantity

_TAGS = {"NUM": "CD", "ADJ": "JJ", "PROPN": "NNP", "VERB": "VBD", "ADP": "IN", "DET": "DT", "PRON": "PRP"}
_NO_SPACE_BEFORE = {",", ".", "%", "-", ";", "'s"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make(vocab, tagged: str, ents: list[str] | None = None) -> Doc:
    """A Doc from ``word/POS`` items ("300/NUM terrorists/NOUN"); hyphens glue to their neighbours."""
    words, pos = [], []
    for item in tagged.split():
        word, _, p = item.rpartition("/")
        words.append(word)
        pos.append(p)
    spaces = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and nxt not in _NO_SPACE_BEFORE and word != "-")
    tags = []
    for word, p in zip(words, pos, strict=True):
        tag = ("NNS" if word.endswith("s") else "NN") if p == "NOUN" else _TAGS.get(p, "XX")
        tags.append(tag)
    return Doc(vocab, words=words, spaces=spaces, pos=pos, tags=tags, ents=ents)


def only(doc: Doc) -> Quantity:
    found = extract_quantities(doc)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("tagged", "low", "high", "of"),
    [
        ("killed/VERB 300/NUM terrorists/NOUN ./PUNCT", 300, 300, "terrorists"),
        ("killed/VERB as/ADV many/ADJ as/ADP 300/NUM terrorists/NOUN", 1, 300, "terrorists"),
        ("up/ADP to/ADP 40/NUM people/NOUN died/VERB", 1, 40, "people"),
        ("at/ADV least/ADJ 12/NUM civilians/NOUN died/VERB", 12, None, "civilians"),
        ("more/ADJ than/ADP 20/NUM fighters/NOUN", 21, None, "fighters"),
        ("nearly/ADV 50/NUM civilians/NOUN", 45, 49, "civilians"),
        ("about/ADV 30/NUM soldiers/NOUN", 29, 31, "soldiers"),
        ("between/ADP 10/NUM and/CCONJ 15/NUM fighters/NOUN", 10, 15, "fighters"),
        ("10/NUM -/PUNCT 15/NUM people/NOUN", 10, 15, "people"),
        ("two/NUM or/CCONJ three/NUM men/NOUN", 2, 3, "men"),
        ("300/NUM -/PUNCT plus/NOUN fighters/NOUN", 300, None, "fighters"),
        ("30/NUM or/CCONJ more/ADJ people/NOUN", 30, None, "people"),
        ("twenty/NUM -/PUNCT five/NUM soldiers/NOUN", 25, 25, "soldiers"),
        ("three/NUM hundred/NUM people/NOUN", 300, 300, "people"),
        ("one/NUM hundred/NUM and/CCONJ fifty/NUM people/NOUN", 150, 150, "people"),
        ("1,200/NUM rebels/NOUN", 1200, 1200, "rebels"),
        ("1.5/NUM million/NUM refugees/NOUN", 1_500_000, 1_500_000, "refugees"),
        ("two/NUM dozen/NOUN people/NOUN", 24, 24, "people"),
        ("over/ADP 1/NUM 000/NUM civilians/NOUN", 1001, None, "civilians"),
        ("more/ADJ than/ADP 2000/NUM oil/NOUN tankers/NOUN", 2001, None, "oil tankers"),
        ("a/DET quarter/NOUN of/ADP a/DET million/NUM people/NOUN", 250_000, 250_000, "people"),
        ("half/DET a/DET million/NUM people/NOUN", 500_000, 500_000, "people"),
    ],
)
def test_numbers_and_modifiers_give_the_interval_the_words_commit_to(vocab, tagged, low, high, of):
    q = only(make(vocab, tagged))
    assert (q.low, q.high, q.of) == (low, high, of)


@pytest.mark.parametrize(
    ("tagged", "low", "high"),
    [
        ("dozens/NOUN of/ADP Syrian/ADJ soldiers/NOUN", 24, 99),
        ("hundreds/NOUN of/ADP people/NOUN", 200, 999),
        ("thousands/NOUN of/ADP people/NOUN", 2000, 9999),
        ("scores/NOUN of/ADP people/NOUN", 40, 99),
        ("tens/NOUN of/ADP thousands/NOUN of/ADP people/NOUN", 20_000, 99_999),
        ("hundreds/NOUN of/ADP thousands/NOUN of/ADP people/NOUN", 200_000, 999_999),
        ("a/DET dozen/NOUN people/NOUN", 12, 12),
        ("half/DET a/DET dozen/NOUN people/NOUN", 6, 6),
        ("more/ADJ than/ADP a/DET dozen/NOUN people/NOUN", 13, None),
        ("several/ADJ hundred/NUM people/NOUN", 300, 999),
        ("a/DET few/ADJ dozen/NOUN people/NOUN", 24, 60),
        ("several/ADJ people/NOUN", 3, 9),
        ("a/DET couple/NOUN of/ADP people/NOUN", 2, 2),
    ],
)
def test_vague_quantifiers(vocab, tagged, low, high):
    q = only(make(vocab, tagged))
    assert (q.low, q.high, q.of) == (low, high, "people" if tagged.endswith("people/NOUN") else q.of)


def test_text_spans_the_modifier_the_number_and_the_counted_group(vocab):
    doc = make(vocab, "the/DET army/NOUN killed/VERB as/ADV many/ADJ as/ADP 300/NUM terrorists/NOUN ./PUNCT")
    q = only(doc)
    assert q.text == "as many as 300 terrorists"
    assert doc.text[q.start : q.end] == q.text


def test_dozens_of_names_the_counted_group(vocab):
    q = only(make(vocab, "claimed/VERB the/DET lives/NOUN of/ADP dozens/NOUN of/ADP Syrian/ADJ soldiers/NOUN"))
    assert (q.text, q.of) == ("dozens of Syrian soldiers", "Syrian soldiers")


def test_of_them_takes_the_group_counted_before(vocab):
    doc = make(
        vocab,
        "killed/VERB 300/NUM terrorists/NOUN after/ADP eliminating/VERB 600/NUM of/ADP them/PRON ./PUNCT",
    )
    first, second = extract_quantities(doc)
    assert (second.text, second.low, second.of) == ("600 of them", 600, "terrorists")


def test_of_them_without_a_group_before_stays_the_pronoun(vocab):
    q = only(make(vocab, "two/NUM of/ADP them/PRON were/AUX hurt/VERB"))
    assert (q.low, q.of) == (2, "them")


def test_a_bare_number_counts_with_no_group(vocab):
    q = only(make(vocab, "the/DET toll/NOUN rose/VERB to/ADP 30/NUM ./PUNCT"))
    assert (q.text, q.low, q.high) == ("30", 30, 30)


@pytest.mark.parametrize(
    "tagged",
    [
        "prices/NOUN rose/VERB 20/NUM percent/NOUN",
        "prices/NOUN rose/VERB 20/NUM %/NOUN",
        "it/PRON cost/VERB $/SYM 5/NUM",
        "about/ADV 30/NUM km/NOUN from/ADP Aleppo/PROPN",
        "a/DET 50/NUM -/PUNCT year/NOUN -/PUNCT old/ADJ man/NOUN",
        "aged/VERB 20/NUM",
        "Schlafly/PROPN died/VERB at/ADP 92/NUM",
        "the/DET Feb./PROPN 13/NUM death/NOUN of/ADP Scalia/PROPN",
        "under/ADP Resolution/PROPN 2254/NUM ./PUNCT",
        "on/ADP the/DET M5/PROPN highway/NOUN",
        "F-16/PROPN jets/NOUN",
        "on/ADP April/PROPN 5/NUM",
        "on/ADP 5/NUM April/PROPN",
        "in/ADP 2015/NUM ./PUNCT",
        "a/DET lightning/NOUN 2014/NUM campaign/NOUN",
        "at/ADP 0914/NUM GMT/PROPN",
        "call/VERB +963/NUM -/PUNCT 11/NUM -/PUNCT 2345678/NUM",
        "at/ADP 12/NUM Baghdad/PROPN Street/PROPN",
        "over/ADP the/DET past/ADJ 24/NUM hours/NOUN",
        "for/ADP two/NUM days/NOUN",
        "no/DET one/NUM was/AUX hurt/VERB",
        "two/NUM -/PUNCT thirds/NOUN of/ADP them/PRON",
        "the/DET 4th/ADJ Division/PROPN",
    ],
)
def test_numbers_that_count_nothing_give_no_quantity(vocab, tagged):
    assert extract_quantities(make(vocab, tagged)) == []


def test_spacy_date_labels_skip_a_number_without_a_counted_group(vocab):
    doc = make(vocab, "the/DET two/NUM preceding/VERB days/NOUN", ents=["O", "B-DATE", "I-DATE", "I-DATE"])
    assert extract_quantities(doc) == []


def test_a_year_before_a_noun_after_a_date_is_a_date(vocab):
    doc = make(vocab, "September/PROPN 10/NUM 2013/NUM Syrias/PROPN regime/NOUN")
    assert extract_quantities(doc) == []


def test_one_as_a_number_counts(vocab):
    q = only(make(vocab, "the/DET killing/NOUN of/ADP one/NUM person/NOUN"))
    assert (q.low, q.high, q.of) == (1, 1, "person")


def test_one_as_a_pronoun_does_not_count(vocab):
    assert extract_quantities(make(vocab, "the/DET one/PRON who/PRON fled/VERB")) == []


def test_several_counts_in_one_sentence_in_text_order(vocab):
    doc = make(vocab, "killed/VERB 12/NUM civilians/NOUN and/CCONJ 3/NUM fighters/NOUN")
    found = extract_quantities(doc)
    assert [(q.text, q.low) for q in found] == [("12 civilians", 12), ("3 fighters", 3)]
    assert add_intervals(found) == (15, 15)


def test_adding_an_open_count_leaves_the_sum_open():
    counts = [Quantity("at least 12", 0, 11, 12, None), Quantity("3", 12, 13, 3, 3)]
    assert add_intervals(counts) == (15, None)


@pytest.mark.parametrize(
    ("text", "low", "high", "stated"),
    [
        ("more than 30 people", 31, None, 30),
        ("at least 12", 12, None, 12),
        ("as many as 300 terrorists", 1, 300, 300),
        ("nearly 50", 45, 49, 50),
        ("about 40", 38, 42, 40),
        ("300-plus fighters", 300, None, 300),
        ("12 civilians", 12, 12, 12),
        ("dozens", 24, 99, None),
    ],
)
def test_stated_number_undoes_the_modifier(text, low, high, stated):
    assert stated_number(Quantity(text, 0, len(text), low, high)) == stated


def test_the_package_exports_what_the_events_stage_uses():
    import sayso.nlp.quantities as quantities

    expected = {"extract_quantities", "is_casualty_count", "casualty_counts", "combined_count", "stated_number"}
    assert expected <= set(quantities.__all__)
    assert all(callable(getattr(quantities, name)) for name in quantities.__all__)


@pytest.mark.parametrize(
    ("text", "low", "high", "figure"),
    [
        ("at least 9 people", 9, None, (9, 9)),
        ("as many as 120", 1, 120, (120, 120)),
        ("between 4 and 7", 4, 7, (4, 7)),
        ("scores of residents", 40, 99, (40, 99)),
    ],
)
def test_reported_figure_is_the_stated_number_else_the_interval(text, low, high, figure):
    assert reported_figure(Quantity(text, 0, len(text), low, high)) == figure


def test_casualties_count_the_dead_and_the_hurt_together(vocab):
    from sayso.nlp.quantities import is_casualty_count

    doc = make(vocab, "the/DET shelling/NOUN left/VERB 30/NUM casualties/NOUN")
    assert is_casualty_count(only(doc), doc) == "casualties"
    dead = make(vocab, "the/DET shelling/NOUN left/VERB 30/NUM dead/ADJ")
    assert is_casualty_count(only(dead), dead) == "killed"


def test_a_verb_after_a_count_that_has_its_own_object_does_not_count_it(vocab):
    from sayso.nlp.quantities import is_casualty_count

    words = ["buses", "from", "two", "towns", "killed", "43", "people"]
    pos = ["NOUN", "ADP", "NUM", "NOUN", "VERB", "NUM", "NOUN"]
    doc = Doc(
        vocab,
        words=words,
        pos=pos,
        heads=[4, 0, 3, 1, 4, 6, 4],
        deps=["nsubj", "prep", "nummod", "pobj", "ROOT", "nummod", "dobj"],
    )
    towns, people = extract_quantities(doc)
    assert is_casualty_count(towns, doc) is None
    assert is_casualty_count(people, doc) == "killed"
    headline = Doc(
        vocab,
        words=["40", "people", "killed"],
        pos=["NUM", "NOUN", "VERB"],
        heads=[1, 1, 1],
        deps=["nummod", "ROOT", "acl"],
    )
    assert is_casualty_count(only(headline), headline) == "killed"


def test_a_count_joined_to_a_part_is_a_part_too(vocab):
    from sayso.nlp.quantities import is_subset

    words = ["including", "6", "boys", "and", "2", "girls"]
    pos = ["VERB", "NUM", "NOUN", "CCONJ", "NUM", "NOUN"]
    doc = Doc(
        vocab, words=words, pos=pos, heads=[0, 2, 0, 2, 5, 2], deps=["ROOT", "nummod", "pobj", "cc", "nummod", "conj"]
    )
    boys, girls = extract_quantities(doc)
    assert is_subset(boys, doc) and is_subset(girls, doc)
    plain = Doc(
        vocab,
        words=["killed", "6", "boys", "and", "2", "girls"],
        pos=["VERB", *pos[1:]],
        heads=[0, 2, 0, 2, 5, 2],
        deps=["ROOT", "nummod", "dobj", "cc", "nummod", "conj"],
    )
    assert not any(is_subset(q, plain) for q in extract_quantities(plain))


def test_a_four_character_decimal_is_no_year_and_no_error(vocab):
    doc = make(vocab, "the/DET cake/NOUN will/AUX cost/VERB 8.00/NUM ./PUNCT")  # a price whose "£" was lost
    assert [q.text for q in extract_quantities(doc)] == ["8.00"]
