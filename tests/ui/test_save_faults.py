"""A full disk: what was typed stays on screen, the status bar says so, and it is saved later."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.storage.answers import load_answers
from recp_desktop.ui.app import make_application, open_main_window
from recp_desktop.ui.checklist_model import COL_ANSWER, COL_NOTE
from tests.disks import fill, tmpfs
from tests.ui.helpers import create_demo


def test_full_disk_keeps_input_and_saves_it_later(qtbot, tmp_path: Path) -> None:
    make_application()
    with tmpfs(tmp_path / "disk", "16m") as disk:
        window = open_main_window(disk / "data", "en")
        qtbot.addWidget(window)
        window.show()
        create_demo(window, qtbot)
        page = window.workspace.show_area("water")
        model = page.model
        row = 0
        question = model.question_at(row)
        # Empty the write-ahead log, so that the next write needs fresh disk space (a WAL
        # left large by the demo would take it in its reused pages and never notice).
        checkpoint = sqlite3.connect(window.db.path)
        busy, _log, _done = checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
        checkpoint.close()
        filler = fill(disk)
        long_note = "Leaking valve behind the CIP station. " * 3000  # needs fresh pages
        model.setData(model.index(row, COL_NOTE), long_note, Qt.EditRole)

        assert question.id in model.pending
        assert model.index(row, COL_NOTE).data() == long_note.strip()  # still on screen
        assert "Not saved" in window.saved_label.text()
        assert (
            load_answers(window.db, page.assessment_id).get(question.id, AnswerState()).note
            != long_note.strip()
        )

        filler.unlink()
        qtbot.waitUntil(lambda: not model.pending, timeout=10_000)  # the retry timer saves it
        assert load_answers(window.db, page.assessment_id)[question.id].note == long_note.strip()
        assert "saved" in window.saved_label.text()
        assert model.index(row, COL_ANSWER).data() is not None
        window.close()
        window.db.close()
