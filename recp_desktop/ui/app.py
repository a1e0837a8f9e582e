"""Start the app: QApplication, language, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from recp_desktop import __version__
from recp_desktop.paths import data_dir


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("RECP Desktop")
    app.setOrganizationName("RECP")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def open_main_window(folder: Path, language: str | None = None):  # -> MainWindow
    """Open the database in ``folder`` and build the main window (not shown yet)."""
    from recp_desktop.storage.database import Database
    from recp_desktop.ui.i18n import Translator, system_language
    from recp_desktop.ui.main_window import MainWindow

    db = Database(folder)
    translator = Translator()
    from recp_desktop.storage.settings import get_setting

    translator.set_language(language or get_setting(db, "language") or system_language())
    return MainWindow(db, translator)


def run(data_dir_override: str | None = None, language: str | None = None) -> int:
    from recp_desktop.checklists import TemplateError
    from recp_desktop.storage.database import StorageError
    from recp_desktop.storage.migrate import NewerDatabaseError

    app = make_application()
    try:
        window = open_main_window(data_dir(data_dir_override), language)
    except (NewerDatabaseError, StorageError, TemplateError) as exc:
        QMessageBox.critical(None, "RECP Desktop", str(exc))
        return 2
    window.show()
    return app.exec()
