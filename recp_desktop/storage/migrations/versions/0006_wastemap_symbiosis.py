"""symbiosis decisions: a supervisor confirms or dismisses a candidate

Revision ID: 0006_wastemap_symbiosis
Revises: 0005_waste_streams
Create Date: 2026-11-30 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_wastemap_symbiosis"
down_revision = "0005_waste_streams"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "symbiosis_decision",
        sa.Column("stream_id", sa.String(length=36), nullable=False),
        sa.Column("receiver_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["receiver_id"],
            ["enterprise.id"],
            name=op.f("fk_symbiosis_decision_receiver_id_enterprise"),
        ),
        sa.ForeignKeyConstraint(
            ["stream_id"],
            ["waste_stream.id"],
            name=op.f("fk_symbiosis_decision_stream_id_waste_stream"),
        ),
        sa.PrimaryKeyConstraint("stream_id", "receiver_id", name=op.f("pk_symbiosis_decision")),
    )


def downgrade() -> None:
    op.drop_table("symbiosis_decision")
