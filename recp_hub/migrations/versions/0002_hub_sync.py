"""Records, conflicts, pushed batches and the per-organisation change counter.

Revision ID: 0002_hub_sync
Revises: 0001_hub_accounts
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

from recp_hub.rls import enable_row_security

revision = "0002_hub_sync"
down_revision = "0001_hub_accounts"
branch_labels = None
depends_on = None

TABLES = ("hub_counter", "hub_record", "hub_conflict", "hub_push")


def _org_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["org_id"], ["organisation.org_id"], name=f"fk_{table}_org_id_organisation"
    )


def upgrade() -> None:
    op.create_table(
        "hub_counter",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("epoch", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("org_id", name="pk_hub_counter"),
        _org_fk("hub_counter"),
    )
    op.create_table(
        "hub_record",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("record_type", sa.String(20), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("parent_id", sa.String(36), nullable=True),
        sa.Column("natural_key", sa.String(120), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("pushed_by", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "record_type", "record_id", name="pk_hub_record"),
        sa.UniqueConstraint("org_id", "seq", name="uq_hub_record_org_id_seq"),
        _org_fk("hub_record"),
    )
    op.create_index(
        "ix_hub_record_org_id_record_type_parent_id_natural_key",
        "hub_record",
        ["org_id", "record_type", "parent_id", "natural_key"],
    )
    op.create_table(
        "hub_conflict",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("conflict_id", sa.String(36), nullable=False),
        sa.Column("record_type", sa.String(20), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("local", sa.Text(), nullable=False),
        sa.Column("incoming", sa.Text(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "conflict_id", name="pk_hub_conflict"),
        sa.UniqueConstraint("org_id", "seq", name="uq_hub_conflict_org_id_seq"),
        _org_fk("hub_conflict"),
    )
    op.create_index(
        "ix_hub_conflict_org_id_record_type_record_id",
        "hub_conflict",
        ["org_id", "record_type", "record_id"],
    )
    op.create_table(
        "hub_push",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("batch_id", sa.String(36), nullable=False),
        sa.Column("body_sha256", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "batch_id", name="pk_hub_push"),
        _org_fk("hub_push"),
    )
    # Every organisation made before this revision gets its counter.
    bind = op.get_bind()
    for (org_id,) in bind.execute(sa.text("SELECT org_id FROM organisation")).all():
        bind.execute(
            sa.text("INSERT INTO hub_counter (org_id, last_seq, epoch) VALUES (:o, 0, :e)"),
            {"o": org_id, "e": str(uuid.uuid4())},
        )
    if bind.dialect.name == "postgresql":
        for table in TABLES:
            enable_row_security(table)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
