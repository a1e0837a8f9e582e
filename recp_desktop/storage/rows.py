"""Rows of the exchanged tables read and written in bulk with SQLAlchemy Core, on any dialect.

The hot paths of an import (hundreds of rows per package) skip the ORM. On SQLite a list of ids is
passed as one JSON parameter (``IN (SELECT value FROM json_each(?))``: any number of ids, one
statement) and rows are inserted with one ``executemany``; on other dialects (PostgreSQL) the
same is done with expanding ``IN`` parameters and SQLAlchemy's ``insert`` constructs. Callers
never see the difference.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Table, bindparam, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

from recp_desktop.domain import versions
from recp_desktop.domain.fields import format_timestamp, parse_timestamp
from recp_desktop.domain.records import RecordType
from recp_desktop.storage.engine import is_sqlite
from recp_desktop.storage.models import (
    Answer,
    Assessment,
    BaselineBills,
    BaselineItem,
    CPOption,
    Enterprise,
    Photo,
    ReviewEvent,
    SymbiosisDecision,
    SyncVersion,
    VersionInRow,
    WantedInput,
    WasteStream,
)

# The exchanged record types and their models, parents before children.
MODELS = {
    "enterprise": Enterprise,
    "assessment": Assessment,
    "baseline_item": BaselineItem,
    "answer": Answer,
    "cp_option": CPOption,
    "photo": Photo,
    "waste_stream": WasteStream,
    "review_event": ReviewEvent,
    "wanted_input": WantedInput,
    "baseline_bills": BaselineBills,
    "symbiosis_decision": SymbiosisDecision,
}

DERIVED = {"assessment": ("review_state",)}
"""Columns of exchanged tables that never travel: derived here from records that do
(``assessment.review_state`` from the review events, ``storage.review.refresh``)."""


# The types whose rows keep their own version vector (sync_revision, sync_vector); the others'
# vectors are in ``sync_version``.
IN_ROW = frozenset(name for name, model in MODELS.items() if issubclass(model, VersionInRow))


def table(record_type: str) -> Table:
    """The table of an exchanged record type (``"answer"`` …)."""
    return MODELS[record_type].__table__  # type: ignore[return-value]


def to_package(record_type: RecordType, row: Mapping[str, Any]) -> dict[str, Any]:
    """A database row as a package record (without its version vector)."""
    record: dict[str, Any] = {
        "id": row["id"],
        "revision": row["revision"],
        "updated_at": format_timestamp(row["updated_at"]),
        "updated_by": row["updated_by"],
        "deleted": bool(row["deleted"]),
    }
    for spec in record_type.fields:
        value = row[spec.name]
        if value is None:
            record[spec.name] = None
        elif spec.kind == "date":
            record[spec.name] = value.isoformat()
        elif spec.kind == "timestamp":
            record[spec.name] = format_timestamp(value)
        elif spec.kind in ("object", "array"):
            record[spec.name] = json.loads(value)
        elif spec.kind == "float":
            record[spec.name] = float(value) + 0.0
        elif spec.kind == "bool":
            record[spec.name] = bool(value)
        else:
            record[spec.name] = value
    return record


def content_values(record_type: RecordType, record: Mapping[str, Any]) -> dict[str, Any]:
    """The database values of a package record's fields and tombstone."""
    values: dict[str, Any] = {"deleted": record["deleted"]}
    for spec in record_type.fields:
        value = record[spec.name]
        if value is not None and spec.kind == "date":
            value = date.fromisoformat(value)
        elif value is not None and spec.kind == "timestamp":
            value = parse_timestamp(value)
        elif spec.kind == "object":
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif spec.kind == "array":
            value = json.dumps(value, ensure_ascii=False)
        values[spec.name] = value
    return values


def to_row(record_type: RecordType, record: Mapping[str, Any]) -> dict[str, Any]:
    """A package record as a database row."""
    return {
        "id": record["id"],
        "revision": record["revision"],
        "updated_at": parse_timestamp(record["updated_at"]),
        "updated_by": record["updated_by"],
        **content_values(record_type, record),
    }


