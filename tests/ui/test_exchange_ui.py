"""Packages in the app: export from one device, drop on another, see the summary, settle a
conflict in the conflicts dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from recp_desktop.checklists import builtin_templates
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.storage.answers import load_answers, save_answer
from recp_desktop.ui.app import open_main_window
from recp_desktop.ui.conflicts_dialog import ConflictsDialog
from recp_desktop.ui.exchange import ImportSummary, package_paths
from tests.ui.helpers import create_demo

QUESTION = "energy.compressed_air.discharge_pressure"


def _window(qtbot, folder: Path):
    window = open_main_window(folder, "en")
    qtbot.addWidget(window)
    window.exchange.show_dialogs = False  # results come through signals; no modal boxes
    return window


def _export(qtbot, window, assessment_id: str, target: Path) -> None:
    with qtbot.waitSignal(window.exchange.sig_message, timeout=30_000):
        window.exchange.export_package(assessment_id, target)
    qtbot.waitUntil(lambda: not window.exchange.busy)
    assert target.is_file()


def _import(qtbot, window, paths: list[Path]) -> list:
    with qtbot.waitSignal(window.exchange.sig_imported, timeout=60_000) as blocker:
        window.exchange.import_files(paths)
    qtbot.waitUntil(lambda: not window.exchange.busy)
    return blocker.args[0]


def test_export_drop_import_and_settle_a_conflict(qtbot, tmp_path: Path) -> None:
    field = _window(qtbot, tmp_path / "field")
    create_demo(field, qtbot)
    assessment_id = field.workspace.assessment.id
    first = tmp_path / "first.recp"
    _export(qtbot, field, assessment_id, first)

    desk = _window(qtbot, tmp_path / "desk")
    bogus = tmp_path / "notes.recp"
    bogus.write_text("not a zip", encoding="utf-8")
    assert package_paths([str(tmp_path)]) == sorted([bogus, first])
    results = _import(qtbot, desk, [first, bogus])
    assert [r.status for r in results] == ["imported", "rejected"]
    assert results[0].counts["new"] > 50 and results[1].reason
    summary = ImportSummary(results, desk)
    qtbot.addWidget(summary)
    assert summary.table.item(0, 1).text() == "Imported"
    assert summary.table.item(1, 1).text() == "Refused"
    assert [r.company for r in desk.home.model.rows] == ["Şəki Süd MMC"]  # home refreshed

    # Both devices change the same answer apart; the field's package then meets a conflict.
    energy = builtin_templates()["energy"]
    save_answer(field.db, assessment_id, energy, QUESTION, AnswerState(number=6.5, unit="bar"))
    save_answer(desk.db, assessment_id, energy, QUESTION, AnswerState(number=7.0, unit="bar"))
    second = tmp_path / "second.recp"
    _export(qtbot, field, assessment_id, second)
    results = _import(qtbot, desk, [second])
    assert results[0].counts["conflict"] == 1
    assert load_answers(desk.db, assessment_id)[QUESTION].number == 7.0  # nothing overwritten

    dialog = desk.conflicts_dialog()  # as File > Conflicts… opens it
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("Compressor discharge pressure")
    desk._saved_at = None  # as before any change: the resolution below must stamp the label
    desk._show_saved()
    assert desk.saved_label.text() == "No changes yet"
    rows = {dialog.table.item(r, 0).data(Qt.UserRole): r for r in range(dialog.table.rowCount())}
    assert dialog.table.item(rows["number"], 0).text() == "Number"  # in words, not the field
    assert dialog.table.item(rows["number"], 1).text() == "7\u00a0bar"  # English writes 7.0 so
    assert dialog.table.item(rows["number"], 2).text() == "6.5\u00a0bar"
    assert dialog.table.item(rows["number"], 3).text() == "7"  # edited as a bare number
    assert dialog.resolve("incoming")
    assert dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog)
    assert load_answers(desk.db, assessment_id)[QUESTION].number == 6.5
    assert desk.saved_label.text().startswith("All changes saved at")  # not stale
    field.db.close()
    desk.db.close()


def test_a_conflict_settled_by_an_edit_keeps_units_consistent(qtbot, tmp_path: Path) -> None:
    field = _window(qtbot, tmp_path / "field")
    create_demo(field, qtbot)
    assessment_id = field.workspace.assessment.id
    _export(qtbot, field, assessment_id, tmp_path / "one.recp")
    desk = _window(qtbot, tmp_path / "desk")
    _import(qtbot, desk, [tmp_path / "one.recp"])
    energy = builtin_templates()["energy"]
    save_answer(field.db, assessment_id, energy, QUESTION, AnswerState(number=6.5, unit="bar"))
    save_answer(desk.db, assessment_id, energy, QUESTION, AnswerState(number=7.0, unit="bar"))
    _export(qtbot, field, assessment_id, tmp_path / "two.recp")
    _import(qtbot, desk, [tmp_path / "two.recp"])
    dialog = ConflictsDialog(desk.db, None, desk)
    qtbot.addWidget(dialog)
    assert "discharge pressure" in dialog.list.item(0).text().lower()  # the question, not its id
    rows = {dialog.table.item(r, 0).data(Qt.UserRole): r for r in range(dialog.table.rowCount())}
    assert "number_canonical" not in rows  # derived: recomputed, not edited
    dialog.table.item(rows["number"], 3).setText("100")
    assert "unit" not in rows
    dialog.table.insertRow(dialog.table.rowCount())  # the unit too, as someone might
    from PySide6.QtWidgets import QTableWidgetItem

    last = dialog.table.rowCount() - 1
    for column, text in enumerate(("unit", "bar", "bar", "psi")):
        dialog.table.setItem(last, column, QTableWidgetItem(text))
    assert dialog.resolve("edit")
    answer = load_answers(desk.db, assessment_id)[QUESTION]
    assert (answer.number, answer.unit) == (100, "psi")
    from recp_desktop.storage.models import Answer

    with desk.db.session() as session:
        row = session.query(Answer).filter_by(question_id=QUESTION).one()
        assert abs(row.number_canonical - 6.894757) < 1e-4  # 100 psi in bar
    field.db.close()
    desk.db.close()


def test_dropping_packages_on_the_window_imports_them(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    field = _window(qtbot, tmp_path / "field")
    create_demo(field, qtbot)
    package = tmp_path / "dropped.recp"
    _export(qtbot, field, field.workspace.assessment.id, package)
    desk = _window(qtbot, tmp_path / "desk")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package)), QUrl.fromLocalFile(str(tmp_path / "x.txt"))])
    drop = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(desk.exchange.sig_imported, timeout=60_000) as blocker:
        desk.dropEvent(drop)
    assert [r.path for r in blocker.args[0]] == [package]  # only the package, not the text file
    qtbot.waitUntil(lambda: not desk.exchange.busy)
    assert [r.company for r in desk.home.model.rows] == ["Şəki Süd MMC"]
    field.db.close()
    desk.db.close()
