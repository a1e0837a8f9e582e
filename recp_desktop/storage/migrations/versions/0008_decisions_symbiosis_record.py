"""symbiosis decisions become synced records (format 3 ``symbiosis_decision``)

A supervisor's confirm/dismiss was a local row keyed by (stream, receiver); it now travels in
the stream's assessment's packages and through the hub like any record. Every existing row is
kept: its id becomes ``decision_id(stream_id, receiver_id)`` (the same on every device), its
assessment the stream's, revision 1 stamped by this device at the time it was decided, no one
named as decider (the old rows did not say). The outbox triggers of migration
``0007_sync_outbox`` are created for the new table, and a data folder signed in to a hub notes
the converted decisions to push.

Revision ID: 0008_decisions_symbiosis_record
Revises: 0007_wastemap_enterprise_coordinates
Create Date: 2026-12-01 03:00:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0008_decisions_symbiosis_record"
down_revision = "0007_wastemap_enterprise_coordinates"
branch_labels = None
depends_on = None

TABLE = "symbiosis_decision"
# domain.records.decision_id, frozen here as of this revision.
NAMESPACE = uuid.UUID("6f1d5d0e-3b7a-5c38-9a51-7d2f4b1e0c93")
BOUND = "EXISTS (SELECT 1 FROM local_setting WHERE key = 'hub.key')"


def _decision_id(stream_id: str, receiver_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{stream_id}>{receiver_id}"))


def _triggers(table: str) -> list[str]:
    """Migration 0007_sync_outbox's triggers for one more record table (same statements)."""
    note = (
        f"INSERT INTO hub_outbox (record_type, record_id) SELECT '{table}', NEW.id "
        f"WHERE NOT EXISTS (SELECT 1 FROM hub_outbox WHERE record_type = '{table}' "
        "AND record_id = NEW.id)"
    )
    return [
        f"CREATE TRIGGER hub_outbox_{table}_insert AFTER INSERT ON {table} "
        f"WHEN {BOUND} BEGIN {note}; END",
        f"CREATE TRIGGER hub_outbox_{table}_update AFTER UPDATE OF revision ON {table} "
        f"WHEN NEW.revision IS NOT OLD.revision AND {BOUND} BEGIN {note}; END",
        f"CREATE TRIGGER hub_outbox_{table}_delete AFTER DELETE ON {table} "
        f"BEGIN DELETE FROM hub_outbox WHERE record_type = '{table}' AND record_id = OLD.id; END",
    ]


def upgrade() -> None:
    bind = op.get_bind()
    device = bind.execute(
        sa.text("SELECT value FROM local_setting WHERE key = 'device_id'")
    ).scalar_one_or_none()
    old = bind.execute(
        sa.text(
            "SELECT d.stream_id, d.receiver_id, d.status, d.comment, d.decided_at, "
            "s.assessment_id FROM symbiosis_decision d "
            "JOIN waste_stream s ON s.id = d.stream_id"
        )
    ).all()
    op.drop_table(TABLE)
    op.create_table(
        TABLE,
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("stream_id", sa.String(length=36), nullable=False),
        sa.Column("receiver_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.String(length=2000), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_symbiosis_decision_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_symbiosis_decision")),
    )
    op.create_index(op.f("ix_symbiosis_decision_assessment_id"), TABLE, ["assessment_id"])
    op.create_index(op.f("ix_symbiosis_decision_stream_id"), TABLE, ["stream_id"])
    for statement in _triggers(TABLE):
        op.execute(statement)
    if old and device is None:  # a database always has its device id once rows exist
        device = str(uuid.uuid4())
    rows = [
        {
            "id": _decision_id(stream_id, receiver_id),
            "revision": 1,
            "updated_at": decided_at,
            "updated_by": device,
            "deleted": False,
            "assessment_id": assessment_id,
            "stream_id": stream_id,
            "receiver_id": receiver_id,
            "status": status,
            "comment": comment or "",
            "decided_at": decided_at,
            "decided_by": "",
        }
        for stream_id, receiver_id, status, comment, decided_at, assessment_id in old
    ]
    if rows:
        # Read back as text (a raw SELECT); written back unchanged as the same text.
        bind.execute(
            sa.text(
                f"INSERT INTO {TABLE} (id, revision, updated_at, updated_by, deleted, "
                "assessment_id, stream_id, receiver_id, status, comment, decided_at, decided_by) "
                "VALUES (:id, :revision, :updated_at, :updated_by, :deleted, :assessment_id, "
                ":stream_id, :receiver_id, :status, :comment, :decided_at, :decided_by)"
            ),
            rows,
        )


def downgrade() -> None:
    bind = op.get_bind()
    live = bind.execute(
        sa.text(
            "SELECT stream_id, receiver_id, status, comment, decided_at FROM symbiosis_decision "
            "WHERE deleted = 0 AND stream_id IN (SELECT id FROM waste_stream) "
            "AND receiver_id IN (SELECT id FROM enterprise)"
        )
    ).all()
    op.execute(f"DELETE FROM hub_outbox WHERE record_type = '{TABLE}'")
    op.execute(f"DELETE FROM sync_version WHERE record_type = '{TABLE}'")
    for kind in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS hub_outbox_{TABLE}_{kind}")
    op.drop_table(TABLE)
    op.create_table(
        TABLE,
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
    for stream_id, receiver_id, status, comment, decided_at in live:
        bind.execute(
            sa.text(
                f"INSERT INTO {TABLE} (stream_id, receiver_id, status, comment, decided_at) "
                "VALUES (:s, :r, :st, :c, :d)"
            ),
            {"s": stream_id, "r": receiver_id, "st": status, "c": comment, "d": decided_at},
        )
