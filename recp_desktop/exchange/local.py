"""Records as the database holds them and as packages carry them, and the way between the two."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from recp_desktop.exchange import versions
from recp_desktop.exchange.schema import BY_NAME, RecordType, format_timestamp, parse_timestamp
from recp_desktop.storage.models import (
    Answer,
    Assessment,
    BaselineItem,
    CPOption,
    Enterprise,
    Photo,
)

MODELS = {
    "enterprise": Enterprise,
    "assessment": Assessment,
    "baseline_item": BaselineItem,
    "answer": Answer,
    "cp_option": CPOption,
    "photo": Photo,
}
CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


def table(record_type: RecordType | str) -> Table:
    name = record_type if isinstance(record_type, str) else record_type.name
    return MODELS[name].__table__  # type: ignore[return-value]


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


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


def load_rows(
    connection: Connection, record_type: RecordType, column: str, values: Iterable[str]
) -> list[Mapping[str, Any]]:
    """Rows of a record type whose ``column`` is one of ``values``, tombstones included.

    Values come back as SQLAlchemy would return them (dates, times, booleans), from one plain
    query: this runs several times for every imported package.
    """
    t = table(record_type)
    names = [c.name for c in t.columns]
    sql = (
        f"SELECT {', '.join(names)} FROM {t.name} "  # names of our own table, not input
        f"WHERE {t.c[column].name} IN (SELECT value FROM json_each(?))"
    )
    processors = [
        (i, p)
        for i, c in enumerate(t.columns)
        if (p := c.type.dialect_impl(connection.dialect).result_processor(connection.dialect, None))
        is not None
    ]
    rows: list[Mapping[str, Any]] = []
    for raw in connection.exec_driver_sql(sql, (json.dumps(list(values)),)):
        row = list(raw)
        for i, processor in processors:
            row[i] = processor(row[i])
        rows.append(dict(zip(names, row, strict=True)))
    return rows


def existing_ids(connection: Connection, record_type: RecordType, ids: list[str]) -> list[str]:
    """Which of ``ids`` exist in the record type's table (one query, any number of ids)."""
    if not ids:
        return []
    sql = (
        f"SELECT id FROM {table(record_type).name} "  # a table name of ours, not input
        "WHERE id IN (SELECT value FROM json_each(?))"
    )
    return [row[0] for row in connection.exec_driver_sql(sql, (json.dumps(ids),))]


def load_versions(
    connection: Connection, record_type: RecordType, ids: Iterable[str]
) -> dict[str, tuple[int, versions.Vector]]:
    """The ``sync_version`` rows of records: ``{id: (revision, vector)}``."""
    ids = list(ids)
    if not ids:
        return {}
    sql = (
        "SELECT record_id, revision, vector FROM sync_version WHERE record_type = ? "
        "AND record_id IN (SELECT value FROM json_each(?))"
    )
    rows = connection.exec_driver_sql(sql, (record_type.name, json.dumps(ids)))
    return {record_id: (revision, versions.decode(v)) for record_id, revision, v in rows}


def insert_many(
    connection: Connection, target: Table, rows: list[dict[str, Any]], upsert: str = ""
) -> None:
    """Insert rows with one ``executemany``, converting values as SQLAlchemy would.

    The hot path of an import: hundreds of rows per package, where building each row through
    the ORM or a compiled Core statement costs more than SQLite's work.
    """
    if not rows:
        return
    names = list(rows[0])
    processors = {}
    for name in names:
        column_type = target.c[name].type.dialect_impl(connection.dialect)
        processor = column_type.bind_processor(connection.dialect)
        if processor is not None:
            processors[name] = processor
    sql = (
        f"INSERT INTO {target.name} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)}){upsert}"
    )
    params = []
    for row in rows:
        if processors:
            row = {**row}
            for name, processor in processors.items():
                if row[name] is not None:
                    row[name] = processor(row[name])
        params.append(tuple(row[name] for name in names))
    connection.exec_driver_sql(sql, params)


def assessment_records(
    connection: Connection, assessment_id: str, device_id: str
) -> dict[str, list[dict[str, Any]]]:
    """Every record of an assessment (tombstones too) as package records with their vectors.

    Raises ``LookupError`` if there is no such assessment.
    """
    assessment_rows = load_rows(connection, BY_NAME["assessment"], "id", [assessment_id])
    if not assessment_rows:
        raise LookupError(f"No assessment with id {assessment_id}.")
    enterprise_id = assessment_rows[0]["enterprise_id"]
    out: dict[str, list[dict[str, Any]]] = {}
    for name in MODELS:
        record_type = BY_NAME[name]
        if name == "enterprise":
            rows = load_rows(connection, record_type, "id", [enterprise_id])
        elif name == "assessment":
            rows = assessment_rows
        else:
            rows = load_rows(connection, record_type, "assessment_id", [assessment_id])
        stored = load_versions(connection, record_type, [r["id"] for r in rows])
        records = []
        for row in sorted(rows, key=lambda r: r["id"]):
            record = to_package(record_type, row)
            record["version"] = versions.local_vector(
                row["revision"], stored.get(row["id"]), device_id
            )
            records.append(record)
        out[name] = records
    return out
