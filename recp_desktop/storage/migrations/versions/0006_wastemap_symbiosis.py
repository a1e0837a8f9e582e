"""symbiosis: wanted inputs a company declares; a supervisor's decisions on candidates

Revision ID: 0006_wastemap_symbiosis
Revises: 0005_waste_streams
Create Date: 2026-11-30 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_wastemap_symbiosis"
down_revision = "0006_programme_rates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wanted_input",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("ewc_code", sa.String(length=6), nullable=False),
        sa.Column("material", sa.String(length=300), nullable=False),
        sa.Column("tonnes_per_year", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_wanted_input_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wanted_input")),
    )
    with op.batch_alter_table("wanted_input", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_wanted_input_assessment_id"), ["assessment_id"], unique=False
        )
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
    with op.batch_alter_table("wanted_input", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wanted_input_assessment_id"))
    op.drop_table("wanted_input")
