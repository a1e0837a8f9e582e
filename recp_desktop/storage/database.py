"""The desktop's database: a SQLite file in a data folder, with the desktop's own concerns.

The engine and the unit of work are dialect-neutral (:mod:`recp_desktop.storage.engine`: SQLite
runs with WAL, foreign keys on and ``synchronous=FULL``, so a committed edit survives a battery
dying the next instant). What only the desktop does lives here: the data folder, migrations at
open with a backup taken first, the daily backup, the device identity (renewed after a restore,
:mod:`recp_desktop.storage.identity`) and the hand-off that lets the window's edits go before a
background import (:meth:`Database.make_way`). Every write goes through :meth:`Database.session`
or :meth:`Database.write`, which turn I/O failures (read-only folder, full disk) into
:class:`StorageError` with a message a person can act on.
"""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from recp_desktop.paths import database_path
from recp_desktop.storage import migrate
from recp_desktop.storage.backup import (
    DEFAULT_KEEP,
    backup_database,
    daily_backup_due,
    restored_marker,
)
from recp_desktop.storage.engine import SQLITE_PRAGMAS, create_engine_for, session_scope
from recp_desktop.storage.errors import StorageError
from recp_desktop.storage.models import LocalSetting, new_id

log = logging.getLogger(__name__)

PRAGMAS = SQLITE_PRAGMAS  # the name benchmarks and older code use


def now() -> datetime:
    """The time stamp written into ``updated_at``."""
    return datetime.now(UTC)


class Database:
    """One SQLite database in a data folder, migrated to the current schema when opened.

    ``backups_keep`` is how many backups the folder keeps (the person's setting; the caller
    reads it, storage never reads the app's settings).
    """

    def __init__(self, folder: Path, *, backups_keep: int = DEFAULT_KEEP) -> None:
        self.folder = Path(folder)
        self.path = database_path(self.folder)
        self.backups_keep = backups_keep
        self.folder.mkdir(parents=True, exist_ok=True)
        revision = migrate.check_version(self.path)  # refuses a newer database untouched
        self.engine: Engine = create_engine_for(f"sqlite:///{self.path}")
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._foreground = threading.Condition()
        self._foreground_open = 0
        self.last_saved: datetime | None = None
        try:
            if revision != migrate.SCHEMA_HEAD:
                self._migrate(revision)
            elif daily_backup_due(self.folder):
                try:
                    backup_database(self.path, self.folder, "daily", keep=backups_keep)
                except (OSError, sqlite3.Error) as exc:  # a missed backup must not stop work
                    log.warning("daily backup of %s failed: %s", self.path, exc)
            self.device_id = self._local_setting("device_id", new_id)
            self.device_name = self._local_setting("device_name", socket.gethostname)
            if restored_marker(self.folder).exists():
                self._settle_restore()
        except DBAPIError as exc:
            self.engine.dispose()
            raise StorageError(f"Cannot open the database {self.path}: {exc.orig}") from exc

    def _settle_restore(self) -> None:
        """After a backup was restored here: go on under a new device id (storage.identity).

        The marker is removed only once that is committed; if the app stops before, the next
        start does it again, which merely spends one more id.
        """
        self.continue_as_new_device("backup restored")
        restored_marker(self.folder).unlink(missing_ok=True)

    def continue_as_new_device(self, why: str) -> str:
        """Go on under a new device id (:func:`~recp_desktop.storage.identity.renew_identity`:
        every record's vector written down under the old id first, in one transaction); the
        new id. Used after a restore and when the hub revoked this device. The device key is
        kept: it signs for this data folder, and the hub ties it to the new id at sign-in."""
        from recp_desktop.storage.identity import renew_identity

        old = self.device_id
        with self.write(background=True) as connection:
            self.device_id = renew_identity(connection, old)
        log.info("%s: device id %s continues as %s", why, old, self.device_id)
        return self.device_id

    def _migrate(self, revision: str | None) -> None:
        """Upgrade the schema in one transaction, after taking a backup of an existing database."""
        safety = None
        if revision is not None:
            safety = backup_database(
                self.path, self.folder, "before-migration", keep=self.backups_keep
            )
        try:
            with self.engine.begin() as connection:
                migrate.upgrade(connection)
        except Exception as exc:
            self.engine.dispose()
            kept = f" A copy taken before the upgrade is at {safety}." if safety else ""
            raise StorageError(
                f"The database {self.path} could not be upgraded to this version: {exc}. "
                f"It was left as it was.{kept}"
            ) from exc

    def _local_setting(self, key: str, make_default) -> str:
        with self.session() as session:
            row = session.get(LocalSetting, key)
            if row is None:
                row = LocalSetting(key=key, value=make_default())
                session.add(row)
            return row.value

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        with self._foreground_work():
            changed = False
            try:
                with session_scope(self._sessions) as session:
                    yield session
                    changed = bool(session.new or session.dirty or session.deleted)
            except DBAPIError as exc:
                raise StorageError(_explain(exc, self.path)) from exc
            if changed:
                self.last_saved = now()

    @contextmanager
    def write(self, *, background: bool = False) -> Iterator[Connection]:
        """A Core connection in one transaction, for hot paths that skip the ORM.

        ``background`` marks long writes off the window's thread (imports), which make way for
        the window's own work between their transactions (:meth:`make_way`).
        """
        with nullcontext() if background else self._foreground_work():
            try:
                with self.engine.begin() as connection:
                    yield connection
            except DBAPIError as exc:
                raise StorageError(_explain(exc, self.path)) from exc
            self.last_saved = now()

    # -- the window's work first -------------------------------------------------------------
    # SQLite lets one writer in at a time, and a waiting writer only polls now and then: an
    # import that begins its next transaction right after each commit could keep an edit made
    # in the window waiting until the import ends. So work on the main (window) thread is
    # counted, and background writers end their transaction early and wait while any is open.

    @contextmanager
    def _foreground_work(self) -> Iterator[None]:
        counted = threading.current_thread() is threading.main_thread()
        if counted:
            with self._foreground:
                self._foreground_open += 1
        try:
            yield
        finally:
            if counted:
                with self._foreground:
                    self._foreground_open -= 1
                    self._foreground.notify_all()

    def foreground_waiting(self) -> bool:
        """Whether the window's thread has database work open (it may be waiting to write)."""
        return self._foreground_open > 0

    def make_way(self, timeout: float = 2.0) -> None:
        """Wait, at most ``timeout`` seconds, until the window's thread has no database work."""
        with self._foreground:
            self._foreground.wait_for(lambda: self._foreground_open == 0, timeout)

    def integrity_check(self) -> str:
        with self.engine.connect() as connection:
            return connection.exec_driver_sql("PRAGMA integrity_check").scalar_one()

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            return connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version"
            ).scalar_one_or_none()

    def close(self) -> None:
        self.engine.dispose()


def _read_only(folder: Path) -> bool:
    try:
        if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
        return not os.access(folder, os.W_OK)
    except OSError:
        return False


def _explain(exc: DBAPIError, path: Path) -> str:
    text = str(exc.orig)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered or _read_only(path.parent):
        return (
            f"Cannot save: the database {path} is read-only. "
            "Your input is kept and saved once it is writable."
        )
    if "full" in lowered:
        return f"Cannot save: the disk holding {path} is full. Free some space; your input is kept."
    if "locked" in lowered or "busy" in lowered:
        return f"Cannot save: the database {path} is in use by another program."
    return f"Cannot save to {path}: {text}"


__all__ = ["Database", "StorageError", "now", "select"]
