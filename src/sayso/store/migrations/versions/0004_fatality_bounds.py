"""Events keep the interval the words commit to beside the coded figure: ``fatalities_bound_low`` and
``fatalities_bound_high`` ("at least 12 killed" is coded 12, bounded 12–open). Threads compare bounds.

Revision 0001 builds its tables from the current ``sayso.store.schema``, so a store created from scratch
already has the columns; an older store gets them here (empty: its events compare their figures).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = ("fatalities_bound_low", "fatalities_bound_high")


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("events")}
    for name in COLUMNS:
        if name not in present:
            op.add_column("events", sa.Column(name, sa.Integer))


def downgrade() -> None:
    for name in reversed(COLUMNS):
        op.drop_column("events", name)
