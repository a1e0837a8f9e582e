"""``recp-hub`` as a person runs it: serve (plain and TLS), the admin commands, a killed hub."""

from __future__ import annotations

import datetime as dt
import hashlib
import ssl
import threading
import time
from pathlib import Path

import httpx

from tests.hub.blobtools import random_payload
from tests.hub.conftest import prepare
from tests.hub.harness import HEADERS, PASSWORD, Hub, ProcessServer, cli, hub_settings


def test_serve_on_a_fresh_data_folder_prints_its_url(tmp_path: Path) -> None:
    settings = hub_settings(tmp_path, None)
    server = ProcessServer(settings)
    try:
        url = server.start()
        assert f"at {url}/" in server.output
        assert str(settings.blob_dir) in server.output
        health = httpx.get(f"{url}/health").json()
        assert health["status"] == "ok" and health["protocol_version"] == 1
    finally:
        server.stop()
    assert (settings.data_dir / "hub.sqlite3").exists()


def _self_signed(folder: Path) -> tuple[Path, Path]:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "hub.crt", folder / "hub.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_serve_with_tls(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    settings = hub_settings(tmp_path, None)
    server = ProcessServer(settings, "--ssl-certfile", str(cert), "--ssl-keyfile", str(key))
    try:
        url = server.start()
        assert url.startswith("https://") and f"at {url}/" in server.output
        context = ssl.create_default_context(cafile=str(cert))
        assert httpx.get(f"{url}/health", verify=context).status_code == 200
    finally:
        server.stop()


