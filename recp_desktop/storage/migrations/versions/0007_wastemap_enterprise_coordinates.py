"""A company's optional site coordinates (WGS 84 latitude and longitude in degrees)

Both columns are nullable: every company already stored keeps null (no site given), as do
companies read from packages made before format 3 had these fields.

Revision ID: 0007_wastemap_enterprise_coordinates
Revises: 0007_sync_outbox
Create Date: 2026-11-30 23:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_wastemap_enterprise_coordinates"
down_revision = "0007_sync_outbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.add_column(sa.Column("latitude", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("longitude", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.drop_column("longitude")
        batch_op.drop_column("latitude")
