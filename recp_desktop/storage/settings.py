"""Preferences of this installation kept in the database (never exchanged)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database


def peek_setting(database: Path, key: str) -> str | None:
    """Read a setting with the standard library only, before the database is opened properly.

    Start-up uses it to pick the language before SQLAlchemy is loaded; any problem (no file yet,
    an older schema) just means "not set".
    """
    if not database.exists():
        return None
    try:
        uri = f"{database.resolve().as_uri()}?mode=ro"
        with sqlite3.connect(uri, uri=True) as conn:
            row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
        conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def get_setting(db: Database, key: str) -> str | None:
    from recp_desktop.storage.models import LocalSetting

    with db.session() as session:
        row = session.get(LocalSetting, key)
        return row.value if row else None


def set_setting(db: Database, key: str, value: str) -> None:
    from recp_desktop.storage.models import LocalSetting

    with db.session() as session:
        session.merge(LocalSetting(key=key, value=value))


MAX_DEVICE_NAME = 100


def set_device_name(db: Database, name: str) -> str:
    """Rename this device (shown as the author of what it exports); returns the stored name.

    Raises ``ValueError`` naming the problem for an empty, multi-line or overlong name.
    """
    name = name.strip()
    if not name:
        raise ValueError("The device name cannot be empty.")
    if len(name) > MAX_DEVICE_NAME:
        raise ValueError(f"The device name is longer than {MAX_DEVICE_NAME} characters.")
    if any(c in name for c in "\r\n\t\0"):
        raise ValueError("The device name must fit on one line.")
    set_setting(db, "device_name", name)
    db.device_name = name
    return name
