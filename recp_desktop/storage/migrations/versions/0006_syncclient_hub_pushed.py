"""what the sync hub has: the revision last pushed to it (or pulled from it) per record

Revision ID: 0006_syncclient_hub_pushed
Revises: 0006_review
Create Date: 2026-11-30 19:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_syncclient_hub_pushed"
down_revision = "0006_selfaudit_baseline_bills"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_pushed",
        sa.Column("record_type", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_hub_pushed")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("hub_pushed")
