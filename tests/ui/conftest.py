"""UI fixtures: the real main window on a temporary data folder."""

from __future__ import annotations

from pathlib import Path

import pytest


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
