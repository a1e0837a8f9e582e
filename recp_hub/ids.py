"""Id, hash and key formats the hub accepts (the same rules as the package format, §4)."""

from __future__ import annotations

import re
import uuid

ID_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,35}")
SHA256_RE = re.compile(r"[0-9a-f]{64}")
PUBLIC_KEY_RE = re.compile(r"[0-9a-f]{64}")
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def new_id() -> str:
    return str(uuid.uuid4())


def is_sha256(value: str) -> bool:
    return SHA256_RE.fullmatch(value) is not None