def _processors(connection: Connection, target: Table) -> list[tuple[int, Any]]:
    dialect = connection.dialect
    return [
        (i, p)
        for i, c in enumerate(target.columns)
        if (p := c.type.dialect_impl(dialect).result_processor(dialect, None)) is not None
    ]


def load_rows(
    connection: Connection, record_type: str, column: str, values: Iterable[str]
) -> list[dict[str, Any]]:
    """Rows of a record type whose ``column`` is one of ``values``, tombstones included.

    Values come back as SQLAlchemy returns them (dates, times, booleans).
    """
    t = table(record_type)
    values = list(values)
    if not values:
        return []
    names = [c.name for c in t.columns]
    if not is_sqlite(connection):
        stmt = select(t).where(t.c[column].in_(values))
        return [dict(row._mapping) for row in connection.execute(stmt)]
    sql = (
        f"SELECT {', '.join(names)} FROM {t.name} "  # names of our own table, not input
        f"WHERE {t.c[column].name} IN (SELECT value FROM json_each(?))"
    )
    processors = _processors(connection, t)
    rows: list[dict[str, Any]] = []
    for raw in connection.exec_driver_sql(sql, (json.dumps(values),)):
        row = list(raw)
        for i, processor in processors:
            row[i] = processor(row[i])
        rows.append(dict(zip(names, row, strict=True)))
    return rows


def existing_ids(connection: Connection, record_type: str, ids: list[str]) -> list[str]:
    """Which of ``ids`` exist in the record type's table (one query, any number of ids)."""
    if not ids:
        return []
    t = table(record_type)
    if not is_sqlite(connection):
        return list(connection.scalars(select(t.c.id).where(t.c.id.in_(ids))))
    sql = f"SELECT id FROM {t.name} WHERE id IN (SELECT value FROM json_each(?))"
    return [row[0] for row in connection.exec_driver_sql(sql, (json.dumps(ids),))]


def existing_ids_by_type(
    connection: Connection, wanted: Mapping[str, Sequence[str]]
) -> dict[str, set[str]]:
    """Which of the ids exist, per record type (``{type: ids}``), in one query on SQLite."""
    wanted = {k: list(ids) for k, ids in wanted.items() if ids}
    found: dict[str, set[str]] = {k: set() for k in wanted}
    if not wanted:
        return found
    if not is_sqlite(connection):
        for record_type, ids in wanted.items():
            found[record_type].update(existing_ids(connection, record_type, ids))
        return found
    parts, params = [], []
    for record_type, ids in wanted.items():
        parts.append(
            f"SELECT '{record_type}', id FROM {table(record_type).name} "  # our own names
            "WHERE id IN (SELECT value FROM json_each(?))"
        )
        params.append(json.dumps(ids))
    for record_type, record_id in connection.exec_driver_sql(
        " UNION ALL ".join(parts), tuple(params)
    ):
        found[record_type].add(record_id)
    return found


def versions_of_rows(
    connection: Connection, record_type: str, found: Sequence[Mapping[str, Any]]
) -> dict[str, tuple[int, versions.Vector]]:
    """The stored ``(revision, vector)`` of rows read with :func:`load_rows`, by id.

    Types that keep vectors in their rows need no further query.
    """
    if record_type not in IN_ROW:
        return load_versions(connection, record_type, [row["id"] for row in found])
    return {
        row["id"]: (row["sync_revision"], versions.decode(row["sync_vector"]))
        for row in found
        if row["sync_vector"] is not None
    }


