"""checklist templates imported by users, and the templates each assessment uses

Revision ID: 0004_templates_registry
Revises: 0003_exchange
Create Date: 2026-11-30 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_templates_registry"
down_revision = "0003_exchange"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_template",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("installed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", "version", name=op.f("pk_checklist_template")),
    )
    op.create_table(
        "assessment_template",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("template_id", sa.String(length=40), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_template_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint(
            "assessment_id", "template_id", name=op.f("pk_assessment_template")
        ),
    )


def downgrade() -> None:
    op.drop_table("assessment_template")
    op.drop_table("checklist_template")
