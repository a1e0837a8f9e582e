"""The merge engine's adapter to the database: read what a plan needs, write what it says.

Works on SQLite and on PostgreSQL (SQLAlchemy Core; the few dialect-specific statements are
chosen by :func:`recp_desktop.storage.engine.is_sqlite` in :mod:`recp_desktop.storage.rows` and
:func:`lock`). The engine itself (:mod:`recp_desktop.domain.merge`) is pure.

Use, inside one transaction::

    lock(connection, assessment_id)
    scope = read_assessment(connection, record_type, assessment_id, enterprise_id, device_id)
    plan = plan_type(record_type, incoming, scope.local, elsewhere=scope.elsewhere(...))
    apply_plan(connection, plan, source=Source(...), now=now)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.engine import Connection

from recp_desktop.domain import versions
from recp_desktop.domain.merge import Local, OpenConflict, TypePlan
from recp_desktop.domain.records import BY_NAME, RecordType
from recp_desktop.storage import rows
from recp_desktop.storage.engine import is_sqlite
from recp_desktop.storage.models import SyncConflict, SyncVersion, new_id

# Taking SQLite's write lock before the first read: the plan is made on data no one else can
# change before it is written. The statement itself changes nothing.
SQLITE_LOCK = "DELETE FROM sync_conflict WHERE 0"


def lock(connection: Connection, scope: str) -> None:
    """Hold the write lock for ``scope`` (an assessment or organisation id) until commit.

    SQLite has one writer at a time: the whole database is locked. PostgreSQL takes a
    transaction-level advisory lock on the scope, so merges of other scopes go on in parallel.
    """
    if is_sqlite(connection):
        connection.exec_driver_sql(SQLITE_LOCK)
    else:
        connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(:scope))"), {"scope": scope})


@dataclass(frozen=True)
class Source:
    """Where incoming records came from, kept with each conflict they cause."""

    device_id: str
    device_name: str = ""
    author: str = ""
    assessment_id: str | None = None


def open_conflicts(
    connection: Connection, record_type: str, ids: Sequence[str]
) -> dict[str, list[OpenConflict]]:
    """The open conflicts on records of a type, by record id."""
    out: dict[str, list[OpenConflict]] = {}
    if not ids:
        return out
    t = SyncConflict.__table__
    stmt = select(t.c.id, t.c.record_id, t.c.incoming).where(
        t.c.status == "open", t.c.record_type == record_type
    )
    if is_sqlite(connection):  # any number of ids in one statement
        sql = (
            "SELECT id, record_id, incoming FROM sync_conflict WHERE status = 'open' "
            "AND record_type = ? AND record_id IN (SELECT value FROM json_each(?))"
        )
        found = connection.exec_driver_sql(sql, (record_type, json.dumps(list(ids))))
    else:
        found = connection.execute(stmt.where(t.c.record_id.in_(list(ids))))
    for conflict_id, record_id, incoming in found:
        out.setdefault(record_id, []).append(OpenConflict(conflict_id, json.loads(incoming)))
    return out


def local_records(
    connection: Connection,
    record_type: RecordType,
    found: Iterable[dict[str, Any]],
    device_id: str,
) -> dict[str, Local]:
    """Database rows as the engine's :class:`Local` records, with vectors and open conflicts."""
    found = list(found)
    ids = [row["id"] for row in found]
    stored = rows.versions_of_rows(connection, record_type.name, found)
    conflicts = open_conflicts(connection, record_type.name, ids)
    out = {}
    for row in found:
        record = rows.to_package(record_type, row)
        record["version"] = versions.local_vector(row["revision"], stored.get(row["id"]), device_id)
        out[row["id"]] = Local(record, tuple(conflicts.get(row["id"], ())))
    return out


def read_scope(
    connection: Connection,
    record_type: RecordType,
    column: str,
    value: str,
    incoming: Sequence[dict[str, Any]],
    device_id: str,
) -> tuple[dict[str, Local], set[str]]:
    """The local records of a type whose ``column`` is ``value`` (one assessment's answers…),
    and which incoming ids exist outside them: the engine's ``local`` and ``elsewhere``."""
    local = local_records(
        connection,
        record_type,
        rows.load_rows(connection, record_type.name, column, [value]),
        device_id,
    )
    unseen = [r["id"] for r in incoming if r["id"] not in local]
    return local, set(rows.existing_ids(connection, record_type.name, unseen))


