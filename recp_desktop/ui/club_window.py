"""The facilitator's clubs: club list, sessions, participants, attendance, homework, progress.

Opened from *Clubs > RECP Clubs…*. Every edit is saved when made (the storage layer commits);
attendance ticks are undoable (Ctrl+Z). Progress is read from the participant companies' club
self-audits (their imported packages), refreshed whenever the tab is shown. *Write
certificates…* signs a PDF for everyone who qualifies, in the background with a progress
dialog that can cancel (:mod:`recp_desktop.ui.club_tasks`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain.numbers import format_date
from recp_desktop.domain.regions import region_name
from recp_desktop.storage import clubs
from recp_desktop.storage.club_progress import club_progress
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.ui.club_attendance import AttendanceModel, AttendanceView
from recp_desktop.ui.club_dialogs import (
    ClubDialog,
    HomeworkDialog,
    ParticipantDialog,
    SessionDialog,
)
from recp_desktop.ui.club_progress_view import ClubProgressView, fill_table, new_table
from recp_desktop.ui.i18n import current_language
from recp_desktop.ui.labels import calculator_label
from recp_desktop.ui.tasks import TaskRunner

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "az": "Azərbaycanca"}


class ClubWindow(QDialog):
    """The clubs of this data folder and everything about the selected one."""

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tasks = db, tasks
        self.view: clubs.ClubView | None = None
        self.setObjectName("clubWindow")
        self.resize(1100, 680)
        self.undo = QUndoStack(self)
        self.act_undo = QAction(self, shortcut=QKeySequence.Undo)
        self.act_undo.triggered.connect(self.undo.undo)
        self.act_redo = QAction(self, shortcut=QKeySequence("Ctrl+Shift+Z"))
        self.act_redo.triggered.connect(self.undo.redo)
        self.addActions([self.act_undo, self.act_redo])

        self.club_list = QListWidget()
        self.club_list.currentItemChanged.connect(lambda *_: self._club_chosen())
        self.new_club = QPushButton()
        self.new_club.clicked.connect(self.create_club)
        self.edit_club = QPushButton(clicked=self.on_edit_club)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.clubs_label = QLabel()
        self.clubs_label.setBuddy(self.club_list)
        left_layout.addWidget(self.clubs_label)
        left_layout.addWidget(self.club_list)
        left_layout.addWidget(self.new_club)
        left_layout.addWidget(self.edit_club)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.PlainText)
        self.tabs = QTabWidget()
        self.sessions = new_table(2)
        self.participants = new_table(4)
        self.attendance_model = AttendanceModel(db, self.undo, self)
        self.attendance = AttendanceView(self.attendance_model)
        self.homework = new_table(4)
        self.progress = ClubProgressView()
        self.progress.sig_company_open_requested.connect(self.open_company)
        self.add_session = QPushButton(clicked=self.on_add_session)
        self.add_participant = QPushButton(clicked=self.on_add_participant)
        self.import_csv = QPushButton(clicked=self.on_import_csv)
        self.add_homework = QPushButton(clicked=self.on_add_homework)
        self.attendance_hint = QLabel()
        self.attendance_hint.setWordWrap(True)
        self.remove_buttons = {}
        for kind, table in (
            ("session", self.sessions),
            ("participant", self.participants),
            ("homework", self.homework),
        ):
            button = QPushButton(clicked=lambda _c=False, k=kind, t=table: self.on_remove(k, t))
            self.remove_buttons[kind] = button
        self.tabs.addTab(
            self._page(self.sessions, self.add_session, self.remove_buttons["session"]), ""
        )
        self.tabs.addTab(
            self._page(self.participants, self.add_participant, self.remove_buttons["participant"]),
            "",
        )
        self.tabs.addTab(self._page(self.attendance, self.import_csv, self.attendance_hint), "")
        self.tabs.addTab(
            self._page(self.homework, self.add_homework, self.remove_buttons["homework"]), ""
        )
        self.tabs.addTab(self.progress, "")
        self.tabs.currentChanged.connect(lambda _i: self.refresh_progress())
        self.attendance_model.sig_changed.connect(self.refresh_progress)

        self.certificate_language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.certificate_language.addItem(name, code)
        self.certificate_language.setCurrentIndex(
            max(0, self.certificate_language.findData(current_language()))
        )
        self.write_certificates = QPushButton(clicked=self.on_write_certificates)
        self.verify = QPushButton(clicked=self.on_verify)
        self.close_button = QPushButton(clicked=self.close)
        buttons = QHBoxLayout()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.certificate_language)
        buttons.addWidget(self.language_label)
        buttons.addWidget(self.certificate_language)
        buttons.addWidget(self.write_certificates)
        buttons.addWidget(self.verify)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for button in self.findChildren(QPushButton):  # Enter belongs to the tables, not a button
            button.setAutoDefault(False)
            button.setDefault(False)
        self.retranslate()
        self.reload()

    @staticmethod
    def _page(main: QWidget, *extra: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(main, 1)
        row = QHBoxLayout()
        for widget in extra:
            row.addWidget(widget, 1 if isinstance(widget, QLabel) else 0)
        if not any(isinstance(w, QLabel) for w in extra):
            row.addStretch(1)
        layout.addLayout(row)
        return page

    # -- data ----------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the club list again, keeping (or moving to) the selected club."""
        keep = select or (self.view.club.id if self.view else None)
        self.club_list.blockSignals(True)
        self.club_list.clear()
        for row in clubs.list_clubs(self.db):
            item = QListWidgetItem(row.name)
            item.setData(Qt.UserRole, row.id)
            item.setToolTip(", ".join(p for p in (row.city, row.country) if p))
            self.club_list.addItem(item)
            if row.id == keep:
                self.club_list.setCurrentItem(item)
        if self.club_list.currentItem() is None and self.club_list.count():
            self.club_list.setCurrentRow(0)
        self.club_list.blockSignals(False)
        self._club_chosen()

    def current_club_id(self) -> str | None:
        item = self.club_list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _club_chosen(self) -> None:
        club_id = self.current_club_id()
        self.undo.clear()  # undo steps belong to the club they were made in
        self.view = clubs.club_view(self.db, club_id) if club_id else None
        self._show()

    def _show(self) -> None:
        view, language = self.view, current_language()
        for widget in (
            self.tabs,
            self.edit_club,
            self.write_certificates,
            self.add_session,
            self.add_participant,
            self.add_homework,
            self.import_csv,
        ):
            widget.setEnabled(view is not None)
        self.attendance_model.load(view)
        if view is None:
            self.header.setText(self.tr("No club yet: press New club… to start one."))
            for table in (self.sessions, self.participants, self.homework):
                table.setRowCount(0)
            self.refresh_progress()
            return
        c = view.club
        place = ", ".join(p for p in (c.city, region_name(c.region, language)) if p)
        needed = (
            self.tr("all homework")
            if c.min_homework is None
            else self.tr("%n homework", "", c.min_homework)
        )
        self.header.setText(
            self.tr(
                "{name} — {place}. Facilitator: {facilitator}. "
                "A certificate needs {sessions} and {homework}."
            ).format(
                name=c.name,
                place=place or c.country,
                facilitator=c.facilitator or "—",
                sessions=self.tr("%n session(s)", "", c.min_sessions),
                homework=needed,
            )
        )
        fill_table(
            self.sessions,
            [[format_date(s.held_on, language), s.topic] for s in view.sessions],
            [s.id for s in view.sessions],
        )
        fill_table(
            self.participants,
            [[m.name, m.position, m.company, m.email] for m in view.members],
            [m.id for m in view.members],
        )
        fill_table(
            self.homework,
            [
                [
                    self.kind_label(h.kind),
                    self.target_label(h.kind, h.target),
                    h.title,
                    format_date(h.due_on, language) if h.due_on else "—",
                ]
                for h in view.homework
            ],
            [h.id for h in view.homework],
        )
        self.refresh_progress()

    def kind_label(self, kind: str) -> str:
        return {
            "baseline": self.tr("Baseline data"),
            "checklist": self.tr("Checklist"),
            "calculator": self.tr("Quick-win calculation"),
        }.get(kind, kind)

    def target_label(self, kind: str, target: str) -> str:
        if kind == "calculator":
            return calculator_label(target)
        if kind == "checklist":
            from recp_desktop.storage.templates import template_registry

            template = template_registry(self.db).find(target)
            if template is not None:
                language = current_language()
                return template.title.get(language) or template.title.get("en") or target
        return target or "—"

    def refresh_progress(self) -> None:
        """Homework per company, eligibility per participant, the club's quick wins."""
        state = club_progress(self.db, self.view.club.id) if self.view else None
        self.progress.show_state(state, self.kind_label)

    # -- actions -------------------------------------------------------------------------------
    def create_club(self) -> None:
        dialog = ClubDialog(self.db, self)
        if dialog.exec() and dialog.club is not None:
            self.reload(select=dialog.club.id)

    def open_company(self, enterprise_id: str):
        """Open the company's newest club self-audit in the main window (None if it has none)."""
        from recp_desktop.storage.repository import list_assessments

        audits = [
            r
            for r in list_assessments(self.db)
            if r.enterprise_id == enterprise_id and r.kind == "club"
        ]
        window = self.parent()
        if not audits or not hasattr(window, "open_assessment"):
            QMessageBox.information(
                self,
                self.tr("RECP Clubs"),
                self.tr("This company has no club self-audit here yet: import its package."),
            )
            return None
        newest = max(audits, key=lambda r: (r.start_date or date.min, r.id))
        workspace = window.open_assessment(newest.id)
        window.activateWindow()
        return workspace

    def on_edit_club(self) -> bool:
        """Edit the selected club's name, place, people and criteria."""
        if self.view is None:
            return False
        dialog = ClubDialog(self.db, self, club=self.view.club)
        if dialog.exec() and dialog.club is not None:
            self.reload(select=dialog.club.id)
            return True
        return False

    def _run_form(self, form_class) -> None:
        club_id = self.current_club_id()
        if club_id is None:
            return
        dialog = form_class(self.db, club_id, self)
        if dialog.exec():
            self._club_chosen()

    def on_add_session(self) -> None:
        self._run_form(SessionDialog)

    def on_add_participant(self) -> None:
        self._run_form(ParticipantDialog)

    def on_add_homework(self) -> None:
        self._run_form(HomeworkDialog)

    def on_remove(self, kind: str, table) -> bool:
        """Remove the selected session, participant or homework after asking; True if done."""
        row = table.currentRow()
        if self.view is None or row < 0:
            return False
        record_id = table.item(row, 0).data(Qt.UserRole)
        what = " — ".join(table.item(row, c).text() for c in range(min(2, table.columnCount())))
        box = QMessageBox(
            QMessageBox.Question,
            self.tr("Remove"),
            self.tr("Remove {what}? Its attendance marks go with it.").format(what=what)
            if kind != "homework"
            else self.tr("Remove the homework {what}?").format(what=what),
            QMessageBox.Yes | QMessageBox.No,
            self,
        )
        box.setDefaultButton(QMessageBox.No)
        if box.exec() != QMessageBox.Yes:
            return False
        remove = {
            "session": clubs.remove_session,
            "participant": clubs.remove_participant,
            "homework": clubs.remove_homework,
        }[kind]
        try:
            remove(self.db, record_id)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Remove"), str(exc))
            return False
        self._club_chosen()
        return True

    def on_import_csv(self, path: str | None = None) -> bool:
        """Import attendance from CSV (all rows or none); the errors are shown if refused."""
        from recp_desktop.storage.club_attendance import AttendanceImportError, import_attendance
        from recp_desktop.ui.file_dialogs import open_file_names

        club_id = self.current_club_id()
        if club_id is None:
            return False
        if not path:
            chosen = open_file_names(
                self, self.tr("Import attendance"), self.tr("CSV files (*.csv)")
            )
            if not chosen:
                return False
            path = chosen[0]
        from pathlib import Path

        try:
            result = import_attendance(self.db, club_id, Path(path))
        except (AttendanceImportError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Import attendance"), str(exc))
            return False
        self._club_chosen()
        QMessageBox.information(
            self,
            self.tr("Import attendance"),
            self.tr("{rows} rows read; {changed} marks new or changed.").format(
                rows=result.rows, changed=result.changed
            ),
        )
        return True

    def on_write_certificates(self, folder: str | None = None):
        from recp_desktop.ui.club_tasks import write_certificates

        club_id = self.current_club_id()
        if club_id is None:
            return None
        return write_certificates(
            self, self.db, self.tasks, club_id, self.certificate_language.currentData(), folder
        )

    def on_verify(self, path: str | None = None):
        from recp_desktop.ui.club_tasks import verify_certificate

        return verify_certificate(self, self.db, path)

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self._show()
        elif event.type() == QEvent.ActivationChange and self.isActiveWindow():
            self.refresh_progress()  # packages imported in the main window meanwhile count
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("RECP Clubs"))
        self.clubs_label.setText(self.tr("&Clubs"))
        self.new_club.setText(self.tr("&New club…"))
        self.edit_club.setText(self.tr("&Edit club…"))
        for index, text in enumerate(
            (
                self.tr("&Sessions"),
                self.tr("&Participants"),
                self.tr("&Attendance"),
                self.tr("&Homework"),
                self.tr("P&rogress"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.sessions.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Topic")])
        self.participants.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Company"), self.tr("E-mail")]
        )
        self.homework.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Which"), self.tr("Title"), self.tr("Due")]
        )
        self.add_session.setText(self.tr("A&dd session…"))
        self.add_participant.setText(self.tr("Add par&ticipant…"))
        self.add_homework.setText(self.tr("Add homewor&k…"))
        for button in self.remove_buttons.values():
            button.setText(self.tr("Re&move…"))
        self.import_csv.setText(self.tr("&Import from CSV…"))
        self.attendance_hint.setText(
            self.tr(
                "Arrows move; Space marks the selected cells attended or not; Delete marks them "
                "absent; Ctrl+Z undoes. Every tick is saved at once."
            )
        )
        self.language_label.setText(self.tr("Certificate &language:"))
        self.write_certificates.setText(self.tr("&Write certificates…"))
        self.verify.setText(self.tr("&Verify a certificate…"))
        self.close_button.setText(self.tr("Close"))
        self.act_undo.setText(self.tr("Undo"))
        self.act_redo.setText(self.tr("Redo"))
