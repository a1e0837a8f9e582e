"""Sign-in, device tokens, roles, revocation, rate limits, protocol versions and the audit log."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from tests.hub.conftest import prepare
from tests.hub.harness import HEADERS, PASSWORD, Hub, ThreadServer, new_key


def _code(answer: httpx.Response) -> str:
    return answer.json()["code"]


def test_wrong_password_unknown_user_and_unknown_organisation_look_the_same(hub: Hub) -> None:
    answers = [
        hub.login_response("A", "admin-a", "wrong password!"),
        hub.login_response("A", "nobody", PASSWORD),
        hub.login_response("Nowhere", "admin-a", PASSWORD),
    ]
    assert {a.status_code for a in answers} == {401}
    assert len({a.text for a in answers}) == 1
    assert hub.login_response("A", "admin-a").status_code == 200  # control: the right password


def test_tokens_are_stored_only_as_hashes_and_revocable(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    url = hub.settings.database_url
    engine = create_engine(url)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(
                text("SELECT set_config('recp.org_id', :o, true)"), {"o": device.org_id}
            )
        stored = connection.execute(text("SELECT token_hash FROM device_token")).scalars().all()
    engine.dispose()
    assert device.token not in stored
    assert hashlib.sha256(device.token.encode()).hexdigest() in stored
    assert len(device.token.split(".")[1]) == 43  # 32 random bytes, url-safe base64

    assert device.client.post("/v1/logout").status_code == 204
    after = device.client.get("/v1/me")
    assert after.status_code == 401 and _code(after) == "401.3"


def test_a_forged_or_altered_token_is_refused(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    other = hub.login("B", "admin-b")
    org, secret = device.token.split(".")
    for token in (
        f"{other.org_id}.{secret}",  # a real secret presented to another organisation
        f"{org}.{secret[:-1]}A" if secret[-1] != "A" else f"{org}.{secret[:-1]}B",
        "not-a-token",
        "x",
    ):
        answer = httpx.get(
            f"{hub.url}/v1/me", headers={**HEADERS, "Authorization": f"Bearer {token}"}
        )
        assert answer.status_code == 401, token
    assert device.client.get("/v1/me").status_code == 200  # control


def test_roles_and_administration(hub: Hub) -> None:
    admin = hub.login("A", "admin-a")
    auditor = hub.login("A", "auditor-a")
    refused = auditor.client.get("/v1/users")
    assert refused.status_code == 403 and _code(refused) == "403.1"
    made = admin.client.post(
        "/v1/users", json={"username": "sup-a", "role": "supervisor", "password": PASSWORD}
    )
    assert made.status_code == 201, made.text
    again = admin.client.post(
        "/v1/users", json={"username": "sup-a", "role": "auditor", "password": PASSWORD}
    )
    assert again.status_code == 409 and _code(again) == "409.1"
    promoted = admin.client.patch("/v1/users/auditor-a", json={"role": "supervisor"})
    assert promoted.json()["role"] == "supervisor"
    assert auditor.client.get("/v1/me").json()["role"] == "supervisor"  # the role applies at once

    disabled = admin.client.patch("/v1/users/auditor-a", json={"disabled": True})
    assert disabled.json()["disabled"] is True
    assert auditor.client.get("/v1/me").status_code == 401  # signed out everywhere
    assert hub.login_response("A", "auditor-a").status_code == 401

    actions = [e["action"] for e in admin.client.get("/v1/audit").json()]
    for action in ("user.create", "user.role", "user.disable", "login", "device.register"):
        assert action in actions
    role_change = next(
        e for e in admin.client.get("/v1/audit").json() if e["action"] == "user.role"
    )
    assert role_change["detail"] == {"username": "auditor-a", "old": "auditor", "new": "supervisor"}
    assert (role_change["actor"], role_change["device_id"]) == ("admin-a", admin.device_id)


def test_devices_are_bound_to_their_user_and_key_and_can_be_revoked(hub: Hub) -> None:
    admin = hub.login("A", "admin-a")
    key = new_key()
    auditor = hub.login("A", "auditor-a", device_id="laptop-1", key=key)
    # The same device id by another user, or with another key, is refused.
    taken = hub.login_response("A", "admin-a", device_id="laptop-1", key=key)
    assert taken.status_code == 403 and _code(taken) == "403.2"
    forged = hub.login_response("A", "auditor-a", device_id="laptop-1")
    assert forged.status_code == 403 and _code(forged) == "403.2"
    # Signing in again with the same key gives a second token; both work.
    second = hub.login("A", "auditor-a", device_id="laptop-1", key=key)
    assert second.client.get("/v1/me").status_code == 200

    devices = {d["device_id"]: d for d in admin.client.get("/v1/devices").json()}
    assert devices["laptop-1"]["username"] == "auditor-a"
    assert admin.client.post("/v1/devices/laptop-1/revoke").status_code == 204
    for device in (auditor, second):
        assert device.client.get("/v1/me").status_code == 401
    again = hub.login_response("A", "auditor-a", device_id="laptop-1", key=key)
    assert again.status_code == 403 and "revoked" in again.json()["message"]
    devices = {d["device_id"]: d for d in admin.client.get("/v1/devices").json()}
    assert devices["laptop-1"]["revoked"] and not devices[admin.device_id]["revoked"]
    revoked = [e for e in admin.client.get("/v1/audit").json() if e["action"] == "device.revoke"]
    assert revoked[0]["detail"] == {"device": "laptop-1"}


def test_protocol_versions(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    auth = {"Authorization": f"Bearer {device.token}"}
    for old in ({}, {"RECP-Protocol": "0"}, {"RECP-Protocol": "banana"}):
        answer = httpx.get(f"{hub.url}/v1/me", headers={**auth, **old})
        assert answer.status_code == 426 and _code(answer) == "426.1"
        assert "Update the app" in answer.json()["message"]
    newer = httpx.get(f"{hub.url}/v1/me", headers={**auth, "RECP-Protocol": "2"})
    assert newer.status_code == 400 and _code(newer) == "400.6"
    health = httpx.get(f"{hub.url}/health").json()  # no header needed, nothing else disclosed
    assert set(health) == {"status", "hub_version", "protocol_version", "min_protocol_version"}


def test_failed_sign_ins_are_rate_limited(tmp_path: Path, hub_database) -> None:
    settings = prepare(tmp_path, hub_database, login_failures=3, login_window=600.0)
    with ThreadServer(settings) as url:
        hub = Hub(url, settings)
        for _ in range(3):
            assert hub.login_response("A", "admin-a", "wrong password!").status_code == 401
        limited = hub.login_response("A", "admin-a", PASSWORD)  # even the right password waits
        assert limited.status_code == 429 and _code(limited) == "429.1"
        assert 0 < int(limited.headers["Retry-After"]) <= 600
        other = hub.login("B", "admin-b")  # another account from the same address still may
        assert all(e["action"] != "login.failed" for e in other.client.get("/v1/audit").json())
        hub.close()
    # After the window (here: a new hub process forgets it) the right password works, and A's
    # audit log holds the three failures.
    with ThreadServer(settings) as url:
        hub = Hub(url, settings)
        events = hub.login("A", "admin-a").client.get("/v1/audit").json()
        assert [e["action"] for e in events].count("login.failed") == 3
        hub.close()


def test_the_limiter_counts_per_window_and_per_kind_of_key() -> None:
    from recp_hub.ratelimit import FailureLimiter

    now = [1000.0]
    limiter = FailureLimiter(3, 60.0, address_factor=2, clock=lambda: now[0])
    for _ in range(3):
        assert limiter.retry_after("account:a", "address:x") == 0
        limiter.fail("account:a", "address:x")
    assert limiter.retry_after("account:a") == 60  # the 3rd failure of 3 allowed
    assert limiter.retry_after("account:b", "address:x") == 0  # the address allows 6
    limiter.fail("account:b", "address:x")
    limiter.fail("account:b", "address:x")
    limiter.fail("account:c", "address:x")
    assert limiter.retry_after("account:d", "address:x") == 60
    now[0] += 60.5
    assert limiter.retry_after("account:a", "address:x") == 0  # the window slid past them
    limiter.succeed("account:b")
    assert limiter.retry_after("account:b") == 0
