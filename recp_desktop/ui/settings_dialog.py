"""File > Settings…: language, defaults for new records, the centre, this device, backups.

The dialog edits a copy; OK validates everything and stores it (``settings.json`` in the data
folder, the device name in the database), Cancel changes nothing. The main window applies a new
language afterwards.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain.countries import COUNTRIES, country_name
from recp_desktop.domain.units import CURRENCIES
from recp_desktop.settings import (
    LANGUAGES,
    MAX_BACKUPS_KEEP,
    MAX_TEXT,
    Settings,
    SettingsError,
    backups_to_keep,
    load_settings,
    update_settings,
)
from recp_desktop.storage.backup import backup_database, list_backups
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.settings import MAX_DEVICE_NAME, set_device_name
from recp_desktop.ui.backup_dialog import reason_label
from recp_desktop.ui.i18n import current_language, system_language
from recp_desktop.ui.icons import icon


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    """Settings of this installation; ``saved`` holds what OK stored."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.folder: Path = db.folder
        self.initial = load_settings(self.folder)
        self.saved: Settings | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(icon("settings"))

        self.language = QComboBox()
        system = LANGUAGES[system_language()]
        self.language.addItem(self.tr("System language ({name})").format(name=system), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.centre_name = QLineEdit()
        self.centre_name.setMaxLength(MAX_TEXT)
        self.centre_name.setPlaceholderText(self.tr("Printed on reports"))
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Centre name:"), self.centre_name)

        self.country = QComboBox()
        self.country.addItem(self.tr("No default"), "")
        language = current_language()
        for code in COUNTRIES:
            self.country.addItem(f"{code} — {country_name(code, language)}", code)
        self.currency = QComboBox()
        self.currency.addItem(self.tr("The company's national currency"), "")
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        defaults = QGroupBox(self.tr("New companies and assessments"))
        form = QFormLayout(defaults)
        form.addRow(self.tr("Default c&ountry:"), self.country)
        form.addRow(self.tr("Default c&urrency:"), self.currency)

        self.device_name = QLineEdit(db.device_name)
        self.device_name.setMaxLength(MAX_DEVICE_NAME)
        self.device_id = _selectable(db.device_id)
        self.fingerprint = _selectable(self._fingerprint())
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.fingerprint.setToolTip(
            self.tr("Packages from this computer are signed with this key; compare it by phone.")
        )
        self.data_folder = _selectable(str(self.folder))
        self.open_folder_button = QPushButton(icon("folder-open"), self.tr("&Open folder"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder_button)
        device = QGroupBox(self.tr("This computer"))
        form = QFormLayout(device)
        form.addRow(self.tr("&Device name:"), self.device_name)
        form.addRow(self.tr("Device ID:"), self.device_id)
        form.addRow(self.tr("Key fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Data folder:"), folder_row)

        self.backups_keep = QSpinBox()
        self.backups_keep.setRange(1, MAX_BACKUPS_KEEP)
        self.backup_now_button = QPushButton(icon("database-export"), self.tr("&Back up now"))
        self.backup_now_button.clicked.connect(self.back_up_now)
        self.last_backup = _selectable()
        backups = QGroupBox(self.tr("Backups"))
        form = QFormLayout(backups)
        form.addRow(self.tr("Backups to &keep:"), self.backups_keep)
        form.addRow(self.tr("Latest backup:"), self.last_backup)
        form.addRow("", self.backup_now_button)

        hub = self._hub_group()

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for group in (general, defaults, device, hub, backups):
            layout.addWidget(group)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._show(self.initial)
        self._show_latest_backup()
        self.resize(560, self.sizeHint().height())

    def _hub_group(self) -> QGroupBox:
        """The hub this folder syncs with: address, user, organisation, role (never the token)."""
        from recp_desktop.sync.account import load_account

        group = QGroupBox(self.tr("Hub"))
        form = QFormLayout(group)
        try:
            account = load_account(self.folder)
        except OSError as exc:  # damaged: say so, as sync would
            self.hub_state = _selectable(str(exc))
            form.addRow(self.hub_state)
            return group
        if account is None:
            self.hub_state = _selectable(
                self.tr("Not connected. File > Connect to hub… signs this computer in.")
            )
            form.addRow(self.hub_state)
            return group
        roles = {
            "auditor": self.tr("auditor"),
            "supervisor": self.tr("supervisor"),
            "admin": self.tr("administrator"),
        }
        self.hub_state = _selectable(account.url)
        form.addRow(self.tr("Hub:"), self.hub_state)
        form.addRow(self.tr("User:"), _selectable(account.username))
        form.addRow(self.tr("Organisation:"), _selectable(account.organisation))
        form.addRow(self.tr("Role:"), _selectable(roles.get(account.role, account.role)))
        if account.fingerprint:
            pinned = _selectable(account.fingerprint)
            pinned.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
            form.addRow(self.tr("Pinned certificate:"), pinned)
        return group

    def _fingerprint(self) -> str:
        """The fingerprint of this device's signing key (the key is made if there is none)."""
        from recp_desktop.exchange.keys import device_fingerprint

        try:
            return device_fingerprint(self.folder)
        except OSError as exc:
            return self.tr("Unavailable: {reason}").format(reason=str(exc))

    def _show(self, settings: Settings) -> None:
        for box, value in (
            (self.language, settings.language),
            (self.country, settings.default_country),
            (self.currency, settings.default_currency),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.centre_name.setText(settings.centre_name)
        self.backups_keep.setValue(settings.backups_keep)

    def _show_latest_backup(self) -> None:
        found = list_backups(self.folder)
        if not found:
            self.last_backup.setText(self.tr("None yet"))
            return
        latest = found[0]
        when = QLocale().toString(QDateTime(latest.taken), QLocale.ShortFormat)
        self.last_backup.setText(
            self.tr("{when} ({why}, {size})").format(
                when=when,
                why=reason_label(latest.reason),
                size=QLocale().formattedDataSize(latest.size),
            )
        )

    def chosen(self) -> Settings:
        """The settings as the form shows them (not yet validated or stored)."""
        return Settings(
            language=self.language.currentData(),
            default_country=self.country.currentData(),
            default_currency=self.currency.currentData(),
            centre_name=self.centre_name.text().strip(),
            backups_keep=self.backups_keep.value(),
        )

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def back_up_now(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            backup_database(self.db.path, self.folder, "manual", keep=backups_to_keep(self.folder))
        except (OSError, sqlite3.Error) as exc:
            self.show_error(self.tr("The backup failed: {reason}").format(reason=str(exc)))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.error.hide()
        self._show_latest_backup()

    def accept(self) -> None:
        name = self.device_name.text().strip()
        if not name:
            self.show_error(self.tr("The device needs a name."))
            self.device_name.setFocus()
            return
        chosen = self.chosen()
        try:
            if chosen != self.initial:
                self.saved = update_settings(self.folder, **asdict(chosen))
            else:
                self.saved = chosen
            if name != self.db.device_name:
                set_device_name(self.db, name)
        except (SettingsError, StorageError, OSError, ValueError) as exc:
            self.show_error(self.tr("Could not save the settings: {reason}").format(reason=exc))
            return
        super().accept()


__all__ = ["SettingsDialog"]
