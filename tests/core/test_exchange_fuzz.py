"""Valid packages mutated at random: every one is either imported cleanly or refused cleanly.

Refused: a message, and the database byte-for-byte as it was. Imported: a consistent database
(integrity and foreign keys), holding the whole package (importing it again adds nothing).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.domain.records import RECORD_TYPES, SYNC_FIELDS
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.database import Database
from tests.packages import NUMBER, answer, db_digest, entries, repack, seed, write_zip


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("fuzz")
    sender = Database(root / "sender")
    assessment_id = seed(sender, root)
    export_assessment(sender, assessment_id, root / "first.recp")
    receiver = Database(root / "receiver")
    assert import_package(receiver, root / "first.recp").ok
    devices = [sender.device_id, receiver.device_id, "another-device"]
    receiver.close()
    answer(sender, assessment_id, NUMBER, AnswerState(number=6.5, unit="bar"))
    export_assessment(sender, assessment_id, root / "good.recp")
    sender.close()
    files = entries(root / "good.recp")
    records = {
        name[len("records/") : -len(".json")]: json.loads(data)
        for name, data in files.items()
        if name.startswith("records/")
    }
    # Values that mean something here, so that mutations hit real code paths and collisions.
    known = {str(v) for items in records.values() for r in items for v in r.values()}
    return {
        "root": root,
        "sender": root / "sender",
        "receiver": root / "receiver",
        "good": root / "good.recp",
        "files": files,
        "records": records,
        "known": sorted(known),
        "devices": devices,
    }


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)


def _plausible(world: dict, kind: str, name: str) -> st.SearchStrategy:
    """Values that pass the checks more often than not, so that imports happen too."""
    if name == "version":
        return st.dictionaries(st.sampled_from(world["devices"]), st.integers(1, 6), min_size=1)
    if name == "revision":
        return st.integers(1, 10)
    seen = [r[name] for r in world["records"][kind] if name in r]
    specs = {f.name: f for t in RECORD_TYPES if t.name == kind for f in t.fields}
    by_kind = {
        "bool": st.booleans(),
        "float": st.floats(allow_nan=False, allow_infinity=False) | st.none(),
        "int": st.integers(0, 100),
        "text": st.text(max_size=30),
        "str": st.text(max_size=10),
    }
    spec = specs.get(name)
    extra = by_kind.get(spec.kind, st.nothing()) if spec else st.booleans()
    return st.sampled_from(seen) | extra if seen else extra


def _mutate_records(data: st.DataObject, world: dict, records: dict) -> None:
    kind = data.draw(st.sampled_from([t.name for t in RECORD_TYPES]))
    items = records[kind]
    action = data.draw(st.sampled_from(["set", "set", "set", "delete", "add", "drop", "copy"]))
    if not items or action == "add":
        items.append(data.draw(json_values))
        return
    index = data.draw(st.integers(0, len(items) - 1))
    record = items[index]
    if action == "drop":
        del items[index]
        return
    if action == "copy":
        items.append(dict(record) if isinstance(record, dict) else record)
        return
    fields = [*SYNC_FIELDS, *next(t for t in RECORD_TYPES if t.name == kind).field_names]
    name = data.draw(st.sampled_from(fields))
    if not isinstance(record, dict):
        items[index] = data.draw(json_values)
    elif action == "delete":
        record.pop(name, None)
    else:
        anything = json_values | st.sampled_from(world["known"])
        record[name] = data.draw(_plausible(world, kind, name) | anything)


def _mutated(data: st.DataObject, world: dict, folder: Path) -> Path:
    target = folder / "mutated.recp"
    files = list(world["files"].items())
    kind = data.draw(
        st.sampled_from(
            ["edit", "edit", "edit", "records", "records", "flip", "drop", "dup", "rename", "cut"]
        )
    )
    if kind in ("edit", "records"):
        records = json.loads(json.dumps(world["records"]))
        for _ in range(data.draw(st.integers(1, 3))):
            if kind == "records":
                _mutate_records(data, world, records)
            else:  # plausible edits of existing fields: these reach the import logic
                name = data.draw(st.sampled_from([t.name for t in RECORD_TYPES]))
                items = records[name]
                record = items[data.draw(st.integers(0, len(items) - 1))] if items else {}
                if record:
                    field = data.draw(st.sampled_from(sorted(record)))
                    record[field] = data.draw(_plausible(world, name, field))

        def change(payload: dict) -> None:
            payload.clear()
            payload.update(records)

        choices = (
            [world["sender"], world["sender"], None] if kind == "records" else [world["sender"]]
        )
        signed_by = data.draw(st.sampled_from(choices))
        return repack(
            world["good"], target, records=change, key_folder=signed_by, sign=bool(signed_by)
        )
    if kind in ("drop", "dup", "rename"):
        index = data.draw(st.integers(0, len(files) - 1))
        name, blob = files[index]
        if kind == "drop":
            del files[index]
        elif kind == "dup":
            files.append((name, data.draw(st.sampled_from([blob, b"[]", b"{}"]))))
        else:
            other = data.draw(
                st.sampled_from([n for n, _ in files] + ["records/extra.json", "../x", "photos/"])
            )
            files[index] = (other, blob)
        return write_zip(target, files)
    raw = bytearray(world["good"].read_bytes())
    if kind == "cut":
        target.write_bytes(bytes(raw[: data.draw(st.integers(0, len(raw) - 1))]))
        return target
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    target.write_bytes(bytes(raw))
    return target


def _consistent(folder: Path) -> None:
    connection = sqlite3.connect(f"{(folder / 'recp.sqlite3').as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_mutated_package_is_imported_or_refused_cleanly(world: dict, data) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "receiver"
        shutil.copytree(world["receiver"], folder)
        package = _mutated(data, world, Path(tmp))
        before = db_digest(folder)
        db = Database(folder)
        try:
            result = import_package(db, package, allow_unsigned=data.draw(st.booleans()))
            again = import_package(db, package, allow_unsigned=True) if result.ok else None
        finally:
            db.close()
        assert result.status in ("imported", "rejected"), result.line()
        event(f"{result.status}: {result.reason[:40]}" if result.reason else result.status)
        if result.status == "rejected":
            assert result.reason and "Traceback" not in result.reason
            assert db_digest(folder) == before, result.reason
        else:
            _consistent(folder)
            assert again is not None and again.ok
            assert again.counts["new"] == again.counts["updated"] == 0, again.line()
