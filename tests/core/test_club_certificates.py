"""Certificates of attendance: written in en/ru/az, readable by poppler, verified offline;
any changed byte, a swapped seal, or an unknown key fails with a clear message."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from recp_desktop.domain import certificate_seal as seal_format
from recp_desktop.exchange import keys
from recp_desktop.exchange.certificates import device_signer, verify_bytes, verify_file
from recp_desktop.report.certificate import CertificateData, certificate_bytes
from recp_desktop.report.club_certificates import issue_certificates
from recp_desktop.storage import clubs
from recp_desktop.storage.models import TrustedDevice
from recp_desktop.storage.repository import create_enterprise

TITLES = {
    "en": "Certificate of attendance",
    "ru": "Сертификат участника",
    "az": "İştirak sertifikatı",
}


@pytest.fixture
def issued(db, tmp_path: Path):
    """One qualifying participant (2 of 2 sessions, no homework) and one who does not."""
    c = clubs.create_club(
        db,
        name="Orsha RECP Club",
        country="BY",
        region="BY-VI",
        city="Orsha",
        facilitator="Siarhei Pashkevich",
        organiser="National RECP Centre",
        min_sessions=2,
    )
    s1 = clubs.add_session(db, c.id, date(2021, 2, 25), "Resource consumption data")
    s2 = clubs.add_session(db, c.id, date(2021, 3, 11), "Mini-audit: energy, water")
    plant = create_enterprise(db, name="Оршанский льнокомбинат", country="BY", city="Orsha")
    olga = clubs.add_participant(db, c.id, plant.id, "Ольга Иванова", "главный энергетик")
    ivan = clubs.add_participant(db, c.id, plant.id, "Ivan Petrov")
    for s in (s1, s2):
        clubs.set_attendance(db, s.id, olga.id, True)
    clubs.set_attendance(db, s1.id, ivan.id, True)
    sign, public_key = device_signer(db.folder)
    out = {}
    for language in ("en", "ru", "az"):
        folder = tmp_path / language
        folder.mkdir()
        out[language] = issue_certificates(
            db,
            c.id,
            folder,
            language=language,
            sign=sign,
            public_key=public_key,
            today=date(2021, 4, 2),
        )
    return db, out


def test_only_who_qualifies_gets_one_and_it_verifies(issued) -> None:
    db, out = issued
    for language, certificates in out.items():
        assert [i.participant for i in certificates] == ["Ольга Иванова"], language
        result = verify_file(db, certificates[0].path)
        assert result.ok, result.message
        assert result.code == certificates[0].code
        assert result.payload["sessions"] == [
            {"date": "2021-02-25", "topic": "Resource consumption data"},
            {"date": "2021-03-11", "topic": "Mini-audit: energy, water"},
        ]
        assert "signed by this installation" in result.message
        assert certificates[0].code in certificates[0].path.name


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_sealed_pdf_opens_and_shows_the_words_of_its_language(issued) -> None:
    _, out = issued
    for language, certificates in out.items():
        path = certificates[0].path
        shown = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        )
        assert shown.stderr == ""  # poppler reads the sealed file without complaint
        text = " ".join(shown.stdout.split())
        assert TITLES[language] in text
        assert "Ольга Иванова" in text and "Оршанский льнокомбинат" in text
        assert certificates[0].code in text
        date_shown = {"en": "25 February 2021", "ru": "25 февраля 2021", "az": "25 fevral 2021"}
        assert date_shown[language] in text


def test_any_changed_byte_fails(issued) -> None:
    db, out = issued
    data = out["en"][0].path.read_bytes()
    from recp_desktop.exchange.certificates import known_keys

    known = known_keys(db)
    assert verify_bytes(data, known).ok
    seal_at = data.rfind(seal_format.MAGIC)
    # a byte of the PDF header, of a content stream in the middle, and just before the seal
    for offset in (10, seal_at // 2, seal_at - 3):
        changed = bytearray(data)
        changed[offset] ^= 0x01
        result = verify_bytes(bytes(changed), known)
        assert not result.ok, offset
        assert "changed after it was signed" in result.message, offset


def test_a_seal_moved_to_another_pdf_fails(issued) -> None:
    """The visible text differs (another person's certificate) under a genuine seal."""
    db, out = issued
    from recp_desktop.exchange.certificates import known_keys

    english = out["en"][0].path.read_bytes()
    russian = out["ru"][0].path.read_bytes()
    at_en, at_ru = english.rfind(seal_format.MAGIC), russian.rfind(seal_format.MAGIC)
    forged = russian[:at_ru] + english[at_en:]
    result = verify_bytes(forged, known_keys(db))
    assert not result.ok
    assert "changed after it was signed" in result.message


def test_changed_payload_fails(issued) -> None:
    db, out = issued
    from recp_desktop.exchange.certificates import known_keys

    data = out["en"][0].path.read_bytes()
    sealed = seal_format.unseal(data)
    payload = dict(sealed.payload, participant="Someone Else")
    old = base64.b64encode(sealed.payload_json)
    new = base64.b64encode(seal_format.canonical(payload))
    result = verify_bytes(data.replace(old, new), known_keys(db))
    assert not result.ok
    assert "data were changed after it was signed" in result.message


def test_removed_or_cut_seal_fails(issued) -> None:
    db, out = issued
    data = out["en"][0].path.read_bytes()
    at = data.rfind(seal_format.MAGIC)
    assert "carries no RECP certificate seal" in verify_bytes(data[:at], {}).message
    assert "seal is damaged" in verify_bytes(data[:-40], {}).message
    missing = verify_file(db, Path("/nonexistent/cert.pdf"))
    assert not missing.ok and "Cannot read" in missing.message


def test_unknown_key_fails_then_a_trusted_device_verifies(db) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from recp_desktop.exchange.certificates import known_keys

    stranger = Ed25519PrivateKey.generate()
    public = keys.public_bytes(stranger)
    data = CertificateData(
        certificate_id="c1",
        participant="Leyla Mammadova",
        position="",
        company="Gəncə Süd",
        club="Ganja RECP Club",
        place="Ganja, Azerbaijan",
        facilitator="R. Aliyev",
        organiser="Centre",
        sessions=((date(2022, 5, 1), "Water"),),
        sessions_total=1,
        homework_done=0,
        homework_total=0,
        issued_on=date(2022, 6, 1),
    )
    sealed, code = certificate_bytes(data, "az", stranger.sign, public)
    result = verify_bytes(sealed, known_keys(db))
    assert not result.ok
    assert "signed by an unknown key" in result.message
    assert keys.fingerprint(public) in result.message
    with db.session() as session:  # as package import records a device on first use
        session.add(
            TrustedDevice(
                device_id="dev-ganja",
                public_key=public.hex(),
                name="Ganja laptop",
                first_seen=datetime(2022, 1, 5, tzinfo=UTC),
            )
        )
    trusted = verify_bytes(sealed, known_keys(db))
    assert trusted.ok, trusted.message
    assert "the device 'Ganja laptop' (dev-ganja), trusted here since 2022-01-05" in trusted.message
    assert (
        trusted.code
        == code
        == seal_format.code_from_signature(
            stranger.sign(seal_format.payload_message(seal_format.canonical(data.payload("az"))))
        )
    )


def test_code_form() -> None:
    code = seal_format.code_from_signature(bytes(64))
    assert len(code) == 11 and code[5] == "-"
    assert set(code.replace("-", "")) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert seal_format.normalise_code(code.lower().replace("-", " ")) == code


def test_verify_cli(issued, tmp_path: Path) -> None:
    from tests.core.test_cli import recp

    db, out = issued
    path = out["az"][0].path
    good = recp("--data-dir", str(db.folder), "certificate", "verify", str(path), "--json")
    assert good.returncode == 0, good.stderr
    report = json.loads(good.stdout)
    assert report["valid"] and report["issuer"]["this_device"]
    assert report["certificate"]["language"] == "az"
    bad_file = tmp_path / "bad.pdf"
    data = bytearray(path.read_bytes())
    data[500] ^= 0x20
    bad_file.write_bytes(bytes(data))
    bad = recp("--data-dir", str(db.folder), "certificate", "verify", str(bad_file))
    assert bad.returncode == 1
    assert "NOT VALID" in bad.stderr and "changed after it was signed" in bad.stderr
    elsewhere = recp("--data-dir", str(tmp_path / "other"), "certificate", "verify", str(path))
    assert elsewhere.returncode == 1 and "unknown key" in elsewhere.stderr


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")
def test_a_long_course_still_fits_one_page(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    sessions = tuple(
        (date(2022, 3, day), f"Session {day}: " + "long topic " * 8) for day in range(1, 21)
    )
    data = CertificateData(
        certificate_id="c2",
        participant="Gülnarə Məmmədova",
        position="Baş mühəndis",
        company="Gəncə Şərab",
        club="Gəncə RECP Klubu",
        place="Gəncə, Azərbaycan",
        facilitator="Rauf Əliyev",
        organiser="Milli RECP Mərkəzi",
        sessions=sessions,
        sessions_total=20,
        homework_done=3,
        homework_total=3,
        issued_on=date(2022, 9, 1),
    )
    sealed, _ = certificate_bytes(data, "az", key.sign, keys.public_bytes(key))
    path = tmp_path / "long.pdf"
    path.write_bytes(sealed)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout
