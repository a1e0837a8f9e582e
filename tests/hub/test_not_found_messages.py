"""A 404.1 says what was not found: an unknown user or device on the command line, an address
the hub does not serve (a hub URL with a path), in words a person can act on (tryout finding:
every one of them said "Nothing is there.")."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest

from recp_desktop.cli import main as recp
from tests.hub.harness import PASSWORD, Hub, cli, hub_settings, seed_accounts


def test_recp_hub_names_the_user_or_device_it_cannot_find(tmp_path: Path, capsys) -> None:
    settings = hub_settings(tmp_path, None)
    assert cli(settings, "migrate") == 0
    seed_accounts(settings)
    capsys.readouterr()

    assert cli(settings, "user", "disable", "ghost", "--org", "A") == 1
    assert capsys.readouterr().err == "recp-hub: No user 'ghost' in organisation 'A'.\n"
    assert cli(settings, "user", "enable", "admin-b", "--org", "A") == 1  # B's user, not A's
    assert "No user 'admin-b' in organisation 'A'." in capsys.readouterr().err
    device = "0b7e1d2c-5a4f-4e3b-9c8d-7f6e5d4c3b2a"
    assert cli(settings, "device", "revoke", device, "--org", "B") == 1
    assert f"No device '{device}' in organisation 'B'" in capsys.readouterr().err


def test_the_api_says_what_kind_of_thing_it_cannot_find(hub: Hub) -> None:
    """The API's words do not repeat the name asked for: another organisation's user must get
    the same answer as no user at all (test_isolation)."""
    admin = hub.login("A", "admin-a")
    answer = admin.client.patch("/v1/users/ghost", json={"disabled": True})
    assert (answer.status_code, answer.json()["code"]) == (404, "404.1")
    assert (
        answer.json()["message"] == "No such user in your organisation (the user list shows them)."
    )
    answer = admin.client.post(f"/v1/devices/{uuid.uuid4()}/revoke")
    assert answer.json()["message"].startswith("No such device in your organisation")
    answer = admin.client.get("/recp/v1/me")  # a hub URL given with a path
    assert answer.json()["code"] == "404.1"
    assert answer.json()["message"].startswith("This hub has no address '/recp/v1/me'.")
    answer = admin.client.get("/v1/nowhere")
    assert answer.json()["message"].startswith("Nothing in your organisation is at this address")


@pytest.mark.parametrize("hub_database", ["sqlite"], indirect=True)
def test_recp_hub_login_to_a_url_with_a_wrong_path_says_so(
    hub: Hub, tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    args = ["--data-dir", str(tmp_path / "laptop"), "hub", "login", f"{hub.url}/recp"]
    code = recp([*args, "--user", "auditor-a", "--org", "A", "--password-stdin"])
    err = capsys.readouterr().err
    assert code == 2
    assert "This hub has no address '/recp/health'" in err
    assert "Check the hub's address" in err
