"""The store: SQLite (one file, WAL) by default, PostgreSQL for teams, through the same SQLAlchemy Core code.

Only this package writes. ``open_store(url)`` migrates the schema to the newest revision.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from ..records import Record
from . import read, schema
from .engine import make_engine, migrate
from .filters import EventFilter

__all__ = ["EventFilter", "Store", "open_store"]


class Store:
    """A sayso store. Reads return plain dicts; :meth:`add` writes one article in one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article_id))
            return found.first() is not None

    def add(self, record: Record) -> bool:
        """Store ``record`` in one transaction; False (and nothing written) if the article is already there."""
        from .write import write_record

        try:
            with self.engine.begin() as conn:
                return write_record(conn, record)
        except IntegrityError:
            if self.has_article(record.article.id):
                return False  # another writer stored it first
            raise

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return read.article_summaries(conn, limit, offset)

    def record(self, article_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            return read.article_record(conn, article_id)

    def statements(self, **criteria: Any) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return read.statement_rows(conn, **criteria)

    def events(self, flt: EventFilter = EventFilter(), limit: int | None = None) -> list[dict[str, Any]]:
        rows = self.iter_event_rows(flt)
        return [row for _, row in zip(range(limit), rows, strict=False)] if limit else list(rows)

    def iter_event_rows(self, flt: EventFilter = EventFilter()) -> Iterator[dict[str, Any]]:
        with self.engine.connect() as conn:
            yield from read.iter_event_rows(conn, flt)

    def iter_records(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        with self.engine.connect() as conn:
            yield from read.iter_records(conn, flt)

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str = "sqlite:///sayso.db") -> Store:
    """Open (creating and migrating as needed) the store at ``url``."""
    engine = make_engine(url)
    migrate(engine)
    return Store(engine)
