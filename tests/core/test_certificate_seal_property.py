"""Property: a sealed certificate verifies, and no single changed byte anywhere in the file
(PDF, seal lines, trailer) leaves it valid."""

from __future__ import annotations

from datetime import date
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from recp_desktop.exchange.certificates import KnownKey, verify_bytes
from recp_desktop.report.certificate import CertificateData, certificate_bytes


@cache
def _sealed() -> tuple[bytes, dict]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from recp_desktop.exchange import keys

    key = Ed25519PrivateKey.generate()
    data = CertificateData(
        certificate_id="p1",
        participant="Nino Beridze",
        position="Engineer",
        company="Rustavi Steel",
        club="Rustavi RECP Club",
        place="Rustavi, Georgia",
        facilitator="G. Kapanadze",
        organiser="Centre",
        sessions=((date(2023, 3, 1), "Energy"), (date(2023, 3, 15), "Water")),
        sessions_total=2,
        homework_done=1,
        homework_total=1,
        issued_on=date(2023, 4, 1),
    )
    sealed, _code = certificate_bytes(data, "en", key.sign, keys.public_bytes(key))
    return sealed, {keys.public_bytes(key): KnownKey("d", "Centre laptop", None)}


def test_the_untouched_file_verifies() -> None:
    sealed, known = _sealed()
    assert verify_bytes(sealed, known).ok


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_single_changed_byte_fails(data) -> None:
    sealed, known = _sealed()
    offset = data.draw(st.integers(0, len(sealed) - 1), label="offset")
    delta = data.draw(st.integers(1, 255), label="xor")
    changed = bytearray(sealed)
    changed[offset] ^= delta
    result = verify_bytes(bytes(changed), known)
    assert not result.ok, (offset, delta)
    assert result.message  # every failure says why


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 400))
def test_a_cut_file_fails(cut) -> None:
    sealed, known = _sealed()
    assert not verify_bytes(sealed[:-cut], known).ok


def test_a_non_canonical_base64_spelling_of_the_same_signature_fails() -> None:
    """88 base64 characters carry 64 bytes: the last one before "==" has 4 unused bits."""
    sealed, known = _sealed()
    start = sealed.index(b"%file-signature ") + len(b"%file-signature ")
    last = sealed.index(b"==\n", start) - 1
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    value = alphabet.index(sealed[last : last + 1])
    twin = alphabet[value ^ 0b0001 : (value ^ 0b0001) + 1]  # same top two bits
    changed = sealed[:last] + twin + sealed[last + 1 :]
    assert changed != sealed
    result = verify_bytes(changed, known)
    assert not result.ok and "damaged" in result.message
