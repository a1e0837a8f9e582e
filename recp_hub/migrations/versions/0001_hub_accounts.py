"""Organisations, users, devices, tokens, the audit log and blobs; row-level security on PostgreSQL.

Revision ID: 0001_hub_accounts
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from recp_hub.rls import enable_row_security

revision = "0001_hub_accounts"
down_revision = None
branch_labels = None
depends_on = None

ORG_TABLES = ("hub_user", "device", "device_token", "audit_event", "blob")


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        _ts("created_at"),
        sa.PrimaryKeyConstraint("org_id", name="pk_organisation"),
        sa.UniqueConstraint("name", name="uq_organisation_name"),
    )
    op.create_table(
        "hub_user",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(120), nullable=False),
        sa.Column("password_hash", sa.String(300), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        _ts("created_at"),
        sa.PrimaryKeyConstraint("org_id", "user_id", name="pk_hub_user"),
        sa.UniqueConstraint("org_id", "username", name="uq_hub_user_org_id_username"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisation.org_id"], name="fk_hub_user_org_id_organisation"
        ),
    )
    op.create_table(
        "device",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        _ts("registered_at"),
        _ts("last_seen_at", True),
        _ts("revoked_at", True),
        sa.PrimaryKeyConstraint("org_id", "device_id", name="pk_device"),
        sa.ForeignKeyConstraint(
            ["org_id", "user_id"],
            ["hub_user.org_id", "hub_user.user_id"],
            name="fk_device_org_id_user_id_hub_user",
        ),
    )
    op.create_table(
        "device_token",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        _ts("created_at"),
        _ts("revoked_at", True),
        sa.PrimaryKeyConstraint("org_id", "token_hash", name="pk_device_token"),
        sa.ForeignKeyConstraint(
            ["org_id", "device_id"],
            ["device.org_id", "device.device_id"],
            name="fk_device_token_org_id_device_id_device",
        ),
    )
    op.create_table(
        "audit_event",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        _ts("at"),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=True),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "event_id", name="pk_audit_event"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisation.org_id"], name="fk_audit_event_org_id_organisation"
        ),
    )
    op.create_index("ix_audit_event_org_id_at", "audit_event", ["org_id", "at"])
    op.create_table(
        "blob",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=False),
        _ts("created_at"),
        _ts("completed_at", True),
        sa.PrimaryKeyConstraint("org_id", "sha256", name="pk_blob"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisation.org_id"], name="fk_blob_org_id_organisation"
        ),
    )
    if op.get_bind().dialect.name == "postgresql":
        for table in ORG_TABLES:
            enable_row_security(table)


def downgrade() -> None:
    for table in ("blob", "audit_event", "device_token", "device", "hub_user", "organisation"):
        op.drop_table(table)
