"""Set-based reads and writes of ``hub_record`` for a push: a few statements per batch, not one
per record.

On PostgreSQL a batch's ids travel as one array (``= ANY(:ids)``) and its rows as one JSON
document (``json_to_recordset(:rows)``; the JSON encoder is C, where psycopg's text-array
dumper escapes every body with a regular expression): each statement has the same text whatever
the batch size, so SQLAlchemy compiles it once and PostgreSQL parses a few parameters instead of
thousands. SQLite
(one machine, no network) takes the portable forms: ``IN (…)`` and executemany.
Measured in ``benchmarks/hub_push_profile.py`` (docs/hub-scaling.md §5).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, String, any_, bindparam, insert, literal, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from recp_hub.models import HubRecord

RECORDS = HubRecord.__table__
COLUMNS = (
    "org_id",
    "record_type",
    "record_id",
    "parent_id",
    "natural_key",
    "body",
    "seq",
    "pushed_by",
    "created_by",
)


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def one_of(session: Session, column, values: Collection[str]) -> ColumnElement[bool]:
    """``column IN values``: one array parameter on PostgreSQL."""
    if _postgres(session):
        return column == any_(literal(list(values), ARRAY(String)))
    return column.in_(list(values))


_INSERT = text(
    "INSERT INTO hub_record (org_id, record_type, record_id, parent_id, natural_key, body, seq, "
    "pushed_by, created_by) "
    "SELECT :org_id, :record_type, v.r, v.p, v.k, v.b, v.s, :pushed_by, v.u "
    "FROM json_to_recordset(CAST(:rows AS json)) "
    "AS v(r varchar, p varchar, k varchar, b text, s bigint, u varchar)"
)

_UPDATE = text(
    "UPDATE hub_record SET body = v.b, seq = v.s, parent_id = v.p, pushed_by = :pushed_by "
    "FROM json_to_recordset(CAST(:rows AS json)) AS v(r varchar, b text, s bigint, p varchar) "
    "WHERE hub_record.org_id = :org_id AND hub_record.record_type = :record_type "
    "AND hub_record.record_id = v.r"
)


def insert_records(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert rows (dicts of :data:`COLUMNS`) of one organisation, type and device."""
    if not rows:
        return
    if not _postgres(session):
        session.execute(insert(RECORDS), rows)
        return
    first = rows[0]
    session.execute(
        _INSERT,
        {
            **{k: first[k] for k in ("org_id", "record_type", "pushed_by")},
            "rows": json.dumps(
                [
                    {
                        "r": r["record_id"],
                        "p": r["parent_id"],
                        "k": r["natural_key"],
                        "b": r["body"],
                        "s": r["seq"],
                        "u": r["created_by"],
                    }
                    for r in rows
                ]
            ),
        },
    )


def update_bodies(
    session: Session,
    org_id: str,
    name: str,
    device_id: str,
    rows: list[tuple[str, str, int, str | None]],
) -> None:
    """Give existing records new bodies, numbers and parents ``(record_id, body, seq, parent)``
    (a parent changes only for a movable type: an assessment moved to another company)."""
    if not rows:
        return
    if _postgres(session):
        session.execute(
            _UPDATE,
            {
                "org_id": org_id,
                "record_type": name,
                "pushed_by": device_id,
                "rows": json.dumps([{"r": r, "b": b, "s": n, "p": p} for r, b, n, p in rows]),
            },
        )
        return
    mine = (RECORDS.c.org_id == org_id) & (RECORDS.c.record_type == name)
    session.execute(
        update(RECORDS)
        .where(mine, RECORDS.c.record_id == bindparam("rid"))
        .values(
            body=bindparam("b"), seq=bindparam("s"), parent_id=bindparam("p"), pushed_by=device_id
        ),
        [{"rid": rid, "b": body, "s": number, "p": parent} for rid, body, number, parent in rows],
    )
