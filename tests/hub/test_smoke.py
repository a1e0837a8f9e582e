"""The hub answers on both databases: health, sign-in, who am I."""

from __future__ import annotations


def test_health_and_login(hub) -> None:
    import httpx

    health = httpx.get(f"{hub.url}/health")
    assert health.status_code == 200
    device = hub.login("A", "admin-a")
    me = device.client.get("/v1/me")
    assert me.status_code == 200, me.text
    assert me.json()["username"] == "admin-a"
