"""What a new user met in the window (issue 10 §7): shortcuts, undo texts and undoable
options, the saved label, refused photos, geometry, search, file dialogs, payback."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRect, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence

from recp_desktop.checklists import localized
from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.options import add_option, list_options
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.ui.file_dialogs import documents_folder, remember_folder, start_folder
from recp_desktop.ui.geometry import fit, restore_geometry
from recp_desktop.ui.main_window import redo_shortcuts
from recp_desktop.ui.options_page import COL_PAYBACK
from tests.ui.helpers import create_demo


def _assessment(window, **company) -> str:
    fields = {"name": "Rustavi Steel Pipes", "country": "GE", "city": "Rustavi"} | company
    enterprise = create_enterprise(window.db, **fields)
    assessment = create_assessment(
        window.db, enterprise.id, kind="full", title="Audit", currency="GEL", team="Nino Beridze"
    )
    return assessment.id


def test_no_key_is_bound_twice_and_redo_answers_ctrl_shift_z(open_window, qtbot) -> None:
    window = open_window()
    bound: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            bound.setdefault(key.toString(), []).append(action.text())
    twice = {key: names for key, names in bound.items() if len(names) > 1}
    assert not twice, twice  # a key bound twice is an "ambiguous shortcut overload"
    assert QKeySequence("Ctrl+Shift+Z") in window.act_redo.shortcuts()
    # on GNOME and KDE the platform's Redo already is Ctrl+Shift+Z: it must come once
    gnome = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    keys = [k.toString() for k in redo_shortcuts(gnome)]
    assert keys == ["Ctrl+Shift+Z", "Ctrl+Y"]
    windows = [QKeySequence("Ctrl+Y")]
    assert [k.toString() for k in redo_shortcuts(windows)] == ["Ctrl+Y", "Ctrl+Shift+Z"]

    assessment_id = _assessment(window)
    page = window.open_assessment(assessment_id).show_area("energy")
    page.view.setFocus()
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.question_at(r).answer_type == "yes_no_na"
    )
    page.view.go_to_row(row)
    question = page.model.question_at(row)
    window.activateWindow()  # shortcuts act in the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(page.view, Qt.Key_Y)
    assert page.model.state(question.id).value == "yes"
    qtbot.keyClick(page.view, Qt.Key_Z, Qt.ControlModifier)  # the keys, where the user types
    assert page.model.state(question.id).value is None
    qtbot.keyClick(page.view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert page.model.state(question.id).value == "yes"
    assert load_answers(window.db, assessment_id)[question.id].value == "yes"


def test_undo_names_the_question_by_its_text(open_window, qtbot) -> None:
    window = open_window()
    page = window.open_assessment(_assessment(window)).show_area("energy")
    page.view.setFocus()
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.question_at(r).answer_type == "yes_no_na"
    )
    page.view.go_to_row(row)
    question = page.model.question_at(row)
    qtbot.keyClick(page.view, Qt.Key_Y)
    text = window.act_undo.text()
    assert question.id not in text
    words = " ".join(localized(question.text, "en").split())
    assert text.startswith("Undo answer to “") and words[:30] in text
    assert len(text) < 80  # a long question is shortened for the menu


def test_new_option_and_add_as_option_can_be_undone(open_window, qtbot) -> None:
    window = open_window()
    workspace = create_demo(window, qtbot)
    assessment_id = workspace.assessment.id
    before = len(list_options(window.db, assessment_id))

    options = workspace.show_options()
    options.add_option()  # the New option button
    assert len(list_options(window.db, assessment_id)) == before + 1
    assert window.act_undo.text() == "Undo add option “New option”"
    window.act_undo.trigger()
    assert len(list_options(window.db, assessment_id)) == before
    assert options.model.rowCount() == before
    window.act_redo.trigger()
    assert len(list_options(window.db, assessment_id)) == before + 1

    # *Add as option* in a calculator: the page reports the new option, the workspace records it
    option = add_option(
        window.db, assessment_id, title="Fix the leak", technique="good_housekeeping", area="energy"
    )
    workspace.pages["energy"].sig_option_added.emit(option.id)
    assert window.act_undo.text() == "Undo add option “Fix the leak”"
    window.act_undo.trigger()
    assert option.id not in {o.id for o in list_options(window.db, assessment_id)}


def test_saved_label_follows_photos_and_speaks_the_language(
    open_window, qtbot, tmp_path: Path
) -> None:
    window = open_window()
    assert window.saved_label.text() == "No changes yet"
    window.set_language("ru")
    qtbot.waitUntil(lambda: window.saved_label.text() == "Изменений пока нет")
    window.set_language("az")
    qtbot.waitUntil(lambda: window.saved_label.text() == "Hələ dəyişiklik yoxdur")
    window.set_language("en")
    qtbot.waitUntil(lambda: window.saved_label.text() == "No changes yet")

    page = window.open_assessment(_assessment(window)).show_area("water")
    page.view.go_to_row(0)
    picture = tmp_path / "tap.png"
    Image.new("RGB", (64, 48), "teal").save(picture)
    page.attach_photos([str(picture)])
    assert window.saved_label.text().startswith("All changes saved at")


def test_a_refused_photo_is_said_where_it_was_dropped(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    page = window.open_assessment(_assessment(window)).show_area("water")
    page.view.go_to_row(0)
    fake = tmp_path / "scan.png"
    fake.write_text("not an image")
    page.attach_photos([str(fake)])
    assert page.photo_error.isVisibleTo(page)
    assert "scan.png" in page.photo_error.text()
    assert page.photo_error.text().startswith("Photo refused")
    good = tmp_path / "ok.png"
    Image.new("RGB", (32, 32), "red").save(good)
    page.attach_photos([str(good)])  # the next photo clears it
    assert not page.photo_error.isVisibleTo(page)


def test_geometry_fits_a_small_screen_and_is_remembered(open_window, qtbot) -> None:
    laptop = QRect(0, 0, 1366, 768 - 40)  # a 1366×768 screen less a 40 px taskbar
    assert fit(QRect(100, 50, 1280, 800), laptop) == QRect(86, 0, 1280, 728)
    assert fit(QRect(-500, 900, 300, 200), laptop) == QRect(0, 528, 300, 200)

    window = open_window()
    state = window.ui_state
    state.clear()
    restore_geometry(window, state, laptop)
    qtbot.wait(50)
    frame = window.frameGeometry()
    assert laptop.contains(window.geometry()) and frame.height() <= laptop.height()
    status = window.statusBar()
    bottom = status.mapTo(window, status.rect().bottomLeft()).y() + window.geometry().top()
    assert status.isVisible() and bottom <= laptop.bottom()  # the status bar is on screen

    window.resize(700, 500)  # inside the test screen (offscreen: 800×800)
    window.move(60, 40)
    window.close()
    again = open_window()
    assert (again.size().width(), again.size().height()) == (700, 500)


def test_home_search_finds_city_sector_and_team(open_window, qtbot) -> None:
    window = open_window()
    _assessment(window, name="Batumi Wine", city="Batumi", nace="11.02")
    _assessment(window, name="Kutaisi Bread", city="Kutaisi", nace="10.71")
    window.show_home()
    home = window.home
    for text, expected in (
        ("batumi", ["Batumi Wine"]),  # city (and name)
        ("10.71", ["Kutaisi Bread"]),  # sector, not a visible column
        ("kutaisi", ["Kutaisi Bread"]),
        ("beridze", ["Batumi Wine", "Kutaisi Bread"]),  # the team
        ("nino kutaisi", ["Kutaisi Bread"]),  # every word must match
        ("", ["Batumi Wine", "Kutaisi Bread"]),
    ):
        home.search.setText(text)
        shown = sorted(home.proxy.index(r, 0).data() for r in range(home.proxy.rowCount()))
        assert shown == expected, text


def test_file_dialogs_start_in_documents_then_the_last_folder(
    open_window, qtbot, tmp_path: Path
) -> None:
    window = open_window()
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    assert start_folder(window) == (documents or documents_folder())
    folder = tmp_path / "usb stick"
    folder.mkdir()
    remember_folder(window, folder / "plant.recp")
    assert start_folder(window) == str(folder)
    window.close()
    again = open_window()  # remembered with the data folder
    assert start_folder(again) == str(folder)
    folder.rmdir()  # a folder that is gone is not offered
    assert start_folder(again) == documents_folder()


def test_overview_and_options_write_payback_as_the_pdf_does(open_window, qtbot) -> None:
    from recp_desktop.report.fmt import Formatter

    window = open_window()
    assessment_id = _assessment(window)
    # 100 GEL for 1 200 GEL a year: one month, which "0.0 years" hid
    add_option(
        window.db,
        assessment_id,
        title="Timer on the extract fan",
        technique="better_process_control",
        area="energy",
        investment=100.0,
        saving_money=1200.0,
    )
    month = Formatter("en").payback(100 / 1200)  # what the PDF writes
    assert month.replace("\u00a0", " ") == "1 month"
    workspace = window.open_assessment(assessment_id)
    assert f"payback {month}." in workspace.overview.savings.text()
    assert "years" not in workspace.overview.savings.text()
    options = workspace.show_options()
    assert f"payback {month}" in options.totals.text()
    assert options.model.index(0, COL_PAYBACK).data() == month
    window.set_language("ru")
    in_russian = Formatter("ru").payback(100 / 1200)
    assert in_russian.startswith("1") and "месяц" in in_russian
    qtbot.waitUntil(lambda: in_russian in workspace.overview.savings.text())


def test_undo_names_the_question_in_russian(open_window, qtbot) -> None:
    window = open_window("ru")
    try:
        page = window.open_assessment(_assessment(window)).show_area("energy")
        page.view.setFocus()
        row = next(
            r
            for r in range(page.model.rowCount())
            if page.model.question_at(r).answer_type == "yes_no_na"
        )
        page.view.go_to_row(row)
        qtbot.keyClick(page.view, Qt.Key_Y)
        # lupdate filed the text under the context "model" while Qt looked it up under
        # "ChecklistModel": the menu read "Отменить answer to “…”"
        text = window.act_undo.text()
        assert "answer to" not in text and "ответ на вопрос «" in text, text
    finally:
        window.translator.set_language("en")
