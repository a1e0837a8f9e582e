"""The device's Ed25519 key; it lives in :mod:`recp_desktop.storage.keys` (packages and sync
both sign with it). Kept here so existing imports go on working."""

from recp_desktop.storage.keys import (
    KEY_FILE,
    PUBLIC_KEY_BYTES,
    SIGNATURE_BYTES,
    device_fingerprint,
    device_key,
    existing_public_key,
    fingerprint,
    key_path,
    public_bytes,
    sign,
    verify,
)

__all__ = [
    "KEY_FILE",
    "PUBLIC_KEY_BYTES",
    "SIGNATURE_BYTES",
    "device_fingerprint",
    "device_key",
    "existing_public_key",
    "fingerprint",
    "key_path",
    "public_bytes",
    "sign",
    "verify",
]
