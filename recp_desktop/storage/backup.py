"""Rolling backups of the database with SQLite's online backup API, and restore.

A backup is a consistent copy taken while the app may be writing (``sqlite3.Connection.backup``),
named by time and reason: at start-up at most once a day, before every schema migration and
before a restore. Only the newest ``keep`` backups stay; the caller passes the person's choice
(Settings > Backups), storage never reads the app's settings.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

BACKUPS_DIR = "backups"
DEFAULT_KEEP = 10
_NAME = re.compile(r"^recp-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str
    size: int


def restored_marker(folder: Path) -> Path:
    """A file saying the database was restored from a backup and not opened since."""
    return folder / "restored-from-backup.txt"


def backups_dir(folder: Path) -> Path:
    return folder / BACKUPS_DIR


def list_backups(folder: Path) -> list[Backup]:
    """Backups in a data folder, newest first."""
    found = []
    directory = backups_dir(folder)
    if not directory.is_dir():
        return []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if match:
            taken = datetime.strptime(match[1], "%Y%m%d-%H%M%S-%f")
            found.append(Backup(path, taken, match[2], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _copy(source: Path, target: Path) -> None:
    """Copy one SQLite database into another with the online backup API, then fsync."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    finally:
        dst.close()
        src.close()


def backup_database(database: Path, folder: Path, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """Take a backup of ``database`` into ``folder``'s backups, keeping the newest ``keep``."""
    directory = backups_dir(folder)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = directory / f"recp-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".part")
    _copy(database, partial)
    partial.replace(target)
    prune(folder, keep)
    return target


def prune(folder: Path, keep: int) -> None:
    for old in list_backups(folder)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)


def daily_backup_due(folder: Path, now: datetime | None = None) -> bool:
    """Whether no start-up backup was taken in the last 24 hours."""
    now = now or datetime.now()
    recent = [b for b in list_backups(folder) if b.reason == "daily"]
    return not recent or now - recent[0].taken >= timedelta(days=1)


def restore_backup(backup: Path, database: Path, folder: Path, keep: int = DEFAULT_KEEP) -> Path:
    """Replace ``database`` with ``backup``; the current database is backed up first.

    The caller must have closed every connection to ``database``. Returns the safety backup.
    """
    check = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise ValueError(f"{backup.name} is damaged and cannot be restored.")
    finally:
        check.close()
    safety = backup_database(database, folder, "before-restore", keep=keep + 1)
    # Written before the copy: opening the restored data then gives it a new device id
    # (Database._settle_restore), so no edit counter is used twice; if the copy fails, a new id
    # for the old data is harmless.
    restored_marker(folder).write_text(backup.name + "\n", encoding="utf-8")
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    _copy(backup, database)
    return safety
