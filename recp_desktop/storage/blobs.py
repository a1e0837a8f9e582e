"""Files kept by their SHA-256: photos now, any attachment later; the desktop's and the hub's.

A blob is written under a temporary name in its final folder, flushed to disk (``fsync``),
renamed to its name and the folder flushed too, so that once a write returns the file is
complete on disk under its name, and a crash leaves either nothing or a complete file. The
content is checked against its SHA-256 while written: a file of the store is always what its
name says, and writing one twice is harmless.

Layout: ``<root>/<first two hex digits>/<sha256><suffix>``. The desktop's photos keep their
layout (``photos/ab/ab12….jpg``: the suffix is the media type's), so existing data folders work.

- :meth:`BlobStore.put` stores bytes or a file's content in one go;
- :meth:`BlobStore.stage` and :meth:`BlobStore.commit` do the same in two steps, so that many
  files are flushed together (the importer's batches: concurrent flushes share the file
  system's journal commits);
- :meth:`BlobStore.append`, :meth:`BlobStore.upload_size` and :meth:`BlobStore.finish` receive a
  blob in pieces that may stop and resume (the hub's uploads): each piece must start where the
  stored part ends, is on disk before ``append`` returns, and the whole is checked at the end.
  The parts wait in ``<root>/.uploads/``.

SHA-256 arguments must be 64 lower-case hex digits: anything else (a path, ``..``) is refused
with :class:`BlobError` before any file is touched.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

from recp_desktop.domain.vocabulary import SHA256_PATTERN

CHUNK = 1 << 20


class BlobError(ValueError):
    """A blob that cannot be taken: a malformed SHA-256, a content that does not match it."""


class OffsetError(BlobError):
    """A piece of an upload that does not start where the stored part ends."""

    def __init__(self, sha256: str, offset: int, size: int) -> None:
        super().__init__(
            f"The upload of {sha256} has {size} bytes; a piece at {offset} cannot go on."
        )
        self.size = size


@dataclass(frozen=True)
class Staged:
    """A blob written under a temporary name, not yet flushed nor named (see :meth:`commit`)."""

    temporary: Path
    target: Path


def fsync_path(path: Path) -> None:
    """Flush a file or (on POSIX) a folder to disk."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    if path.is_dir() and os.name != "posix":
        return  # Windows cannot open a folder to flush it; NTFS journals the rename
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_sha256(sha256: str) -> str:
    """``sha256`` if it is 64 lower-case hex digits; :class:`BlobError` otherwise."""
    if not isinstance(sha256, str) or not SHA256_PATTERN.fullmatch(sha256):
        raise BlobError(f"'{str(sha256)[:80]}' is not a SHA-256 in lower-case hex.")
    return sha256


