"""Hostile requests: each a clear 4xx from the catalogue, and nothing written."""

from __future__ import annotations

from tests.hub.harness import PASSWORD, Hub


def _users(hub: Hub, admin) -> list[str]:
    return sorted(u["username"] for u in admin.client.get("/v1/users").json())


def test_bodies_too_large_wrong_or_not_json(hub: Hub) -> None:
    admin = hub.login("A", "admin-a")
    before = _users(hub, admin)
    limit = hub.settings.max_json_bytes
    huge = b'{"username": "' + b"x" * limit + b'", "role": "auditor", "password": "p"}'
    declared = admin.client.post(
        "/v1/users", content=huge, headers={"Content-Type": "application/json"}
    )
    assert (declared.status_code, declared.json()["code"]) == (413, "413.1")

    def streamed():  # no Content-Length: counted as it arrives
        for start in range(0, len(huge), 1 << 20):
            yield huge[start : start + (1 << 20)]

    chunked = admin.client.post(
        "/v1/users", content=streamed(), headers={"Content-Type": "application/json"}
    )
    assert (chunked.status_code, chunked.json()["code"]) == (413, "413.1")

    cases = [
        ({"username": 5, "role": "auditor", "password": PASSWORD}, "400.1"),
        ({"username": "u1", "role": "owner", "password": PASSWORD}, "400.1"),
        ({"username": "u2", "role": "auditor", "password": "short"}, "400.1"),
        ({"username": "u3", "role": "auditor", "password": PASSWORD, "admin": True}, "400.1"),
        ({"username": ["u4"], "role": "auditor", "password": PASSWORD}, "400.1"),
        ([], "400.1"),
    ]
    for body, code in cases:
        answer = admin.client.post("/v1/users", json=body)
        assert (answer.status_code, answer.json()["code"]) == (400, code), body
    for raw in (b"{", b"\xff\xfe", b'{"username": NaN}', b""):
        answer = admin.client.post(
            "/v1/users", content=raw, headers={"Content-Type": "application/json"}
        )
        assert answer.status_code == 400 and answer.json()["code"] in {"400.1", "400.2"}, raw
    assert _users(hub, admin) == before
    made = admin.client.post(  # control: the same request, well formed, is accepted
        "/v1/users", json={"username": "u5", "role": "auditor", "password": PASSWORD}
    )
    assert made.status_code == 201


def test_login_refuses_malformed_devices_and_keys(hub: Hub) -> None:
    import httpx

    from tests.hub.harness import HEADERS, new_key, public_hex

    good = {
        "organisation": "A",
        "username": "auditor-a",
        "password": PASSWORD,
        "device_id": "laptop-9",
        "device_name": "L",
        "public_key": public_hex(new_key()),
    }
    for change in (
        {"device_id": "../etc"},
        {"device_id": ""},
        {"device_id": "x" * 37},
        {"public_key": "AB" * 32},
        {"public_key": "ab" * 31},
        {"password": 12345},
        {"organisation": None},
    ):
        answer = httpx.post(f"{hub.url}/v1/login", json={**good, **change}, headers=HEADERS)
        assert (answer.status_code, answer.json()["code"]) == (400, "400.1"), change
    admin = hub.login("A", "admin-a")
    assert [d["device_id"] for d in admin.client.get("/v1/devices").json()] == [admin.device_id]
    assert httpx.post(f"{hub.url}/v1/login", json=good, headers=HEADERS).status_code == 200


def test_unknown_addresses_and_methods(hub: Hub) -> None:
    admin = hub.login("A", "admin-a")
    assert admin.client.get("/v1/nothing").json()["code"] == "404.1"
    assert admin.client.delete("/v1/users").json()["code"] == "405.1"
    assert admin.client.get("/docs").status_code == 404  # no interactive docs in production
