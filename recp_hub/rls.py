"""Row-level security on PostgreSQL, the second wall behind the hub's own scoping of queries."""

from __future__ import annotations

from alembic import op

SETTING = "recp.org_id"


def enable_row_security(table: str) -> None:
    """A role that does not own ``table`` sees and writes only the rows of the organisation set
    for its transaction (``set_config('recp.org_id', …, true)``), and none if it is unset.
    """
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY {table}_org ON {table} "
        f"USING (org_id = current_setting('{SETTING}', true)) "
        f"WITH CHECK (org_id = current_setting('{SETTING}', true))"
    )