def read_assessment_scope(
    connection: Connection, records: dict[str, list[dict[str, Any]]], device_id: str
) -> dict[str, tuple[dict[str, Local], set[str]]]:
    """The engine's ``local`` and ``elsewhere`` for every type of one assessment's records.

    ``records`` holds package records by type name with exactly one ``enterprise`` and one
    ``assessment`` (a package). An assessment not here yet has no records here: its children
    are not looked up, and the ids it brings are checked against every table in one query.
    """
    assessment = records["assessment"][0]
    enterprise_ids = [e["id"] for e in records["enterprise"]] or [assessment["enterprise_id"]]
    found = {
        "enterprise": rows.load_rows(connection, "enterprise", "id", enterprise_ids),
        "assessment": rows.load_rows(connection, "assessment", "id", [assessment["id"]]),
    }
    for name in rows.MODELS:
        if name not in found:
            found[name] = (
                rows.load_rows(connection, name, "assessment_id", [assessment["id"]])
                if found["assessment"]
                else []
            )
    local = {
        name: local_records(connection, BY_NAME[name], found[name], device_id)
        for name in rows.MODELS
    }
    unseen = {
        name: [r["id"] for r in records.get(name, ()) if r["id"] not in local[name]]
        for name in rows.MODELS
    }
    elsewhere = rows.existing_ids_by_type(connection, unseen)
    return {name: (local[name], elsewhere.get(name, set())) for name in rows.MODELS}


def apply_plan(connection: Connection, plan: TypePlan, *, source: Source, now: datetime) -> None:
    """Write one type's plan (see :func:`apply_plans`)."""
    apply_plans(connection, [plan], source=source, now=now)


def apply_plans(
    connection: Connection, plans: Sequence[TypePlan], *, source: Source, now: datetime
) -> None:
    """Write plans, parents' first: renames, inserts, updates, conflicts, then every version
    vector in one statement."""
    saved: list[dict[str, Any]] = []
    for plan in plans:
        _apply(connection, plan, source=source, now=now, versions_out=saved)
    rows.save_versions(connection, saved)


def _apply(
    connection: Connection,
    plan: TypePlan,
    *,
    source: Source,
    now: datetime,
    versions_out: list[dict[str, Any]],
) -> None:
    record_type = plan.record_type
    name = record_type.name
    table = rows.table(name)
    conflict_table = SyncConflict.__table__
    version_table = SyncVersion.__table__
    for old, new in plan.renames:
        connection.execute(update(table).where(table.c.id == old).values(id=new))
        connection.execute(
            update(version_table)
            .where(version_table.c.record_type == name, version_table.c.record_id == old)
            .values(record_id=new)
        )
        connection.execute(
            update(conflict_table)
            .where(conflict_table.c.record_type == name, conflict_table.c.record_id == old)
            .values(record_id=new)
        )
    fresh_versions = {}  # a new record's vector goes into its row as it is inserted
    if name in rows.IN_ROW and plan.inserts:
        new_ids = {r["id"] for r in plan.inserts}
        fresh_versions = {
            record_id: (revision, vector)
            for record_id, revision, vector in plan.versions
            if record_id in new_ids
        }
    inserts = []
    for record in plan.inserts:
        row = rows.to_row(record_type, record)
        if name in rows.IN_ROW:
            revision, vector = fresh_versions.get(record["id"], (None, None))
            row["sync_revision"] = revision
            row["sync_vector"] = versions.encode(vector) if vector is not None else None
        inserts.append(row)
    rows.insert_many(connection, table, inserts)
    updates = []
    for item in plan.updates:
        values = rows.to_row(record_type, item.record)
        values.update(id=item.record_id, revision=item.revision)
        updates.append(values)
    rows.update_many(connection, table, updates)
    versions_out.extend(
        {
            "record_type": name,
            "record_id": record_id,
            "revision": revision,
            "vector": versions.encode(vector),
        }
        for record_id, revision, vector in plan.versions
        if record_id not in fresh_versions
    )
    fresh, replaced = [], []
    for conflict in plan.conflicts:
        values = {
            "local": json.dumps(conflict.local, ensure_ascii=False, sort_keys=True),
            "incoming": json.dumps(conflict.incoming, ensure_ascii=False, sort_keys=True),
            "source_device_id": source.device_id,
            "source_device_name": source.device_name,
            "source_author": source.author,
            "detected_at": now,
        }
        if conflict.replaces:
            replaced.append({"b_id": conflict.replaces, **values})
        else:
            fresh.append(
                {
                    "id": new_id(),
                    "record_type": name,
                    "record_id": conflict.record_id,
                    "assessment_id": source.assessment_id,
                    "status": "open",
                    "resolution": None,
                    "resolved_at": None,
                    **values,
                }
            )
    if fresh:
        connection.execute(conflict_table.insert(), fresh)
    if replaced:
        from sqlalchemy import bindparam

        connection.execute(
            update(conflict_table).where(conflict_table.c.id == bindparam("b_id")), replaced
        )
    if plan.superseded:
        connection.execute(
            update(conflict_table)
            .where(conflict_table.c.id.in_(sorted(plan.superseded)))
            .values(status="superseded", resolved_at=now)
        )
