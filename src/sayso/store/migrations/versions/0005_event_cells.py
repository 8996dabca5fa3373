"""Placed events counted per map grid cell (``event_cells``, kept by ``sayso.store.cells``): the desk's
country-wide map adds up cells instead of reading every event.

Revision 0001 builds its tables from the current ``sayso.store.schema`` only for the tables it names, so
every store gets the table here; a store with events has them counted once, now.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from sayso.store import cells, schema

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if "event_cells" not in sa.inspect(bind).get_table_names():
        schema.metadata.create_all(bind, tables=[schema.event_cells])
    cells.rebuild(bind)


def downgrade() -> None:
    schema.metadata.drop_all(op.get_bind(), tables=[schema.event_cells])
