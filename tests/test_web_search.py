"""Full-text search on both dialects: SQLite FTS5 (kept in step by triggers) and PostgreSQL full text."""

from __future__ import annotations

from sayso.store.search import fts5_match, search, snippet_segments
from sayso.web.sample import article, fill


def test_search_finds_every_word_stemmed_and_marks_hits(store) -> None:
    fill(store)
    with store.engine.connect() as conn:
        hits = search(conn, "fighter entering", "articles")
        assert [h["title"] for h in hits] == ["Rebels push into Hama as army lines collapse"]
        assert any(hit for _, hit in hits[0]["snippet"])
        said = search(conn, "Hama fabricated", "statements")
        assert len(said) == 1 and said[0]["speaker"] == "Syrian Ministry of Defense"
        assert said[0]["polarity"] == "denies"
        assert search(conn, "Hama zanzibar", "articles") == []  # every word must occur
        assert search(conn, '"NEAR(zzyzx* :', "articles") == []  # no search syntax, no error


def test_new_articles_are_searchable_at_once(store) -> None:
    fill(store, [article("Quiet day", "Nothing happened in Tartus today.")])
    with store.engine.connect() as conn:
        assert [h["title"] for h in search(conn, "tartus", "articles")] == ["Quiet day"]


def test_queries_are_quoted_words() -> None:
    assert fts5_match('Hama "NEAR(x*') == '"Hama" "NEAR" "x"'
    assert fts5_match("  !! ") is None
    assert snippet_segments("a \ue000b\ue001 c") == [("a ", False), ("b", True), (" c", False)]
