"""the sync outbox: which records may have changed since the hub last had them

SQLite triggers on every record table note a record in ``hub_outbox`` when it is inserted or
its revision changes, and forget it when it is deleted; the sync round reads only the noted
records instead of scanning every table (recp_desktop.sync.changes). Filled here with every
record the hub does not have at its current revision. A photo record inserted or changed also
sets the ``hub.photos_check`` setting, so that the round looks for photo files to download only
when there may be some.

Revision ID: 0007_sync_outbox
Revises: 0006_tmpltravel_vectors_in_rows
Create Date: 2026-11-30 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_sync_outbox"
down_revision = "0006_tmpltravel_vectors_in_rows"
branch_labels = None
depends_on = None

# The record tables of this revision (recp_desktop.storage.rows.MODELS), each keyed by ``id``
# with an integer ``revision``; the record type's name is the table's name.
RECORD_TABLES = (
    "enterprise",
    "assessment",
    "baseline_item",
    "answer",
    "cp_option",
    "photo",
    "waste_stream",
    "review_event",
    "wanted_input",
    "baseline_bills",
)


def trigger_statements(table: str) -> list[str]:
    """The ``CREATE TRIGGER`` statements that keep ``hub_outbox`` current for ``table``."""
    # Not "INSERT OR IGNORE": an outer statement's conflict clause (an upsert's, an
    # "INSERT OR REPLACE") overrides the trigger's, so the check is spelled out.
    note = (
        f"INSERT INTO hub_outbox (record_type, record_id) SELECT '{table}', NEW.id "
        f"WHERE NOT EXISTS (SELECT 1 FROM hub_outbox WHERE record_type = '{table}' "
        "AND record_id = NEW.id)"
    )
    return [
        f"CREATE TRIGGER hub_outbox_{table}_insert AFTER INSERT ON {table} BEGIN {note}; END",
        f"CREATE TRIGGER hub_outbox_{table}_update AFTER UPDATE OF revision ON {table} "
        f"WHEN NEW.revision IS NOT OLD.revision BEGIN {note}; END",
        f"CREATE TRIGGER hub_outbox_{table}_delete AFTER DELETE ON {table} "
        f"BEGIN DELETE FROM hub_outbox WHERE record_type = '{table}' AND record_id = OLD.id; END",
    ]


PHOTO_CHECK = (
    "INSERT INTO local_setting (key, value) SELECT 'hub.photos_check', '1' "
    "WHERE NOT EXISTS (SELECT 1 FROM local_setting WHERE key = 'hub.photos_check')"
)


def upgrade() -> None:
    op.create_table(
        "hub_outbox",
        sa.Column("record_type", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_hub_outbox")),
        sqlite_with_rowid=False,
    )
    for table in RECORD_TABLES:
        op.execute(
            f"INSERT INTO hub_outbox (record_type, record_id) SELECT '{table}', t.id "
            f"FROM {table} t LEFT JOIN hub_pushed p "
            f"ON p.record_type = '{table}' AND p.record_id = t.id "
            "WHERE p.revision IS NULL OR p.revision != t.revision"
        )
        for statement in trigger_statements(table):
            op.execute(statement)
    op.execute(PHOTO_CHECK)
    op.execute(
        f"CREATE TRIGGER hub_photos_check_insert AFTER INSERT ON photo BEGIN {PHOTO_CHECK}; END"
    )
    op.execute(
        "CREATE TRIGGER hub_photos_check_update AFTER UPDATE ON photo "
        f"WHEN NEW.revision IS NOT OLD.revision BEGIN {PHOTO_CHECK}; END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS hub_photos_check_insert")
    op.execute("DROP TRIGGER IF EXISTS hub_photos_check_update")
    op.execute("DELETE FROM local_setting WHERE key = 'hub.photos_check'")
    for table in RECORD_TABLES:
        for kind in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS hub_outbox_{table}_{kind}")
    op.drop_table("hub_outbox")