class BlobStore:
    """The blobs under one folder (see the module)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- where ---------------------------------------------------------------------------------

    def path(self, sha256: str, suffix: str = "") -> Path:
        """Where the blob lives (``suffix`` such as ``.jpg``; letters and digits only)."""
        check_sha256(sha256)
        if suffix and not (suffix[0] == "." and suffix[1:].isalnum() and suffix[1:].isascii()):
            raise BlobError(f"'{suffix[:20]}' is not a file suffix.")
        return self.root / sha256[:2] / f"{sha256}{suffix}"

    def has(self, sha256: str, suffix: str = "") -> bool:
        return self.path(sha256, suffix).is_file()

    # -- whole blobs -----------------------------------------------------------------------------

    def stage(
        self,
        sha256: str,
        content: bytes | Iterable[bytes],
        suffix: str = "",
        *,
        hashed: bool = False,
    ) -> Staged:
        """Write ``content`` (bytes, or chunks) under a temporary name beside its target.

        The SHA-256 is computed while writing and must equal ``sha256``, else the temporary file
        is removed and :class:`BlobError` raised. ``hashed=True`` skips that for ``bytes`` the
        caller has just hashed itself (the package reader did). Nothing is flushed yet.
        """
        target = self.path(sha256, suffix)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        digest = hashlib.sha256()
        try:
            with open(temporary, "wb") as out:
                if isinstance(content, bytes | bytearray | memoryview):
                    out.write(content)
                    if not hashed:
                        digest.update(content)
                else:
                    hashed = False
                    for chunk in content:
                        digest.update(chunk)
                        out.write(chunk)
            if not hashed and digest.hexdigest() != sha256:
                raise BlobError(f"The content does not match its SHA-256 {sha256}.")
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return Staged(temporary, target)

    def commit(self, staged: Sequence[Staged], pool: Executor | None = None) -> None:
        """Flush every staged file, give each its name, flush the folders: all durable.

        ``pool`` flushes the files concurrently. On an ``OSError`` the files not yet named stay
        under their temporary names; :meth:`discard` removes them.
        """
        if not staged:
            return
        run = pool.map if pool is not None else map
        list(run(fsync_path, [s.temporary for s in staged]))
        for item in staged:
            os.replace(item.temporary, item.target)
        folders = {s.target.parent for s in staged}
        list(run(fsync_path, [*folders, self.root]))

    @staticmethod
    def discard(staged: Iterable[Staged]) -> None:
        """Remove staged files that will not be committed."""
        for item in staged:
            item.temporary.unlink(missing_ok=True)

    def put(self, sha256: str, content: bytes | Path, suffix: str = "") -> Path:
        """Store bytes or a file's content as blob ``sha256`` (checked), durably; its path.

        A blob already stored is left as it is.
        """
        target = self.path(sha256, suffix)
        if target.is_file():
            return target
        if isinstance(content, Path):
            with open(content, "rb") as handle:
                staged = self.stage(sha256, iter(lambda: handle.read(CHUNK), b""), suffix)
        else:
            staged = self.stage(sha256, content, suffix)
        try:
            self.commit([staged])
        except BaseException:
            self.discard([staged])
            raise
        return target

    # -- resumable uploads -------------------------------------------------------------------------

    def _part(self, sha256: str) -> Path:
        return self.root / ".uploads" / f"{check_sha256(sha256)}.part"

    def upload_size(self, sha256: str) -> int:
        """Bytes of blob ``sha256`` received so far (0 if none), where the next piece starts."""
        try:
            return self._part(sha256).stat().st_size
        except FileNotFoundError:
            return 0

    def discard_upload(self, sha256: str) -> None:
        """Forget the bytes of blob ``sha256`` received so far (the next piece starts at 0)."""
        self._part(sha256).unlink(missing_ok=True)

    def append(self, sha256: str, offset: int, data: bytes) -> int:
        """Add a piece at ``offset``; the size received so far, on disk when this returns.

        Raises :class:`OffsetError` (carrying the current size) if ``offset`` is not where the
        stored part ends: the piece is then not written.
        """
        part = self._part(sha256)
        part.parent.mkdir(parents=True, exist_ok=True)
        with open(part, "ab") as out:
            size = out.tell()
            if offset != size:
                raise OffsetError(sha256, offset, size)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            size = out.tell()
        if offset == 0:
            fsync_path(part.parent)
        return size

    def finish(self, sha256: str, suffix: str = "") -> Path:
        """Check the received blob against its SHA-256 and store it; its path.

        A part whose content does not match is deleted and :class:`BlobError` raised (the upload
        starts over).
        """
        part = self._part(sha256)
        target = self.path(sha256, suffix)
        if target.is_file():
            part.unlink(missing_ok=True)
            return target
        if not part.exists():  # nothing received: an empty blob
            part.parent.mkdir(parents=True, exist_ok=True)
            part.touch()
        digest = hashlib.sha256()
        with open(part, "rb") as handle:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
        if digest.hexdigest() != sha256:
            part.unlink()
            raise BlobError(f"The uploaded content does not match its SHA-256 {sha256}.")
        target.parent.mkdir(parents=True, exist_ok=True)
        fsync_path(part)
        os.replace(part, target)
        fsync_path(target.parent)
        fsync_path(self.root)
        return target
