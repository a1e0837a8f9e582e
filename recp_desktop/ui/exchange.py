"""Packages in the app: export the open assessment, import many packages in the background,
say what happened to each, and export tables."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.ui.file_dialogs import open_file_names, save_file_name
from recp_desktop.ui.tasks import Progress, Task, TaskCancelled, TaskProgress, TaskRunner

if TYPE_CHECKING:  # the window shows before SQLAlchemy is imported
    from recp_desktop.storage.database import Database

PACKAGE_SUFFIX = ".recp"


def package_paths(paths: list[str]) -> list[Path]:
    """The ``.recp`` files among dropped or chosen paths (folders are searched one level)."""
    found: list[Path] = []
    for text in paths:
        path = Path(text)
        if path.is_dir():
            found.extend(sorted(p for p in path.glob(f"*{PACKAGE_SUFFIX}") if p.is_file()))
        elif path.suffix.lower() == PACKAGE_SUFFIX:
            found.append(path)
    return found


class ImportSummary(QDialog):
    """One row per package: imported with its counts, or rejected and why."""

    def __init__(self, results: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.resize(900, 420)
        imported = sum(1 for r in results if r.ok)
        conflicts = sum(r.counts.get("conflict", 0) for r in results if r.ok)
        heading = QLabel(
            self.tr(
                "{imported} of {total} packages imported; {conflicts} records in conflict."
            ).format(imported=imported, total=len(results), conflicts=conflicts)
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(len(results), 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Package"),
                self.tr("Result"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("In conflict"),
                self.tr("Company, device or reason"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.Stretch)
        labels = {
            "imported": self.tr("Imported"),
            "rejected": self.tr("Refused"),
            "failed": self.tr("Failed"),
            "cancelled": self.tr("Cancelled"),
        }
        for row, result in enumerate(results):
            counts = result.counts
            detail = (
                f"{result.company} — {result.device_name or result.device_id}"
                + ("" if result.signed else " — " + self.tr("unsigned"))
                if result.ok
                else result.reason
            )
            cells = [
                result.path.name,
                labels.get(result.status, result.status),
                *(
                    str(counts.get(k, 0)) if result.ok else ""
                    for k in ("new", "updated", "unchanged", "conflict")
                ),
                detail,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(result.path) if column == 0 else text)
                if not result.ok:
                    item.setForeground(Qt.darkRed)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class Exchange(QObject):
    """Export and import for a window; every long job runs as a background :class:`Task`."""

    sig_imported = Signal(list)
    """Emitted with the import results after an import (the data may have changed)."""
    sig_message = Signal(str)
    """Emitted with a message for the status bar."""

    def __init__(self, window: QWidget, db_getter, runner: TaskRunner) -> None:
        super().__init__(window)
        self.window_ = window
        self.db_getter = db_getter  # the window's database may be reopened (restore)
        self.runner = runner
        self.task: Task | None = None
        self.progress: TaskProgress | None = None
        self.summary: ImportSummary | None = None
        self.show_dialogs = True  # tests read the results from the signal instead

    @property
    def db(self) -> Database:
        return self.db_getter()

    @property
    def busy(self) -> bool:
        return self.task is not None

    # --- import -----------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        paths = open_file_names(
            self.window_, self.tr("Import packages"), self.tr("RECP packages (*.recp)")
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path], *, allow_unsigned: bool = False) -> Task | None:
        """Import ``paths`` off the GUI thread with a cancellable progress dialog."""
        from recp_desktop.exchange.importer import import_packages

        if self.busy or not paths:
            return None
        db = self.db
        cancelled = {"flag": False}

        def work(progress: Progress) -> list:
            def report(done: int, total: int, result) -> None:
                try:
                    progress(done / total, result.path.name)
                except TaskCancelled:  # the importer stops between packages
                    cancelled["flag"] = True

            return import_packages(
                db,
                paths,
                allow_unsigned=allow_unsigned,
                progress=report,
                cancel=lambda: cancelled["flag"],
            )

        return self._start(
            work,
            self.tr("Importing {count} packages…").format(count=len(paths)),
            self._imported,
        )

    def _imported(self, results: list) -> None:
        self.sig_imported.emit(results)
        imported = sum(1 for r in results if r.ok)
        self.sig_message.emit(
            self.tr("{imported} of {total} packages imported.").format(
                imported=imported, total=len(results)
            )
        )
        if self.show_dialogs:
            self.summary = ImportSummary(results, self.window_)
            self.summary.open()

    # --- export -----------------------------------------------------------------------------
    def choose_and_export(self, assessment_id: str, suggested: str) -> None:
        path = save_file_name(
            self.window_, self.tr("Export package"), suggested, self.tr("RECP packages (*.recp)")
        )
        if path:
            if not path.lower().endswith(PACKAGE_SUFFIX):
                path += PACKAGE_SUFFIX
            self.export_package(assessment_id, Path(path))

    def export_package(self, assessment_id: str, target: Path) -> Task | None:
        from recp_desktop.exchange.writer import export_assessment

        if self.busy:
            return None
        db = self.db
        return self._start(
            lambda progress: export_assessment(db, assessment_id, target),
            self.tr("Exporting the assessment…"),
            lambda _result: self.sig_message.emit(
                self.tr("Package written: {path}").format(path=target)
            ),
        )

    def choose_and_export_tables(self, assessment_id: str | None) -> None:
        path = save_file_name(
            self.window_,
            self.tr("Export tables"),
            "recp-tables.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV files in a zip (*.zip)"),
        )
        if path:
            self.export_tables(Path(path), assessment_id)

    def export_tables(self, target: Path, assessment_id: str | None) -> Task | None:
        from recp_desktop.exchange.tables import export_tables

        if self.busy:
            return None
        from recp_desktop.ui.i18n import current_language

        db = self.db
        language = current_language()
        language = language if language in ("en", "ru", "az") else "en"
        return self._start(
            lambda progress: export_tables(db, target, assessment_id, language=language),
            self.tr("Exporting tables…"),
            lambda result: self.sig_message.emit(
                self.tr("Tables written: {path}").format(path=result.path)
            ),
        )

    # --- running ----------------------------------------------------------------------------
    def _start(self, work, label: str, on_success) -> Task:
        def succeeded(result) -> None:
            self._finished()
            on_success(result)

        def failed(exc: BaseException) -> None:
            self._finished()
            self._failed(exc)

        task = self.runner.prepare(work, succeeded, failed)
        self.task = task
        if self.show_dialogs:
            self.progress = TaskProgress(
                task, label, self.window_, title="RECP Desktop", cancel=self.tr("Cancel")
            )
        return self.runner.start(task)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, TaskCancelled):
            self.sig_message.emit(self.tr("Cancelled."))
            return
        message = str(exc) or exc.__class__.__name__
        self.sig_message.emit(message)
        if self.show_dialogs:
            QMessageBox.warning(self.window_, "RECP Desktop", html.escape(message))

    def _finished(self) -> None:
        self.progress = None  # it closes itself
        self.task = None
