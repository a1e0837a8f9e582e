"""The window's sync: Connect to hub…, Sync now (F5), the status bar's states; against a real
hub on 127.0.0.1. Screenshots of each state go to docs/screenshots/."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.storage.answers import load_answers
from recp_desktop.sync.account import load_account, save_account
from tests.hub.conftest import hub, hub_database  # noqa: F401 - fixtures
from tests.hub.harness import PASSWORD, free_port
from tests.packages import YES_NO, answer, seed
from tests.sync.conftest import devices  # noqa: F401 - fixture
from tests.sync.devices import sync

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def _status(window) -> str:
    return window.hub_sync.label.text()


def _wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.hub_sync.task is None, timeout=60_000)


@pytest.mark.parametrize("hub_database", ["sqlite"], indirect=True)
def test_connect_sync_now_and_the_status_bar(
    open_window,
    qtbot,
    devices,  # noqa: F811
    tmp_path: Path,
) -> None:
    from recp_desktop.ui.hub_sync import ConnectDialog

    window = open_window()
    window.resize(1600, 700)  # room for the whole status bar in the screenshots
    sync_ui = window.hub_sync
    assessment_id = seed(window.db, tmp_path)
    assert _status(window) == "Hub: not connected"
    _shot(window.statusBar(), "hub-status-not-connected-en.png")

    dialog = ConnectDialog(sync_ui, window)
    dialog.show()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.url, devices.hub.url)
    qtbot.keyClicks(dialog.org, "A")
    qtbot.keyClicks(dialog.user, "auditor-a")
    dialog.password.setText("not the password")
    _shot(dialog, "hub-connect-en.png")
    qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "wrong" in dialog.error.text(), timeout=30_000)
    _shot(dialog, "hub-connect-refused-en.png")
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.Accepted, timeout=30_000)
    assert load_account(window.db.folder).username == "auditor-a"

    sync_ui.refresh()
    assert "changes waiting: 10" in _status(window) and "never" in _status(window)
    _shot(window.statusBar(), "hub-status-waiting-en.png")
    dialog.close()
    assert sync_ui.act_sync.shortcut().toString() == "F5"
    assert sync_ui.act_sync in window.actions()  # so F5 works wherever the focus is
    sync_ui.act_sync.trigger()  # Sync now
    assert _status(window).startswith("Hub: syncing")
    _shot(window.statusBar(), "hub-status-syncing-en.png")
    _wait_idle(qtbot, window)
    assert sync_ui.state == "online", sync_ui.detail
    assert "changes waiting: 0" in _status(window) and "never" not in _status(window)
    _shot(window.statusBar(), "hub-status-online-en.png")

    # the supervisor's review comes back with the next round
    boss = devices.laptop("boss", "supervisor-a")
    sync(boss)
    answer(boss, assessment_id, YES_NO[1], AnswerState("no", note="seen on site"))
    sync(boss)
    changed = []
    sync_ui.sig_changed.connect(lambda: changed.append(True))
    sync_ui.sync_now(manual=True)
    _wait_idle(qtbot, window)
    assert changed and load_answers(window.db, assessment_id)[YES_NO[1]].value == "no"

    # an edit here is sent once edits settle
    sync_ui.settle.setInterval(200)
    sync_ui.poll.setInterval(50)
    sync_ui.poll.start()  # as start() does once signed in (the dialog was opened by hand)
    answer(window.db, assessment_id, YES_NO[2], AnswerState("no"))
    qtbot.waitUntil(lambda: sync_ui.task is not None, timeout=10_000)
    _wait_idle(qtbot, window)
    assert load_answers(boss, assessment_id)[YES_NO[2]].value == "yes"
    sync(boss)
    assert load_answers(boss, assessment_id)[YES_NO[2]].value == "no"

    # the hub cannot be reached: offline, the change waits
    account = load_account(window.db.folder)
    save_account(window.db.folder, replace(account, url=f"http://127.0.0.1:{free_port()}"))
    sync_ui.poll.stop()
    answer(window.db, assessment_id, YES_NO[3], AnswerState("no"))
    from recp_desktop.sync.client import Retry

    sync_ui.retry = Retry(attempts=2, timeout=2, wait_initial=0.05, wait_max=0.1)
    sync_ui.sync_now()
    _wait_idle(qtbot, window)
    assert sync_ui.state == "unreachable"
    assert _status(window).startswith("Hub: offline · changes waiting: 1")
    assert "cannot be reached" in sync_ui.label.toolTip()
    _shot(window.statusBar(), "hub-status-unreachable-en.png")

    # the device revoked: refused, in words; local data intact
    save_account(window.db.folder, account)
    admin = devices.hub.login("A", "admin-a")
    assert admin.client.post(f"/v1/devices/{account.device_id}/revoke").status_code == 204
    sync_ui.sync_now()
    _wait_idle(qtbot, window)
    assert sync_ui.state == "refused"
    assert _status(window).startswith("Hub: The hub no longer accepts this computer's sign-in")
    assert "Sign in again" in sync_ui.label.toolTip()
    assert load_answers(window.db, assessment_id)[YES_NO[3]].value == "no"
    _shot(window.statusBar(), "hub-status-refused-en.png")
    # as after a restart of the app: still refused, without trying the hub first
    sync_ui.state, sync_ui.detail = "offline", ""
    sync_ui.refresh()
    assert sync_ui.state == "refused" and "Sign in again" in sync_ui.label.toolTip()

    # signing in again goes on under a new device id; the waiting change then goes up
    again = ConnectDialog(sync_ui, window)
    again.show()
    qtbot.addWidget(again)
    again.password.setText(PASSWORD)
    qtbot.mouseClick(again.connect_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: again.result() == QDialog.Accepted, timeout=30_000)
    renewed = load_account(window.db.folder)
    assert renewed.device_id != account.device_id and renewed.refused is None
    sync_ui.sync_now(manual=True)
    _wait_idle(qtbot, window)
    assert sync_ui.state == "online", sync_ui.detail
    sync(boss)
    assert load_answers(boss, assessment_id)[YES_NO[3]].value == "no"


@pytest.mark.parametrize("hub_database", ["sqlite"], indirect=True)
def test_a_conflict_from_the_hub_in_the_conflicts_dialog(
    open_window,
    qtbot,
    devices,  # noqa: F811
    tmp_path: Path,
) -> None:
    from recp_desktop.sync.round import sign_in
    from recp_desktop.ui.conflicts_dialog import ConflictsDialog
    from tests.packages import NUMBER
    from tests.sync.devices import FAST

    window = open_window()
    sign_in(window.db, devices.hub.url, "auditor-a", PASSWORD, organisation="A", retry=FAST)
    assessment_id = seed(window.db, tmp_path)
    sync(window.db)
    other = devices.laptop("other")  # the same expert's second computer
    sync(other)
    answer(other, assessment_id, NUMBER, AnswerState(number=6.0, unit="bar"))
    answer(window.db, assessment_id, NUMBER, AnswerState(number=8.0, unit="bar"))
    sync(other)
    assert sync(window.db).conflicts == 1

    # the conflicted checklist row carries a marker
    workspace = window.open_assessment(assessment_id)
    page = workspace.pages["energy"]
    workspace.show_page(2 + list(workspace.pages).index("energy"))  # after overview, baseline
    window.hub_sync.refresh()
    model = page.model
    row = model.row_of(NUMBER)
    cell = model.index(row, 1)
    assert model.data(cell, Qt.DecorationRole) is not None
    assert "File > Conflicts" in model.data(cell, Qt.ToolTipRole)
    other_row = model.index(model.row_of(YES_NO[0]), 1)
    assert model.data(other_row, Qt.DecorationRole) is None
    page.view.scrollTo(cell)
    _shot(window, "hub-conflict-marker-en.png")

    dialog = ConflictsDialog(window.db, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("Compressor discharge pressure")
    source = dialog.source.text()
    assert "Rustavi Steel" in source and "Audit 2026" in source  # which company, which audit
    assert f"hub {devices.hub.url.split('//')[1].split(':')[0]}" in source
    _shot(dialog, "hub-conflict-en.png")
    assert dialog.resolve("incoming")
    assert window.open_assessment(assessment_id).pages["energy"].model.conflicted == set()
    sync(window.db)
    sync(other)
    assert load_answers(other, assessment_id)[NUMBER].number == 6.0
    assert list_conflicts_count(other) == 0


def list_conflicts_count(db) -> int:
    from recp_desktop.exchange.conflicts import open_conflict_count

    return open_conflict_count(db)
