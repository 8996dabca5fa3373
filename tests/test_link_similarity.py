"""Text similarity proposes candidates: recall of same-situation claim pairs on a small labelled set.

The set: claims about four situations (the Hama withdrawal/denial/capture, the Hama-countryside toll,
shelling in Ariha, a clash in Deir ez-Zor), each written four ways as outlets word them. A proposer
is good when, for each claim, the other claims about its situation rank above the claims about others.
"""

from __future__ import annotations

import importlib.util
from itertools import combinations

import pytest

from sayso.link.similarity import is_copy, load_minilm, minilm_installed, ngram_similarity, word_overlap

SITUATIONS = {
    "hama_control": [
        "Syrian government forces withdrew from the city of Hama on Saturday as opposition fighters advanced",
        "The General Command denied that its units had withdrawn from the city of Hama",
        "Opposition fighters captured the city of Hama on Thursday",
        "Rebels led by Hayat Tahrir al-Sham took control of Hama after days of fighting",
    ],
    "hama_toll": [
        "the army and allied air forces had killed as many as 300 terrorists in the northern Hama countryside",
        "Syrian and Russian air strikes in the northern Hama countryside killed 20 to 30 fighters",
        "Russian jets killed dozens of militants north of Hama over the past day",
        "air raids near Souran, north of Hama, killed at least 25 opposition fighters",
    ],
    "ariha_shelling": [
        "Artillery shelling killed two civilians in the town of Ariha in Idlib province",
        "Two civilians died when shells struck a market in Ariha",
        "Government shelling on Ariha market kills two, rescuers say",
        "Shells hit the centre of Ariha in Idlib, killing two people",
    ],
    "deir_clash": [
        "Clashes between the SDF and tribal fighters east of Deir ez-Zor left five dead",
        "Five killed as tribal fighters clash with SDF near Deir ez-Zor",
        "SDF fighters and Arab tribal gunmen fought in villages east of Deir ez-Zor",
        "Fighting between tribal militias and the SDF in eastern Deir ez-Zor killed five",
    ],
}


def recall_at(k: int, measure) -> float:
    """Share of same-situation partners found among each claim's top-k most similar other claims."""
    claims = [(name, text) for name, texts in SITUATIONS.items() for text in texts]
    found = total = 0
    for i, (name, text) in enumerate(claims):
        others = sorted((j for j in range(len(claims)) if j != i), key=lambda j: -measure(text, claims[j][1]))[:k]
        partners = [j for j, (other, _) in enumerate(claims) if other == name and j != i]
        found += sum(1 for j in partners if j in others)
        total += len(partners)
    return found / total


def test_char_ngrams_find_same_situation_claims_at_least_as_well_as_word_overlap() -> None:
    ngram, words = recall_at(3, ngram_similarity), recall_at(3, word_overlap)
    assert ngram >= words
    assert ngram >= 0.6


def _within_and_across(measure) -> tuple[float, float]:
    same = [measure(a, b) for texts in SITUATIONS.values() for a, b in combinations(texts, 2)]
    names = list(SITUATIONS)
    across = [measure(a, b) for x, y in combinations(names, 2) for a in SITUATIONS[x] for b in SITUATIONS[y]]
    return sum(same) / len(same), sum(across) / len(across)


def test_candidates_within_a_situation_score_higher_than_across() -> None:
    same, across = _within_and_across(ngram_similarity)
    assert same > across


needs_minilm = pytest.mark.skipif(not minilm_installed(), reason="MiniLM packages not installed (make install)")


@pytest.fixture(scope="module")
def minilm():
    return load_minilm()


@needs_minilm
def test_minilm_ranks_paraphrases_better_than_the_ngram_fallback(minilm) -> None:
    assert recall_at(3, minilm) > recall_at(3, ngram_similarity)
    same, across = _within_and_across(minilm)
    assert same > across + 0.2


@needs_minilm
def test_minilm_is_the_default_measure_when_installed(monkeypatch) -> None:
    from sayso.link import similarity as module

    monkeypatch.delenv("SAYSO_SIMILARITY", raising=False)
    module.measure.cache_clear()
    try:
        a, b = SITUATIONS["hama_control"][0], SITUATIONS["hama_control"][3]
        assert module.similarity(a, b) != pytest.approx(ngram_similarity(a, b), abs=1e-6)
        assert module.similarity(a, b) > 0.5
    finally:
        module.measure.cache_clear()


def test_syndicated_copies_are_copies_and_paraphrases_are_not() -> None:
    text = SITUATIONS["hama_control"][0]
    assert is_copy(text, text.upper() + ".")
    assert is_copy(text, text.replace("Saturday", "Saturday evening"))
    assert not is_copy(text, SITUATIONS["hama_control"][3])


def test_the_similarity_setting_chooses_the_measure(monkeypatch) -> None:
    from sayso.errors import ConfigError
    from sayso.link import similarity as module

    a, b = SITUATIONS["ariha_shelling"][:2]
    monkeypatch.setenv("SAYSO_SIMILARITY", "ngrams")
    module.measure.cache_clear()
    assert module.similarity(a, b) == module.ngram_similarity(a, b)
    monkeypatch.setenv("SAYSO_SIMILARITY", "bogus")
    module.measure.cache_clear()
    with pytest.raises(ConfigError, match="expected 'auto', 'minilm' or 'ngrams'"):
        module.similarity(a, b)
    if importlib.util.find_spec("sentence_transformers") is None:
        monkeypatch.setenv("SAYSO_SIMILARITY", "minilm")
        module.measure.cache_clear()
        with pytest.raises(ConfigError, match="pip install"):
            module.similarity(a, b)
    module.measure.cache_clear()


def test_a_long_candidate_list_is_cut_to_the_nearest_by_ngrams() -> None:
    from types import SimpleNamespace

    from sayso.link.similarity import shortlist

    text = SITUATIONS["ariha_shelling"][0]
    far = [(i, SimpleNamespace(text=f"Protesters gathered in square number {i} of a distant city")) for i in range(40)]
    near = [(100 + i, SimpleNamespace(text=t)) for i, t in enumerate(SITUATIONS["ariha_shelling"][1:])]
    assert {k for k, _ in shortlist(text, near)} == {100, 101, 102}  # few: all of them
    kept = shortlist(text, far + near, size=5)
    assert len(kept) == 5 and {100, 101, 102} <= {k for k, _ in kept}
