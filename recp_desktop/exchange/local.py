"""An assessment's records as a package carries them (the conversions live in storage.rows)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from recp_desktop.domain import versions
from recp_desktop.domain.records import BY_NAME, RecordType
from recp_desktop.storage import rows
from recp_desktop.storage.rows import MODELS, content_values, to_package, to_row


def table(record_type: RecordType | str) -> Table:
    return rows.table(record_type if isinstance(record_type, str) else record_type.name)


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
            # The company first, then the companies merged into it (their tombstones travel
            # with it: issue 14 §5).
            found = load_rows(connection, record_type, "id", [enterprise_id])
            merged = load_rows(connection, record_type, "merged_into", [enterprise_id])
            found += sorted((r for r in merged if r["id"] != enterprise_id), key=lambda r: r["id"])
        elif name == "assessment":
            found = assessment_rows
        else:
            found = load_rows(connection, record_type, "assessment_id", [assessment_id])
        stored = rows.versions_of_rows(connection, name, found)
        records = []
        ordered = found if name == "enterprise" else sorted(found, key=lambda r: r["id"])
        for row in ordered:
            record = to_package(record_type, row)
            record["version"] = versions.local_vector(
                row["revision"], stored.get(row["id"]), device_id
            )
            records.append(record)
        out[name] = records
    return out


__all__ = [
    "MODELS",
    "assessment_records",
    "content_values",
    "existing_ids",
    "load_rows",
    "load_versions",
    "table",
    "to_package",
    "to_row",
]
