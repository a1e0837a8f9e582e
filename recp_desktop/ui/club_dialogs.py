"""The forms of the club window: a new club, a session, a participant, a homework assignment.

Each form checks through the storage layer (:mod:`recp_desktop.storage.clubs`) when OK is
pressed and says in red what is wrong; nothing is stored until it is right.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QSpinBox, QWidget

from recp_desktop.domain.calculators import NAMES
from recp_desktop.storage import clubs
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.repository import list_enterprises
from recp_desktop.storage.templates import template_registry
from recp_desktop.ui.dialogs import _country_box, _FormDialog
from recp_desktop.ui.i18n import current_language
from recp_desktop.ui.labels import calculator_label
from recp_desktop.ui.region_box import RegionBox


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ClubDialog(_FormDialog):
    """A new club (or ``club`` edited): name, place, facilitator, organiser, the criteria."""

    def __init__(self, db: Database, parent: QWidget | None = None, club=None) -> None:
        super().__init__(parent)
        self.db = db
        self.editing = club
        self.club = None
        self.setWindowTitle(self.tr("Edit the club") if club else self.tr("New RECP Club"))
        self.name = QLineEdit()
        self.country = _country_box()
        self.region = RegionBox()
        self.region.set_country(self.country.currentData())
        self.country.currentIndexChanged.connect(
            lambda _i: self.region.set_country(self.country.currentData())
        )
        self.city = QLineEdit()
        self.facilitator = QLineEdit()
        self.organiser = QLineEdit()
        self.min_sessions = QSpinBox(minimum=0, maximum=100, value=1)
        self.all_homework = QCheckBox(self.tr("All homework"))
        self.all_homework.setChecked(True)
        self.min_homework = QSpinBox(minimum=0, maximum=100, value=0)
        self.min_homework.setEnabled(False)
        self.all_homework.toggled.connect(lambda on: self.min_homework.setEnabled(not on))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Country:"), self.country)
        self.form.addRow(self.tr("&Region:"), self.region)
        self.form.addRow(self.tr("C&ity:"), self.city)
        self.form.addRow(self.tr("&Facilitator:"), self.facilitator)
        self.form.addRow(self.tr("Issuing &centre:"), self.organiser)
        self.form.addRow(self.tr("Sessions needed for a certificate:"), self.min_sessions)
        self.form.addRow(self.tr("Homework needed:"), self.all_homework)
        self.form.addRow("", self.min_homework)
        if club is not None:
            self.name.setText(club.name)
            self.country.setCurrentIndex(max(0, self.country.findData(club.country)))
            self.region.set_country(club.country)
            self.region.set_value(club.region)
            self.city.setText(club.city)
            self.facilitator.setText(club.facilitator)
            self.organiser.setText(club.organiser)
            self.min_sessions.setValue(club.min_sessions)
            self.all_homework.setChecked(club.min_homework is None)
            if club.min_homework is not None:
                self.min_homework.setValue(club.min_homework)

    def accept(self) -> None:
        fields = dict(
            name=self.name.text(),
            country=self.country.currentData(),
            region=self.region.value(),
            city=self.city.text().strip(),
            facilitator=self.facilitator.text().strip(),
            organiser=self.organiser.text().strip(),
            min_sessions=self.min_sessions.value(),
            min_homework=None if self.all_homework.isChecked() else self.min_homework.value(),
        )
        try:
            if self.editing is None:
                self.club = clubs.create_club(self.db, **fields)
            else:
                self.club = clubs.update_club(self.db, self.editing.id, **fields)
        except (clubs.ClubError, StorageError) as exc:
            self.show_error(str(exc))
            return
        super().accept()


class SessionDialog(_FormDialog):
    """A session of the club: its date and topic."""

    def __init__(self, db: Database, club_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.club_id, self.session = db, club_id, None
        self.setWindowTitle(self.tr("Add a session"))
        self.held_on = _date_edit()
        self.topic = QLineEdit()
        self.form.addRow(self.tr("&Date:"), self.held_on)
        self.form.addRow(self.tr("&Topic:"), self.topic)

    def accept(self) -> None:
        try:
            self.session = clubs.add_session(
                self.db, self.club_id, self.held_on.date().toPython(), self.topic.text()
            )
        except (clubs.ClubError, StorageError) as exc:
            self.show_error(str(exc))
            return
        super().accept()


class ParticipantDialog(_FormDialog):
    """A contact person of a company (chosen among the companies in this data folder)."""

    def __init__(self, db: Database, club_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.club_id, self.participant = db, club_id, None
        self.setWindowTitle(self.tr("Add a participant"))
        self.company = QComboBox()
        for enterprise in list_enterprises(db):
            self.company.addItem(enterprise.name, enterprise.id)
        self.name = QLineEdit()
        self.position = QLineEdit()
        self.email = QLineEdit()
        self.form.addRow(self.tr("C&ompany:"), self.company)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Position:"), self.position)
        self.form.addRow(self.tr("&E-mail:"), self.email)

    def accept(self) -> None:
        if self.company.currentData() is None:
            self.show_error(self.tr("Create the company first (File > New company)."))
            return
        try:
            self.participant = clubs.add_participant(
                self.db,
                self.club_id,
                self.company.currentData(),
                self.name.text(),
                self.position.text().strip(),
                self.email.text().strip(),
            )
        except (clubs.ClubError, StorageError) as exc:
            self.show_error(str(exc))
            return
        super().accept()


class HomeworkDialog(_FormDialog):
    """A homework assignment: baseline data, a checklist or a quick-win calculation."""

    def __init__(self, db: Database, club_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.club_id, self.homework = db, club_id, None
        self.setWindowTitle(self.tr("Add homework"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Baseline data (resource bills)"), "baseline")
        self.kind.addItem(self.tr("A checklist (mini-audit)"), "checklist")
        self.kind.addItem(self.tr("A quick-win calculation"), "calculator")
        self.target = QComboBox()
        self.title = QLineEdit()
        self.due = _date_edit()
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Which:"), self.target)
        self.form.addRow(self.tr("T&itle:"), self.title)
        self.form.addRow(self.tr("&Due:"), self.due)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, _index: int = 0) -> None:
        self.target.clear()
        kind = self.kind.currentData()
        language = current_language()
        if kind == "checklist":
            for template in template_registry(self.db).latest():
                title = template.title.get(language) or template.title.get("en") or template.id
                self.target.addItem(title, template.id)
        elif kind == "calculator":
            for name in NAMES:
                if name != "economics":
                    self.target.addItem(calculator_label(name), name)
        self.target.setEnabled(kind != "baseline")

    def accept(self) -> None:
        kind = self.kind.currentData()
        title = self.title.text().strip() or (
            self.target.currentText() if kind != "baseline" else self.kind.currentText()
        )
        try:
            self.homework = clubs.add_homework(
                self.db,
                self.club_id,
                kind,
                self.target.currentData() or "",
                title,
                self.due.date().toPython(),
            )
        except (clubs.ClubError, StorageError) as exc:
            self.show_error(str(exc))
            return
        super().accept()
