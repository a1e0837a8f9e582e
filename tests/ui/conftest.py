"""UI fixtures: the real main window on a temporary data folder."""

from __future__ import annotations

import threading
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

    from recp_desktop.ui.tasks import TaskProgress

    blocked: list[str] = []
    first_seen: dict[int, float] = {}

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or isinstance(widget, TaskProgress):  # closes when its task ends
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


@pytest.fixture(autouse=True)
def _no_dangling_tasks(qapp):
    """Fail a test that leaves background work behind (napari's ``_dangling_qthreads``): a
    window's task still running or undelivered, the global thread pool busy, or a Python
    thread started by the test still alive. Runs after the test's windows were closed."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from recp_desktop.ui.tasks import TaskRunner

    before = set(threading.enumerate())
    yield
    QApplication.processEvents()
    problems = []
    for widget in QApplication.topLevelWidgets():
        runner = getattr(widget, "tasks", None)
        if not isinstance(runner, TaskRunner):
            continue
        if runner.pool.activeThreadCount():
            problems.append(f"{widget.windowTitle()}: a background task is still running")
            runner.shutdown(30_000)
        elif runner.tasks and not runner.closed:
            problems.append(f"{widget.windowTitle()}: a task's outcome was never delivered")
    if QThreadPool.globalInstance().activeThreadCount():
        problems.append("work left running on the global thread pool")
        QThreadPool.globalInstance().waitForDone(30_000)
    threads = [
        t.name
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not isinstance(t, threading._DummyThread)
    ]
    if threads:
        problems.append(f"threads left running: {threads}")
    assert not problems, problems


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
        # A window's translators are the application's: put English back for the next test.
        window.translator.set_language("en")
