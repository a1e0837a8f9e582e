"""The device's Ed25519 key: made on first use, kept in the data folder, readable only by its owner.

Packages are signed with it; the receiving side trusts a device's key the first time it sees it
and refuses a later package that claims the same device with another key. People compare keys by
their :func:`fingerprint`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

KEY_FILE = "device_key.pem"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64


def key_path(folder: Path) -> Path:
    return Path(folder) / KEY_FILE


def _write_private(path: Path, data: bytes) -> None:
    """Create ``path`` with ``data`` and mode 0600, atomically, never replacing an existing key."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):  # another process made the key first
            os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def device_key(folder: Path) -> Ed25519PrivateKey:
    """This data folder's private key, created on first use."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = key_path(folder)
    if not path.exists():
        Path(folder).mkdir(parents=True, exist_ok=True)
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        _write_private(path, pem)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o600)  # someone loosened it; a private key is for its owner only
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise OSError(f"The device key {path} is damaged: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise OSError(f"The device key {path} is not an Ed25519 key.")
    return key


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def existing_public_key(folder: Path) -> bytes | None:
    """The public key of this folder's device, or ``None`` if it never made one (no side effect)."""
    if not key_path(folder).exists():
        return None
    return public_bytes(device_key(folder))


def fingerprint(public_key: bytes) -> str:
    """A short, comparable form of a public key: 32 hex digits in groups of four."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def device_fingerprint(folder: Path) -> str:
    """The fingerprint of this data folder's key (made now if there is none yet)."""
    return fingerprint(public_bytes(device_key(folder)))


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is ``public_key``'s Ed25519 signature of ``data``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if len(public_key) != PUBLIC_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
