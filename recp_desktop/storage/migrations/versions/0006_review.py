"""review workflow: assessment review state, review events, company registration number

Revision ID: 0006_review
Revises: 0006_club_clubs
Create Date: 2026-11-30 19:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_review"
down_revision = "0006_club_clubs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("review_state", sa.Text(), server_default="draft", nullable=False)
        )
        batch_op.create_index(
            batch_op.f("ix_assessment_review_state"), ["review_state"], unique=False
        )
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("registration_no", sa.String(length=60), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("merged_into", sa.String(length=36), nullable=True))
    op.create_table(
        "review_event",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("follows", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_review_event_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_event")),
    )
    with op.batch_alter_table("review_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_event_assessment_id"), ["assessment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("review_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_event_assessment_id"))
    op.drop_table("review_event")
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.drop_column("merged_into")
        batch_op.drop_column("registration_no")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_review_state"))
        batch_op.drop_column("review_state")
