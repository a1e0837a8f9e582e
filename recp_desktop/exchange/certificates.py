"""Checking a certificate of attendance offline, and the device's signer for issuing them.

A certificate (``docs/certificates.md``) verifies when its seal is intact, both signatures are
the embedded key's, and that key is one this installation knows: its own device key, or the key
of a device whose signed packages were imported here (trusted on first use, the
``trusted_device`` table that package import keeps). Anything else fails with a message that
says what: not a certificate, content changed after signing, or an unknown key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from recp_desktop.domain import certificate_seal as seal_format
from recp_desktop.exchange import keys
from recp_desktop.storage.models import TrustedDevice

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database

MAX_FILE = 50_000_000


@dataclass(frozen=True)
class KnownKey:
    """A key this installation trusts: whose it is, and since when (None: this device)."""

    device_id: str
    name: str
    first_seen: datetime | None


@dataclass(frozen=True)
class Verification:
    """The outcome. ``ok`` and a ``message`` in words; when the seal could be read, the
    ``code``, the ``payload`` and the signing key's ``fingerprint``; ``issuer`` when known."""

    ok: bool
    message: str
    code: str = ""
    fingerprint: str = ""
    payload: dict = field(default_factory=dict)
    issuer: KnownKey | None = None

    def as_json(self) -> dict:
        issuer = None
        if self.issuer is not None:
            issuer = {
                "device_id": self.issuer.device_id,
                "name": self.issuer.name,
                "this_device": self.issuer.first_seen is None,
            }
        return {
            "valid": self.ok,
            "message": self.message,
            "code": self.code or None,
            "key_fingerprint": self.fingerprint or None,
            "issuer": issuer,
            "certificate": self.payload or None,
        }


def known_keys(db: Database) -> dict[bytes, KnownKey]:
    """This device's key and every trusted device's key, by public key bytes."""
    found: dict[bytes, KnownKey] = {}
    with db.session() as session:
        for row in session.scalars(select(TrustedDevice)):
            try:
                found[bytes.fromhex(row.public_key)] = KnownKey(
                    row.device_id, row.name, row.first_seen
                )
            except ValueError:
                continue
    own = keys.existing_public_key(db.folder)
    if own is not None:
        found[own] = KnownKey(db.device_id, db.device_name, None)
    return found


def verify_bytes(data: bytes, known: dict[bytes, KnownKey]) -> Verification:
    """Check a sealed certificate's bytes against ``known`` keys (see the module docstring)."""
    try:
        sealed = seal_format.unseal(data)
    except seal_format.SealError as exc:
        return Verification(False, str(exc))
    print_ = keys.fingerprint(sealed.public_key)
    payload = sealed.payload
    if payload.get("format") != "recp-certificate" or payload.get("version") != 1:
        return Verification(False, "The seal is not of a RECP certificate version this app reads.")
    if not keys.verify(
        sealed.public_key,
        sealed.payload_signature,
        seal_format.payload_message(sealed.payload_json),
    ):
        return Verification(
            False,
            "The certificate's data were changed after it was signed: its signature does not "
            "match. Do not accept it.",
            fingerprint=print_,
        )
    code = sealed.code
    if not keys.verify(
        sealed.public_key,
        sealed.file_signature,
        seal_format.file_message(sealed.payload_json, sealed.pdf),
    ):
        return Verification(
            False,
            f"The PDF was changed after it was signed (its bytes differ from those signed; "
            f"code {code}). What it shows may not be what was issued. Do not accept it.",
            code=code,
            fingerprint=print_,
            payload=payload,
        )
    issuer = known.get(sealed.public_key)
    if issuer is None:
        return Verification(
            False,
            f"The certificate is intact but signed by an unknown key (fingerprint {print_}): "
            "neither this installation's key nor that of a device whose packages were imported "
            "here. Ask the issuing centre for its key fingerprint, or import a package from it.",
            code=code,
            fingerprint=print_,
            payload=payload,
        )
    who = (
        f"this installation ({issuer.name})"
        if issuer.first_seen is None
        else f"the device '{issuer.name}' ({issuer.device_id}), trusted here since "
        f"{issuer.first_seen:%Y-%m-%d}"
    )
    organiser = payload.get("organiser") or payload.get("facilitator") or "—"
    return Verification(
        True,
        f"Valid certificate {code}: {payload.get('participant')} ({payload.get('company')}), "
        f"RECP Club '{payload.get('club')}', issued on {payload.get('issued_on')} by "
        f"{organiser}, signed by {who}, key fingerprint {print_}.",
        code=code,
        fingerprint=print_,
        payload=payload,
        issuer=issuer,
    )


def verify_file(db: Database, path: Path) -> Verification:
    """Read ``path`` and check it; a file that cannot be read fails with the reason."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE:
            return Verification(False, f"{path} is too large to be a certificate.")
        data = path.read_bytes()
    except OSError as exc:
        return Verification(False, f"Cannot read {path}: {exc.strerror or exc}.")
    return verify_bytes(data, known_keys(db))


def device_signer(folder: Path):  # -> tuple[Callable[[bytes], bytes], bytes]
    """This data folder's signing function and public key (the key is made on first use)."""
    key = keys.device_key(folder)
    return (lambda message: keys.sign(key, message)), keys.public_bytes(key)
