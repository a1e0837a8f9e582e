"""Photo uploads as a client does them, for the hub's tests."""

from __future__ import annotations

import hashlib
import os

import httpx


def payload(size: int, seed: int = 0) -> tuple[bytes, str]:
    data = hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1)
    data = data[:size]
    return data, hashlib.sha256(data).hexdigest()


def random_payload(size: int) -> tuple[bytes, str]:
    data = os.urandom(size)
    return data, hashlib.sha256(data).hexdigest()


def put(client: httpx.Client, sha: str, data: bytes, start: int, total: int) -> httpx.Response:
    end = start + len(data) - 1
    return client.put(
        f"/v1/blobs/{sha}", content=data, headers={"Content-Range": f"bytes {start}-{end}/{total}"}
    )


def files_under(folder) -> list[str]:
    """Every file below ``folder`` (relative paths), sorted."""
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            found.append(os.path.relpath(os.path.join(root, name), folder))
    return sorted(found)
