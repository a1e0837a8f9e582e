"""Start the app: QApplication, language, main window; the database opens right after.

Start-up imports only Qt and small modules before the window is shown; SQLAlchemy, the
templates and the unit registry load once it is on screen (see ``benchmarks/startup.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from recp_desktop import __version__
from recp_desktop.paths import data_dir


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("RECP Desktop")
    app.setOrganizationName("RECP")
    app.setApplicationVersion(__version__)
    from recp_desktop.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    from recp_desktop.ui.fonts import install_fallback_fonts

    install_fallback_fonts(app)
    return app  # type: ignore[return-value]


def create_main_window(folder: Path, language: str | None = None):  # -> MainWindow
    """The main window for ``folder``, in ``language`` (else the saved or the system language)."""
    from recp_desktop.settings import load_settings
    from recp_desktop.ui.i18n import Translator, system_language
    from recp_desktop.ui.main_window import MainWindow

    folder.mkdir(parents=True, exist_ok=True)
    translator = Translator()
    saved = load_settings(folder).language
    translator.set_language(language or saved or system_language())
    return MainWindow(folder, translator)


def open_main_window(folder: Path, language: str | None = None):  # -> MainWindow
    """The main window with its database open (for tests and scripts)."""
    window = create_main_window(folder, language)
    if not window.attach():
        raise RuntimeError(f"cannot open the data folder {folder}")
    return window


def install_crash_handler(folder: Path):  # -> CrashReporter
    """Log to the data folder and show uncaught exceptions of any thread in a dialog."""
    from recp_desktop.crash import install_excepthooks, setup_logging
    from recp_desktop.ui.crash_dialog import CrashReporter

    reporter = CrashReporter(setup_logging(folder), QApplication.instance())
    install_excepthooks(reporter.report)
    return reporter


def run(data_dir_override: str | None = None, language: str | None = None) -> int:
    app = make_application()
    folder = data_dir(data_dir_override)
    install_crash_handler(folder)
    window = create_main_window(folder, language)
    window.show()
    status = {"ok": True}

    def attach() -> None:
        status["ok"] = window.attach()
        if not status["ok"]:
            app.quit()

    QTimer.singleShot(0, attach)
    code = app.exec()
    return code if status["ok"] else 2