def test_admin_commands(tmp_path: Path, capsys) -> None:
    settings = hub_settings(tmp_path, None)
    assert cli(settings, "org", "create", "Georgia NCPC") == 0
    assert cli(settings, "org", "create", "Georgia NCPC") == 1
    assert "already exists" in capsys.readouterr().err
    made = cli(
        settings,
        "user",
        "create",
        "nino",
        "--org",
        "Georgia NCPC",
        "--role",
        "auditor",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert made == 0
    assert (
        cli(
            settings,
            "user",
            "create",
            "x",
            "--org",
            "Nowhere",
            "--role",
            "admin",
            "--password-stdin",
            stdin=PASSWORD + "\n",
        )
        == 1
    )
    assert "no organisation 'Nowhere'" in capsys.readouterr().err
    assert (
        cli(
            settings,
            "user",
            "create",
            "y",
            "--org",
            "Georgia NCPC",
            "--role",
            "admin",
            "--password-stdin",
            stdin="short\n",
        )
        == 1
    )
    assert "at least 10 characters" in capsys.readouterr().err
    with ProcessServer(settings) as server:
        url = server.start()
        hub = Hub(url, settings)
        device = hub.login("Georgia NCPC", "nino", device_id="laptop-nino")
        capsys.readouterr()
        assert cli(settings, "device", "list", "--org", "Georgia NCPC") == 0
        listed = capsys.readouterr().out
        assert "laptop-nino" in listed and "nino" in listed and "active" in listed
        assert cli(settings, "device", "revoke", "laptop-nino", "--org", "Georgia NCPC") == 0
        assert device.client.get("/v1/me").status_code == 401  # the running hub sees it at once
        assert cli(settings, "device", "revoke", "laptop-x", "--org", "Georgia NCPC") == 1
        second = hub.login("Georgia NCPC", "nino")
        assert cli(settings, "user", "disable", "nino", "--org", "Georgia NCPC") == 0
        assert second.client.get("/v1/me").status_code == 401
        assert hub.login_response("Georgia NCPC", "nino").status_code == 401
        capsys.readouterr()
        assert cli(settings, "user", "list", "--org", "Georgia NCPC") == 0
        # nino: two sign-ins made two devices, one revoked above -> 1 active; the other device
        # belongs to the disabled account but is not revoked, so it still counts
        [line] = [row for row in capsys.readouterr().out.splitlines() if row.startswith("nino ")]
        assert "disabled" in line and "1 active device " in line
        assert cli(settings, "user", "enable", "nino", "--org", "Georgia NCPC") == 0
        assert hub.login_response("Georgia NCPC", "nino").status_code == 200
        assert cli(settings, "user", "list", "--org", "Nowhere") == 1
        hub.close()


def test_a_hub_killed_during_an_upload_resumes_from_the_last_byte(
    tmp_path: Path, hub_database
) -> None:
    settings = prepare(tmp_path, hub_database)
    server = ProcessServer(settings)
    url = server.start()
    hub = Hub(url, settings)
    device = hub.login("A", "auditor-a")
    data, sha = random_payload(8 * 1024 * 1024)
    partial = settings.blob_dir / device.org_id / "partial" / sha
    piece = 64 * 1024

    def slowly():
        for start in range(0, len(data), piece):
            yield data[start : start + piece]
            time.sleep(0.01)

    failures: list[Exception] = []

    def upload() -> None:
        try:
            device.client.put(
                f"/v1/blobs/{sha}",
                content=slowly(),
                headers={"Content-Range": f"bytes 0-{len(data) - 1}/{len(data)}"},
            )
        except httpx.HTTPError as exc:
            failures.append(exc)

    thread = threading.Thread(target=upload)
    thread.start()
    deadline = time.monotonic() + 60
    while not (partial.exists() and partial.stat().st_size >= 1024 * 1024):
        assert time.monotonic() < deadline, "the upload did not start"
        time.sleep(0.01)
    server.kill()  # SIGKILL mid-upload
    thread.join(timeout=60)
    assert failures  # the client saw the connection break
    held = partial.stat().st_size
    assert 1024 * 1024 <= held < len(data)
    assert partial.read_bytes() == data[:held]  # what arrived is exactly a prefix

    again = ProcessServer(settings)
    try:
        url = again.start()
        client = httpx.Client(
            base_url=url,
            headers={**HEADERS, "Authorization": f"Bearer {device.token}"},
            timeout=60,
        )
        head = client.head(f"/v1/blobs/{sha}")
        assert head.headers["Upload-Offset"] == str(held)
        assert head.headers["RECP-Blob-State"] == "partial"
        rest = client.put(
            f"/v1/blobs/{sha}",
            content=data[held:],
            headers={"Content-Range": f"bytes {held}-{len(data) - 1}/{len(data)}"},
        )
        assert rest.json()["state"] == "complete", rest.text
        assert hashlib.sha256(client.get(f"/v1/blobs/{sha}").content).hexdigest() == sha
        admin = Hub(url, settings).login("A", "admin-a")
        uploads = [e for e in admin.client.get("/v1/audit").json() if e["action"] == "blob.upload"]
        assert len(uploads) == 1 and uploads[0]["detail"]["size"] == len(data)
        client.close()
        admin.close()
    finally:
        again.stop()
        hub.close()


def test_a_hub_killed_during_a_push_keeps_all_of_it_or_none(tmp_path: Path, hub_database) -> None:
    from tests.hub.records import answer, assessment, enterprise, pull_all, signed

    settings = prepare(tmp_path, hub_database)
    server = ProcessServer(settings)
    url = server.start()
    hub = Hub(url, settings)
    device = hub.login("A", "auditor-a")
    me = device.device_id
    batch = {
        "enterprise": [enterprise(me)],
        "assessment": [assessment(me)],
        "answer": [answer(f"a{i}", me, f"energy.q{i}") for i in range(3000)],
    }
    body = signed(device, batch)
    outcome: list[object] = []

    def send() -> None:
        try:
            outcome.append(device.client.post("/v1/push", json=body).status_code)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=send)
    thread.start()
    time.sleep(1.0)  # the hub is checking or merging the batch
    server.kill()
    thread.join(60)

    again = ProcessServer(settings)
    try:
        url = again.start()
        client = httpx.Client(
            base_url=url,
            headers={**HEADERS, "Authorization": f"Bearer {device.token}"},
            timeout=120,
        )
        device.client = client
        held = len(pull_all(device)[0])
        assert held in (0, 3002), held  # all of the batch or none of it
        retry = client.post("/v1/push", json=body)  # the client retries the same batch
        assert retry.status_code == 200, retry.text
        counts = retry.json()["counts"]
        assert counts == ({"new": 3002, "updated": 0, "unchanged": 0, "conflict": 0})
        records = pull_all(device)[0]
        assert len(records) == 3002 and len({r["record"]["id"] for r in records}) == 3002
        client.close()
    finally:
        again.stop()
        hub.close()
