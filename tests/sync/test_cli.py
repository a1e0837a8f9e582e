"""``recp hub login|status|logout`` and ``recp sync`` against a real hub; refusals leave the
local data as they were."""

from __future__ import annotations

import io
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from stamina import instrumentation

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.cli import main
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import list_assessments
from recp_desktop.storage.rows import MODELS
from recp_desktop.sync.account import load_account, save_account
from tests.hub.harness import PASSWORD, free_port
from tests.packages import YES_NO, answer, seed
from tests.sync.devices import sync


def recp(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _assessment_of(folder: Path) -> str:
    with sqlite3.connect(folder / "recp.sqlite3") as connection:
        [(assessment_id,)] = connection.execute("SELECT id FROM assessment").fetchall()
    return assessment_id


def records(folder: Path) -> list:
    """Every record row of a data folder, sorted: what "local data intact" compares."""
    with sqlite3.connect(folder / "recp.sqlite3") as connection:
        return [
            (name, sorted(connection.execute(f"SELECT * FROM {name}").fetchall(), key=repr))
            for name in MODELS
        ]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "laptop"
    db = Database(folder)
    seed(db, tmp_path)
    db.close()
    return folder


def test_login_sync_status_logout(devices, folder: Path, capsys, monkeypatch) -> None:
    url = devices.hub.url
    d = ("--data-dir", str(folder))
    code, out, err = recp(
        capsys,
        monkeypatch,
        *d,
        "hub",
        "login",
        url,
        "--user",
        "auditor-a",
        "--org",
        "A",
        "--password-stdin",
        stdin="wrong password\n",
    )
    assert code == 2 and "password is wrong" in err and load_account(folder) is None
    code, out, _ = recp(
        capsys,
        monkeypatch,
        *d,
        "hub",
        "login",
        url,
        "--user",
        "auditor-a",
        "--org",
        "A",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0 and "auditor-a (auditor) of A" in out
    code, out, _ = recp(capsys, monkeypatch, *d, "hub", "status", "--json")
    status = json.loads(out)
    assert status["changes_waiting"] == 10 and status["last_sync"] is None
    assert status["role"] == "auditor" and "token" not in status

    code, out, _ = recp(capsys, monkeypatch, *d, "sync", "--json")
    result = json.loads(out)
    assert code == 0
    assert (result["pushed"], result["photos_uploaded"], result["conflicts"]) == (10, 1, 0)
    assert result["pulled"] == 10  # its own records come back once, unchanged
    assert result["pull_counts"] == {"new": 0, "updated": 0, "unchanged": 10, "conflict": 0}
    code, out, _ = recp(capsys, monkeypatch, *d, "hub", "status", "--json")
    assert json.loads(out)["changes_waiting"] == 0 and json.loads(out)["last_sync"]
    db = Database(folder)  # one edit: one record up, in words with English plurals
    answer(db, _assessment_of(folder), YES_NO[0], AnswerState("no", note="plural check"))
    db.close()
    code, out, _ = recp(capsys, monkeypatch, *d, "sync")
    assert code == 0 and "Pushed 1 record, uploaded 0 photos; pulled 0 records" in out

    code, out, _ = recp(capsys, monkeypatch, *d, "hub", "logout")
    assert code == 0 and load_account(folder) is None
    code, out, err = recp(capsys, monkeypatch, *d, "sync")
    assert code == 2 and "not signed in" in err


def test_refusals_are_clear_and_change_nothing(devices, folder: Path, capsys, monkeypatch) -> None:
    d = ("--data-dir", str(folder))
    login = (
        "hub",
        "login",
        devices.hub.url,
        "--user",
        "auditor-a",
        "--org",
        "A",
        "--password-stdin",
    )
    assert recp(capsys, monkeypatch, *d, *login, stdin=PASSWORD)[0] == 0
    account = load_account(folder)
    before = records(folder)

    # the hub cannot be reached
    save_account(folder, replace(account, url=f"http://127.0.0.1:{free_port()}"))
    hooks = instrumentation.get_on_retry_hooks()
    code, _out, err = recp(capsys, monkeypatch, *d, "sync", "--retry-for", "1")
    assert code == 2 and "cannot be reached" in err
    # the first retry is said at once, with the budget; later ones are not (tryout: 120 s silence)
    assert err.count("Trying again for up to 1 s (Ctrl+C stops") == 1
    assert instrumentation.get_on_retry_hooks() == hooks  # stamina's process-wide hooks restored
    assert records(folder) == before

    # the device revoked by an admin
    save_account(folder, account)
    admin = devices.hub.login("A", "admin-a")
    assert admin.client.post(f"/v1/devices/{account.device_id}/revoke").status_code == 204
    code, _out, err = recp(capsys, monkeypatch, *d, "sync")
    assert code == 2 and "no longer accepts this computer's sign-in" in err
    assert records(folder) == before
    # status says so at once, without waiting for another round
    code, out, _ = recp(capsys, monkeypatch, *d, "hub", "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["signed_in"] is False
    assert "no longer accepts" in status["refused"]
    code, out, _ = recp(capsys, monkeypatch, *d, "hub", "status")
    assert "Not signed in any more" in out
    # signing in again goes on under a new device id (docs/sync-protocol.md §5)
    code, out, err = recp(capsys, monkeypatch, *d, *login, stdin=PASSWORD)
    assert code == 0, err
    renewed = load_account(folder)
    assert renewed.device_id != account.device_id and renewed.refused is None
    with sqlite3.connect(folder / "recp.sqlite3") as connection:
        [(kept_id,)] = connection.execute(
            "SELECT value FROM local_setting WHERE key = 'device_id'"
        ).fetchall()
    assert kept_id == renewed.device_id
    assert [name for name, _rows in records(folder)] == [name for name, _rows in before]
    assert sum(len(r) for _n, r in records(folder)) == sum(len(r) for _n, r in before)
    code, out, _ = recp(capsys, monkeypatch, *d, "hub", "status", "--json")
    assert json.loads(out)["signed_in"] is True
    assert recp(capsys, monkeypatch, *d, "sync")[0] == 0
    devices_now = {x["device_id"]: x["revoked"] for x in admin.client.get("/v1/devices").json()}
    assert devices_now[account.device_id] is True and devices_now[renewed.device_id] is False

    # the user disabled (a fresh data folder signs in first)
    other = folder.parent / "other"
    Database(other).close()
    o = ("--data-dir", str(other))
    assert (
        recp(capsys, monkeypatch, *o, *login[:4], "auditor2-a", *login[5:], stdin=PASSWORD)[0] == 0
    )
    assert admin.client.patch("/v1/users/auditor2-a", json={"disabled": True}).status_code == 200
    code, _out, err = recp(capsys, monkeypatch, *o, "sync")
    assert code == 2 and "Sign in again" in err
    code, _out, err = recp(
        capsys, monkeypatch, *o, *login[:4], "auditor2-a", *login[5:], stdin=PASSWORD
    )
    assert code == 2 and "disabled" in err


def test_sync_json_reports_a_failure_on_stdout(devices, folder: Path, capsys, monkeypatch) -> None:
    """A script running ``recp sync --json`` reads why it failed from stdout as JSON (tryout
    finding: stdout was empty), and the exit status says it failed."""
    d = ("--data-dir", str(folder))
    code, out, err = recp(capsys, monkeypatch, *d, "sync", "--json")
    assert code == 2 and "not signed in" in err
    assert json.loads(out) == {
        "error": err.removeprefix("recp: ").strip(),
        "code": "signed-out",
        "complete": False,
    }

    login = ("hub", "login", devices.hub.url, "--user", "auditor-a", "--org", "A")
    assert recp(capsys, monkeypatch, *d, *login, "--password-stdin", stdin=PASSWORD)[0] == 0
    account = load_account(folder)
    save_account(folder, replace(account, url=f"http://127.0.0.1:{free_port()}"))
    code, out, err = recp(capsys, monkeypatch, *d, "sync", "--json", "--retry-for", "1")
    failure = json.loads(out)
    assert code == 2 and failure["code"] == "network" and failure["complete"] is False
    assert "cannot be reached" in failure["error"] and failure["error"] in err

    save_account(folder, account)  # the device revoked: the hub's own code
    admin = devices.hub.login("A", "admin-a")
    assert admin.client.post(f"/v1/devices/{account.device_id}/revoke").status_code == 204
    code, out, _err = recp(capsys, monkeypatch, *d, "sync", "--json")
    assert code == 2 and json.loads(out)["code"] == "401.3"


def test_a_supervisor_assigns_an_auditor_from_the_command_line(
    devices, tmp_path: Path, capsys, monkeypatch
) -> None:
    """``recp hub assessments|assign|unassign`` (the tryout found no client-side way)."""
    laptop = devices.laptop("laptop")
    assessment_id = seed(laptop, tmp_path)
    assert sync(laptop).pushed == 10
    boss = devices.laptop("boss", "supervisor-a")
    colleague = devices.laptop("colleague", "auditor2-a")
    b = ("--data-dir", str(boss.folder))
    c = ("--data-dir", str(colleague.folder))

    code, out, _ = recp(capsys, monkeypatch, *b, "hub", "assessments", "--json")
    [row] = json.loads(out)
    assert code == 0 and row["assessment_id"] == assessment_id
    assert row["created_by"] == "auditor-a" and row["assignees"] == []
    assert recp(capsys, monkeypatch, *c, "sync")[0] == 0
    assert list_assessments(colleague) == []  # not theirs yet

    code, out, _ = recp(capsys, monkeypatch, *b, "hub", "assign", assessment_id, "auditor2-a")
    assert code == 0 and "auditor2-a is assigned" in out
    assert recp(capsys, monkeypatch, *c, "sync")[0] == 0
    assert [r.id for r in list_assessments(colleague)] == [assessment_id]
    code, out, _ = recp(capsys, monkeypatch, *b, "hub", "assessments")
    assert "assigned: auditor2-a" in out

    # an auditor may not assign; an unknown assessment is said so
    code, _out, err = recp(capsys, monkeypatch, *c, "hub", "assign", assessment_id, "auditor-a")
    assert code == 2 and "role" in err
    code, _out, err = recp(capsys, monkeypatch, *b, "hub", "assign", "no-such-id", "auditor2-a")
    assert code == 2 and err
    code, out, _ = recp(capsys, monkeypatch, *b, "hub", "unassign", assessment_id, "auditor2-a")
    assert code == 0 and "no longer assigned" in out


def test_a_hub_address_given_with_its_api_prefix_still_signs_in(
    devices, folder: Path, capsys, monkeypatch
) -> None:
    url = devices.hub.url
    login = ("hub", "login", f"{url}/v1/", "--user", "auditor-a", "--org", "A", "--password-stdin")
    code, _out, err = recp(capsys, monkeypatch, "--data-dir", str(folder), *login, stdin=PASSWORD)
    assert code == 0, err
    assert load_account(folder).url == url
    code, _out, err = recp(
        capsys,
        monkeypatch,
        "--data-dir",
        str(folder),
        *login[:2],
        "hub.example",
        *login[3:],
        stdin=PASSWORD,
    )
    assert code == 2 and "starts with https://" in err
