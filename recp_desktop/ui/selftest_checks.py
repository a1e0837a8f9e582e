"""The Qt half of ``recp --self-test`` (see :mod:`recp_desktop.selftest`): the real main window,
offscreen, on a temporary data folder."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from recp_desktop.paths import database_path, photos_dir, resource_path
from recp_desktop.selftest import require
from recp_desktop.ui.app import make_application, open_main_window
from recp_desktop.ui.main_window import MainWindow


def check_application() -> str:
    """A QApplication starts."""
    make_application()
    return f"platform {QGuiApplication.platformName()}"


def check_translations() -> str:
    """Every shipped ``.qm`` file loads into a QTranslator."""
    files = sorted(resource_path("translations").glob("*.qm"))
    require(bool(files), f"no translations in {resource_path('translations')}")
    for path in files:
        require(QTranslator().load(str(path)), f"cannot load {path}")
    return ", ".join(path.stem for path in files)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _close(window: MainWindow) -> None:
    window.close()
    if window.db is not None:
        window.db.close()
    window.deleteLater()
    _settle()


class FirstStart:
    """The main window on an empty folder, kept open from one step to the next."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.window: MainWindow | None = None

    def open_window(self) -> str:
        """The window opens on the empty folder and shows; the database is created, migrated."""
        from recp_desktop.storage.migrate import SCHEMA_HEAD

        self.window = open_main_window(self.folder, "en")
        self.window.show()
        _settle()
        require(self.window.isVisible(), "the main window did not show")
        require(database_path(self.folder).is_file(), f"no database created in {self.folder}")
        revision = self.window.db.revision()
        require(revision == SCHEMA_HEAD, f"schema is at {revision}, not {SCHEMA_HEAD}")
        return f"database created at schema {SCHEMA_HEAD}"

    def create_demo(self) -> str:
        """The demo company is created through the window and its assessment opens."""
        try:
            require(self.window is not None, "no main window")
            require(self.window.create_demo() is not None, "the demo could not start")
            deadline = time.monotonic() + 120  # written in the background
            while self.window.workspace is None and time.monotonic() < deadline:
                _settle()
                time.sleep(0.05)
            require(self.window.workspace is not None, "the demo assessment did not open")
            return "demo company created and opened"
        finally:
            self.close()

    def close(self) -> None:
        if self.window is not None:
            _close(self.window)
            self.window = None


def check_reopen(folder: Path) -> str:
    """A second window on the same folder finds the demo's assessments (the dairy's, with its
    answers and photo, and its neighbour's planned one)."""
    from recp_desktop.storage.repository import list_assessments

    window = open_main_window(folder, "ru")
    try:
        window.show()
        _settle()
        rows = list_assessments(window.db)
        require(
            len(rows) == 2,
            f"expected the demo's two assessments after reopening, found {len(rows)}",
        )
        row = max(rows, key=lambda r: r.answered)  # the dairy's audit, under way
        require(0 < row.answered <= row.total, f"demo answers lost: {row.answered}/{row.total}")
        require(window.db.integrity_check() == "ok", "database integrity check failed")
        photos = [p for p in photos_dir(folder).rglob("*") if p.is_file()]
        require(bool(photos), "the demo photo was not stored")
        return f"{row.company}: {row.answered}/{row.total} answered, {len(photos)} photo(s)"
    finally:
        _close(window)
