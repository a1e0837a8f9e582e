"""waste streams of an assessment

Revision ID: 0005_waste_streams
Revises: 0004_templates_registry
Create Date: 2026-11-30 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_waste_streams"
down_revision = "0004_templates_registry"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "waste_stream",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("ewc_code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("density_kg_m3", sa.Float(), nullable=True),
        sa.Column("piece_mass_kg", sa.Float(), nullable=True),
        sa.Column("frequency", sa.String(length=20), nullable=False),
        sa.Column("tonnes_per_year", sa.Float(), nullable=True),
        sa.Column("treatment", sa.String(length=3), nullable=True),
        sa.Column("destination", sa.String(length=30), nullable=True),
        sa.Column("annual_cost", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_waste_stream_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waste_stream")),
    )
    with op.batch_alter_table("waste_stream", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_waste_stream_assessment_id"), ["assessment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("waste_stream", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_waste_stream_assessment_id"))
    op.drop_table("waste_stream")
