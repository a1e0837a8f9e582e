"""A full or read-only disk gives a clear StorageError, and nothing is half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.storage.answers import load_answers, save_answer
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.repository import create_assessment, create_enterprise
from tests.disks import fill, remount, tmpfs


def _setup(folder: Path):  # -> (Database, assessment)
    db = Database(folder)
    enterprise = create_enterprise(db, name="Gyumri Textiles", country="AM")
    return db, create_assessment(db, enterprise.id, kind="full", currency="AMD")


def test_full_disk(tmp_path: Path, sample_template) -> None:
    with tmpfs(tmp_path / "disk", "3m") as disk:
        db, assessment = _setup(disk / "data")
        filler = fill(disk)
        big_note = "x" * 200_000  # needs new pages, which the full disk cannot give
        with pytest.raises(StorageError, match="full"):
            save_answer(
                db,
                assessment.id,
                sample_template,
                "sample.heat.use",
                AnswerState(number=5, note=big_note),
            )
        filler.unlink()
        save_answer(
            db,
            assessment.id,
            sample_template,
            "sample.heat.use",
            AnswerState(number=5, note=big_note),
        )
        assert load_answers(db, assessment.id)["sample.heat.use"].note == big_note
        assert db.integrity_check() == "ok"
        db.close()


def test_read_only_disk(tmp_path: Path, sample_template) -> None:
    with tmpfs(tmp_path / "disk") as disk:
        db, assessment = _setup(disk / "data")
        db.engine.dispose()  # the app holds no file open between edits the kernel would wait on
        remount(disk, "ro")
        try:
            with pytest.raises(StorageError, match="read-only"):
                save_answer(
                    db, assessment.id, sample_template, "sample.air.has_system", AnswerState("yes")
                )
        finally:
            remount(disk, "rw")
        save_answer(db, assessment.id, sample_template, "sample.air.has_system", AnswerState("yes"))
        assert load_answers(db, assessment.id)["sample.air.has_system"].value == "yes"
        db.close()
