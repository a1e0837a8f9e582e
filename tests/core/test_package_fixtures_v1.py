"""Packages written by the released app (format version 1) import unchanged.

The fixtures in ``tests/data/packages/v1/`` were written before the record schema and the merge
engine moved (see ``make_fixtures.py`` there); ``rows.json`` holds every row the released app
stored when importing them in order. Importing them now must store exactly the same rows.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from recp_desktop.exchange.importer import import_package
from recp_desktop.storage.database import Database
from recp_desktop.storage.photos import photo_file

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "packages" / "v1"
PACKAGES = ("1-first.recp", "2-later.recp", "3-apart.recp")
VOLATILE = {"sync_conflict": ("id", "detected_at"), "trusted_device": ("first_seen",)}
# Columns added after the release, with the values an old package must leave in them.
ADDED = {
    "assessment": {"review_state": "draft"},  # no review events: a draft (0006_review)
    "enterprise": {  # format 3 fields
        "registration_no": "",
        "merged_into": None,
        "latitude": None,  # 0007_wastemap_enterprise_coordinates
        "longitude": None,
    },
}


def _rows(db: Database, tables: list[str]) -> dict[str, list[dict]]:
    out = {}
    with db.engine.connect() as connection:
        for table in tables:
            result = connection.exec_driver_sql(f"SELECT * FROM {table}")
            names = list(result.keys())
            rows = []
            for raw in result:
                row = {}
                for name, value in zip(names, raw, strict=True):
                    if name in VOLATILE.get(table, ()):
                        continue
                    if name in ADDED.get(table, {}):
                        assert value == ADDED[table][name], (table, name, value)
                        continue
                    if isinstance(value, datetime | date):
                        value = value.isoformat()
                    row[name] = value
                rows.append(row)
            out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))
    return out


def _vectors_in_rows(released: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The released rows as this schema keeps them: each ``sync_version`` row of a record type
    that keeps its vector in its rows moved into the record's row (``sync_revision``,
    ``sync_vector``; migration 0006_tmpltravel_vectors_in_rows), the same values."""
    from recp_desktop.storage.rows import IN_ROW

    out = {name: [dict(row) for row in table] for name, table in released.items()}
    moved = {
        (v["record_type"], v["record_id"]): v
        for v in out["sync_version"]
        if v["record_type"] in IN_ROW
    }
    for name in IN_ROW & set(out):
        for row in out[name]:
            kept = moved.pop((name, row["id"]), None)
            row["sync_revision"] = kept["revision"] if kept else None
            row["sync_vector"] = kept["vector"] if kept else None
    out["sync_version"] = [v for v in out["sync_version"] if v["record_type"] not in IN_ROW]
    assert not moved, f"vectors of records that do not exist: {sorted(moved)}"
    for name in out:
        out[name] = sorted(out[name], key=lambda r: json.dumps(r, sort_keys=True))
    return out


def test_released_packages_import_into_the_same_rows(tmp_path: Path) -> None:
    released = json.loads((FIXTURES / "rows.json").read_text("utf-8"))
    assert len(released["sync_version"]) == 13  # every record of the three packages
    expected = _vectors_in_rows(released)
    db = Database(tmp_path / "office")
    try:
        counts = []
        for name in PACKAGES:
            result = import_package(db, FIXTURES / name)
            assert result.ok, result.reason
            counts.append(result.counts)
        # As the released app counted them (make_fixtures.py printed these).
        assert counts == [
            {"new": 12, "updated": 0, "unchanged": 0, "conflict": 0},
            {"new": 1, "updated": 2, "unchanged": 10, "conflict": 0},
            {"new": 0, "updated": 0, "unchanged": 11, "conflict": 1},
        ]
        assert _rows(db, sorted(expected)) == expected
        [photo] = expected["photo"]
        stored = photo_file(db.folder, photo["sha256"], photo["media_type"])
        assert stored.stat().st_size == photo["size"]
        # Importing them all again changes nothing.
        for name in PACKAGES:
            again = import_package(db, FIXTURES / name)
            assert again.ok and again.counts["new"] == again.counts["updated"] == 0
        assert _rows(db, sorted(expected)) == expected
    finally:
        db.close()
