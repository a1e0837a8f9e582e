"""Who created each record, and auditors assigned to assessments (auditor scoping).

Revision ID: 0003_hub_assignments
Revises: 0002_hub_sync

Records pushed before this revision get as creator the user of the device that last pushed them
(the hub did not remember the first pusher then); a record whose device is gone keeps none and
is reached by an auditor only through an assignment.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from recp_hub.rls import enable_row_security

revision = "0003_hub_assignments"
down_revision = "0002_hub_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hub_record") as batch:
        batch.add_column(sa.Column("created_by", sa.String(36), nullable=True))
    op.execute(
        "UPDATE hub_record SET created_by = (SELECT device.user_id FROM device "
        "WHERE device.org_id = hub_record.org_id AND device.device_id = hub_record.pushed_by)"
    )
    # No index on created_by: an auditor's scope reads the organisation's assessments and
    # enterprises (few) through the (org_id, record_type, …) index; another index on hub_record
    # would cost every push and mislead the planner on the id lookups.
    op.create_table(
        "hub_assignment",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("assigned_by", sa.String(120), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "assessment_id", "user_id", name="pk_hub_assignment"),
        sa.ForeignKeyConstraint(
            ["org_id", "user_id"],
            ["hub_user.org_id", "hub_user.user_id"],
            name="fk_hub_assignment_org_id_user_id_hub_user",
        ),
    )
    op.create_index("ix_hub_assignment_org_id_user_id", "hub_assignment", ["org_id", "user_id"])
    if op.get_bind().dialect.name == "postgresql":
        enable_row_security("hub_assignment")


def downgrade() -> None:
    op.drop_table("hub_assignment")
    with op.batch_alter_table("hub_record") as batch:
        batch.drop_column("created_by")
