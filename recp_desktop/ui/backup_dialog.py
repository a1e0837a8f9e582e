"""File > Restore from backup…: pick a backup by date and size, confirm, restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
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

from recp_desktop.storage.backup import Backup, list_backups
from recp_desktop.ui.icons import icon


def reason_label(reason: str) -> str:
    return {
        "daily": QCoreApplication.translate("RestoreDialog", "Daily"),
        "before-migration": QCoreApplication.translate("RestoreDialog", "Before upgrade"),
        "before-restore": QCoreApplication.translate("RestoreDialog", "Before a restore"),
        "manual": QCoreApplication.translate("RestoreDialog", "Manual"),
    }.get(reason, reason)


class RestoreDialog(QDialog):
    """Lists the backups of a data folder; ``chosen`` is set when the user confirms one."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups: list[Backup] = list_backups(folder)
        self.chosen: Backup | None = None
        intro = QLabel(
            self.tr(
                "Pick a backup to go back to. The current database is kept as a backup too, "
                "so a restore can itself be undone."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        locale = QLocale()
        for row, backup in enumerate(self.backups):
            taken = locale.toString(QDateTime(backup.taken), QLocale.ShortFormat)
            for column, text in enumerate(
                (taken, reason_label(backup.reason), locale.formattedDataSize(backup.size))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, row)
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.AcceptRole
        )
        self.restore_button.setIcon(icon("restore"))
        self.restore_button.setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("There are no backups yet.")))
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def selected(self) -> Backup | None:
        row = self.table.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def confirm(self, ask: bool = True) -> None:
        backup = self.selected()
        if backup is None:
            return
        if (
            ask
            and QMessageBox.question(
                self,
                self.tr("Restore from backup"),
                self.tr(
                    "Replace the current data with the backup taken {when}? "
                    "The current data is kept as a backup."
                ).format(when=self.table.item(self.table.currentRow(), 0).text()),
            )
            != QMessageBox.Yes
        ):
            return
        self.chosen = backup
        self.accept()
