"""Rolling backups with SQLite's backup API; restore; a failed migration stays restorable."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from recp_desktop.storage import migrate
from recp_desktop.storage.backup import (
    backup_database,
    daily_backup_due,
    list_backups,
    restore_backup,
)
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.repository import create_enterprise, list_enterprises


def _names(db: Database) -> list[str]:
    return [e.name for e in list_enterprises(db)]


def test_daily_backup_at_most_once_a_day(data_folder: Path) -> None:
    Database(data_folder).close()  # a brand-new database: nothing worth a backup yet
    assert list_backups(data_folder) == []
    db = Database(data_folder)
    create_enterprise(db, name="Ijevan Wood", country="AM")
    db.close()
    assert [b.reason for b in list_backups(data_folder)] == ["daily"]
    Database(data_folder).close()
    assert len(list_backups(data_folder)) == 1
    tomorrow = datetime.now() + timedelta(days=1, minutes=1)
    assert daily_backup_due(data_folder, tomorrow)


def test_backup_and_restore_round_trip(data_folder: Path) -> None:
    db = Database(data_folder)
    create_enterprise(db, name="Before", country="MD")
    backup = backup_database(db.path, data_folder, "manual")  # while the app has it open
    create_enterprise(db, name="After", country="MD")
    assert _names(db) == ["After", "Before"]
    db.close()

    safety = restore_backup(backup, db.path, data_folder)
    reopened = Database(data_folder)
    assert _names(reopened) == ["Before"]
    assert reopened.integrity_check() == "ok"
    reopened.close()
    # the database replaced by the restore is itself kept and restorable
    restore_backup(safety, db.path, data_folder)
    again = Database(data_folder)
    assert _names(again) == ["After", "Before"]
    again.close()


def test_only_the_newest_backups_are_kept(data_folder: Path) -> None:
    db = Database(data_folder)
    for _ in range(5):
        backup_database(db.path, data_folder, "manual", keep=3)
    db.close()
    assert len(list_backups(data_folder)) == 3


def test_a_damaged_backup_is_not_restored(data_folder: Path, tmp_path: Path) -> None:
    db = Database(data_folder)
    create_enterprise(db, name="Intact", country="UA")
    db.close()
    broken = tmp_path / "recp-20260101-000000-000000-manual.sqlite3"
    broken.write_bytes(b"SQLite format 3\0" + b"\xff" * 4000)
    with pytest.raises(Exception):  # noqa: B017 - sqlite3 or our ValueError, either refuses
        restore_backup(broken, db.path, data_folder)
    reopened = Database(data_folder)
    assert _names(reopened) == ["Intact"]
    reopened.close()


def test_failed_migration_leaves_the_previous_database_restorable(
    data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(data_folder)
    create_enterprise(db, name="Precious Data LLC", country="GE")
    db.close()

    def broken_upgrade(connection) -> None:
        connection.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("simulated failure in a migration step")

    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9999_next_release")
    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    with pytest.raises(StorageError, match="could not be upgraded") as info:
        Database(data_folder)
    assert "before the upgrade" in str(info.value)
    backups = [b for b in list_backups(data_folder) if b.reason == "before-migration"]
    assert len(backups) == 1
    monkeypatch.undo()

    reopened = Database(data_folder)  # the failed upgrade was rolled back as a whole
    with reopened.engine.connect() as connection:
        tables = connection.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
    assert "half_done" not in tables
    assert _names(reopened) == ["Precious Data LLC"]
    reopened.close()
    restore_backup(backups[0].path, reopened.path, data_folder)
    restored = Database(data_folder)
    assert _names(restored) == ["Precious Data LLC"]
    restored.close()
