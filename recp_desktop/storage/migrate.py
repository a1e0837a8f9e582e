"""Schema migrations: Alembic shipped inside the package, configured in code.

Start-up stays cheap: the database's revision is read with plain sqlite3 and compared with
:data:`SCHEMA_HEAD`; Alembic is imported only when there is something to migrate.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import Connection

from recp_desktop.paths import package_path
from recp_desktop.storage.errors import NewerDatabaseError

# The newest migration in ``migrations/versions``; a test checks that it matches Alembic's head.
SCHEMA_HEAD = "0008_decisions_symbiosis_record"
MIGRATIONS_DIR = package_path("storage", "migrations")


def _alembic_config(connection: Connection | None = None):  # -> alembic.config.Config
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Every revision id this version of the app knows."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    """Alembic's head, read from the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def database_revision(path: Path) -> str | None:
    """The schema revision stored in ``path``, read-only; ``None`` for a new or empty database."""
    if not path.exists():
        return None
    # Without a write-ahead log the file is read as immutable, so not even -shm/-wal files
    # appear beside a database we may have to refuse; with one, the log must be read too.
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "immutable=1"
    uri = f"{path.resolve().as_uri()}?{query}"
    with sqlite3.connect(uri, uri=True) as conn:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def check_version(path: Path) -> str | None:
    """Refuse a database from a newer app before anything writes to it; return its revision."""
    revision = database_revision(path)
    if revision is None or revision == SCHEMA_HEAD:
        return revision
    if revision not in known_revisions():
        raise NewerDatabaseError(
            f"The database {path} was written by a newer version of RECP Desktop "
            f"(schema {revision}). Install the newer version to open it; the file was not changed."
        )
    return revision


def upgrade(connection: Connection) -> None:
    """Bring the schema to the head revision inside ``connection``'s transaction."""
    from alembic import command

    command.upgrade(_alembic_config(connection), "head")
