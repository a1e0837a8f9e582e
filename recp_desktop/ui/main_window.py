"""The main window: home and workspace, menus, and a status bar that says where data is."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
)

from recp_desktop import __version__
from recp_desktop.paths import database_path
from recp_desktop.settings import load_settings
from recp_desktop.storage.errors import NewerDatabaseError, StorageError
from recp_desktop.ui.club_actions import ExpertView
from recp_desktop.ui.club_tasks import ClubsMenu
from recp_desktop.ui.exchange import Exchange, package_paths
from recp_desktop.ui.file_dialogs import window_state
from recp_desktop.ui.geometry import restore_geometry, save_geometry
from recp_desktop.ui.hub_sync import HubSync
from recp_desktop.ui.i18n import LANGUAGES, Translator, system_language
from recp_desktop.ui.icons import app_icon, icon
from recp_desktop.ui.programme_menu import ProgrammeMenu
from recp_desktop.ui.report_task import ReportMenu
from recp_desktop.ui.tasks import Task, TaskProgress, TaskRunner
from recp_desktop.ui.templates_menu import TemplatesMenu

if TYPE_CHECKING:
    from recp_desktop.settings import Settings
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


def redo_shortcuts(platform: list[QKeySequence] | None = None) -> list[QKeySequence]:
    """The platform's Redo keys (``platform``, default: the running desktop's) plus
    Ctrl+Shift+Z, each once: GNOME's and KDE's Redo already is Ctrl+Shift+Z, and a key bound
    twice is an "ambiguous shortcut overload" that does nothing."""
    if platform is None:
        platform = QKeySequence.keyBindings(QKeySequence.Redo)
    keys: list[QKeySequence] = []
    for key in [*platform, QKeySequence("Ctrl+Shift+Z")]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


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
        self._save_failing = False
        self.tasks = TaskRunner(self)  # the window's one pool for background work
        self.ui_state = window_state(folder)  # geometry, last folder of the file dialogs
        self.setStyleSheet(STYLE)
        self.setWindowIcon(app_icon())
        restore_geometry(self, self.ui_state)

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
        from recp_desktop.settings import backups_to_keep
        from recp_desktop.storage.database import Database
        from recp_desktop.ui.home import HomePage

        try:
            self.db = Database(self.folder, backups_keep=backups_to_keep(self.folder))
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
        self.hub_sync.start()
        self.sig_ready.emit()
        return True

    def _set_data_actions_enabled(self, enabled: bool) -> None:
        self.act_export.setEnabled(enabled and self.workspace is not None)
        actions = (
            self.act_import,
            self.act_export_tables,
            self.act_conflicts,
            self.act_home,
            self.act_new_company,
            self.act_new_assessment,
            self.act_demo,
            self.act_restore,
            self.act_settings,
            self.act_waste_map,
            self.act_symbiosis,
        )
        for action in actions:
            action.setEnabled(enabled)
        self.templates_menu.setEnabled(enabled)
        self.clubs_menu.setEnabled(enabled)

    def restore_from_backup(self, backup_path: Path | None = None) -> bool:
        """Let the user pick a backup (or restore ``backup_path``), then reopen the data."""
        from recp_desktop.settings import backups_to_keep
        from recp_desktop.storage.backup import restore_backup
        from recp_desktop.ui.backup_dialog import RestoreDialog

        if backup_path is None:
            dialog = RestoreDialog(self.folder, self)
            if not dialog.exec() or dialog.chosen is None:
                return False
            backup_path = dialog.chosen.path
        if self.workspace is not None:
            self._close_workspace()
        for name in ("waste_map", "symbiosis"):  # they read the database being replaced
            if getattr(self, name, None) is not None:
                getattr(self, name).close()
                getattr(self, name).deleteLater()
                setattr(self, name, None)
        self.stack.setCurrentWidget(self.loading)
        if self.home is not None:
            self.stack.removeWidget(self.home)
            self.home.deleteLater()
            self.home = None
        self.db.close()
        self.db = None
        try:
            restore_backup(
                backup_path,
                database_path(self.folder),
                self.folder,
                keep=backups_to_keep(self.folder),
            )
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
        self.act_settings = QAction(self, shortcut=QKeySequence("Ctrl+,"))
        self.act_settings.setMenuRole(QAction.PreferencesRole)
        self.act_settings.triggered.connect(self.open_settings)
        for action in (self.act_home, self.act_new_company, self.act_new_assessment, self.act_demo):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        # Packages and tables (ui/exchange.py); imports also by dropping .recp files here.
        self.exchange = Exchange(self, lambda: self.db, self.tasks)
        self.exchange.sig_message.connect(lambda m: self.statusBar().showMessage(m, 10000))
        self.exchange.sig_imported.connect(self._after_import)
        self.act_export = QAction(self, shortcut=QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.export_package)
        self.act_import = QAction(self, shortcut=QKeySequence("Ctrl+I"))
        self.act_import.triggered.connect(self.exchange.choose_and_import)
        self.act_export_tables = QAction(self)
        self.act_export_tables.triggered.connect(
            lambda: self.exchange.choose_and_export_tables(
                self.workspace.assessment.id if self.workspace else None
            )
        )
        self.act_conflicts = QAction(self)
        self.act_conflicts.triggered.connect(self.show_conflicts)
        for action in (self.act_export, self.act_import, self.act_export_tables):
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.act_conflicts)
        self.act_duplicates = QAction(self)  # ui/duplicates_dialog.py (issue 14 §5)
        self.act_duplicates.triggered.connect(self.show_duplicates)
        self.file_menu.addAction(self.act_duplicates)
        self.hub_sync = HubSync(self, lambda: self.db, self.tasks)  # ui/hub_sync.py
        self.hub_sync.sig_changed.connect(self._data_changed_elsewhere)
        self.hub_sync.sig_message.connect(lambda m: self.statusBar().showMessage(m, 10000))
        self.file_menu.addActions([self.hub_sync.act_connect, self.hub_sync.act_sync])
        self.statusBar().addPermanentWidget(self.hub_sync.label)
        self.setAcceptDrops(True)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_restore)
        self.file_menu.addAction(self.act_settings)
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
        self.act_redo.setShortcuts(redo_shortcuts())
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
        self.act_waste_map = QAction(self, shortcut=QKeySequence("Ctrl+M"))  # ui/waste_map.py
        self.act_waste_map.triggered.connect(self.show_waste_map)
        self.view_menu.addAction(self.act_waste_map)
        self.act_symbiosis = QAction(self)  # ui/symbiosis_page.py
        self.act_symbiosis.triggered.connect(self.show_symbiosis)
        self.view_menu.addAction(self.act_symbiosis)
        self.expert_view = ExpertView(self)  # View > Open as a full assessment (club self-audits)

        # Report > Generate PDF…, see ui/report_task.py; the cover names the centre (Settings)
        self.report_menu = ReportMenu(
            self, self.tasks, centre_name=lambda: load_settings(self.folder).centre_name
        )
        bar.addMenu(self.report_menu)
        # Templates > Import from XLSForm…, Export…, Add a checklist…: ui/templates_menu.py
        self.templates_menu = TemplatesMenu(self)
        bar.addMenu(self.templates_menu)
        self.clubs_menu = ClubsMenu(self)  # Clubs > RECP Clubs…, Verify…: ui/club_tasks.py
        bar.addMenu(self.clubs_menu)
        # Programme > Programme view, Exchange rates…: ui/programme_menu.py
        self.programme_menu = ProgrammeMenu(self)
        bar.addMenu(self.programme_menu)

        self.help_menu = bar.addMenu("")
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.about)
        self.help_menu.addAction(self.act_about)

        for action, name in (
            (self.act_home, "home"),
            (self.act_new_company, "building-factory-2"),
            (self.act_new_assessment, "file-plus"),
            (self.act_demo, "wand"),
            (self.act_restore, "restore"),
            (self.act_settings, "settings"),
            (self.act_quit, "logout"),
            (self.act_undo, "arrow-back-up"),
            (self.act_redo, "arrow-forward-up"),
            (self.act_about, "info-circle"),
            (self.act_export, "package-export"),
            (self.act_import, "package-import"),
            (self.act_export_tables, "table-export"),
            (self.act_conflicts, "arrows-diff"),
            (self.act_waste_map, "map"),
            (self.act_symbiosis, "affiliate"),
            (self.act_duplicates, "copy"),
            (self.report_menu.act_generate, "file-type-pdf"),
        ):
            action.setIcon(icon(name))
        self.language_menu.setIcon(icon("language"))
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
        view = self.expert_view.view_for(assessment_id)
        workspace = Workspace(self.db, assessment_id, self.translator.language, view=view)
        workspace.sig_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        workspace.sig_saved.connect(self._saved)
        workspace.sig_save_failed.connect(self._save_failed)
        workspace.overview.sig_edit_company_requested.connect(self.edit_company)
        workspace.overview.sig_edit_assessment_requested.connect(self.edit_assessment)
        self.undo_group.addStack(workspace.undo_stack)
        self.undo_group.setActiveStack(workspace.undo_stack)
        self.workspace = workspace
        self.expert_view.workspace_opened(workspace)
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.setWindowTitle(f"{workspace.enterprise.name} — RECP Desktop")
        self.act_export.setEnabled(True)
        return workspace

    # --- packages ---------------------------------------------------------------------------
    def export_package(self) -> None:
        if self.workspace is None:
            return
        name = "".join(c if c.isalnum() else "-" for c in self.workspace.enterprise.name)
        self.exchange.choose_and_export(self.workspace.assessment.id, f"{name}.recp")

    def show_conflicts(self) -> None:
        self.conflicts_dialog().exec()

    def conflicts_dialog(self):  # -> ConflictsDialog
        """File > Conflicts…: each settled conflict is a save, and the screens show it."""
        from recp_desktop.ui.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.db, None, self)
        dialog.sig_resolved.connect(lambda _id: self._conflict_resolved())
        return dialog

    def show_duplicates(self) -> None:
        from recp_desktop.ui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.db, self)
        dialog.sig_merged.connect(self._conflict_resolved)  # saved; screens shown afresh
        dialog.exec()

    def _conflict_resolved(self) -> None:
        self._saved()
        self._data_changed_elsewhere()

    def _after_import(self, results: list) -> None:
        if any(r.ok for r in results):
            self._saved()
            self._data_changed_elsewhere()
        conflicts = sum(r.counts.get("conflict", 0) for r in results if r.ok)
        if conflicts:
            self.statusBar().showMessage(
                self.tr(
                    "%n record(s) in conflict: File > Conflicts… to settle them.", "", conflicts
                ),
                15000,
            )

    def _refresh_side_windows(self) -> None:
        """The map and symbiosis windows read again, once, half a second after the last save,
        import, sync or demo (only those open; a closed one reads when shown)."""
        from recp_desktop.ui.side_windows import refresh_later

        refresh_later(self, ("waste_map", "symbiosis"))

    def _data_changed_elsewhere(self) -> None:
        """Records were written behind the open screens' backs: show them afresh."""
        self._refresh_side_windows()
        if self.home is not None:
            self.home.refresh()
        if self.workspace is not None:
            page = self.workspace.stack.currentIndex()
            self.open_assessment(self.workspace.assessment.id).show_page(page)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.isLocalFile() and package_paths([u.toLocalFile()]) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = package_paths([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        if paths and self.db is not None:
            event.acceptProposedAction()
            self.exchange.import_files(paths)

    def _close_workspace(self) -> None:
        workspace = self.workspace
        self.workspace = None
        self.act_export.setEnabled(False)
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

    def edit_company(self) -> None:
        from recp_desktop.ui.dialogs import CompanyDialog

        if self.workspace is None:
            return
        dialog = CompanyDialog(self.db, self, enterprise=self.workspace.enterprise)
        if dialog.exec() and dialog.created is not None:
            self._saved()
            self._data_changed_elsewhere()

    def edit_assessment(self) -> None:
        from recp_desktop.ui.dialogs import AssessmentDialog

        if self.workspace is None:
            return
        dialog = AssessmentDialog(self.db, "", self, assessment=self.workspace.assessment)
        if dialog.exec() and dialog.created is not None:
            self._saved()
            self._data_changed_elsewhere()

    def new_assessment(self, enterprise_id: str = "") -> None:
        from recp_desktop.ui.dialogs import AssessmentDialog

        dialog = AssessmentDialog(self.db, enterprise_id or self.home.selected_enterprise(), self)
        if dialog.exec() and dialog.created is not None:
            self._saved()
            self.open_assessment(dialog.created.id)

    def create_demo(self) -> Task | None:
        """Create the demo company in the background (about a second and a half); the window
        stays responsive and opens the assessment when it is written. None if busy."""
        from recp_desktop.demo import create_demo

        if self.db is None or not self.act_demo.isEnabled():
            return None
        db = self.db
        self.act_demo.setEnabled(False)
        task = self.tasks.prepare(
            lambda progress: create_demo(db, progress=progress),
            self._demo_created,
            self._demo_failed,
            cancellable=False,  # not one transaction: it runs to its end
        )
        label = self.tr("Creating the demo company…")
        self.demo_progress = TaskProgress(
            task,
            label,
            self,
            title="RECP Desktop",
            stages={
                "company": label,
                "baseline": self.tr("Entering the baseline…"),
                "answers": self.tr("Answering the checklists…"),
                "options": self.tr("Calculating the options…"),
                "waste": self.tr("Recording the waste streams…"),
            },
        )
        return self.tasks.start(task)

    def _demo_created(self, assessment_id: str) -> None:
        self.act_demo.setEnabled(self.db is not None)
        self._saved()
        self.home.refresh()
        self.open_assessment(assessment_id)

    def _demo_failed(self, exc: BaseException) -> None:
        self.act_demo.setEnabled(self.db is not None)
        self.home.refresh()
        if not isinstance(exc, StorageError):  # a bug: to the crash handler
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        box = QMessageBox(QMessageBox.Warning, "RECP Desktop", str(exc), parent=self)
        box.open()

    # --- status -----------------------------------------------------------------------------
    def _update_undo_texts(self, _text: str = "") -> None:
        for action, verb, what in (
            (self.act_undo, self.tr("Undo"), self.undo_group.undoText()),
            (self.act_redo, self.tr("Redo"), self.undo_group.redoText()),
        ):
            action.setText(f"{verb} {what}" if what else verb)

    def _saved(self) -> None:
        self._refresh_side_windows()
        pending = self.workspace.pending_count() if self.workspace else 0
        if pending:
            self._save_failed(self.tr("%n answer(s) waiting to be saved.", "", pending))
            return
        self._saved_at = QDateTime.currentDateTime()
        self._save_failing = False
        self._show_saved()

    def _show_saved(self) -> None:
        """The permanent "saved" label, in the current language: not yet, when, or failing."""
        if self._save_failing:
            self.saved_label.setStyleSheet("color: #b00020; font-weight: 600;")
            self.saved_label.setText(self.tr("Not saved — retrying"))
            return
        self.saved_label.setStyleSheet("")
        if self._saved_at is None:
            self.saved_label.setText(self.tr("No changes yet"))
            return
        stamp = QLocale().toString(self._saved_at.time(), QLocale.ShortFormat)
        self.saved_label.setText(self.tr("All changes saved at {time}").format(time=stamp))

    def _save_failed(self, reason: str) -> None:
        self._save_failing = True
        self._show_saved()
        self.statusBar().showMessage(reason, 10000)

    # --- settings and language ---------------------------------------------------------------
    def open_settings(self):  # -> SettingsDialog
        """File > Settings… (window-modal); a new language applies once OK has stored it."""
        from recp_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.saved))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _settings_saved(self, settings: Settings | None) -> None:
        if settings is None:
            return
        language = settings.language or system_language()
        if language != self.translator.language:
            self.translator.set_language(language)
        self.statusBar().showMessage(self.tr("Settings saved."), 8000)

    def set_language(self, language: str) -> None:
        """View > Language: switch now and remember the choice in the settings."""
        from recp_desktop.settings import SettingsError, update_settings

        self.translator.set_language(language)
        try:
            update_settings(self.folder, language=language)
        except (SettingsError, OSError) as exc:
            self.statusBar().showMessage(str(exc), 8000)

    def _language_changed(self, language: str) -> None:
        if self.workspace is not None:
            self.workspace.set_language(language)
        for name in ("waste_map", "symbiosis"):
            if getattr(self, name, None) is not None:
                getattr(self, name).set_language(language)

    def show_waste_map(self) -> None:
        """View > Waste map: waste of every company by region (a window of its own)."""
        from recp_desktop.ui.waste_map import WasteMapWindow

        if getattr(self, "waste_map", None) is None:
            self.waste_map = WasteMapWindow(self.db, self.translator.language, self)
        else:
            self.waste_map.reload()
        self.waste_map.show()
        self.waste_map.raise_()

    def show_symbiosis(self) -> None:
        """View > Symbiosis candidates: scored matches between companies, to decide on."""
        from recp_desktop.ui.symbiosis_page import SymbiosisWindow

        if getattr(self, "symbiosis", None) is None:
            self.symbiosis = SymbiosisWindow(self.db, self.translator.language, self)
        else:
            self.symbiosis.reload()
        self.symbiosis.show()
        self.symbiosis.raise_()

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
        self.act_export.setText(self.tr("&Export package…"))
        self.act_import.setText(self.tr("&Import packages…"))
        self.act_export_tables.setText(self.tr("Export &tables…"))
        self.act_conflicts.setText(self.tr("Con&flicts…"))
        self.act_duplicates.setText(self.tr("Companies that &look the same…"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_about.setText(self.tr("&About RECP Desktop"))
        self.act_waste_map.setText(self.tr("Waste &map…"))
        self.act_symbiosis.setText(self.tr("&Symbiosis candidates…"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.expert_view.retranslate()
        self._update_undo_texts()
        self._show_saved()
        self.loading.setText(self.tr("Opening {folder}…").format(folder=str(self.folder)))
        self.data_label.setText(
            self.tr("Data: {path}").format(path=str(database_path(self.folder)))
        )
        self.data_label.setToolTip(str(self.folder))
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
        if not self._close_allowed():
            event.ignore()
            return
        save_geometry(self, self.ui_state)
        # cancel what can stop (imports, exports, reports) and wait for the rest (the demo)
        self.tasks.shutdown()
        event.accept()

    def _close_allowed(self) -> bool:
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
                return False
        return True


__all__ = ["MainWindow", "Qt"]
