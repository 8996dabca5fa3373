"""The version-1 store: outlets, articles, entities, statements, places, mentions, events.

This first migration creates the tables from ``sayso.store.schema`` as they stood at version 1.
Every later change to the schema is a new migration (``op.add_column``, ``op.create_table``, ...).

Revision ID: 0001
"""

from alembic import op

from sayso.store import schema

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = ("outlets", "articles", "entities", "statements", "places", "mentions", "events", "event_evidence")


def upgrade() -> None:
    bind = op.get_bind()
    schema.metadata.create_all(bind, tables=[schema.metadata.tables[name] for name in TABLES])


def downgrade() -> None:
    bind = op.get_bind()
    schema.metadata.drop_all(bind, tables=[schema.metadata.tables[name] for name in reversed(TABLES)])
