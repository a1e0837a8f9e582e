"""RECP Clubs: clubs, sessions, participant companies and people, attendance, homework,
issued certificates

Revision ID: 0006_club_clubs
Revises: 0005_waste_streams
Create Date: 2026-11-30 19:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_club_clubs"
down_revision = "0005_waste_streams"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "club",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("facilitator", sa.String(length=300), nullable=False),
        sa.Column("organiser", sa.String(length=300), nullable=False),
        sa.Column("min_sessions", sa.Integer(), nullable=False),
        sa.Column("min_homework", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club")),
    )
    op.create_table(
        "club_company",
        sa.Column("club_id", sa.String(length=36), nullable=False),
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["club_id"], ["club.id"], name=op.f("fk_club_company_club_id_club")
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_club_company_enterprise_id_enterprise"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_company")),
        sa.UniqueConstraint("club_id", "enterprise_id", name=op.f("uq_club_company_club_id")),
    )
    with op.batch_alter_table("club_company", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_club_company_club_id"), ["club_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_club_company_enterprise_id"), ["enterprise_id"], unique=False
        )

    op.create_table(
        "club_homework",
        sa.Column("club_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["club_id"], ["club.id"], name=op.f("fk_club_homework_club_id_club")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_homework")),
    )
    with op.batch_alter_table("club_homework", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_club_homework_club_id"), ["club_id"], unique=False)

    op.create_table(
        "club_session",
        sa.Column("club_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["club_id"], ["club.id"], name=op.f("fk_club_session_club_id_club")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_session")),
        sa.UniqueConstraint("club_id", "held_on", "topic", name=op.f("uq_club_session_club_id")),
    )
    with op.batch_alter_table("club_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_club_session_club_id"), ["club_id"], unique=False)

    op.create_table(
        "club_participant",
        sa.Column("company_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["club_company.id"],
            name=op.f("fk_club_participant_company_id_club_company"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_participant")),
        sa.UniqueConstraint("company_id", "name", name=op.f("uq_club_participant_company_id")),
    )
    with op.batch_alter_table("club_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_club_participant_company_id"), ["company_id"], unique=False
        )

    op.create_table(
        "club_attendance",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["club_participant.id"],
            name=op.f("fk_club_attendance_participant_id_club_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["club_session.id"],
            name=op.f("fk_club_attendance_session_id_club_session"),
        ),
        sa.PrimaryKeyConstraint("session_id", "participant_id", name=op.f("pk_club_attendance")),
    )
    op.create_table(
        "club_certificate",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["club_participant.id"],
            name=op.f("fk_club_certificate_participant_id_club_participant"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_club_certificate")),
    )
    with op.batch_alter_table("club_certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_club_certificate_participant_id"), ["participant_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("club_certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_club_certificate_participant_id"))

    op.drop_table("club_certificate")
    op.drop_table("club_attendance")
    with op.batch_alter_table("club_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_club_participant_company_id"))

    op.drop_table("club_participant")
    with op.batch_alter_table("club_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_club_session_club_id"))

    op.drop_table("club_session")
    with op.batch_alter_table("club_homework", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_club_homework_club_id"))

    op.drop_table("club_homework")
    with op.batch_alter_table("club_company", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_club_company_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_club_company_club_id"))

    op.drop_table("club_company")
    op.drop_table("club")
