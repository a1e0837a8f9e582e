"""The main window: home and workspace, menus, and a status bar that says where data is."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolBar,
)

from recp_desktop import __version__
from recp_desktop.paths import database_path
from recp_desktop.storage.errors import NewerDatabaseError, StorageError
from recp_desktop.ui.i18n import LANGUAGES, Translator

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database
    from recp_desktop.ui.home import HomePage

STYLE = """
QLabel#pageTitle { font-size: 16pt; font-weight: 600; padding: 4px 0; }
QTableView { gridline-color: #d9d9d9; }
QListWidget#workspaceNav { font-size: 11pt; }
QLabel#emptyText { font-size: 12pt; color: #444; }
QListWidget#workspaceNav::item { padding: 6px 4px; }
QTableView::item:selected { background: #1f6feb; color: white; }
"""


class MainWindow(QMainWindow):
    """The app's window. It shows at once; :meth:`attach` then opens the data folder.

    Opening the database loads SQLAlchemy, the checklist templates and the unit registry (about
    a second on a laptop), so the window appears first with a "Opening…" page and fills in.
    """

    sig_ready = Signal()
    """Emitted once the database is open and the home screen is filled."""

    def __init__(self, folder: Path, translator: Translator) -> None:
        super().__init__()
        self.folder = folder
        self.db: Database | None = None
        self.home: HomePage | None = None
        self.translator = translator
        self.workspace = None
        self.undo_group = QUndoGroup(self)
        self._saved_at: QDateTime | None = None
        self.setStyleSheet(STYLE)
        self.resize(1280, 800)

        self.loading = QLabel()
        self.loading.setAlignment(Qt.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.loading)
        self.setCentralWidget(self.stack)

        self.data_label = QLabel()
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.data_label)
        self._build_menus()
        self._set_data_actions_enabled(False)
        translator.sig_language_changed.connect(self._language_changed)
        self.retranslate()

    def attach(self) -> bool:
        """Open the database (migrating it if needed) and show the home screen.

        On failure (a newer database, an unreadable folder, a broken template) the reason is
        shown and the window closes; nothing is written.
        """
        from recp_desktop.checklists import TemplateError, builtin_templates
        from recp_desktop.storage.database import Database
        from recp_desktop.ui.home import HomePage

        try:
            self.db = Database(self.folder)
            builtin_templates()
        except (NewerDatabaseError, StorageError, TemplateError) as exc:
            QMessageBox.critical(self, "RECP Desktop", str(exc))
            self.close()
            return False
        self.home = HomePage(self.db)
        self.home.sig_assessment_open_requested.connect(self.open_assessment)
        self.home.sig_new_company_requested.connect(self.new_company)
        self.home.sig_new_assessment_requested.connect(self.new_assessment)
        self.home.sig_demo_requested.connect(self.create_demo)
        self.stack.addWidget(self.home)
        self.stack.setCurrentWidget(self.home)
        self._set_data_actions_enabled(True)
        self.retranslate()
        self.home.refresh()
        self.sig_ready.emit()
        return True

    def _set_data_actions_enabled(self, enabled: bool) -> None:
        actions = (
            self.act_home,
            self.act_new_company,
            self.act_new_assessment,
            self.act_demo,
            self.act_restore,
        )
        for action in actions:
            action.setEnabled(enabled)

    def restore_from_backup(self, backup_path: Path | None = None) -> bool:
        """Let the user pick a backup (or restore ``backup_path``), then reopen the data."""
        from recp_desktop.storage.backup import restore_backup
        from recp_desktop.ui.backup_dialog import RestoreDialog

        if backup_path is None:
            dialog = RestoreDialog(self.folder, self)
            if not dialog.exec() or dialog.chosen is None:
                return False
            backup_path = dialog.chosen.path
        if self.workspace is not None:
            self._close_workspace()
        self.stack.setCurrentWidget(self.loading)
        if self.home is not None:
            self.stack.removeWidget(self.home)
            self.home.deleteLater()
            self.home = None
        self.db.close()
        self.db = None
        try:
            restore_backup(backup_path, database_path(self.folder), self.folder)
        except (OSError, ValueError, sqlite3.Error) as exc:  # the data stays as it was
            QMessageBox.warning(self, "RECP Desktop", str(exc))
        ok = self.attach()
        if ok:
            self.statusBar().showMessage(self.tr("Backup restored."), 8000)
        return ok

    # --- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_home = QAction(self, shortcut=QKeySequence("Ctrl+H"))
        self.act_home.triggered.connect(self.show_home)
        self.act_new_company = QAction(self, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.act_new_company.triggered.connect(self.new_company)
        self.act_new_assessment = QAction(self, shortcut=QKeySequence.New)
        self.act_new_assessment.triggered.connect(lambda: self.new_assessment(""))
        self.act_demo = QAction(self)
        self.act_demo.triggered.connect(self.create_demo)
        self.act_quit = QAction(self, shortcut=QKeySequence.Quit)
        self.act_quit.triggered.connect(self.close)
        self.act_restore = QAction(self)
        self.act_restore.triggered.connect(self.restore_from_backup)
        for action in (self.act_home, self.act_new_company, self.act_new_assessment, self.act_demo):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_restore)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.edit_menu = bar.addMenu("")
        # Our own actions rather than QUndoGroup's: those keep the text of the language they
        # were created in, and ours are retranslated with the rest of the window.
        self.act_undo = QAction(self, enabled=False)
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_undo.triggered.connect(self.undo_group.undo)
        self.undo_group.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_group.undoTextChanged.connect(self._update_undo_texts)
        self.act_redo = QAction(self, enabled=False)
        self.act_redo.triggered.connect(self.undo_group.redo)
        self.undo_group.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo_group.redoTextChanged.connect(self._update_undo_texts)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.Redo])
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.about)
        self.help_menu.addAction(self.act_about)

        style = self.style()
        self.act_home.setIcon(style.standardIcon(QStyle.SP_DirHomeIcon))
        self.act_new_company.setIcon(style.standardIcon(QStyle.SP_FileDialogNewFolder))
        self.act_new_assessment.setIcon(style.standardIcon(QStyle.SP_FileIcon))
        self.act_undo.setIcon(style.standardIcon(QStyle.SP_ArrowBack))
        self.act_redo.setIcon(style.standardIcon(QStyle.SP_ArrowForward))
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        for action in (self.act_home, self.act_new_company, self.act_new_assessment):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_undo)
        self.toolbar.addAction(self.act_redo)
        self.addToolBar(self.toolbar)

    # --- navigation -----------------------------------------------------------------------------
    def show_home(self) -> None:
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)
        self.home.table.setFocus()

    def open_assessment(self, assessment_id: str):  # -> Workspace
        from recp_desktop.ui.workspace import Workspace

        if self.workspace is not None:
            self._close_workspace()
        workspace = Workspace(self.db, assessment_id, self.translator.language)
        workspace.sig_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        workspace.sig_saved.connect(self._saved)
        workspace.sig_save_failed.connect(self._save_failed)
        self.undo_group.addStack(workspace.undo_stack)
        self.undo_group.setActiveStack(workspace.undo_stack)
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.setWindowTitle(f"{workspace.enterprise.name} — RECP Desktop")
        return workspace

    def _close_workspace(self) -> None:
        workspace = self.workspace
        self.workspace = None
        self.undo_group.removeStack(workspace.undo_stack)
        self.stack.removeWidget(workspace)
        workspace.deleteLater()

    def new_company(self) -> None:
        from recp_desktop.ui.dialogs import CompanyDialog

        dialog = CompanyDialog(self.db, self)
        if dialog.exec() and dialog.created is not None:
            self.home.refresh()
            self._saved()
            if (
                QMessageBox.question(
                    self,
                    self.tr("New company"),
                    self.tr("Start an assessment of {name} now?").format(name=dialog.created.name),
                )
                == QMessageBox.Yes
            ):
                self.new_assessment(dialog.created.id)

    def new_assessment(self, enterprise_id: str = "") -> None:
        from recp_desktop.ui.dialogs import AssessmentDialog

        dialog = AssessmentDialog(self.db, enterprise_id or self.home.selected_enterprise(), self)
        if dialog.exec() and dialog.created is not None:
            self._saved()
            self.open_assessment(dialog.created.id)

    def create_demo(self) -> None:
        from recp_desktop.demo import create_demo

        try:
            assessment_id = create_demo(self.db)
        except StorageError as exc:
            QMessageBox.warning(self, "RECP Desktop", str(exc))
            return
        self._saved()
        self.home.refresh()
        self.open_assessment(assessment_id)

    # --- status -----------------------------------------------------------------------------
    def _update_undo_texts(self, _text: str = "") -> None:
        for action, verb, what in (
            (self.act_undo, self.tr("Undo"), self.undo_group.undoText()),
            (self.act_redo, self.tr("Redo"), self.undo_group.redoText()),
        ):
            action.setText(f"{verb} {what}" if what else verb)

    def _saved(self) -> None:
        pending = self.workspace.pending_count() if self.workspace else 0
        if pending:
            self._save_failed(self.tr("%n answer(s) waiting to be saved.", "", pending))
            return
        self._saved_at = QDateTime.currentDateTime()
        self._show_saved()

    def _show_saved(self) -> None:
        stamp = QLocale().toString(self._saved_at.time(), QLocale.ShortFormat)
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(self.tr("All changes saved at {time}").format(time=stamp))

    def _save_failed(self, reason: str) -> None:
        self._saved_at = None
        self.saved_label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.saved_label.setText(self.tr("Not saved — retrying"))
        self.statusBar().showMessage(reason, 10000)

    # --- language -----------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        from recp_desktop.storage.settings import set_setting

        self.translator.set_language(language)
        if self.db is None:
            return
        try:
            set_setting(self.db, "language", language)
        except StorageError as exc:
            self.statusBar().showMessage(str(exc), 8000)

    def _language_changed(self, language: str) -> None:
        if self.workspace is not None:
            self.workspace.set_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            f"{self.workspace.enterprise.name} — RECP Desktop" if self.workspace else "RECP Desktop"
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_home.setText(self.tr("&Home"))
        self.act_new_company.setText(self.tr("New &company…"))
        self.act_new_assessment.setText(self.tr("New &assessment…"))
        self.act_demo.setText(self.tr("Create &demo company"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_restore.setText(self.tr("&Restore from backup…"))
        self.act_about.setText(self.tr("&About RECP Desktop"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._update_undo_texts()
        if self._saved_at is not None:
            self._show_saved()
        self.loading.setText(self.tr("Opening {folder}…").format(folder=str(self.folder)))
        self.data_label.setText(
            self.tr("Data: {path}").format(path=str(database_path(self.folder)))
        )
        self.data_label.setToolTip(str(self.folder))
        if not self.saved_label.text():
            self.saved_label.setText(self.tr("No changes yet"))
        self.language_actions[self.translator.language].setChecked(True)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RECP Desktop"),
            self.tr(
                "<b>RECP Desktop {version}</b><p>Resource Efficient and Cleaner Production "
                "audits, offline.</p><p>Data folder: {folder}</p><p>Log folder: {logs}</p>"
                "<p>Device: {device}</p>"
            ).format(
                version=__version__,
                folder=self.folder,
                logs=self.folder / "logs",
                device=self.db.device_name if self.db else "",
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.workspace is not None and self.workspace.pending_count():
            self.workspace.retry_pending()
        if self.workspace is not None and self.workspace.pending_count():
            answer = QMessageBox.warning(
                self,
                self.tr("Unsaved answers"),
                self.tr(
                    "Some answers could not be saved because the disk refuses writes. "
                    "Quit anyway and lose them?"
                ),
                QMessageBox.Yes | QMessageBox.No,
                QMessageBox.No,
            )
            if answer != QMessageBox.Yes:
                event.ignore()
                return
        event.accept()


__all__ = ["MainWindow", "Qt"]
