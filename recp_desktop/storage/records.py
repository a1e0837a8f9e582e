"""Edits to synced records: every change bumps the revision and stamps time and device."""

from __future__ import annotations

from typing import Any

from recp_desktop.storage.database import now
from recp_desktop.storage.models import Synced


def stamp_new(record: Synced, device_id: str) -> Synced:
    record.revision = 1
    record.updated_at = now()
    record.updated_by = device_id
    record.deleted = False
    return record


def apply_edit(record: Synced, device_id: str, **fields: Any) -> bool:
    """Set ``fields`` on ``record``; bump its revision only if something changed."""
    changed = False
    for name, value in fields.items():
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    if changed:
        record.revision = (record.revision or 0) + 1
        record.updated_at = now()
        record.updated_by = device_id
    return changed
