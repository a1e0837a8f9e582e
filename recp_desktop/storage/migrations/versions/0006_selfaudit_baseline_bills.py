"""baseline lines month by month, from the bills (RECP Club self-audit)

Revision ID: 0006_selfaudit_baseline_bills
Revises: 0006_wastemap_symbiosis
Create Date: 2026-11-30 19:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_selfaudit_baseline_bills"
down_revision = "0006_wastemap_symbiosis"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "baseline_bills",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("quantities", sa.Text(), nullable=False),
        sa.Column("costs", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_baseline_bills_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_baseline_bills")),
        sa.UniqueConstraint("assessment_id", "key", name=op.f("uq_baseline_bills_assessment_id")),
    )
    with op.batch_alter_table("baseline_bills", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_baseline_bills_assessment_id"), ["assessment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("baseline_bills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_baseline_bills_assessment_id"))
    op.drop_table("baseline_bills")
