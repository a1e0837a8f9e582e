"""UI fixtures: the real main window on a temporary data folder."""

from __future__ import annotations

import time
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _no_unanswered_modal_dialogs(qapp):
    """A modal dialog nobody answers would block the test run: close it and fail the test.

    Tests that drive a dialog do so within a moment; one still open after a few seconds was
    not expected (an error box, the unsaved-answers question at teardown...).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    blocked: list[str] = []
    first_seen: dict[int, float] = {}

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        since = first_seen.setdefault(id(widget), time.monotonic())
        if time.monotonic() - since < 5:
            return
        text = getattr(widget, "text", lambda: "")()
        blocked.append(f"{widget.windowTitle()}: {text}")
        widget.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    yield
    timer.stop()
    assert not blocked, f"a modal dialog nobody answered blocked the test: {blocked}"


@pytest.fixture
def open_window(qtbot, data_folder: Path):
    """Open (or reopen) the main window on the test's data folder."""
    from recp_desktop.ui.app import make_application, open_main_window

    make_application()
    windows = []

    def _open(language: str = "en"):
        window = open_main_window(data_folder, language)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitActive(window)
        windows.append(window)
        return window

    yield _open
    for window in windows:
        window.db.close()
