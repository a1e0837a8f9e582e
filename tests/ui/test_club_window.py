"""The facilitator's club window, driven with the keyboard: attendance ticks saved and undone,
progress shown, certificates written in the background and verified from the app."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from recp_desktop.storage import clubs
from recp_desktop.storage.baseline import BaselineValue, save_baseline
from recp_desktop.storage.options import add_option
from recp_desktop.storage.repository import create_assessment, create_enterprise

SHOTS = os.environ.get("RECP_SCREENSHOTS")  # a folder to save screenshots into, if set


class Boxes:
    """Answers every message box that opens, keeping its text."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.answer = QMessageBox.Yes  # for a question: the button to press
        self.timer = QTimer()
        self.timer.timeout.connect(self._close)
        self.timer.start(50)

    def _close(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            self.texts.append(widget.text())
            button = widget.button(self.answer)
            if button is not None:
                button.click()
            else:
                widget.accept()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def boxes():
    answering = Boxes()
    yield answering
    answering.stop()


def _club(db):
    c = clubs.create_club(
        db,
        name="Borisov RECP Club",
        country="BY",
        region="BY-MI",
        city="Borisov",
        facilitator="Alena Kavaleva",
        organiser="National RECP Centre",
        min_sessions=2,
        min_homework=1,
    )
    for day, topic in ((4, "Baseline data"), (18, "Energy and compressed air"), (25, "Water")):
        clubs.add_session(db, c.id, date(2021, 2, day), topic)
    dairy = create_enterprise(db, name="Borisov Dairy", country="BY")
    flax = create_enterprise(db, name="Orsha Flax", country="BY")
    clubs.add_participant(db, c.id, dairy.id, "Olga Ivanova", "Chief engineer")
    clubs.add_homework(db, c.id, "baseline", title="Resource bills", due_on=date(2021, 2, 17))
    clubs.add_homework(db, c.id, "calculator", "water-leak", "A leak in money", date(2021, 3, 1))
    audit = create_assessment(db, dairy.id, kind="club", title="Self-audit", currency="BYN")
    save_baseline(db, audit.id, "electricity", BaselineValue(120000, "kWh", 21000))
    add_option(
        db,
        audit.id,
        title="Switch off idle motors",
        technique="good_housekeeping",
        area="energy",
        saving_money=2500.0,
        saving_energy_kwh=10000.0,
    )
    clubs.add_participant(db, c.id, flax.id, "Pavel Sidorov")
    return c


def _marks(db, club_id):
    view = clubs.club_view(db, club_id)
    names = {m.id: m.name for m in view.members}
    days = {s.id: s.held_on.day for s in view.sessions}
    return {(names[p], days[s]) for (s, p), present in view.attendance.items() if present}


def test_attendance_by_keyboard_with_undo_then_certificates(
    open_window, qtbot, boxes, tmp_path: Path
) -> None:
    window = open_window()
    c = _club(window.db)
    window.clubs_menu.act_clubs.trigger()
    clubs_window = window.clubs_menu.club_window
    with qtbot.waitActive(clubs_window):
        clubs_window.activateWindow()
    assert clubs_window.club_list.currentItem().text() == "Borisov RECP Club"

    clubs_window.tabs.setCurrentIndex(2)  # Attendance
    grid = clubs_window.attendance
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))  # Borisov Dairy's Olga, 4 Feb
    qtbot.keyClick(grid, Qt.Key_Right, Qt.ShiftModifier)  # select 4 and 18 Feb
    qtbot.keyClick(grid, Qt.Key_Space)
    assert _marks(window.db, c.id) == {("Olga Ivanova", 4), ("Olga Ivanova", 18)}
    qtbot.keyClick(grid, Qt.Key_Down)  # Pavel, 18 Feb
    qtbot.keyClick(grid, Qt.Key_Space)
    assert ("Pavel Sidorov", 18) in _marks(window.db, c.id)
    qtbot.keyClick(grid, Qt.Key_Z, Qt.ControlModifier)  # undo Pavel's tick: gone from the file
    assert _marks(window.db, c.id) == {("Olga Ivanova", 4), ("Olga Ivanova", 18)}
    qtbot.keyClick(grid, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo
    qtbot.keyClick(grid, Qt.Key_Delete)  # and clear it again
    assert _marks(window.db, c.id) == {("Olga Ivanova", 4), ("Olga Ivanova", 18)}

    clubs_window.tabs.setCurrentIndex(4)  # Progress
    people = clubs_window.progress.people
    rows = {people.item(r, 0).text(): people.item(r, 3).text() for r in range(people.rowCount())}
    assert rows == {"Olga Ivanova": "Yes", "Pavel Sidorov": "Not yet"}
    companies = clubs_window.progress.companies
    assert [companies.item(r, 2).text() for r in range(companies.rowCount())] == ["1/2", "0/2"]
    assert companies.item(0, 3).text() == "✓ 1/1"  # the bills
    assert companies.item(0, 4).text() == "⚠ 0/1"  # no leak calculated, due 1 March 2021
    wins = clubs_window.progress.quick_wins.text()
    assert "2,500\u00a0BYN a year from 1 option(s) (10,000 kWh, 0 m³)" in wins
    assert people.item(1, 3).toolTip() == (
        "attended 0 of the 2 sessions required; his or her company did 0 of the 1 homework required"
    )
    if SHOTS:
        clubs_window.grab().save(str(Path(SHOTS) / "club-progress-en.png"))
        clubs_window.tabs.setCurrentIndex(2)
        clubs_window.grab().save(str(Path(SHOTS) / "club-attendance-en.png"))

    out = tmp_path / "certificates"
    out.mkdir()
    task = clubs_window.on_write_certificates(str(out))
    qtbot.waitUntil(lambda: any("written" in t for t in boxes.texts), timeout=60_000)
    qtbot.waitUntil(lambda: not window.tasks.tasks, timeout=10_000)
    assert task is not None
    written = sorted(out.glob("*.pdf"))
    assert len(written) == 1 and "Olga-Ivanova" in written[0].name

    result = clubs_window.on_verify(str(written[0]))
    assert result.ok
    assert any(t.startswith("Valid certificate") for t in boxes.texts)
    damaged = tmp_path / "damaged.pdf"
    data = bytearray(written[0].read_bytes())
    data[len(data) // 3] ^= 0x04
    damaged.write_bytes(bytes(data))
    assert not window.clubs_menu.verify(str(damaged)).ok
    assert any("changed after it was signed" in t for t in boxes.texts)

    companies = clubs_window.progress.companies  # Enter on a company opens its self-audit
    companies.setFocus()
    companies.setCurrentCell(0, 0)
    qtbot.keyClick(companies, Qt.Key_Return)
    assert window.workspace is not None
    assert (window.workspace.assessment.kind, window.workspace.enterprise.name) == (
        "club",
        "Borisov Dairy",
    )
    clubs_window.close()


def test_a_new_club_typed_in_the_form(open_window, qtbot) -> None:
    from recp_desktop.ui.club_dialogs import (
        ClubDialog,
        HomeworkDialog,
        ParticipantDialog,
        SessionDialog,
    )

    window = open_window()
    dialog = ClubDialog(window.db, window)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Orsha RECP Club")
    dialog.country.setCurrentIndex(dialog.country.findData("BY"))
    qtbot.keyClicks(dialog.city, "Orsha")
    qtbot.keyClick(dialog.name, Qt.Key_Return)
    assert dialog.result() == ClubDialog.Accepted
    assert [r.name for r in clubs.list_clubs(window.db)] == ["Orsha RECP Club"]

    session = SessionDialog(window.db, dialog.club.id, window)
    session.show()
    session.accept()  # no topic
    assert "needs a topic" in session.error.text() and session.isVisible()
    qtbot.keyClicks(session.topic, "Water")
    qtbot.keyClick(session.topic, Qt.Key_Return)
    assert clubs.list_clubs(window.db)[0].sessions == 1

    edit = ClubDialog(window.db, window, club=dialog.club)
    edit.show()
    assert edit.city.text() == "Orsha" and edit.all_homework.isChecked()
    edit.min_sessions.selectAll()
    qtbot.keyClicks(edit.min_sessions, "4")
    edit.all_homework.setChecked(False)
    edit.min_homework.selectAll()
    qtbot.keyClicks(edit.min_homework, "2")
    qtbot.keyClick(edit.city, Qt.Key_Return)
    club = clubs.find_club(window.db, "Orsha RECP Club")
    assert (club.min_sessions, club.min_homework, club.city) == (4, 2, "Orsha")

    homework = HomeworkDialog(window.db, club.id, window)
    homework.show()
    homework.kind.setCurrentIndex(homework.kind.findData("checklist"))
    assert homework.target.isEnabled()
    homework.target.setCurrentIndex(homework.target.findData("water"))
    qtbot.keyClick(homework.title, Qt.Key_Return)
    (stored,) = clubs.club_view(window.db, club.id).homework
    assert (stored.kind, stored.target, stored.title) == ("checklist", "water", "Water")

    person = ParticipantDialog(window.db, club.id, window)
    person.show()
    person.accept()  # no company in the folder yet
    assert "Create the company first" in person.error.text()
    create_enterprise(window.db, name="Orsha Flax", country="BY")
    person = ParticipantDialog(window.db, club.id, window)
    person.show()
    qtbot.keyClicks(person.name, "Pavel Sidorov")
    qtbot.keyClick(person.name, Qt.Key_Return)
    assert [(m.name, m.company) for m in clubs.club_view(window.db, club.id).members] == [
        ("Pavel Sidorov", "Orsha Flax")
    ]


@pytest.mark.parametrize("language", ["ru", "az"])
def test_club_window_speaks_the_language(open_window, qtbot, language) -> None:
    window = open_window(language)
    _club(window.db)
    clubs_window = window.clubs_menu.open_clubs()
    qtbot.waitExposed(clubs_window)
    expected = {"ru": "Клубы РЭЧП", "az": "RECP Klubları"}[language]
    assert clubs_window.windowTitle() == expected
    for index in range(clubs_window.tabs.count()):
        clubs_window.tabs.setCurrentIndex(index)
        if SHOTS:
            clubs_window.grab().save(str(Path(SHOTS) / f"club-{index}-{language}.png"))
    clubs_window.close()


def test_remove_asks_first(open_window, qtbot, boxes) -> None:
    window = open_window()
    c = _club(window.db)
    clubs_window = window.clubs_menu.open_clubs()
    table = clubs_window.participants
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Pavel Sidorov")
    table.setCurrentCell(row, 0)
    boxes.answer = QMessageBox.No
    assert not clubs_window.on_remove("participant", table)
    assert len(clubs.club_view(window.db, c.id).members) == 2
    boxes.answer = QMessageBox.Yes
    assert clubs_window.on_remove("participant", table)
    assert [m.name for m in clubs.club_view(window.db, c.id).members] == ["Olga Ivanova"]
    assert any("Remove Pavel Sidorov" in t for t in boxes.texts)
    clubs_window.homework.setCurrentCell(0, 0)
    assert clubs_window.on_remove("homework", clubs_window.homework)
    assert len(clubs.club_view(window.db, c.id).homework) == 1
    clubs_window.close()
