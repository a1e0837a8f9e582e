"""Report > Generate PDF…: the report is written in the background, with progress, and opened.

The work runs as a :class:`recp_desktop.ui.tasks.Task`: its result, or the exception it raised,
always reaches the GUI thread; cancelling from the progress dialog stops it at its next progress
step, and the core writes the PDF atomically, so nothing half-written is left behind.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from recp_desktop.ui.file_dialogs import save_file_name
from recp_desktop.ui.tasks import Progress, Task, TaskCancelled, TaskProgress, TaskRunner

REPORT_LANGUAGES = {"en": "English", "ru": "Русский", "az": "Azərbaycanca"}
"""Languages a report can be written in, each named in itself (not translated)."""


def open_file(path: Path) -> bool:
    """Open ``path`` in the system's viewer; False if there is none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReportMenu(QMenu):
    """The Report menu of the main window, for the open assessment.

    ``centre_name`` supplies the centre's name for the cover; ``opener`` opens the finished file
    (tests pass a function that records it instead of starting a PDF viewer).
    """

    sig_report_written = Signal(Path)
    """Emitted with the path once a report has been written (before it is opened)."""
    sig_report_failed = Signal(str)
    """Emitted with the message shown when a report could not be written or was cancelled."""

    def __init__(
        self,
        window: QWidget,
        runner: TaskRunner,
        centre_name: Callable[[], str] | None = None,
        opener: Callable[[Path], bool | None] = open_file,
    ) -> None:
        super().__init__(window)
        self.window_ = window
        self.centre_name = centre_name or (lambda: "")
        self.opener = opener
        self.runner = runner
        self.task: Task | None = None
        self.progress_dialog: TaskProgress | None = None
        self.message_box: QMessageBox | None = None
        self._chosen_language: str | None = None

        self.act_generate = QAction(self)
        self.act_generate.triggered.connect(lambda: self.generate())
        self.addAction(self.act_generate)
        self.language_menu = self.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in REPORT_LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.aboutToShow.connect(self.update_actions)
        window.stack.currentChanged.connect(lambda _index: self.update_actions())
        self.retranslate()
        self.update_actions()

    # --- state ------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The report language: as chosen in the menu, else the interface's, else English."""
        if self._chosen_language:
            return self._chosen_language
        ui = self.window_.translator.language
        return ui if ui in REPORT_LANGUAGES else "en"

    def _choose_language(self, language: str) -> None:
        self._chosen_language = language
        self.update_actions()

    def update_actions(self) -> None:
        busy = self.task is not None
        self.act_generate.setEnabled(self.window_.workspace is not None and not busy)
        self.language_actions[self.language].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Report"))
        self.act_generate.setText(self.tr("Generate &PDF…"))
        self.language_menu.setTitle(self.tr("Report &language"))

    # --- generating ---------------------------------------------------------------------------
    def _ask_path(self) -> Path | None:
        workspace = self.window_.workspace
        kind = self.tr("RECP report")
        name = f"{workspace.enterprise.name} — {kind}.pdf"
        name = "".join("_" if c in '\\/:*?"<>|' else c for c in name)
        chosen = save_file_name(
            self.window_, self.tr("Save the report as"), name, self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def generate(self, path: Path | None = None) -> bool:
        """Write the open assessment's report to ``path`` (asked for if None); False if nothing
        was started (no assessment open, a report already running, or the dialog cancelled)."""
        workspace = self.window_.workspace
        if workspace is None or self.task is not None:
            return False
        path = path or self._ask_path()
        if path is None:
            return False
        if workspace.pending_count():
            workspace.retry_pending()
        if workspace.pending_count():
            self.window_.statusBar().showMessage(
                self.tr("Some answers are not saved yet and are not in the report."), 10000
            )
        from recp_desktop.report import write_report

        db, assessment_id = self.window_.db, workspace.assessment.id
        language, centre = self.language, self.centre_name()

        def work(progress: Progress) -> Path:
            write_report(
                db, assessment_id, path, language=language, centre_name=centre, progress=progress
            )
            return path

        self.task = self.runner.prepare(work, self._succeeded, self._failed)
        self.progress_dialog = TaskProgress(
            self.task,
            self.tr("Writing the report…"),
            self.window_,
            title=self.tr("Report"),
            cancel=self.tr("Cancel"),
            delay_ms=400,
            stages={
                "data": self.tr("Reading the assessment…"),
                "photos": self.tr("Preparing the photos…"),
                "layout": self.tr("Laying out the pages…"),
                "done": self.tr("Writing the report…"),
            },
        )
        self.runner.start(self.task)
        self.update_actions()
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _succeeded(self, path: Path) -> None:
        self._finished()
        self.window_.statusBar().showMessage(
            self.tr("Report saved: {path}").format(path=str(path)), 15000
        )
        self.sig_report_written.emit(path)
        if self.opener(path) is False:
            self.window_.statusBar().showMessage(
                self.tr("No program to open {path} was found.").format(path=str(path)), 15000
            )

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        from recp_desktop.report import ReportError
        from recp_desktop.storage.errors import StorageError

        if isinstance(exc, TaskCancelled):
            message = self.tr("The report was cancelled.")
            self.window_.statusBar().showMessage(message, 8000)
            self.sig_report_failed.emit(message)
            return
        if not isinstance(exc, ReportError | LookupError | StorageError | OSError):
            # a bug: to the crash handler (log and dialog), like any uncaught exception
            sys.excepthook(type(exc), exc, exc.__traceback__)
        message = self.tr("The report could not be written: {reason}").format(reason=exc)
        box = QMessageBox(QMessageBox.Warning, self.tr("Report"), message, parent=self.window_)
        box.open()  # not exec(): nothing blocks the event loop
        self.message_box = box
        self.sig_report_failed.emit(message)

    def _finished(self) -> None:
        self.task = None
        self.progress_dialog = None  # it closes itself
        self.update_actions()
