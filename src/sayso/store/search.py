"""Full-text search over stored articles and statements: SQLite FTS5, or PostgreSQL full text.

Both dialects answer the same question the same way: every word of the query must occur (stemmed,
English), results best match first, each with a short snippet whose matching words are marked.
Snippets come back as segments ``[[text, is_hit], ...]`` so that callers escape them like any text.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, text

HIT_START, HIT_END = "\ue000", "\ue001"  # private-use marks around matching words in a snippet
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12

_SQLITE_ARTICLES = f"""
SELECT f.article_id AS id, a.title, a.published, o.name AS outlet,
       snippet(articles_fts, 2, '{HIT_START}', '{HIT_END}', '…', 24) AS snippet
FROM articles_fts AS f
JOIN articles AS a ON a.id = f.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
WHERE articles_fts MATCH :match
ORDER BY bm25(articles_fts, 0.0, 5.0, 1.0), a.id
LIMIT :limit OFFSET :offset
"""

_SQLITE_STATEMENTS = f"""
SELECT f.statement_uid AS uid, s.article_id, s.polarity, s.speaker_text, e.name AS speaker,
       a.title, a.published, o.name AS outlet,
       snippet(statements_fts, 1, '{HIT_START}', '{HIT_END}', '…', 32) AS snippet
FROM statements_fts AS f
JOIN statements AS s ON s.uid = f.statement_uid
JOIN articles AS a ON a.id = s.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN entities AS e ON e.id = s.speaker_entity_id
WHERE statements_fts MATCH :match
ORDER BY bm25(statements_fts), s.uid
LIMIT :limit OFFSET :offset
"""

_PG_OPTIONS = f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=40, MinWords=15, MaxFragments=2"
_PG_ARTICLE_DOC = "to_tsvector('english', coalesce(a.title, '') || ' ' || a.text)"
_PG_ARTICLES = f"""
SELECT a.id, a.title, a.published, o.name AS outlet,
       ts_headline('english', a.text, q, '{_PG_OPTIONS}') AS snippet
FROM articles AS a
LEFT JOIN outlets AS o ON o.id = a.outlet_id,
     plainto_tsquery('english', :query) AS q
WHERE {_PG_ARTICLE_DOC} @@ q
ORDER BY ts_rank({_PG_ARTICLE_DOC}, q) DESC, a.id
LIMIT :limit OFFSET :offset
"""

_PG_STATEMENTS = f"""
SELECT s.uid, s.article_id, s.polarity, s.speaker_text, e.name AS speaker,
       a.title, a.published, o.name AS outlet,
       ts_headline('english', s.content_text, q, '{_PG_OPTIONS}') AS snippet
FROM statements AS s
JOIN articles AS a ON a.id = s.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN entities AS e ON e.id = s.speaker_entity_id,
     plainto_tsquery('english', :query) AS q
WHERE to_tsvector('english', s.content_text) @@ q
ORDER BY ts_rank(to_tsvector('english', s.content_text), q) DESC, s.uid
LIMIT :limit OFFSET :offset
"""

KINDS = ("articles", "statements")


def query_terms(query: str) -> list[str]:
    """The words of a user's query (punctuation and search syntax dropped), at most :data:`MAX_TERMS`."""
    return _WORD.findall(query)[:MAX_TERMS]


def fts5_match(query: str) -> str | None:
    """An FTS5 MATCH expression requiring every word of ``query``; None when it has no words.

    Each word is quoted, so nothing the user types is read as FTS5 syntax (``NEAR``, ``*``, ``:``).
    """
    terms = query_terms(query)
    return " ".join(f'"{term}"' for term in terms) or None


def search(
    conn: Connection, query: str, kind: str = "articles", *, limit: int = 20, offset: int = 0
) -> list[dict[str, Any]]:
    """Articles or statements (``kind``) matching every word of ``query``, best first."""
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r}: expected one of {', '.join(KINDS)}")
    terms = query_terms(query)
    if not terms:
        return []
    params = {"limit": limit, "offset": offset}
    if conn.dialect.name == "postgresql":
        sql = _PG_ARTICLES if kind == "articles" else _PG_STATEMENTS
        params["query"] = " ".join(terms)
    else:
        sql = _SQLITE_ARTICLES if kind == "articles" else _SQLITE_STATEMENTS
        params["match"] = fts5_match(query)
    rows = [dict(row._mapping) for row in conn.execute(text(sql), params)]
    for row in rows:
        row["snippet"] = snippet_segments(row["snippet"] or "")
        if row.get("published") is not None and not isinstance(row["published"], str):
            row["published"] = row["published"].isoformat()
    return rows


def snippet_segments(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into ``(text, is_hit)`` pieces."""
    out: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{HIT_START}{HIT_END}]", snippet)):
        if piece:
            out.append((piece, i % 2 == 1))
    return out
