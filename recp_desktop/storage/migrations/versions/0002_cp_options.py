"""cleaner-production options

Revision ID: 0002_cp_options
Revises: 0001_initial
Create Date: 2026-11-25 03:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_cp_options"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cp_option",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("technique", sa.String(length=40), nullable=False),
        sa.Column("area", sa.String(length=20), nullable=False),
        sa.Column("question_id", sa.String(length=120), nullable=True),
        sa.Column("calculator", sa.String(length=40), nullable=True),
        sa.Column("inputs", sa.Text(), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("assumptions", sa.Text(), nullable=False),
        sa.Column("investment", sa.Float(), nullable=True),
        sa.Column("saving_money", sa.Float(), nullable=True),
        sa.Column("saving_energy_kwh", sa.Float(), nullable=True),
        sa.Column("saving_water_m3", sa.Float(), nullable=True),
        sa.Column("saving_materials_t", sa.Float(), nullable=True),
        sa.Column("saving_co2_t", sa.Float(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_cp_option_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cp_option")),
    )
    with op.batch_alter_table("cp_option", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cp_option_assessment_id"), ["assessment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("cp_option", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cp_option_assessment_id"))
    op.drop_table("cp_option")
