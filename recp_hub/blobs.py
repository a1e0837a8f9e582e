"""Photos and attachments on disk, by organisation and SHA-256, uploaded in resumable pieces.

Layout under the hub's ``blobs/`` folder::

    <org_id>/partial/<sha256>        bytes received so far (appended in order, fsynced per piece)
    <org_id>/<sha256[:2]>/<sha256>   a complete file, verified against its name before it got there

The size of the partial file is the upload's offset: bytes that reached the file survive a killed
hub, and the client resumes after the last of them. A file reaches its final name only after its
SHA-256 was verified (read back in 1 MiB chunks, never held whole in memory), fsynced and renamed,
with the folder fsynced; so a file at a final name is always whole and right. Whether the hub
*shows* it is the database's ``blob.completed_at`` (see :mod:`recp_hub.routes.blobs`).

This is the hub's own store behind a small interface (:class:`BlobStore`); the desktop's shared
store (issue 11) can replace it without changing the routes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from recp_hub.ids import UUID_RE, is_sha256

CHUNK = 1024 * 1024


class HashMismatchError(Exception):
    def __init__(self, actual: str) -> None:
        super().__init__(actual)
        self.actual = actual


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobStore:
    """Resumable, verified, write-once files under ``root``; one folder per organisation."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _org(self, org_id: str) -> Path:
        if not UUID_RE.fullmatch(org_id):
            raise ValueError(f"not an organisation id: {org_id!r}")
        return self.root / org_id

    def partial_path(self, org_id: str, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self._org(org_id) / "partial" / sha256

    def path(self, org_id: str, sha256: str) -> Path:
        """Where the complete file is (or will be)."""
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self._org(org_id) / sha256[:2] / sha256

    def has_complete(self, org_id: str, sha256: str) -> bool:
        return self.path(org_id, sha256).is_file()

    def held(self, org_id: str, sha256: str) -> int:
        """Bytes of an unfinished upload already on disk (0 if none)."""
        try:
            return self.partial_path(org_id, sha256).stat().st_size
        except FileNotFoundError:
            return 0

    def open_append(self, org_id: str, sha256: str, start: int):
        """The partial file opened for appending at ``start`` (which must be its current size)."""
        path = self.partial_path(org_id, sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "ab", buffering=0)  # noqa: SIM115 - closed by the caller
        if handle.tell() != start:
            handle.close()
            raise ValueError(f"the partial file holds {handle.tell()} bytes, not {start}")
        return handle

    def truncate(self, org_id: str, sha256: str, size: int) -> None:
        """Cut an unfinished upload back to ``size`` bytes (undo a refused piece)."""
        path = self.partial_path(org_id, sha256)
        if path.exists():
            with open(path, "r+b") as handle:
                handle.truncate(size)
                handle.flush()
                os.fsync(handle.fileno())

    def finish(self, org_id: str, sha256: str) -> int:
        """Verify the partial file against ``sha256`` and move it to its final name; its size.

        Raises :class:`HashMismatchError` (and deletes the partial file) if the bytes are not right.
        """
        partial = self.partial_path(org_id, sha256)
        digest = hashlib.sha256()
        size = 0
        with open(partial, "rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
            os.fsync(handle.fileno())
        if digest.hexdigest() != sha256:
            partial.unlink(missing_ok=True)
            raise HashMismatchError(digest.hexdigest())
        final = self.path(org_id, sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial, final)
        _fsync_dir(final.parent)
        _fsync_dir(partial.parent)
        return size

    def discard(self, org_id: str, sha256: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.partial_path(org_id, sha256).unlink()
