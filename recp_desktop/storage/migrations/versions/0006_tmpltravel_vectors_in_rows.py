"""version vectors kept in the record tables' rows instead of sync_version

Revision ID: 0006_tmpltravel_vectors_in_rows
Revises: 0006_syncclient_hub_pushed
Create Date: 2026-11-30 20:20:00

Importing a record wrote two rows (the record and its ``sync_version`` row); with the vector in
the record's own row it writes one. Every vector of a record of these tables moves into its
row; ``sync_version`` rows of records that do not exist stay where they are (nothing is lost),
and the table stays for record types whose tables keep no vector of their own.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_tmpltravel_vectors_in_rows"
down_revision = "0006_syncclient_hub_pushed"
branch_labels = None
depends_on = None

TABLES = (
    "enterprise",
    "assessment",
    "baseline_item",
    "answer",
    "cp_option",
    "photo",
    "waste_stream",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("sync_revision", sa.Integer(), nullable=True))
        op.add_column(table, sa.Column("sync_vector", sa.Text(), nullable=True))
        kept = f"FROM sync_version v WHERE v.record_type = '{table}' AND v.record_id = {table}.id"
        op.execute(
            f"UPDATE {table} SET sync_revision = (SELECT v.revision {kept}), "
            f"sync_vector = (SELECT v.vector {kept}) WHERE EXISTS (SELECT 1 {kept})"
        )
        op.execute(
            f"DELETE FROM sync_version WHERE record_type = '{table}' "
            f"AND record_id IN (SELECT id FROM {table})"
        )


def downgrade() -> None:
    for table in TABLES:
        op.execute(
            "INSERT INTO sync_version (record_type, record_id, revision, vector) "
            f"SELECT '{table}', id, sync_revision, sync_vector FROM {table} "
            "WHERE sync_vector IS NOT NULL"
        )
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sync_vector")
            batch.drop_column("sync_revision")
