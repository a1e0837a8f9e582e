"""Preferences of this installation kept in the database (never exchanged)."""

from __future__ import annotations

from recp_desktop.storage.database import Database
from recp_desktop.storage.models import LocalSetting


def get_setting(db: Database, key: str) -> str | None:
    with db.session() as session:
        row = session.get(LocalSetting, key)
        return row.value if row else None


def set_setting(db: Database, key: str, value: str) -> None:
    with db.session() as session:
        session.merge(LocalSetting(key=key, value=value))
