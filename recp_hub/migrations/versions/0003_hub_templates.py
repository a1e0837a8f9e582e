"""Checklist templates that travel with the answers pushed and pulled.

Revision ID: 0003_hub_templates
Revises: 0003_hub_assignments
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from recp_hub.rls import enable_row_security

revision = "0003_hub_templates"
down_revision = "0003_hub_assignments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_template",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("template_id", sa.String(40), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("pushed_by", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "template_id", "version", name="pk_hub_template"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisation.org_id"], name="fk_hub_template_org_id_organisation"
        ),
    )
    if op.get_bind().dialect.name == "postgresql":
        enable_row_security("hub_template")


def downgrade() -> None:
    op.drop_table("hub_template")
