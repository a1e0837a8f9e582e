"""Imports group packages into batches: each package still whole or not at all, results final."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from recp_desktop.exchange import batches as importer
from recp_desktop.exchange.importer import import_packages
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.database import Database
from recp_desktop.storage.photos import add_photo, list_photos, photo_file
from recp_desktop.storage.repository import get_assessment
from tests.disks import fill, tmpfs
from tests.packages import jpeg, repack, seed


def _package(folder: Path, out: Path, colour: str) -> tuple[Path, str]:
    """A package from the device in ``folder`` with a photo of its own colour; (path, id)."""
    db = Database(folder)
    try:
        assessment_id = seed(db, out)
        add_photo(db, assessment_id, jpeg(out / f"{colour}.jpg", colour), None)
        path = out / f"{folder.name}-{colour}.recp"
        export_assessment(db, assessment_id, path)
    finally:
        db.close()
    return path, assessment_id


def _packages(tmp_path: Path, *colours: str) -> list[tuple[Path, str]]:
    """One package per colour, each from a device of its own: ``[(path, assessment id)]``."""
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return [_package(tmp_path / f"d{n}", out, colour) for n, colour in enumerate(colours)]


def _company(folder: Path, assessment_id: str) -> str | None:
    """The company name of an assessment, read through a connection of its own."""
    connection = sqlite3.connect(folder / "recp.sqlite3")
    try:
        row = connection.execute(
            "SELECT enterprise.name FROM assessment JOIN enterprise "
            "ON enterprise.id = assessment.enterprise_id WHERE assessment.id = ?",
            (assessment_id,),
        ).fetchone()
    finally:
        connection.close()
    return row[0] if row else None


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in (folder / "photos").rglob("*") if p.name.endswith(".part")]


def test_a_package_refused_inside_a_batch_leaves_the_others_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    first, first_id = _package(tmp_path / "a", out, "blue")
    forged_source, forged_id = _package(tmp_path / "a", out, "green")
    Database(tmp_path / "stranger").close()
    # Device A's id and name, another key: refused only once A's key is trusted, which happens
    # when the first package is written, in the same batch.
    forged = repack(forged_source, out / "forged.recp", key_folder=tmp_path / "stranger")
    other, other_id = _package(tmp_path / "b", out, "white")
    not_a_zip = out / "notes.recp"
    not_a_zip.write_text("meeting notes")

    db = Database(tmp_path / "office")
    try:
        results = import_packages(db, [first, forged, other, not_a_zip])
        assert [r.status for r in results] == ["imported", "rejected", "imported", "rejected"]
        assert "another key" in results[1].reason
        assert results[1].counts == dict.fromkeys(importer.STATUSES, 0)
        assert results[0].counts["new"] == results[2].counts["new"] == 11
        for assessment_id in (first_id, other_id):
            assert get_assessment(db, assessment_id)[1].name == "Rustavi Steel"
            for photo in list_photos(db, assessment_id):
                assert photo_file(db.folder, photo.sha256, photo.media_type).is_file()
        assert _company(db.folder, forged_id) is None
        green_sha = hashlib.sha256((out / "green.jpg").read_bytes()).hexdigest()
        assert not photo_file(db.folder, green_sha, "image/jpeg").exists(), "refused photo kept"
        assert _leftovers(db.folder) == []
        assert db.integrity_check() == "ok"
    finally:
        db.close()


def test_progress_reports_each_package_once_its_batch_is_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH_PACKAGES", 2)
    made = _packages(tmp_path, "red", "green", "blue", "yellow", "black")
    office = tmp_path / "office"
    db = Database(office)
    seen: list[tuple[int, list[bool]]] = []

    def progress(done: int, total: int, result) -> None:
        assert result.ok, result.reason
        seen.append((done, [_company(office, a) is not None for _, a in made]))

    try:
        import_packages(db, [p for p, _ in made], progress=progress)
    finally:
        db.close()
    # Batches of two: when the first package is reported, the second is already committed too
    # (another connection sees it); nothing of a later batch is there yet.
    assert seen == [
        (1, [True, True, False, False, False]),
        (2, [True, True, False, False, False]),
        (3, [True, True, True, True, False]),
        (4, [True, True, True, True, False]),
        (5, [True, True, True, True, True]),
    ]


def test_a_batch_that_cannot_be_committed_is_reported_failed_whole(tmp_path: Path) -> None:
    packages = _packages(tmp_path, "red", "green", "blue")
    with tmpfs(tmp_path / "disk", "8m") as disk:
        db = Database(disk / "office")
        asked = []

        def cancel() -> bool:
            asked.append(True)
            if len(asked) == 2:  # the first package is written, not yet committed: disk full
                fill(disk)
            return False

        try:
            results = import_packages(db, [p for p, _ in packages], cancel=cancel)
        finally:
            db.close()
        assert [r.status for r in results] == ["failed", "failed", "failed"], [
            r.line() for r in results
        ]
        assert all("full" in r.reason for r in results), [r.reason for r in results]
        assert all(r.counts == dict.fromkeys(importer.STATUSES, 0) for r in results)
        (disk / "filler.bin").unlink()
        for _, assessment_id in packages:
            assert _company(disk / "office", assessment_id) is None
        assert _leftovers(disk / "office") == []
        db = Database(disk / "office")
        try:
            assert db.integrity_check() == "ok"
            again = import_packages(db, [p for p, _ in packages])
            assert [r.status for r in again] == ["imported"] * 3
        finally:
            db.close()


def test_the_windows_database_work_is_counted_only_on_its_thread(tmp_path: Path) -> None:
    db = Database(tmp_path / "data")
    try:
        assert not db.foreground_waiting()
        seen = []
        with db.session():
            assert db.foreground_waiting()
            worker = threading.Thread(target=lambda: seen.append(db.foreground_waiting()))
            worker.start()
            worker.join()
        assert seen == [True], "the window's open session is seen from other threads"

        def background() -> None:
            with db.session():
                seen.append(db.foreground_waiting())
            with db.write(background=True):
                seen.append(db.foreground_waiting())

        worker = threading.Thread(target=background)
        worker.start()
        worker.join()
        assert seen == [True, False, False]
        with db.write(background=True):
            assert not db.foreground_waiting()
        with db.write():
            assert db.foreground_waiting()
        assert not db.foreground_waiting()
    finally:
        db.close()


def test_a_background_import_makes_way_for_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "MAKE_WAY_SECONDS", 0.05)
    made = _packages(tmp_path, "red", "green", "blue")
    office = tmp_path / "office"
    db = Database(office)
    seen: list[list[bool]] = []
    results: list = []
    try:
        # While the window has database work open (here: a session held on the main thread),
        # the import commits after every package instead of batching them.
        with db.session():
            worker = threading.Thread(
                target=lambda: results.extend(
                    import_packages(
                        db,
                        [p for p, _ in made],
                        progress=lambda *_: seen.append(
                            [_company(office, a) is not None for _, a in made]
                        ),
                    )
                )
            )
            worker.start()
            worker.join()
    finally:
        db.close()
    assert [r.status for r in results] == ["imported"] * 3
    assert seen == [[True, False, False], [True, True, False], [True, True, True]]
