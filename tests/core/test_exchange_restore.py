"""Restoring a backup must not make later edits look older than what was already sent."""

from __future__ import annotations

from pathlib import Path

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.exchange.conflicts import list_conflicts
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.backup import backup_database, restore_backup, restored_marker
from recp_desktop.storage.database import Database
from tests.packages import NUMBER, answer, seed


def _send(db: Database, assessment_id: str, path: Path) -> Path:
    export_assessment(db, assessment_id, path)
    return path


def test_edits_after_a_restore_are_not_taken_for_old_ones(tmp_path: Path) -> None:
    expert, office = Database(tmp_path / "expert"), Database(tmp_path / "office")
    assessment_id = seed(expert, tmp_path)
    assert import_package(office, _send(expert, assessment_id, tmp_path / "1.recp")).ok
    backup = backup_database(expert.path, expert.folder, "manual")
    answer(expert, assessment_id, NUMBER, AnswerState(number=6.0, unit="bar"))
    answer(expert, assessment_id, NUMBER, AnswerState(number=6.5, unit="bar"))
    sent = import_package(office, _send(expert, assessment_id, tmp_path / "2.recp"))
    assert sent.counts["updated"] == 1
    old_id = expert.device_id
    expert.close()

    restore_backup(backup, expert.path, expert.folder)  # the answer is back at 7.5 bar
    expert = Database(tmp_path / "expert")
    try:
        assert expert.device_id != old_id
        assert not restored_marker(expert.folder).exists()
        # Nothing exchanged changes meaning: the restored data, sent as it is, is old news.
        again = import_package(office, _send(expert, assessment_id, tmp_path / "3.recp"))
        assert again.ok and again.counts["updated"] == again.counts["conflict"] == 0, again.line()
        # An edit after the restore has a revision the answer already had before it (2 < 3):
        # under the old id the office would take it for an older edit and keep 6.5 silently.
        answer(expert, assessment_id, NUMBER, AnswerState(number=9.0, unit="bar"))
        late = import_package(office, _send(expert, assessment_id, tmp_path / "4.recp"))
        assert late.counts["conflict"] == 1, late.line()
        [conflict] = list_conflicts(office)
        assert conflict.incoming["number"] == 9.0 and conflict.local["number"] == 6.5
        assert conflict.source_device_id == expert.device_id
        assert load_answers(office, assessment_id)[NUMBER].number == 6.5  # until resolved
    finally:
        expert.close()
        office.close()


def test_the_new_id_is_kept_once_the_restore_is_settled(tmp_path: Path) -> None:
    db = Database(tmp_path / "data")
    seed(db, tmp_path)
    backup = backup_database(db.path, db.folder, "manual")
    first = db.device_id
    db.close()
    restore_backup(backup, db.path, db.folder)
    assert restored_marker(db.folder).exists()
    renewed = Database(tmp_path / "data")
    second = renewed.device_id
    renewed.close()
    reopened = Database(tmp_path / "data")
    try:
        assert second != first
        assert reopened.device_id == second
        assert reopened.integrity_check() == "ok"
    finally:
        reopened.close()
