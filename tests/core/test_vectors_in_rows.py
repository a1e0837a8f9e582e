"""Migration 0006_tmpltravel_vectors_in_rows moves every version vector into its record's row.

The reference data are the rows the released app stored when importing the format-1 fixture
packages (``tests/data/packages/v1/rows.json``, its ``sync_version`` table included): a database
taken back to the schema before the move holds exactly those ``sync_version`` rows, and opening
it with this app moves them into the rows without losing or changing one.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine

from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.local import assessment_records
from recp_desktop.storage import migrate
from recp_desktop.storage.database import Database
from tests.core.test_package_fixtures_v1 import FIXTURES, PACKAGES, _rows, _vectors_in_rows


def _to(folder: Path, revision: str) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{folder / 'recp.sqlite3'}")
    try:
        with engine.begin() as connection:
            command.downgrade(migrate._alembic_config(connection), revision)
    finally:
        engine.dispose()


def _before_the_move() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._alembic_config())
    return script.get_revision("0006_tmpltravel_vectors_in_rows").down_revision


def test_vectors_move_into_the_rows_and_back_without_loss(tmp_path: Path) -> None:
    released = json.loads((FIXTURES / "rows.json").read_text("utf-8"))
    folder = tmp_path / "office"
    db = Database(folder)
    for name in PACKAGES:
        assert import_package(db, FIXTURES / name).ok
    assessment_id = released["assessment"][0]["id"]
    with db.engine.connect() as connection:
        exported = assessment_records(connection, assessment_id, db.device_id)
    db.close()

    _to(folder, _before_the_move())
    engine = create_engine(f"sqlite:///{folder / 'recp.sqlite3'}")
    with engine.connect() as connection:
        kept = connection.exec_driver_sql(
            "SELECT record_type, record_id, revision, vector FROM sync_version"
        ).all()
        columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(answer)")]
    engine.dispose()
    assert "sync_vector" not in columns
    assert sorted(kept) == sorted(
        (v["record_type"], v["record_id"], v["revision"], v["vector"])
        for v in released["sync_version"]
    )

    db = Database(folder)  # opens at the head: 0006 moves the vectors into the rows again
    try:
        assert db.revision() == migrate.SCHEMA_HEAD
        expected = _vectors_in_rows(released)
        assert _rows(db, sorted(expected)) == expected
        with db.engine.connect() as connection:
            assert assessment_records(connection, assessment_id, db.device_id) == exported
    finally:
        db.close()
