"""The merge engine's database adapter (storage.merge_store) on SQLite and on PostgreSQL.

The same scenario runs on both: a first import, the same again, a newer edit, edits made apart,
a conflict superseded, one answer made twice, and an id taken elsewhere. PostgreSQL comes from
the ``postgres_url`` fixture (a fresh database; CI fails rather than skips without one).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from recp_desktop.domain.merge import MergeError, plan_type
from recp_desktop.domain.records import BY_NAME, RECORD_TYPES, check_records
from recp_desktop.storage import merge_store, rows
from recp_desktop.storage.engine import create_engine_for
from recp_desktop.storage.models import Base, SyncConflict, SyncVersion

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
SOURCE = merge_store.Source("dev-a", "LAPTOP-A", "aysel", "s1")
HERE = "dev-here"


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path: Path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'merge.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_url")
    made = create_engine_for(url)
    Base.metadata.create_all(made)
    yield made
    made.dispose()


def _sync(record_id: str, version: dict, revision: int | None = None) -> dict:
    return {
        "id": record_id,
        "revision": revision or max(version.values()),
        "updated_at": "2026-03-01T10:00:00.250000+04:00",
        "updated_by": next(iter(version)),
        "deleted": False,
        "version": version,
    }


def company(version=None) -> dict:
    fields = {"name": "Şəki Süd", "country": "AZ", "region": "", "city": "Şəki", "nace": "10.51"}
    record = {**_sync("e1", version or {"dev-a": 1}), **fields}
    record.update(employees=None, products="süd", eco_park="")
    return check_records(BY_NAME["enterprise"], [record])[0]


def assessment(assessment_id: str = "s1") -> dict:
    record = {
        **_sync(assessment_id, {"dev-a": 1}),
        "enterprise_id": "e1",
        "kind": "full",
        "title": "Аудит",
        "start_date": "2026-03-01",
        "end_date": None,
        "team": "",
        "currency": "AZN",
        "status": "in_progress",
    }
    return check_records(BY_NAME["assessment"], [record])[0]


def answer(record_id="a1", version=None, question="energy.q1", assessment_id="s1", **fields):
    record = {
        **_sync(record_id, version or {"dev-a": 1}),
        "assessment_id": assessment_id,
        "template_id": "energy",
        "template_version": 1,
        "question_id": question,
        "value": "yes",
        "number": 7.5,
        "unit": "bar",
        "number_canonical": 7.5,
        "note": "",
        "opportunity": True,
        **fields,
    }
    return check_records(BY_NAME["answer"], [record])[0]


def merge(connection, type_name: str, incoming: list[dict], column="assessment_id", value="s1"):
    record_type = BY_NAME[type_name]
    if type_name in ("enterprise", "assessment"):
        column, value = "id", incoming[0]["id"]
    local, elsewhere = merge_store.read_scope(
        connection, record_type, column, value, incoming, HERE
    )
    plan = plan_type(record_type, incoming, local, elsewhere=elsewhere)
    merge_store.apply_plan(connection, plan, source=SOURCE, now=NOW)
    return plan


def dump(connection) -> dict:
    tables = [rows.table(t.name) for t in RECORD_TYPES] + [SyncVersion.__table__]
    tables.append(SyncConflict.__table__)
    return {
        t.name: sorted(tuple(str(v) for v in row) for row in connection.execute(select(t)))
        for t in tables
    }


def test_the_adapter_applies_every_kind_of_plan(engine) -> None:
    first = [answer(), answer("a2", question="energy.q2", value="no")]
    with engine.begin() as connection:
        merge_store.lock(connection, "s1")
        assert merge(connection, "enterprise", [company()]).counts["new"] == 1
        assert merge(connection, "assessment", [assessment()]).counts["new"] == 1
        assert merge(connection, "answer", first).counts["new"] == 2
    with engine.begin() as connection:  # read back exactly as it came, vector included
        local = merge_store.local_records(
            connection,
            BY_NAME["answer"],
            [r for r in connection.execute(select(rows.table("answer"))).mappings()],
            HERE,
        )
        utc = "2026-03-01T06:00:00.250000+00:00"  # 10:00 at +04:00, kept in UTC
        assert {k: v.record for k, v in local.items()} == {
            r["id"]: {**r, "updated_at": utc} for r in first
        }
        before = dump(connection)
        assert merge(connection, "answer", first).counts["unchanged"] == 2
        assert dump(connection) == before  # the same records again write nothing

    newer = answer(version={"dev-a": 2}, value="na")
    with engine.begin() as connection:
        assert merge(connection, "answer", [newer]).counts["updated"] == 1
        row = connection.execute(
            select(rows.table("answer")).where(rows.table("answer").c.id == "a1")
        ).one()
        assert (row.value, row.revision) == ("na", 2)

    # Edited here since (revision 3 under this device), and apart on device A: a conflict.
    table = rows.table("answer")
    with engine.begin() as connection:
        connection.execute(table.update().where(table.c.id == "a1").values(value="no", revision=3))
    apart = answer(version={"dev-a": 3}, value="yes", note="again")
    with engine.begin() as connection:
        assert merge(connection, "answer", [apart]).counts["conflict"] == 1
        assert merge(connection, "answer", [apart]).counts["conflict"] == 1
        conflicts = connection.execute(select(SyncConflict.__table__)).all()
        assert len(conflicts) == 1  # the same edit twice: one conflict
        assert (conflicts[0].record_id, conflicts[0].source_author) == ("a1", "aysel")
        assert conflicts[0].status == "open"
    # An edit that includes both lines supersedes it.
    settled = answer(version={"dev-a": 3, HERE: 3, "dev-c": 4}, value="yes", note="settled")
    with engine.begin() as connection:
        assert merge(connection, "answer", [settled]).counts["updated"] == 1
        status = connection.execute(select(SyncConflict.__table__.c.status)).scalar_one()
        assert status == "superseded"


def test_one_answer_made_twice_ends_under_the_smaller_id(engine) -> None:
    with engine.begin() as connection:
        merge(connection, "enterprise", [company()])
        merge(connection, "assessment", [assessment()])
        merge(connection, "answer", [answer("z9", version={HERE: 1}, value="no")])
    with engine.begin() as connection:
        plan = merge(connection, "answer", [answer("a0", value="no")])
        assert plan.renames == [("z9", "a0")] and plan.counts["unchanged"] == 1
        ids = [r.id for r in connection.execute(select(rows.table("answer")))]
        kept = rows.load_versions(connection, "answer", ["a0", "z9"])
    assert ids == ["a0"]
    assert set(kept) == {"a0"}  # the vector moved with the record to its new id


def test_an_id_of_another_assessment_is_refused(engine) -> None:
    with engine.begin() as connection:
        merge(connection, "enterprise", [company()])
        merge(connection, "assessment", [assessment()])
        merge(connection, "assessment", [assessment("s2")])
        merge(connection, "answer", [answer("a1")])
    with engine.begin() as connection:
        intruder = [answer("a1", assessment_id="s2", question="energy.q9")]
        local, elsewhere = merge_store.read_scope(
            connection, BY_NAME["answer"], "assessment_id", "s2", intruder, HERE
        )
        assert local == {} and elsewhere == {"a1"}
        with pytest.raises(MergeError, match="already exists here in another"):
            plan_type(BY_NAME["answer"], intruder, local, elsewhere=elsewhere)
