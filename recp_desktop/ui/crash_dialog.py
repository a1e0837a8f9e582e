"""The dialog shown when something unexpected fails: what happened, where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.ui.icons import icon


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        intro = QLabel(
            self.tr(
                "An unexpected error occurred. Your saved work is safe: every answer is stored "
                "the moment it is made. The details were written to the log file:"
            )
        )
        intro.setWordWrap(True)
        self.log_label = QLabel(str(log_path))
        self.log_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.log_label)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(f"{self.details}\nLog: {self.log_label.text()}")


class CrashReporter(QObject):
    """Receives crash reports from any thread and shows them on the GUI thread."""

    sig_crashed = Signal(str)
    """Emitted (from any thread) with the formatted exception."""

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialogs: list[CrashDialog] = []
        self.sig_crashed.connect(self._show, Qt.QueuedConnection)

    def report(self, details: str) -> None:
        self.sig_crashed.emit(details)

    @Slot(str)
    def _show(self, details: str) -> None:
        dialog = CrashDialog(details, self.log_path, QApplication.activeWindow())
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d))
        self.dialogs.append(dialog)
        dialog.show()
