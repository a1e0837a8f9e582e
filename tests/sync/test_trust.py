"""A self-signed hub's certificate pinned on first use; protocol versions; a forgotten cursor."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from recp_desktop.exchange.conflicts import list_conflicts
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import list_assessments
from recp_desktop.sync import changes, client
from recp_desktop.sync.account import load_account
from recp_desktop.sync.client import HubError
from recp_desktop.sync.round import UntrustedCertificateError, sign_in
from tests.hub.conftest import prepare
from tests.hub.harness import PASSWORD, ProcessServer
from tests.hub.test_serve import _self_signed
from tests.packages import seed
from tests.sync.devices import FAST, sync


@pytest.mark.parametrize("hub_database", ["sqlite"], indirect=True)
def test_a_self_signed_hub_is_trusted_once_by_its_fingerprint(tmp_path: Path, hub_database) -> None:
    settings = prepare(tmp_path, hub_database)
    cert, key = _self_signed(tmp_path)
    expected = x509.load_pem_x509_certificate(cert.read_bytes()).fingerprint(hashes.SHA256())
    shown = ":".join(f"{b:02X}" for b in expected)
    server = ProcessServer(settings, "--ssl-certfile", str(cert), "--ssl-keyfile", str(key))
    url = server.start()
    db = Database(tmp_path / "laptop")
    try:
        with pytest.raises(UntrustedCertificateError) as refused:
            sign_in(db, url, "auditor-a", PASSWORD, organisation="A", retry=FAST)
        assert refused.value.fingerprint == shown and shown in str(refused.value)
        assert load_account(db.folder) is None
        with pytest.raises(UntrustedCertificateError):  # another fingerprint is not enough
            sign_in(db, url, "auditor-a", PASSWORD, organisation="A", trust="AB:CD", retry=FAST)

        sign_in(db, url, "auditor-a", PASSWORD, organisation="A", trust=shown.lower(), retry=FAST)
        assert load_account(db.folder).fingerprint == shown
        seed(db, tmp_path)
        assert sync(db).pushed == 10

        # the same address now shows another certificate: refused, not trusted silently
        server.stop()
        other_dir = tmp_path / "other"
        other_dir.mkdir()
        cert2, key2 = _self_signed(other_dir)
        server.extra = ("--ssl-certfile", str(cert2), "--ssl-keyfile", str(key2))
        server.start()
        with pytest.raises(HubError) as changed:
            sync(db)
        assert changed.value.code == "tls" and "does not trust" in str(changed.value)
    finally:
        db.close()
        server.stop()


def test_an_app_too_old_or_too_new_is_told_so(devices, tmp_path: Path, monkeypatch) -> None:
    laptop = devices.laptop("laptop")
    seed(laptop, tmp_path)
    monkeypatch.setattr(client, "PROTOCOL_VERSION", 0)
    with pytest.raises(HubError) as old:
        sync(laptop)
    assert old.value.code == "426.1" and "Update the app" in str(old.value)
    monkeypatch.setattr(client, "PROTOCOL_VERSION", 2)
    with pytest.raises(HubError) as new:
        sync(laptop)
    assert new.value.code == "400.6" and "update the hub" in str(new.value)
    monkeypatch.setattr(client, "PROTOCOL_VERSION", 1)
    assert sync(laptop).pushed == 10  # nothing was marked as sent by the refused rounds


def test_a_cursor_the_hub_forgot_starts_the_pull_over(devices, tmp_path: Path) -> None:
    laptop = devices.laptop("laptop")
    seed(laptop, tmp_path)
    sync(laptop)
    boss = devices.laptop("boss", "supervisor-a")
    sync(boss)
    with boss.write() as connection:
        changes.save_cursor(connection, "MTpmb3Jnb3R0ZW46OTk")  # not one of this hub's
    again = sync(boss)
    assert again.restarted and again.pulled == 10
    assert again.pull_counts["unchanged"] == 10 and again.conflicts == 0
    assert len(list_assessments(boss)) == 1 and list_conflicts(boss) == []
