"""Full-text search over articles (title + text) and statements (content); the desk's map index.

SQLite: two FTS5 tables kept in step with ``articles`` and ``statements`` by triggers.
PostgreSQL: GIN indexes on ``to_tsvector('english', ...)`` of the same columns; the queries in
``sayso.store.search`` use exactly these expressions so the planner picks the indexes.

Both dialects also get ``ix_events_map`` (country, date_from, lat, lon, type, polarity): a covering
index, so the desk's map clusters a whole country's events from the index without reading the table.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE_UP = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize='porter unicode61')",
    "CREATE VIRTUAL TABLE statements_fts USING fts5(statement_uid UNINDEXED, content, tokenize='porter unicode61')",
    "INSERT INTO articles_fts (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles",
    "INSERT INTO statements_fts (statement_uid, content) SELECT uid, content_text FROM statements",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
         INSERT INTO articles_fts (article_id, title, text)
         VALUES (new.id, coalesce(new.title, ''), new.text);
       END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
         DELETE FROM articles_fts WHERE article_id = old.id;
       END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
         DELETE FROM articles_fts WHERE article_id = old.id;
         INSERT INTO articles_fts (article_id, title, text)
         VALUES (new.id, coalesce(new.title, ''), new.text);
       END""",
    """CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
         INSERT INTO statements_fts (statement_uid, content) VALUES (new.uid, new.content_text);
       END""",
    """CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
         DELETE FROM statements_fts WHERE statement_uid = old.uid;
       END""",
    """CREATE TRIGGER statements_fts_update AFTER UPDATE OF content_text ON statements BEGIN
         DELETE FROM statements_fts WHERE statement_uid = old.uid;
         INSERT INTO statements_fts (statement_uid, content) VALUES (new.uid, new.content_text);
       END""",
)
SQLITE_DOWN = (
    *(
        f"DROP TRIGGER IF EXISTS {table}_fts_{when}"
        for table in ("articles", "statements")
        for when in ("insert", "delete", "update")
    ),
    "DROP TABLE IF EXISTS articles_fts",
    "DROP TABLE IF EXISTS statements_fts",
)
POSTGRES_UP = (
    "CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))",
    "CREATE INDEX ix_statements_fts ON statements USING gin (to_tsvector('english', content_text))",
)
POSTGRES_DOWN = ("DROP INDEX IF EXISTS ix_articles_fts", "DROP INDEX IF EXISTS ix_statements_fts")


def _run(statements: tuple[str, ...]) -> None:
    for sql in statements:
        op.execute(sql)


MAP_INDEX = ("ix_events_map", ["country", "date_from", "lat", "lon", "type", "polarity"])


def upgrade() -> None:
    op.create_index(MAP_INDEX[0], "events", MAP_INDEX[1])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(POSTGRES_UP)


def downgrade() -> None:
    op.drop_index(MAP_INDEX[0], table_name="events")
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(POSTGRES_DOWN)