def load_versions(
    connection: Connection, record_type: str, ids: Iterable[str]
) -> dict[str, tuple[int, versions.Vector]]:
    """The stored version vectors of records: ``{id: (revision, vector)}``.

    From the records' rows (``sync_revision``, ``sync_vector``) for the types in
    :data:`IN_ROW`, from ``sync_version`` for the others.
    """
    ids = list(ids)
    if not ids:
        return {}
    if record_type in IN_ROW:
        t = table(record_type)
        if is_sqlite(connection):
            sql = (
                f"SELECT id, sync_revision, sync_vector FROM {t.name} "  # our own table name
                "WHERE sync_vector IS NOT NULL AND id IN (SELECT value FROM json_each(?))"
            )
            rows = connection.exec_driver_sql(sql, (json.dumps(ids),)).all()
        else:
            rows = connection.execute(
                select(t.c.id, t.c.sync_revision, t.c.sync_vector).where(
                    t.c.sync_vector.is_not(None), t.c.id.in_(ids)
                )
            ).all()
    elif is_sqlite(connection):
        sql = (
            "SELECT record_id, revision, vector FROM sync_version WHERE record_type = ? "
            "AND record_id IN (SELECT value FROM json_each(?))"
        )
        rows = connection.exec_driver_sql(sql, (record_type, json.dumps(ids))).all()
    else:
        t = SyncVersion.__table__
        rows = connection.execute(
            select(t.c.record_id, t.c.revision, t.c.vector).where(
                t.c.record_type == record_type, t.c.record_id.in_(ids)
            )
        ).all()
    return {record_id: (revision, versions.decode(v)) for record_id, revision, v in rows}


def insert_many(connection: Connection, target: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows (all with the same keys) in one ``executemany``.

    On SQLite the statement is sent as text with values converted as SQLAlchemy would: building
    each row through a compiled statement costs more there than SQLite's own work.
    """
    if not rows:
        return
    if not is_sqlite(connection):
        connection.execute(target.insert(), rows)
        return
    connection.exec_driver_sql(*_sqlite_insert(connection, target, rows))


def _sqlite_insert(
    connection: Connection, target: Table, rows: list[dict[str, Any]], tail: str = ""
) -> tuple[str, list[tuple[Any, ...]]]:
    names = list(rows[0])
    processors = {}
    for name in names:
        processor = (
            target.c[name].type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
        )
        if processor is not None:
            processors[name] = processor
    sql = (
        f"INSERT INTO {target.name} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)}){tail}"
    )
    params = []
    for row in rows:
        if processors:
            row = {**row}
            for name, processor in processors.items():
                if row[name] is not None:
                    row[name] = processor(row[name])
        params.append(tuple(row[name] for name in names))
    return sql, params


def save_versions(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Store version vectors: mappings of ``record_type, record_id, revision, vector``.

    Into the records' rows for the types in :data:`IN_ROW` (the rows must exist), into
    ``sync_version`` (insert or replace) for the others.
    """
    in_row: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["record_type"] in IN_ROW:
            in_row.setdefault(row["record_type"], []).append(
                {"b_id": row["record_id"], "r": row["revision"], "v": row["vector"]}
            )
    for record_type, params in in_row.items():
        t = table(record_type)
        connection.execute(
            t.update()
            .where(t.c.id == bindparam("b_id"))
            .values(sync_revision=bindparam("r"), sync_vector=bindparam("v")),
            params,
        )
    rows = [row for row in rows if row["record_type"] not in IN_ROW]
    if not rows:
        return
    target = SyncVersion.__table__
    if is_sqlite(connection):
        tail = (
            " ON CONFLICT (record_type, record_id) DO UPDATE SET "
            "revision = excluded.revision, vector = excluded.vector"
        )
        connection.exec_driver_sql(*_sqlite_insert(connection, target, rows, tail))
        return
    stmt = postgresql.insert(target)
    stmt = stmt.on_conflict_do_update(
        index_elements=[target.c.record_type, target.c.record_id],
        set_={"revision": stmt.excluded.revision, "vector": stmt.excluded.vector},
    )
    connection.execute(stmt, rows)


def update_many(connection: Connection, target: Table, rows: list[Mapping[str, Any]]) -> None:
    """Update rows by id: each mapping holds ``id`` and the values to set."""
    if not rows:
        return
    params = [{("b_id" if k == "id" else k): v for k, v in r.items()} for r in rows]
    connection.execute(target.update().where(target.c.id == bindparam("b_id")), params)
