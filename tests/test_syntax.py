"""The Doc's dependency tree as lists: the same answers as spaCy's Token objects give."""

from __future__ import annotations

from pathlib import Path

from sayso.nlp.syntax import syntax

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_the_lists_answer_as_the_tokens_do(nlp) -> None:
    for path in sorted(EXAMPLES.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        tree = syntax(doc)
        assert tree.heads == [t.head.i for t in doc]
        assert tree.deps == [t.dep_ for t in doc]
        assert tree.lemmas == [t.lemma_.lower() for t in doc]
        assert tree.lowers == [t.lower_ for t in doc]
        assert tree.pos == [t.pos_ for t in doc]
        assert tree.tags == [t.tag_ for t in doc]
        assert tree.children == [[c.i for c in t.children] for t in doc]
        assert [list(tree.ancestors(t.i)) for t in doc] == [[a.i for a in t.ancestors] for t in doc]
        assert any(tree.heads[i] < i for i in range(len(doc)))  # heads before their words: offsets below 0


def test_one_tree_per_doc_kept(nlp) -> None:
    first, second = nlp("Shelling hit the town."), nlp("Rebels denied it.")
    assert syntax(first) is syntax(first)
    assert syntax(second).lowers[0] == "rebels" and syntax(first).lowers[0] == "shelling"


def test_each_token_s_sentence_is_the_token_s_own(nlp) -> None:
    from sayso.nlp.syntax import sentences

    for path in sorted(EXAMPLES.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        found = sentences(doc)
        assert len(found.spans) > 3
        assert [(found.of(t.i).start, found.of(t.i).end) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
