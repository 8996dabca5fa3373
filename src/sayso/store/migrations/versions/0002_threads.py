"""Threads: claims about one situation across outlets (threads, thread_members), outcomes, the link index.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from sayso.store import schema

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("threads", "thread_members", "outcomes", "link_index")


def upgrade() -> None:
    bind = op.get_bind()
    schema.metadata.create_all(bind, tables=[schema.metadata.tables[name] for name in TABLES])


def downgrade() -> None:
    bind = op.get_bind()
    schema.metadata.drop_all(bind, tables=[schema.metadata.tables[name] for name in reversed(TABLES)])
