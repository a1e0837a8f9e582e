"""Photo uploads: resumable, verified, write-once, per organisation; hostile ranges refused."""

from __future__ import annotations

import hashlib

import httpx

from tests.hub.blobtools import files_under, payload, put, random_payload
from tests.hub.harness import Hub


def test_an_upload_in_pieces_becomes_visible_only_when_whole_and_right(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    data, sha = random_payload(300_000)
    head = device.client.head(f"/v1/blobs/{sha}")
    assert head.status_code == 404 and head.headers["Upload-Offset"] == "0"
    assert head.headers["RECP-Blob-State"] == "absent"

    first = put(device.client, sha, data[:100_000], 0, len(data))
    assert first.status_code == 200 and first.json()["state"] == "partial"
    head = device.client.head(f"/v1/blobs/{sha}")
    assert (head.status_code, head.headers["Upload-Offset"]) == (200, "100000")
    assert head.headers["RECP-Blob-State"] == "partial"
    assert device.client.get(f"/v1/blobs/{sha}").status_code == 404  # not visible yet

    stale = put(device.client, sha, data[:100_000], 0, len(data))  # a retried first piece
    assert stale.status_code == 409 and stale.json()["code"] == "409.2"
    assert stale.headers["Upload-Offset"] == "100000"

    last = put(device.client, sha, data[100_000:], 100_000, len(data))
    assert last.json() == {"sha256": sha, "state": "complete", "offset": 300_000, "size": 300_000}
    got = device.client.get(f"/v1/blobs/{sha}")
    assert got.status_code == 200 and hashlib.sha256(got.content).hexdigest() == sha
    head = device.client.head(f"/v1/blobs/{sha}")
    assert head.headers["RECP-Blob-State"] == "complete"
    assert head.headers["Content-Length"] == "300000"
    assert files_under(hub.settings.blob_dir) == [f"{device.org_id}/{sha[:2]}/{sha}"]


def test_a_complete_blob_is_written_once(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    data, sha = payload(5000)
    assert put(device.client, sha, data, 0, len(data)).json()["state"] == "complete"
    path = hub.settings.blob_dir / device.org_id / sha[:2] / sha
    before = path.stat().st_mtime_ns
    again = put(device.client, sha, b"X" * 5000, 0, 5000)  # other bytes under the same name
    assert again.status_code == 200 and again.json()["state"] == "complete"
    assert path.read_bytes() == data and path.stat().st_mtime_ns == before


def test_wrong_bytes_are_discarded_and_never_shown(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    data, sha = payload(4000)
    wrong = bytearray(data)
    wrong[1234] ^= 1
    answer = put(device.client, sha, bytes(wrong), 0, len(data))
    assert answer.status_code == 422 and answer.json()["code"] == "422.1"
    assert device.client.get(f"/v1/blobs/{sha}").status_code == 404
    assert device.client.head(f"/v1/blobs/{sha}").headers["RECP-Blob-State"] == "absent"
    assert files_under(hub.settings.blob_dir) == []
    assert put(device.client, sha, data, 0, len(data)).json()["state"] == "complete"  # control


def test_finishing_an_upload_whose_bytes_are_all_held(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    data, sha = payload(3000, seed=7)
    # All bytes but the answer lost: the hub holds them in the partial file.
    partial = hub.settings.blob_dir / device.org_id / "partial" / sha
    assert put(device.client, sha, data[:1000], 0, 3000).json()["offset"] == 1000
    with partial.open("ab") as handle:  # as if the last piece arrived and the hub then died
        handle.write(data[1000:])
    asked = device.client.put(
        f"/v1/blobs/{sha}", content=b"", headers={"Content-Range": "bytes */3000"}
    )
    assert asked.json()["state"] == "complete"


def test_hostile_names_and_ranges_are_refused_without_a_write(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    data, sha = payload(100)
    # Path-like names: refused as not a SHA-256 (400.3), or not even routed (404.1) where the
    # client or the router has already resolved the dots; either way nothing is written.
    for name in (
        "..",
        "..%2F..%2Fetc%2Fpasswd",
        "%2e%2e",
        sha.upper(),
        sha[:63],
        sha + "0",
        sha[:60] + "%00ab",
        "g" * 64,
    ):
        answer = device.client.put(
            f"/v1/blobs/{name}", content=data, headers={"Content-Range": "bytes 0-99/100"}
        )
        assert (answer.status_code, answer.json()["code"]) in {(400, "400.3"), (404, "404.1")}
    assert files_under(hub.settings.blob_dir) == []
    ranges = {
        "bytes 0-100/100": ("416.1", 416),  # past the end
        "bytes 50-149/100": ("416.1", 416),
        "bytes 60-50/100": ("416.1", 416),
        "bytes 0-99/-1": ("400.4", 400),
        "bytes=0-99/100": ("400.4", 400),
        "bytes 0-99/*": ("400.4", 400),
        "": ("400.4", 400),
        "bytes 0-99/99999999999999": ("413.1", 413),
    }
    for header, (code, status) in ranges.items():
        answer = device.client.put(
            f"/v1/blobs/{sha}", content=data, headers={"Content-Range": header}
        )
        assert (answer.status_code, answer.json()["code"]) == (status, code), header
    # A body that is not the length its range says.
    short = device.client.put(
        f"/v1/blobs/{sha}", content=data[:50], headers={"Content-Range": "bytes 0-99/100"}
    )
    assert short.json()["code"] == "400.5"
    # details are numbers, as in the streamed count: a client compares them, never parses them
    assert short.json()["details"] == {"received": 50, "expected": 100}

    def longer():  # no Content-Length: the hub counts as it streams
        yield data
        yield b"extra bytes"

    long = device.client.put(
        f"/v1/blobs/{sha}", content=longer(), headers={"Content-Range": "bytes 0-99/100"}
    )
    assert long.json()["code"] == "400.5"
    assert device.client.head(f"/v1/blobs/{sha}").headers["Upload-Offset"] == "0"
    partial = f"{device.org_id}/partial/{sha}"
    assert files_under(hub.settings.blob_dir) in ([], [partial])
    assert (hub.settings.blob_dir / partial).stat().st_size == 0  # the refused bytes were cut
    # Another total for an upload begun: refused.
    assert put(device.client, sha, data[:10], 0, 100).status_code == 200
    other_total = put(device.client, sha, data[10:20], 10, 200)
    assert other_total.status_code == 409 and other_total.json()["code"] == "409.4"
    assert put(device.client, sha, data[10:], 10, 100).json()["state"] == "complete"  # control


def test_uploads_need_a_sign_in(hub: Hub) -> None:
    data, sha = payload(10)
    anonymous = httpx.put(
        f"{hub.url}/v1/blobs/{sha}",
        content=data,
        headers={"Content-Range": "bytes 0-9/10", "RECP-Protocol": "1"},
    )
    assert anonymous.status_code == 401
    assert files_under(hub.settings.blob_dir) == []


def test_two_uploads_of_the_same_photo_at_once_write_it_once(hub: Hub) -> None:
    import threading
    import time

    first = hub.login("A", "auditor-a")
    second = hub.login("A", "admin-a")
    data, sha = random_payload(2 * 1024 * 1024)
    started = threading.Event()

    def slowly():
        for start in range(0, len(data), 256 * 1024):
            yield data[start : start + 256 * 1024]
            started.set()
            time.sleep(0.05)

    answers: list[httpx.Response] = []
    thread = threading.Thread(
        target=lambda: answers.append(
            first.client.put(
                f"/v1/blobs/{sha}",
                content=slowly(),
                headers={"Content-Range": f"bytes 0-{len(data) - 1}/{len(data)}"},
            )
        )
    )
    thread.start()
    started.wait(30)
    racing = put(second.client, sha, data, 0, len(data))
    thread.join(60)
    # Whichever came second was told to wait (409.3) or to resume elsewhere (409.2), or found
    # the photo complete; at least one completed it, and it was written once.
    outcomes = []
    for answer in (answers[0], racing):
        if answer.status_code == 200:
            outcomes.append(answer.json()["state"])
        else:
            assert answer.status_code == 409, answer.text
            outcomes.append(answer.json()["code"])
    assert "complete" in outcomes and set(outcomes) <= {"complete", "409.2", "409.3"}
    assert files_under(hub.settings.blob_dir) == [f"{first.org_id}/{sha[:2]}/{sha}"]
    stored = (hub.settings.blob_dir / first.org_id / sha[:2] / sha).read_bytes()
    assert stored == data
    admin_log = second.client.get("/v1/audit").json()
    assert [e["action"] for e in admin_log].count("blob.upload") == 1
