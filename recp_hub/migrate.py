"""Schema migrations: Alembic inside the package, configured in code.

``recp-hub migrate`` upgrades; ``serve`` and the admin commands refuse a database that is
behind (:class:`DatabaseBehindError`) or from a newer hub (:class:`DatabaseNewerError`). A
brand-new embedded SQLite database is created at the head, so ``recp-hub serve`` works on a fresh
machine.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaError(Exception):
    """The database's schema is not the one this hub needs; the message says what to do."""


class DatabaseBehindError(SchemaError):
    pass


class DatabaseNewerError(SchemaError):
    pass


def _config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    return _script().get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database, or ``None`` when it has no hub schema yet."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to the head in one transaction; return (revision before, head)."""
    from alembic import command

    before = current_revision(engine)
    if before is not None and before not in {r.revision for r in _script().walk_revisions()}:
        raise DatabaseNewerError(f"The database has schema {before}, made by a newer hub.")
    with engine.begin() as connection:
        command.upgrade(_config(connection), "head")
    return before, head_revision()


def grant_app_role(engine: Engine, role: str) -> None:
    """Let the PostgreSQL role ``role`` (not the tables' owner) read and write the hub's rows.

    That role is subject to row-level security: it sees only the rows of the organisation set in
    its transaction. The hub's ``serve --database`` should connect as it.
    """
    if engine.dialect.name != "postgresql":
        raise SchemaError("An application role exists only on PostgreSQL.")
    with engine.begin() as connection:
        quoted = connection.dialect.identifier_preparer.quote(role)
        connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {quoted}"))
        connection.execute(
            text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted}")
        )
        connection.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {quoted}"))


def ensure_current(engine: Engine, *, create_if_empty: bool) -> str:
    """Refuse a database that is behind or newer; create an empty one at the head if asked."""
    head = head_revision()
    revision = current_revision(engine)
    if revision is None and create_if_empty:
        upgrade(engine)
        return head
    if revision == head:
        return head
    if revision is None:
        raise DatabaseBehindError(
            "The database has no hub schema yet. Run `recp-hub migrate` with the same --database."
        )
    if revision not in {r.revision for r in _script().walk_revisions()}:
        raise DatabaseNewerError(
            f"The database has schema {revision}, made by a newer hub. Update the hub; nothing "
            "was changed."
        )
    raise DatabaseBehindError(
        f"The database has schema {revision}, this hub needs {head}. Back it up, then run "
        "`recp-hub migrate` with the same --database/--data-dir."
    )
