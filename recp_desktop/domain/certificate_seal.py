"""The seal of a certificate of attendance: a signed payload appended to the PDF's own bytes.

Pure byte handling, no cryptography library: signing and checking signatures are passed in
(:mod:`recp_desktop.report.certificate` signs, :mod:`recp_desktop.exchange.certificates`
verifies). The format is documented in ``docs/certificates.md``; in short, a sealed file is::

    <the PDF as reportlab wrote it, ending in %%EOF>
    %RECP-CERTIFICATE-SEAL 1
    %payload <base64 of the canonical JSON payload>
    %payload-signature <base64 Ed25519 signature of PAYLOAD_CONTEXT + payload>
    %file-signature <base64 Ed25519 signature of FILE_CONTEXT + SHA-256(payload) + PDF bytes>
    %public-key <64 hex digits>
    startxref
    <the PDF's own startxref offset>
    %%EOF

Lines starting with ``%`` are comments to a PDF reader (ISO 32000-1 §7.2.3), and the repeated
``startxref`` points at the PDF's unchanged cross-reference table, so the file opens as before.
The verification code is the first 50 bits of SHA-256(payload signature) in RFC 4648 base32,
``XXXXX-XXXXX``: Ed25519 signatures are deterministic, so the code is fixed by the payload and
the key, can be printed on the page before the page is signed, and cannot be made without the
key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass

MAGIC = b"%RECP-CERTIFICATE-SEAL 1\n"
PAYLOAD_CONTEXT = b"RECP-CERTIFICATE-PAYLOAD\x00"
FILE_CONTEXT = b"RECP-CERTIFICATE-FILE\x00"
MAX_PAYLOAD = 64_000
_TAIL = re.compile(
    rb"%payload ([A-Za-z0-9+/=]+)\n"
    rb"%payload-signature ([A-Za-z0-9+/=]+)\n"
    rb"%file-signature ([A-Za-z0-9+/=]+)\n"
    rb"%public-key ([0-9a-f]{64})\n"
    rb"startxref\n(\d+)\n%%EOF\n\Z"
)
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*\Z")


class SealError(ValueError):
    """A file that is not a sealed certificate, or whose seal is damaged; says what."""


def canonical(payload: dict) -> bytes:
    """The payload's canonical JSON: sorted keys, no spaces, UTF-8."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def payload_message(payload_json: bytes) -> bytes:
    """What the payload signature signs."""
    return PAYLOAD_CONTEXT + payload_json


def file_message(payload_json: bytes, pdf: bytes) -> bytes:
    """What the file signature signs: binds the PDF's every byte to its payload."""
    return FILE_CONTEXT + hashlib.sha256(payload_json).digest() + pdf


def code_from_signature(signature: bytes) -> str:
    """The verification code: 10 base32 characters from SHA-256 of the payload signature."""
    letters = base64.b32encode(hashlib.sha256(signature).digest()).decode()[:10]
    return f"{letters[:5]}-{letters[5:]}"


def normalise_code(text: str) -> str:
    """A typed code in the printed form: upper case, ``XXXXX-XXXXX`` (spaces, dashes ignored;
    the digits 0, 1 and 8, which base32 never uses, read as the letters O, I and B)."""
    letters = re.sub(r"[\s-]", "", text).upper().translate(str.maketrans("018", "OIB"))
    return f"{letters[:5]}-{letters[5:]}" if len(letters) == 10 else letters


def seal(
    pdf: bytes,
    payload_json: bytes,
    payload_signature: bytes,
    file_signature: bytes,
    public_key: bytes,
) -> bytes:
    """The sealed file. Raises :class:`SealError` if ``pdf`` does not end with its startxref."""
    found = _STARTXREF.search(pdf[-1024:])
    if found is None:
        raise SealError("The PDF does not end with startxref and %%EOF.")
    if not pdf.endswith(b"\n"):
        pdf += b"\n"  # not expected from reportlab; then the signed bytes include it
    b64 = base64.b64encode
    return b"".join(
        [
            pdf,
            MAGIC,
            b"%payload " + b64(payload_json) + b"\n",
            b"%payload-signature " + b64(payload_signature) + b"\n",
            b"%file-signature " + b64(file_signature) + b"\n",
            b"%public-key " + public_key.hex().encode() + b"\n",
            b"startxref\n" + found.group(1) + b"\n%%EOF\n",
        ]
    )


@dataclass(frozen=True)
class Sealed:
    """A sealed file taken apart: the signed PDF bytes, the payload, the signatures, the key."""

    pdf: bytes
    payload_json: bytes
    payload: dict
    payload_signature: bytes
    file_signature: bytes
    public_key: bytes

    @property
    def code(self) -> str:
        return code_from_signature(self.payload_signature)


def _strict_b64(text: bytes) -> bytes:
    """Base64 decoded, refusing any other spelling than the canonical one (a changed unused
    bit in the last character would otherwise decode to the same bytes: a changed file that
    still verifies)."""
    decoded = base64.b64decode(text, validate=True)
    if base64.b64encode(decoded) != text:
        raise ValueError("not canonical base64")
    return decoded


def unseal(data: bytes) -> Sealed:
    """Split a sealed certificate; raises :class:`SealError` saying what is wrong."""
    at = data.rfind(MAGIC)
    if at < 0:
        raise SealError(
            "This file carries no RECP certificate seal: it is not a certificate issued by "
            "RECP Desktop, or the seal was removed."
        )
    pdf, tail = data[:at], data[at + len(MAGIC) :]
    found = _TAIL.match(tail)
    if found is None:
        raise SealError("The certificate's seal is damaged (its lines were changed or cut).")
    try:
        payload_json, payload_signature, file_signature = (
            _strict_b64(found.group(i)) for i in (1, 2, 3)
        )
    except (binascii.Error, ValueError):
        raise SealError("The certificate's seal is damaged (not valid base64).") from None
    if len(payload_json) > MAX_PAYLOAD:
        raise SealError("The certificate's seal is too large to be genuine.")
    try:
        payload = json.loads(payload_json)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SealError("The certificate's seal is damaged (its payload is not JSON).") from None
    if not isinstance(payload, dict):
        raise SealError("The certificate's seal is damaged (its payload is not an object).")
    own = _STARTXREF.search(pdf[-1024:])
    if own is None or own.group(1) != found.group(5):
        raise SealError(
            "The PDF was changed after it was signed: its end no longer matches the seal. "
            "Do not accept it."
        )
    return Sealed(
        pdf,
        payload_json,
        payload,
        payload_signature,
        file_signature,
        bytes.fromhex(found.group(4).decode()),
    )
