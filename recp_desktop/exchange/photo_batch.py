"""Photo files of a batch of packages, put in the blob store and made durable together."""

from __future__ import annotations

import errno
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from recp_desktop.exchange.errors import PackageError
from recp_desktop.exchange.reader import Package, open_zip
from recp_desktop.storage.blobs import BlobError, Staged
from recp_desktop.storage.errors import StorageError
from recp_desktop.storage.photos import photo_store, photo_suffix


def _photo_problem(exc: OSError, folder: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return f"Cannot save the photos: the disk holding {folder} is full. Free some space."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"Cannot save the photos: {folder} is read-only."
    return f"Cannot save the photos in {folder}: {exc.strerror or exc}."


class PhotoBatch:
    """Photo files staged for the packages of one batch, made durable together before its commit.

    Each file is staged in the blob store (:mod:`recp_desktop.storage.blobs`) as it is copied;
    :meth:`make_durable` commits them all at once, so that every file is complete on disk under
    its name before the commit that makes a record point at it. A file of the store is named by
    its content, so a file left by a batch that then failed is harmless and is reused.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store = photo_store(folder)
        self.pending: dict[Path, Staged] = {}  # target -> staged file

    def write(self, package: Package) -> list[Path]:
        """Stage the package's missing photo files; returns their targets, for :meth:`discard`.

        Files kept in memory by the reader are written as they were checked; the others are
        read from the zip again and checked against their SHA-256 while copied, so a package
        changed on disk since it was read cannot slip anything in.
        """
        wanted: dict[Path, tuple[str, str]] = {}
        for record in package.records["photo"]:
            sha256 = record["sha256"]
            if sha256 in package.photos:
                suffix = photo_suffix(record["media_type"])
                target = self.store.path(sha256, suffix)
                if target not in self.pending and not target.exists():
                    wanted[target] = (sha256, suffix)
        added: list[Path] = []
        archive = None
        try:
            for target, (sha256, suffix) in wanted.items():
                data = package.photo_bytes.get(sha256)
                if data is not None:
                    staged = self.store.stage(sha256, data, suffix, hashed=True)
                else:
                    archive = archive or open_zip(package.path)
                    staged = self.store.stage(
                        sha256, _chunks(archive, package.photos[sha256]), suffix
                    )
                self.pending[target] = staged
                added.append(target)
        except BaseException as exc:
            self.discard(added)
            if isinstance(exc, BlobError):
                raise PackageError(
                    f"{package.photos[sha256]} changed while the package was being imported."
                ) from None
            if isinstance(exc, PackageError | KeyboardInterrupt | SystemExit):
                raise
            if isinstance(exc, OSError):
                raise StorageError(_photo_problem(exc, self.folder)) from exc
            # the zip parser on a file changed under our feet
            raise PackageError(f"The package changed while it was being imported: {exc}.") from exc
        finally:
            if archive is not None:
                archive.close()
        return added

    def discard(self, targets: Iterable[Path]) -> None:
        """Forget files written for a package that was then refused or rolled back."""
        self.store.discard([s for t in targets if (s := self.pending.pop(t, None)) is not None])

    def make_durable(self, pool: ThreadPoolExecutor) -> None:
        """Flush every file, name it, flush the folders: then a commit may point at them."""
        try:
            self.store.commit(list(self.pending.values()), pool)
        except OSError as exc:
            raise StorageError(_photo_problem(exc, self.folder)) from exc
        self.pending.clear()

    def abandon(self) -> None:
        self.discard(list(self.pending))


def _chunks(archive, name: str) -> Iterator[bytes]:
    with archive.open(name) as src:
        yield from iter(lambda: src.read(1 << 20), b"")
