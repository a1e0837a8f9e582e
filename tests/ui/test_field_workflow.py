"""A person's first session: company, assessment, answers from the keyboard, a photo, undo,
close and reopen — everything is still there."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView

from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.photos import list_photos
from recp_desktop.ui.checklist_model import COL_ANSWER, COL_OPPORTUNITY
from recp_desktop.ui.dialogs import AssessmentDialog, CompanyDialog
from tests.ui.helpers import create_demo


def _create_company_and_assessment(window, qtbot) -> str:
    dialog = CompanyDialog(window.db, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Rustavi Steel Pipes")
    dialog.country.setCurrentIndex(dialog.country.findData("GE"))
    qtbot.keyClicks(dialog.city, "Rustavi")
    qtbot.keyClicks(dialog.nace, "24.20")
    dialog.employees.setValue(320)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()

    dialog = AssessmentDialog(window.db, dialog.created.id, window)
    qtbot.addWidget(dialog)
    assert dialog.currency.currentData() == "GEL"  # follows the company's country
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Walkthrough November")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    return dialog.created.id


def _commit_editor(qtbot, window, view) -> None:
    """Press Enter in the open editor; Qt commits it through a queued call."""
    qtbot.keyClick(window.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.EditingState)


def _first_row(model, answer_type: str) -> int:
    return next(
        r for r in range(model.rowCount()) if model.question_at(r).answer_type == answer_type
    )


def test_company_dialog_refuses_a_nameless_company(open_window, qtbot) -> None:
    window = open_window()
    dialog = CompanyDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "name" in dialog.error.text()
    assert dialog.created is None


def test_fill_from_keyboard_photo_undo_and_reopen(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    assert window.home.stack.currentIndex() == 0  # the empty home with its demo button
    assessment_id = _create_company_and_assessment(window, qtbot)
    window.open_assessment(assessment_id)
    window.home.refresh()
    assert window.home.model.rows[0].company == "Rustavi Steel Pipes"

    page = window.workspace.show_area("energy")
    view, model = page.view, page.model
    view.setFocus()
    yes_row = _first_row(model, "yes_no_na")
    view.go_to_row(yes_row)
    first_id = model.question_at(yes_row).id
    qtbot.keyClick(view, Qt.Key_Y)
    assert load_answers(window.db, assessment_id)[first_id].value == "yes"
    assert view.currentIndex().row() == model.row_of(first_id) + 1  # moved on by itself

    # N and A on the following yes/no questions; Enter skips a question.
    next_yes = next(
        r
        for r in range(view.currentIndex().row(), model.rowCount())
        if model.question_at(r).answer_type == "yes_no_na"
    )
    view.go_to_row(next_yes)
    second_id = model.question_at(next_yes).id
    qtbot.keyClick(view, Qt.Key_N)
    row = view.currentIndex().row()
    qtbot.keyClick(view, Qt.Key_Return)
    assert view.currentIndex().row() == row + 1
    assert load_answers(window.db, assessment_id)[second_id].value == "no"

    # A number: text is refused in the row, a number with a unit is stored.
    number_row = _first_row(model, "number")
    number_question = model.question_at(number_row)
    view.go_to_row(number_row)
    qtbot.keyClicks(view, "a")  # the first key opens the row's editor...
    qtbot.keyClicks(window.focusWidget(), "bc")  # ...which then has the focus
    _commit_editor(qtbot, window, view)
    number_row = model.row_of(number_question.id)
    assert number_question.id in model.errors
    assert "⚠" in model.index(number_row, COL_ANSWER).data()
    assert number_question.id not in load_answers(window.db, assessment_id)
    view.go_to_row(number_row)
    qtbot.keyClicks(view, "7")
    _commit_editor(qtbot, window, view)
    stored = load_answers(window.db, assessment_id)[number_question.id]
    assert stored.number == 7 and stored.unit == number_question.unit
    assert number_question.id not in model.errors

    # The opportunity flag from the keyboard.
    view.setCurrentIndex(model.index(model.row_of(first_id), COL_OPPORTUNITY))
    qtbot.keyClick(view, Qt.Key_Space)
    assert load_answers(window.db, assessment_id)[first_id].opportunity is True

    # A photo dropped on the photo strip of the current question; a non-image is refused.
    view.go_to_row(model.row_of(first_id))
    picture = tmp_path / "boiler-room.png"
    Image.new("RGB", (320, 200), "steelblue").save(picture)
    not_a_picture = tmp_path / "readme.png"
    not_a_picture.write_text("hello")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture)), QUrl.fromLocalFile(str(not_a_picture))])
    drop = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    page.photos.dropEvent(drop)
    photos = list_photos(window.db, assessment_id, first_id)
    assert [p.filename for p in photos] == ["boiler-room.png"]
    assert page.photos.count() == 1

    # Undo the flag and the number, redo the number.
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert load_answers(window.db, assessment_id)[first_id].opportunity is False
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert load_answers(window.db, assessment_id)[number_question.id].number is None
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert load_answers(window.db, assessment_id)[number_question.id].number == 7
    assert "saved" in window.saved_label.text()

    answered_before = model.progress()
    window.close()
    window.db.close()

    reopened = open_window()
    reopened.home.refresh()
    row = reopened.home.model.rows[0]
    assert row.assessment is not None and row.assessment.answered >= 3
    workspace = reopened.open_assessment(assessment_id)
    again = workspace.show_area("energy").model
    assert again.progress() == answered_before
    assert again.state(first_id).value == "yes"
    assert again.state(second_id).value == "no"
    assert again.state(number_question.id).number == 7
    assert again.photo_counts.get(first_id) == 1


def test_language_switch_translates_ui_and_templates(open_window, qtbot) -> None:
    window = open_window()
    create_demo(window, qtbot)
    page = window.workspace.show_area("energy")
    english = page.model.index(0, 1).data()
    window.set_language("ru")
    # Qt posts LanguageChange to every widget; the menus follow on the next event-loop turn
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Файл")
    russian = page.model.index(0, 1).data()
    assert russian != english
    assert any("а" <= ch <= "я" for ch in russian.lower())
    assert page.model.headerData(2, Qt.Horizontal) == "Ответ"
    window.set_language("en")
    assert page.model.index(0, 1).data() == english


def test_company_and_assessment_can_be_corrected_later(open_window, qtbot) -> None:
    from recp_desktop.storage.repository import get_assessment

    window = open_window()
    assessment_id = _create_company_and_assessment(window, qtbot)
    workspace = window.open_assessment(assessment_id)
    dialog = CompanyDialog(window.db, window, enterprise=workspace.enterprise)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Rustavi Steel Pipes" and dialog.city.text() == "Rustavi"
    dialog.name.setText("Rustavi Steel Pipe Works")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    dialog = AssessmentDialog(window.db, "", window, assessment=workspace.assessment)
    qtbot.addWidget(dialog)
    assert not dialog.company.isEnabled() and not dialog.currency.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("completed"))
    dialog.end.setDate(dialog.start.date().addDays(-1))
    dialog.accept()
    assert "end before" in dialog.error.text()  # refused, nothing stored
    dialog.end.setDate(dialog.start.date().addDays(30))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assessment, enterprise = get_assessment(window.db, assessment_id)
    assert enterprise.name == "Rustavi Steel Pipe Works" and enterprise.revision == 2
    assert assessment.status == "completed" and assessment.currency == "GEL"
