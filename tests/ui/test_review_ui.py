"""The review bar: submit, the question before editing a submitted assessment, a returned
assessment's banner, approve and return from the window by keyboard; screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPlainTextEdit

from recp_desktop.storage import review
from recp_desktop.ui.workspace import PAGE_OVERVIEW
from tests.ui.helpers import create_demo


def _answer_next_box(button: QMessageBox.StandardButton) -> QTimer:
    """Press ``button`` of the next message box once it is up."""
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            box.button(button).click()

    timer.timeout.connect(check)
    timer.start()
    return timer


def _type_return_comment(text: str) -> QTimer:
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            timer.stop()
            dialog.findChild(QPlainTextEdit).setPlainText(text)
            dialog.accept()

    timer.timeout.connect(check)
    timer.start()
    return timer


def _shots(window) -> Path:
    out = Path(os.environ.get("RECP_SCREENSHOTS", "") or (Path(window.db.folder) / "shots"))
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_submit_then_editing_asks_to_withdraw(open_window, qtbot) -> None:
    window = open_window()
    workspace = create_demo(window, qtbot)
    bar = workspace.review_bar
    sid = workspace.assessment.id
    assert bar.state_label.text() == "Review: Draft" and not bar.banner.isVisible()
    assert bar.btn_submit.isVisible() and not bar.btn_approve.isVisible()
    qtbot.mouseClick(bar.btn_submit, Qt.LeftButton)
    assert review.status(window.db, sid).state == "submitted"
    assert bar.btn_approve.isVisible() and bar.btn_return.isVisible()
    assert bar.btn_withdraw.isVisible() and not bar.btn_submit.isVisible()

    page = workspace.show_area("energy")
    view = page.view
    view.setFocus()
    view.go_to_row(0)
    before = page.model.answers if hasattr(page.model, "answers") else None
    timer = _answer_next_box(QMessageBox.No)  # keep it submitted: the key is dropped
    qtbot.keyClick(view, Qt.Key_Y)
    timer.stop()
    assert review.status(window.db, sid).state == "submitted"
    assert "withdraw the submission" in window.statusBar().currentMessage()
    if before is not None:
        assert page.model.answers == before
    timer = _answer_next_box(QMessageBox.Yes)
    qtbot.keyClick(view, Qt.Key_N)
    timer.stop()
    status = review.status(window.db, sid)
    assert [e.state for e in status.history] == ["submitted", "draft"]
    assert bar.state_label.text() == "Review: Draft"
    # A draft is edited without a question (none is answered here: the test would block).
    qtbot.keyClick(view, Qt.Key_Down)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_returned_assessment_shows_the_comment_and_a_supervisor_acts_by_keyboard(
    open_window, qtbot, language: str
) -> None:
    window = open_window(language)
    workspace = create_demo(window, qtbot)
    sid = workspace.assessment.id
    bar = workspace.review_bar
    review.submit(window.db, sid, by="Aysel")
    bar.refresh()
    workspace.show_page(PAGE_OVERVIEW)
    # The supervisor's controls, reachable with Tab and taken with Space.
    assert all(b.focusPolicy() & Qt.TabFocus for b in (bar.btn_approve, bar.btn_return))
    assert "&" in bar.btn_approve.text() and "&" in bar.btn_return.text()  # Alt+letter
    window.grab().save(str(_shots(window) / f"review-submitted-{language}.png"))
    comment = "Водный баланс: 12 000 м³ или 1 200? Проверьте показания счётчика."
    bar.btn_return.setFocus()
    timer = _type_return_comment(comment)
    qtbot.keyClick(bar.btn_return, Qt.Key_Space)
    timer.stop()
    status = review.status(window.db, sid)
    assert (status.state, status.comment) == ("returned", comment)
    assert bar.banner.isVisible() and comment in bar.banner_text.text()
    assert status.event.by in bar.banner_text.text()
    window.grab().save(str(_shots(window) / f"review-returned-{language}.png"))
    # Reopened later, the expert sees the same banner.
    reopened = window.open_assessment(sid)
    assert reopened.review_bar.banner.isVisible()
    assert comment in reopened.review_bar.banner_text.text()
    # Submitted again and approved from the keyboard.
    qtbot.mouseClick(reopened.review_bar.btn_submit, Qt.LeftButton)
    reopened.review_bar.btn_approve.setFocus()
    qtbot.keyClick(reopened.review_bar.btn_approve, Qt.Key_Space)
    assert review.status(window.db, sid).state == "approved"
    assert not reopened.review_bar.banner.isVisible()
    with window.db.engine.connect() as connection:
        assert review.approved_assessment_ids(connection) == {sid}


def test_companies_that_look_the_same_are_listed_and_merged(open_window, qtbot) -> None:
    from recp_desktop.storage.repository import (
        create_assessment,
        create_enterprise,
        list_enterprises,
    )
    from recp_desktop.ui.duplicates_dialog import ID_ROLE, DuplicatesDialog

    window = open_window()
    db = window.db
    a = create_enterprise(db, name="«Bakı Çörək» ASC", country="AZ", city="Bakı")
    b = create_enterprise(db, name="BAKI ÇÖRƏK", country="AZ", city="Bakı", registration_no="1700")
    other = create_enterprise(db, name="Gəncə Tekstil", country="AZ", city="Gəncə")
    create_assessment(db, a.id, kind="full", title="Aysel", currency="AZN")
    create_assessment(db, b.id, kind="club", title="Rauf", currency="AZN")
    create_assessment(db, b.id, kind="full", title="Rauf 2", currency="AZN")
    dialog = DuplicatesDialog(db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tree.topLevelItemCount() == 1
    # The company with more assessments is proposed; the arrows pick the other.
    assert dialog.tree.currentItem().data(0, ID_ROLE) == b.id
    dialog.grab().save(str(_shots(window) / "companies-look-alike-en.png"))
    assert dialog.merge_selected(confirm=False) == 1
    assert {e.id for e in list_enterprises(db)} == {b.id, other.id}
    assert dialog.empty.isVisible() and not dialog.tree.isVisible()
    dialog.close()


def _visible_steps(bar) -> set[str]:
    buttons = {
        "submit": bar.btn_submit,
        "withdraw": bar.btn_withdraw,
        "reopen": bar.btn_reopen,
        "approve": bar.btn_approve,
        "return": bar.btn_return,
    }
    return {name for name, button in buttons.items() if button.isVisible()}


def test_an_approved_assessment_is_reopened_not_withdrawn(open_window, qtbot) -> None:
    """Withdrawing a submission makes sense only while submitted (tryout finding: an approved
    assessment offered "Withdraw submission"); an approved one is reopened, after a question."""
    window = open_window()
    workspace = create_demo(window, qtbot)
    bar = workspace.review_bar
    sid = workspace.assessment.id
    workspace.show_page(PAGE_OVERVIEW)
    # What each state offers (domain/review.py's STEPS, written out by hand).
    assert _visible_steps(bar) == {"submit"}
    review.submit(window.db, sid, by="Aysel")
    bar.refresh()
    assert _visible_steps(bar) == {"withdraw", "approve", "return"}
    review.take_step(window.db, sid, "returned", by="Giorgi", comment="Check the gas bills.")
    bar.refresh()
    assert _visible_steps(bar) == {"submit"}
    review.submit(window.db, sid, by="Aysel")
    review.take_step(window.db, sid, "approved", by="Giorgi")
    bar.refresh()
    assert _visible_steps(bar) == {"reopen"}
    assert bar.btn_reopen.text() == "Re&open for editing…"
    window.grab().save(str(_shots(window) / "review-approved-en.png"))

    timer = _answer_next_box(QMessageBox.No)  # the question, answered No: still approved
    qtbot.mouseClick(bar.btn_reopen, Qt.LeftButton)
    timer.stop()
    assert review.status(window.db, sid).state == "approved"
    timer = _answer_next_box(QMessageBox.Yes)
    bar.btn_reopen.setFocus()
    qtbot.keyClick(bar.btn_reopen, Qt.Key_Space)
    timer.stop()
    assert review.status(window.db, sid).state == "draft"
    assert "Approval withdrawn" in window.statusBar().currentMessage()
    assert _visible_steps(bar) == {"submit"}
