"""Alembic environment, configured in code by :mod:`recp_hub.migrate`."""

from __future__ import annotations

from alembic import context

from recp_hub import models

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=models.Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
