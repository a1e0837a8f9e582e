"""Records as the database holds them and as packages carry them, and the way between the two."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from recp_desktop.domain import versions
from recp_desktop.exchange.schema import BY_NAME, RecordType, format_timestamp, parse_timestamp
from recp_desktop.storage import rows
from recp_desktop.storage.rows import MODELS


def table(record_type: RecordType | str) -> Table:
    return rows.table(record_type if isinstance(record_type, str) else record_type.name)


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
) -> list[dict[str, Any]]:
    return rows.load_rows(connection, record_type.name, column, values)


def existing_ids(connection: Connection, record_type: RecordType, ids: list[str]) -> list[str]:
    return rows.existing_ids(connection, record_type.name, ids)


def load_versions(
    connection: Connection, record_type: RecordType, ids: Iterable[str]
) -> dict[str, tuple[int, versions.Vector]]:
    return rows.load_versions(connection, record_type.name, ids)


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
            found = load_rows(connection, record_type, "id", [enterprise_id])
        elif name == "assessment":
            found = assessment_rows
        else:
            found = load_rows(connection, record_type, "assessment_id", [assessment_id])
        stored = load_versions(connection, record_type, [r["id"] for r in found])
        records = []
        for row in sorted(found, key=lambda r: r["id"]):
            record = to_package(record_type, row)
            record["version"] = versions.local_vector(
                row["revision"], stored.get(row["id"]), device_id
            )
            records.append(record)
        out[name] = records
    return out
