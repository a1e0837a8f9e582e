"""Nobody reaches another organisation: every endpoint, with a token of organisation B, on A's
users, devices, photos and log — refused with exactly the answer for something that is not there.
"""

from __future__ import annotations

import uuid

from tests.hub.blobtools import payload, put
from tests.hub.harness import PASSWORD, Hub

# Every route of the app, and the test below that covers it with a token of another organisation.
COVERED = {
    ("GET", "/health"): "public: versions only",
    ("POST", "/v1/login"): "credentials are per organisation (test_auth)",
    ("POST", "/v1/logout"): "revokes only the caller's own token",
    ("GET", "/v1/me"): "the caller's own identity",
    ("GET", "/v1/users"): "lists",
    ("POST", "/v1/users"): "creates in the caller's organisation",
    ("PATCH", "/v1/users/{username}"): "same as not there",
    ("GET", "/v1/devices"): "lists",
    ("POST", "/v1/devices/{device_id}/revoke"): "same as not there",
    ("GET", "/v1/audit"): "lists",
    ("HEAD", "/v1/blobs/{sha256}"): "same as not there",
    ("GET", "/v1/blobs/{sha256}"): "same as not there",
    ("PUT", "/v1/blobs/{sha256}"): "an upload of its own",
    ("POST", "/v1/push"): "records of its own (test_sync)",
    ("GET", "/v1/pull"): "its own changes; another's cursor is 410 (test_sync)",
    ("GET", "/v1/conflicts"): "its own (test_sync)",
    ("GET", "/v1/assessments"): "lists its own (test_scope)",
    (
        "PUT",
        "/v1/assessments/{assessment_id}/assignees/{username}",
    ): "same as not there (test_scope)",
    ("DELETE", "/v1/assessments/{assessment_id}/assignees/{username}"): "same as not there",
}


def test_every_route_is_covered(tmp_path) -> None:
    from recp_hub.app import create_app
    from recp_hub.settings import HubSettings

    paths = create_app(HubSettings.resolve(tmp_path)).openapi()["paths"]
    routes = {(method.upper(), path) for path, item in paths.items() for method in item}
    assert routes == set(COVERED)


def _same(a, b) -> None:
    assert (a.status_code, a.text, a.headers.get("Upload-Offset")) == (
        b.status_code,
        b.text,
        b.headers.get("Upload-Offset"),
    )


def test_organisation_b_learns_nothing_of_a(hub: Hub) -> None:
    a_admin = hub.login("A", "admin-a")
    a_auditor = hub.login("A", "auditor-a")
    b = hub.login("B", "admin-b").client
    data, sha = payload(2000, seed=1)
    assert put(a_auditor.client, sha, data, 0, len(data)).json()["state"] == "complete"
    half, half_sha = payload(2000, seed=2)
    assert put(a_auditor.client, half_sha, half[:1000], 0, 2000).json()["state"] == "partial"
    missing = "f" * 64
    a_events = {e["actor"] for e in a_admin.client.get("/v1/audit").json()}

    # Targeted at one of A's things: the same answer as for a thing that does not exist.
    _same(
        b.patch("/v1/users/auditor-a", json={"role": "admin"}),
        b.patch("/v1/users/nobody-at-all", json={"role": "admin"}),
    )
    _same(
        b.post(f"/v1/devices/{a_auditor.device_id}/revoke"),
        b.post(f"/v1/devices/{uuid.uuid4()}/revoke"),
    )
    for blob in (sha, half_sha):
        _same(b.head(f"/v1/blobs/{blob}"), b.head(f"/v1/blobs/{missing}"))
        _same(b.get(f"/v1/blobs/{blob}"), b.get(f"/v1/blobs/{missing}"))
    # Uploading what A has is B's own upload from byte 0, not a shortcut to A's file.
    own = put(b, sha, data[:500], 0, len(data))
    assert own.json() == {"sha256": sha, "state": "partial", "offset": 500, "size": 2000}
    resumed = put(b, half_sha, half[1000:], 1000, 2000)  # A's offset means nothing to B
    assert resumed.status_code == 409 and resumed.headers["Upload-Offset"] == "0"

    # Lists: only B's own.
    assert {u["username"] for u in b.get("/v1/users").json()} == {"admin-b"}
    assert {d["username"] for d in b.get("/v1/devices").json()} == {"admin-b"}
    assert {e["actor"] for e in b.get("/v1/audit").json()}.isdisjoint(a_events - {"cli"})
    assert b.get("/v1/me").json()["organisation"] == "B"
    made = b.post(
        "/v1/users", json={"username": "auditor-a", "role": "auditor", "password": PASSWORD}
    )
    assert made.status_code == 201  # a name taken in A is free in B: nothing leaks

    # And nothing of A changed.
    assert a_auditor.client.get("/v1/me").json()["role"] == "auditor"
    assert a_auditor.client.get(f"/v1/blobs/{sha}").content == data
    assert a_auditor.client.head(f"/v1/blobs/{half_sha}").headers["Upload-Offset"] == "1000"
    assert b.post("/v1/logout").status_code == 204
    assert a_admin.client.get("/v1/me").status_code == 200  # B's sign-out is B's alone
