"""An exception in a worker thread ends up in the log and a dialog; the app keeps running."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from recp_desktop.ui.app import install_crash_handler, make_application


@pytest.fixture
def restore_hooks():
    saved = sys.excepthook, threading.excepthook, list(logging.getLogger().handlers)
    yield
    sys.excepthook, threading.excepthook = saved[0], saved[1]
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if handler not in saved[2]:
            root.removeHandler(handler)
            handler.close()


def test_worker_thread_exception_is_logged_and_shown(qtbot, tmp_path: Path, restore_hooks) -> None:
    make_application()
    reporter = install_crash_handler(tmp_path)

    def work() -> None:
        raise ZeroDivisionError("division by zero in the calculator worker")

    worker = threading.Thread(target=work, name="calc-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(reporter.dialogs), timeout=5000)

    log_text = (tmp_path / "logs" / "recp.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero in the calculator worker" in log_text
    assert "calc-worker" in log_text
    dialog = reporter.dialogs[0]
    assert str(tmp_path / "logs" / "recp.log") in dialog.log_label.text()
    dialog.copy_button.click()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    dialog.close()
    qtbot.waitUntil(lambda: not reporter.dialogs, timeout=5000)
    assert QApplication.instance() is not None  # still running


def test_restore_from_backup_in_the_app(open_window, qtbot) -> None:
    from recp_desktop.storage.backup import backup_database, list_backups
    from recp_desktop.storage.repository import create_enterprise
    from recp_desktop.ui.backup_dialog import RestoreDialog

    window = open_window()
    create_enterprise(window.db, name="Kept Ltd", country="AZ")
    backup_database(window.db.path, window.folder, "manual")
    create_enterprise(window.db, name="Later Ltd", country="AZ")
    dialog = RestoreDialog(window.folder, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.restore_button.isEnabled()
    dialog.confirm(ask=False)
    assert dialog.chosen is not None
    assert window.restore_from_backup(dialog.chosen.path)
    assert [r.company for r in window.home.model.rows] == ["Kept Ltd"]
    assert any(b.reason == "before-restore" for b in list_backups(window.folder))
