"""What the hub has of this data folder's records, kept in the database beside the records.

- ``hub_pushed``: per record the revision the hub last received from here (or sent here). A
  record whose revision differs, or that has no row, changed since: the next push sends it.
  Revisions only grow, and every edit, import or merge raises them, so nothing is missed.
- ``hub_outbox``: the records that may differ, noted by SQLite triggers on every record table
  whenever a record is inserted or its revision changes (migration ``0007_sync_outbox``), and
  taken out once the hub has their revision. Finding what to push reads these few rows, not
  every table: its cost follows the edits, not the size of the data folder.
- ``local_setting`` rows ``hub.key`` (which hub and organisation the state belongs to),
  ``hub.cursor`` (where the next pull starts), ``hub.last_sync`` (the end of the last
  complete round) and ``hub.photos_check`` (set by a trigger when a photo record is inserted or
  changed; cleared by a download pass that left nothing missing), and ``hub.templates`` (the
  checklist templates the hub holds from here, so that a push carries only new ones). The
  cursor is written in the transaction that applies the pulled page.

Signing in to another hub or organisation empties all of it: everything goes up again there
(the hub answers "unchanged" for what it had).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, literal, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from recp_desktop.domain import versions
from recp_desktop.domain.records import BY_NAME, RECORD_TYPES
from recp_desktop.storage import rows
from recp_desktop.storage.models import HubOutbox, HubPushed, LocalSetting

PUSHED = HubPushed.__table__
OUTBOX = HubOutbox.__table__
SETTINGS = LocalSetting.__table__
KEY, CURSOR, LAST_SYNC = "hub.key", "hub.cursor", "hub.last_sync"
PHOTOS_CHECK = "hub.photos_check"  # set by triggers when a photo record is inserted or changed
TEMPLATES = "hub.templates"  # JSON [[id, version], …]: templates the hub holds from here
MAX_BATCH_RECORDS = 5000  # the hub's limit (docs/sync-protocol.md §7)
MAX_BATCH_BYTES = 8 << 20  # half the hub's 16 MiB, for the JSON's overhead


def _get(connection: Connection, key: str) -> str | None:
    return connection.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()


def _set(connection: Connection, key: str, value: str | None) -> None:
    connection.execute(delete(SETTINGS).where(SETTINGS.c.key == key))
    if value is not None:
        connection.execute(SETTINGS.insert().values(key=key, value=value))


def bound_hub(connection: Connection) -> str | None:
    """Whose sync state this is (:attr:`Account.hub_key`), or None."""
    return _get(connection, KEY)


def bind_hub(connection: Connection, hub_key: str) -> bool:
    """Make the sync state belong to ``hub_key``; True if it was another's (state emptied)."""
    if _get(connection, KEY) == hub_key:
        return False
    connection.execute(delete(PUSHED))
    for name in rows.MODELS:  # everything goes up again: every record a candidate
        table = rows.table(name)
        connection.execute(
            OUTBOX.insert()
            .prefix_with("OR IGNORE")
            .from_select(["record_type", "record_id"], select(literal(name), table.c.id))
        )
    for key in (CURSOR, LAST_SYNC, TEMPLATES):
        _set(connection, key, None)
    _set(connection, PHOTOS_CHECK, "1")
    _set(connection, KEY, hub_key)
    return True


def cursor(connection: Connection) -> str | None:
    return _get(connection, CURSOR)


def save_cursor(connection: Connection, value: str | None) -> None:
    _set(connection, CURSOR, value)


def last_sync(connection: Connection) -> datetime | None:
    value = _get(connection, LAST_SYNC)
    return datetime.fromisoformat(value) if value else None


def save_last_sync(connection: Connection, when: datetime) -> None:
    _set(connection, LAST_SYNC, when.isoformat())


def templates_held(connection: Connection) -> set[tuple[str, int]]:
    """The checklist templates ``(id, version)`` the hub holds for sure: those of answers it
    has from here at their current revision (a push carries the templates its answers refer
    to, docs/sync-protocol.md §7). A push leaves these out."""
    value = _get(connection, TEMPLATES)
    return {(t, int(v)) for t, v in json.loads(value)} if value else set()


def forget_templates(connection: Connection) -> None:
    """Send every template again with its answers (the hub started afresh)."""
    _set(connection, TEMPLATES, None)


def _note_templates(connection: Connection, answer_ids: list[str]) -> None:
    answers = rows.table("answer")
    found: set[tuple[str, int]] = set()
    for start in range(0, len(answer_ids), 2000):
        found |= {
            (t, int(v))
            for t, v in connection.execute(
                select(answers.c.template_id, answers.c.template_version)
                .join(
                    PUSHED,
                    and_(
                        PUSHED.c.record_type == "answer",
                        PUSHED.c.record_id == answers.c.id,
                        PUSHED.c.revision == answers.c.revision,
                    ),
                )
                .where(answers.c.id.in_(answer_ids[start : start + 2000]))
                .distinct()
            )
        }
    held = templates_held(connection)
    if not found <= held:
        _set(connection, TEMPLATES, json.dumps(sorted(held | found)))


