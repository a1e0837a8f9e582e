"""The sync outbox (migration 0007_sync_outbox): SQLite triggers note every record inserted or
whose revision changes, so a sync round finds what to push without scanning every table.

The expectations are stated from the rule, not from the code: before any push every record of
the data folder waits; once the hub has a record at its revision it no longer waits; an edit
(a revision raised) makes it wait again; an edit made while a push was under way is not lost.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from recp_desktop.exchange.importer import import_package
from recp_desktop.storage import migrate, rows
from recp_desktop.storage.database import Database
from recp_desktop.sync import changes
from tests.core.test_package_fixtures_v1 import FIXTURES, PACKAGES


def _office(tmp_path: Path) -> Database:
    db = Database(tmp_path / "office")
    for name in PACKAGES:
        assert import_package(db, FIXTURES / name).ok
    return db


def _all_records(connection) -> list[tuple[str, str, int]]:
    out = []
    for name in rows.MODELS:
        table = rows.table(name).name
        out += [
            (name, rid, rev)
            for rid, rev in connection.execute(text(f"SELECT id, revision FROM {table}"))
        ]
    return out


def test_every_record_table_has_its_outbox_triggers(tmp_path: Path) -> None:
    db = Database(tmp_path / "fresh")
    try:
        with db.engine.connect() as connection:
            triggers = {
                (row.tbl_name, row.name)
                for row in connection.execute(
                    text("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")
                )
            }
    finally:
        db.close()
    for name in rows.MODELS:  # a record type added later needs its triggers too
        table = rows.table(name).name
        for kind in ("insert", "update", "delete"):
            assert (table, f"hub_outbox_{table}_{kind}") in triggers


def test_what_waits_follows_edits_and_pushes(tmp_path: Path) -> None:
    db = _office(tmp_path)
    try:
        with db.engine.connect() as connection:
            everything = _all_records(connection)
            assert len(everything) > 10  # the three fixture packages hold many records
            # Nothing pushed yet: every record waits.
            assert changes.count_changed(connection) == len(everything)
            waiting = changes.changed_records(connection, db.device_id)
            assert sorted((t, r["id"]) for t, rs in waiting.items() for r in rs) == sorted(
                (t, i) for t, i, _ in everything
            )
        with db.write() as connection:
            changes.mark_pushed(connection, everything)
        with db.engine.connect() as connection:
            assert changes.count_changed(connection) == 0
            assert connection.execute(text("SELECT count(*) FROM hub_outbox")).scalar() == 0
            [(answer_id, revision)] = connection.execute(
                text("SELECT id, revision FROM answer ORDER BY id LIMIT 1")
            ).all()
        with db.write() as connection:  # an edit raises the revision
            connection.execute(
                text("UPDATE answer SET note = 'edited', revision = revision + 1 WHERE id = :i"),
                {"i": answer_id},
            )
        with db.engine.connect() as connection:
            waiting = changes.changed_records(connection, db.device_id)
            assert list(waiting) == ["answer"] and [r["id"] for r in waiting["answer"]] == [
                answer_id
            ]
            assert waiting["answer"][0]["revision"] == revision + 1
        with db.write() as connection:  # edited again while that push was under way
            connection.execute(
                text("UPDATE answer SET note = 'again', revision = revision + 1 WHERE id = :i"),
                {"i": answer_id},
            )
            changes.mark_pushed(connection, [("answer", answer_id, revision + 1)])
        with db.engine.connect() as connection:
            assert changes.count_changed(connection) == 1  # the hub lacks revision + 2
        with db.write() as connection:
            changes.mark_pushed(connection, [("answer", answer_id, revision + 2)])
            connection.execute(text("DELETE FROM answer WHERE id = :i"), {"i": answer_id})
            connection.execute(  # noted, then deleted: the note goes with the row
                text("UPDATE answer SET revision = revision + 1 WHERE id != :i"), {"i": answer_id}
            )
            connection.execute(text("DELETE FROM answer WHERE id != :i"), {"i": answer_id})
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM hub_outbox")).scalar() == 0
    finally:
        db.close()


def test_signing_in_elsewhere_makes_every_record_wait_again(tmp_path: Path) -> None:
    db = _office(tmp_path)
    try:
        with db.write() as connection:
            changes.bind_hub(connection, "https://hub.example|org-1")
            everything = _all_records(connection)
            changes.mark_pushed(connection, everything)
            assert changes.count_changed(connection) == 0
            assert changes.bind_hub(connection, "https://other.example|org-2")
            assert changes.count_changed(connection) == len(everything)
    finally:
        db.close()


def test_the_migration_notes_exactly_what_the_hub_lacks(tmp_path: Path) -> None:
    from alembic import command

    db = _office(tmp_path)
    with db.engine.connect() as connection:
        everything = sorted(_all_records(connection))
    db.close()
    engine = create_engine(f"sqlite:///{tmp_path / 'office' / 'recp.sqlite3'}")
    pushed = everything[::2]  # the hub had every other record at its revision…
    stale = everything[1::4]  # …and some at an older one
    with engine.begin() as connection:
        command.downgrade(migrate._alembic_config(connection), "0006_tmpltravel_vectors_in_rows")
        connection.execute(
            text("INSERT INTO hub_pushed (record_type, record_id, revision) VALUES (:t, :i, :r)"),
            [{"t": t, "i": i, "r": r} for t, i, r in pushed]
            + [{"t": t, "i": i, "r": r - 1} for t, i, r in stale],
        )
    engine.dispose()
    db = Database(tmp_path / "office")  # opens at the head: 0007 fills the outbox
    try:
        with db.engine.connect() as connection:
            noted = sorted(
                tuple(row) for row in connection.execute(text("SELECT * FROM hub_outbox"))
            )
        assert noted == sorted((t, i) for t, i, _ in everything[1::2])
    finally:
        db.close()


def test_a_photo_record_asks_for_a_download_pass(tmp_path: Path) -> None:
    db = _office(tmp_path)  # the fixtures hold photo records
    try:
        with db.write() as connection:
            assert changes.photos_to_check(connection)
            changes.photos_checked(connection)
            assert not changes.photos_to_check(connection)
            connection.execute(text("UPDATE answer SET revision = revision + 1"))
            assert not changes.photos_to_check(connection)  # not a photo
            connection.execute(text("UPDATE photo SET revision = revision + 1"))
            assert changes.photos_to_check(connection)
    finally:
        db.close()
