"""Quantities with the real model: the seed article, casualty counts and how counts add up."""

from __future__ import annotations

import re

import pytest

from sayso.nlp.quantities import casualty_counts, combined_count, extract_quantities, is_casualty_count, is_subset
from sayso.nlp.quantities.counts import is_cumulative, stated_number

pytestmark = pytest.mark.model


def seed_body(raw: str) -> str:
    """The seed as the reader presents it: title, rules, URL and outlet lines dropped, paragraphs joined."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", raw)]
    markup = re.compile(r"^(#\s.*|-{3,}|<[^>\s]+>|\*\*[^*]+\*\*)$")
    return "\n\n".join(b for b in blocks if b and not markup.match(b))


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_path):
    return nlp(seed_body(seed_path.read_text(encoding="utf-8")))


def find(quantities, text):
    return [q for q in quantities if q.text == text]


def test_the_pipeline_sets_the_quantities(seed_doc):
    assert seed_doc._.sayso_quantities == extract_quantities(seed_doc)


def test_seed_counts_as_intervals_of_what_they_count(seed_doc):
    qs = seed_doc._.sayso_quantities
    (as_many,) = find(qs, "as many as 300 terrorists")
    assert (as_many.low, as_many.high, as_many.of) == (1, 300, "terrorists")
    (six_hundred,) = find(qs, "600 of them")
    assert (six_hundred.low, six_hundred.high) == (600, 600)
    dozens = find(qs, "dozens of Syrian soldiers")
    assert len(dozens) == 2
    assert all((q.low, q.high, q.of) == (24, 99, "Syrian soldiers") for q in dozens)
    (thousands,) = find(qs, "thousands")
    assert (thousands.low, thousands.high) == (2000, 9999)


def test_seed_offsets_point_into_the_text(seed_doc):
    for q in seed_doc._.sayso_quantities:
        assert seed_doc.text[q.start : q.end] == q.text


def test_seed_dates_times_and_names_are_not_counts(seed_doc):
    texts = " | ".join(q.text for q in seed_doc._.sayso_quantities)
    for not_a_count in ("M5", "29", "2024", "24", "December 1"):
        assert not re.search(rf"\b{re.escape(not_a_count)}\b", texts), texts


def test_seed_casualty_counts(seed_doc):
    kinds = {q.text: is_casualty_count(q, seed_doc) for q in seed_doc._.sayso_quantities}
    assert kinds["as many as 300 terrorists"] == "killed"
    assert kinds["600 of them"] == "killed"
    assert kinds["dozens of Syrian soldiers"] == "killed"
    assert kinds["thousands"] is None


def counts_of(nlp, text):
    doc = nlp(text)
    return doc, casualty_counts(doc)


def test_a_part_of_a_count_is_not_added(nlp):
    doc, counts = counts_of(nlp, "The air strike hit a market, killing 15 people, including 5 children.")
    five = next(c for c in counts if c.quantity.low == 5)
    assert five.subset and is_subset(five.quantity, doc)
    assert combined_count(counts) == (15, 15)


def test_counts_that_one_verb_governs_add_up(nlp):
    _, counts = counts_of(nlp, "Government shelling killed 12 civilians and 3 fighters in the town.")
    assert combined_count(counts) == (15, 15)


def test_at_least_with_a_part_stays_open(nlp):
    _, counts = counts_of(nlp, "At least 58 people, including 11 children, were killed in the attack.")
    assert combined_count(counts) == (58, None)


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        ("The death toll rose to 30 on Sunday.", 30, "killed"),
        ("Officials said the death toll had reached 70.", 70, "killed"),
        ("The blast killed 20 people and wounded 45 others.", 45, "injured"),
        ("The blast killed 20 people and wounded 45 others.", 20, "killed"),
        ("The attacks claimed the lives of 25 soldiers.", 25, "killed"),
        ("Rescuers pulled 14 bodies from the rubble.", 14, "killed"),
        ("ISIL executed and crucified five civilians in the town square.", 5, "killed"),
        ("About 3000 people fled to 4 villages near the border.", 4, None),
        ("The jets killed 30 fighters in 3 villages.", 3, None),
        ("Rebels fired 40 rockets at the airport.", 40, None),
        ("Daesh kidnapped 900, executed 18 people in Aleppo.", 900, None),
        ("Daesh kidnapped 900, executed 18 people in Aleppo.", 18, "killed"),
        ("Daesh Kidnapped 900 Executed 18 People in Aleppo", 18, "killed"),
        ("The warplane crashed in the town destroying several homes and killing at least 12 people.", 3, None),
        ("Two suicide bombers killed at least 30 fighters in Hasakeh.", 2, None),  # the doers
        ("Two suicide bombers killed at least 30 fighters in Hasakeh.", 30, "killed"),
        ("Three gunmen wounded 12 people at the checkpoint.", 3, None),
        ("15 killed 20 injured in airstrike on Aleppo market", 15, "killed"),  # a headline's list of tolls
        ("Six civilians killed 35 injured in airstrikes on Idlib", 6, "killed"),
    ],
)
def test_casualty_words_around_a_count(nlp, sentence, number, kind):
    doc = nlp(sentence)
    (q,) = [q for q in doc._.sayso_quantities if q.low == number]
    assert is_casualty_count(q, doc) == kind


def test_the_toll_names_what_a_bare_count_counts(nlp):
    doc = nlp("The death toll rose to 30 on Sunday.")
    (q,) = doc._.sayso_quantities
    assert q.of == "death toll"


def test_a_running_war_total_is_not_one_events_toll(nlp):
    doc, counts = counts_of(
        nlp,
        "A car bomb killed 12 people in Azaz on Sunday. "
        "More than 300,000 people have been killed in Syria since the conflict began in 2011.",
    )
    by_low = {c.quantity.low: c for c in counts}
    assert not by_low[12].cumulative and by_low[300_001].cumulative
    assert is_cumulative(by_low[300_001].quantity, doc)
    assert combined_count(counts) == (12, 12)


@pytest.mark.parametrize(
    ("text", "number"),
    [("The raids killed at least 12 civilians.", 12), ("More than 30 rebels died in the blast.", 30)],
)
def test_stated_number_of_open_counts(nlp, text, number):
    doc = nlp(text)
    (q,) = doc._.sayso_quantities
    assert q.high is None and stated_number(q) == number


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten children were among at least 48 people killed in the village.",
        "The monitor said 31 civilians were identified among those killed.",
        "At least 14 of the dead were rebels.",
    ],
)
def test_counts_among_the_dead_are_parts(nlp, sentence):
    doc = nlp(sentence)
    q = doc._.sayso_quantities[0]
    assert is_casualty_count(q, doc) == "killed" and is_subset(q, doc)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("A child was killed in the shelling of the camp.", [("A child", "killed")]),
        ("Shelling killed a young girl in Idlib.", [("a young girl", "killed")]),
        ("An army officer was killed by a sniper in Daraa.", [("An army officer", "killed")]),
        ("The shell left a child dead and a woman injured.", [("a child", "killed"), ("a woman", "injured")]),
        ("A woman said the shelling had stopped.", []),
        ("A man killed five people in Idlib.", [("five people", "killed")]),
        ("He was shot and killed by a police officer.", []),
    ],
)
def test_one_person_told_without_a_number_is_a_count_of_one_where_the_dead_or_hurt_are_counted(nlp, sentence, counted):
    doc = nlp(sentence)
    found = [(q.text, is_casualty_count(q, doc)) for q in doc._.sayso_quantities]
    assert found == counted
    assert all((q.low, q.high) == (1, 1) for q in doc._.sayso_quantities if q.text.lower().startswith(("a ", "an ")))


def test_left_dead_and_injured_counts_the_dead_by_their_own_word(nlp):
    doc = nlp("The shelling left five people dead and three injured.")
    kinds = {q.low: is_casualty_count(q, doc) for q in doc._.sayso_quantities}
    assert kinds[5] == "killed"