def photos_to_check(connection: Connection) -> bool:
    """Whether a photo record was inserted or changed since the last complete download pass
    (photo files may be missing here)."""
    return _get(connection, PHOTOS_CHECK) is not None


def photos_checked(connection: Connection) -> None:
    """Note a complete download pass: no photo file is missing here."""
    _set(connection, PHOTOS_CHECK, None)


def _changed_query(name: str):
    """``(table, from-clause, condition)`` selecting ``name``'s records noted in the outbox
    whose revision the hub does not have."""
    table = rows.table(name)
    joined = OUTBOX.join(
        table, and_(OUTBOX.c.record_type == name, OUTBOX.c.record_id == table.c.id)
    ).outerjoin(PUSHED, and_(PUSHED.c.record_type == name, PUSHED.c.record_id == table.c.id))
    changed = and_(
        OUTBOX.c.record_type == name,
        or_(PUSHED.c.revision.is_(None), PUSHED.c.revision != table.c.revision),
    )
    return table, joined, changed


def _noted_types(connection: Connection) -> list[str]:
    """The record types with records in the outbox, parents' types first."""
    noted = set(connection.execute(select(OUTBOX.c.record_type).distinct()).scalars())
    return [name for name in rows.MODELS if name in noted]


def count_changed(connection: Connection) -> int:
    """How many records wait to go up."""
    total = 0
    for name in _noted_types(connection):
        _table, joined, changed = _changed_query(name)
        total += connection.execute(
            select(func.count()).select_from(joined).where(changed)
        ).scalar()
    return int(total)


def changed_records(connection: Connection, device_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every record changed since the last push, in package form with its version vector,
    by type (parents' types first). Reads only the records the outbox notes."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in _noted_types(connection):
        table, joined, changed = _changed_query(name)
        found = [
            dict(r._mapping)
            for r in connection.execute(select(table).select_from(joined).where(changed))
        ]
        if not found:
            continue
        record_type = BY_NAME[name]
        stored = rows.load_versions(connection, name, [r["id"] for r in found])
        records = []
        for row in sorted(found, key=lambda r: r["id"]):
            record = rows.to_package(record_type, row)
            record["version"] = versions.local_vector(
                row["revision"], stored.get(row["id"]), device_id
            )
            records.append(record)
        out[name] = records
    return out


def mark_pushed(connection: Connection, items: Iterable[tuple[str, str, int]]) -> None:
    """Note that the hub has ``(record type, id, revision)``, and take the records that are
    still at that revision out of the outbox (one edited meanwhile stays in it); the templates
    of those answers are noted as held by the hub (:func:`templates_held`)."""
    values = [{"record_type": t, "record_id": i, "revision": r} for t, i, r in items]
    if not values:
        return
    stmt = sqlite_insert(PUSHED)
    stmt = stmt.on_conflict_do_update(
        index_elements=[PUSHED.c.record_type, PUSHED.c.record_id],
        set_={"revision": stmt.excluded.revision},
    )
    for start in range(0, len(values), 2000):
        connection.execute(stmt, values[start : start + 2000])
    by_type: dict[str, list[str]] = {}
    for value in values:
        by_type.setdefault(value["record_type"], []).append(value["record_id"])
    if "answer" in by_type:
        _note_templates(connection, by_type["answer"])
    for name, ids in by_type.items():
        table = rows.table(name)
        for start in range(0, len(ids), 2000):
            in_step = (
                select(PUSHED.c.record_id)
                .join(
                    table,
                    and_(table.c.id == PUSHED.c.record_id, table.c.revision == PUSHED.c.revision),
                )
                .where(
                    PUSHED.c.record_type == name, PUSHED.c.record_id.in_(ids[start : start + 2000])
                )
            )
            connection.execute(
                delete(OUTBOX).where(OUTBOX.c.record_type == name, OUTBOX.c.record_id.in_(in_step))
            )


def batches(
    records: dict[str, list[dict[str, Any]]],
    *,
    max_records: int = MAX_BATCH_RECORDS,
    max_bytes: int = MAX_BATCH_BYTES,
) -> Iterator[dict[str, list[dict[str, Any]]]]:
    """Split records into push batches within the hub's limits, parents' types first, so a
    child never travels before its parent."""
    from recp_desktop.sync.client import canonical

    batch: dict[str, list[dict[str, Any]]] = {}
    count = size = 0
    for record_type in RECORD_TYPES:
        for record in records.get(record_type.name, ()):
            weight = len(canonical(record)) + 1
            if count and (count >= max_records or size + weight > max_bytes):
                yield batch
                batch, count, size = {}, 0, 0
            batch.setdefault(record_type.name, []).append(record)
            count += 1
            size += weight
    if batch:
        yield batch
