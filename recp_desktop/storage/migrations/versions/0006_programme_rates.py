"""exchange rates a supervisor entered for programme totals

Revision ID: 0006_programme_rates
Revises: 0006_review
Create Date: 2026-11-30 19:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_programme_rates"
down_revision = "0006_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme_rate",
        sa.Column("source", sa.String(length=3), nullable=False),
        sa.Column("target", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.Float(), nullable=False),
        sa.Column("on", sa.Date(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("source", "target", name=op.f("pk_programme_rate")),
    )


def downgrade() -> None:
    op.drop_table("programme_rate")
