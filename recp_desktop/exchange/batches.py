"""Importing many packages: read and checked ahead in a thread, written in batches.

One transaction per batch and a savepoint per package (:func:`recp_desktop.exchange.apply.
apply_package`), so a package is written whole or not at all while the disk is waited for once
per batch. Batches end early when the window has database work waiting (``Database.make_way``).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recp_desktop.exchange.apply import apply_package
from recp_desktop.exchange.errors import PackageError
from recp_desktop.exchange.photo_batch import PhotoBatch
from recp_desktop.exchange.reader import LIMITS, Limits, Package, read_package
from recp_desktop.exchange.results import STATUSES, ImportResult
from recp_desktop.storage.errors import StorageError
from recp_desktop.storage.merge_store import SQLITE_LOCK

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database

log = logging.getLogger(__name__)


def _read(path: Path, allow_unsigned: bool, limits: Limits) -> Package | ImportResult:
    try:
        return read_package(path, allow_unsigned=allow_unsigned, limits=limits)
    except PackageError as exc:
        return ImportResult(path=path, status="rejected", reason=str(exc))
    except MemoryError:
        return ImportResult(
            path=path, status="failed", reason="There is not enough memory to read the package."
        )
    except Exception as exc:  # a defect of ours must not end the import of the other packages
        log.exception("reading the package %s failed", path)
        return ImportResult(
            path=path, status="failed", reason=f"The package could not be read: {exc!r}."
        )


def import_package(
    db: Database, path: Path, *, allow_unsigned: bool = False, limits: Limits = LIMITS
) -> ImportResult:
    """Check and import one package; a refused package is reported, never raised."""
    return import_packages(db, [path], allow_unsigned=allow_unsigned, limits=limits)[0]


# A batch ends after this many seconds of work or this many packages, whichever comes first:
# the most a crash can take back (packages not yet reported as imported), and how long the
# write lock is held against edits made meanwhile in the window.
BATCH_SECONDS = 0.25
BATCH_PACKAGES = 100
READ_AHEAD = 2  # packages checked ahead of the one being written
MAKE_WAY_SECONDS = 2.0  # the longest a batch waits for the window's database work to finish


def _import_batch(
    db: Database,
    next_package: Callable[[], Package | ImportResult | None],
    results: list[ImportResult],
    pool: ThreadPoolExecutor,
) -> None:
    """Import packages from ``next_package`` into ``results`` until it returns None.

    One transaction holds the whole batch and each package sits in a savepoint of its own, so a
    package is written whole or not at all and the packages around it are untouched. The photo
    files are flushed together and then the transaction is committed once: the disk is waited
    for once per batch, not once per package. The batch's results are final only after that
    commit; if it fails, every package the batch imported is reported as failed, and nothing
    of them is in the database.
    """
    start = len(results)
    photos = PhotoBatch(db.folder)
    try:
        with db.write(background=True) as connection:
            connection.exec_driver_sql(SQLITE_LOCK)  # the desktop database is SQLite
            while (item := next_package()) is not None:
                if isinstance(item, ImportResult):
                    results.append(item)
                else:
                    results.append(apply_package(connection, db, item, photos, pool))
            photos.make_durable(pool)
    except StorageError as exc:
        photos.abandon()
        for i in range(start, len(results)):
            if results[i].ok:
                results[i].status, results[i].reason = "failed", str(exc)
                results[i].counts = dict.fromkeys(STATUSES, 0)
                results[i].by_type = {}
    except BaseException:
        photos.abandon()
        raise


class _Feed:
    """The packages of an import, read and checked ahead in a thread, handed out batch by batch.

    A batch ends when it is due (:data:`BATCH_SECONDS`, :data:`BATCH_PACKAGES`), when the import
    is cancelled, when the window has database work open (an edit may be waiting for the write
    lock; the next batch waits until it is done), or when the next package is not checked by
    the time the batch is due: a large package is then read after the commit, never while the
    write lock is held.
    """

    def __init__(
        self,
        db: Database,
        paths: list[Path],
        allow_unsigned: bool,
        limits: Limits,
        cancel: Callable[[], bool] | None,
        readers: ThreadPoolExecutor,
    ) -> None:
        self.db = db
        self.paths = paths
        self.allow_unsigned = allow_unsigned
        self.limits = limits
        self.cancel = cancel
        self.readers = readers
        self.ahead: deque[Future[Package | ImportResult]] = deque()
        self.queued = 0  # paths handed to the readers
        self.taken = 0  # packages handed out
        self.cancelled = False
        self.deadline = 0.0
        self.in_batch = 0

    def _fill(self) -> None:
        while self.queued < len(self.paths) and len(self.ahead) < READ_AHEAD:
            path = self.paths[self.queued]
            self.ahead.append(self.readers.submit(_read, path, self.allow_unsigned, self.limits))
            self.queued += 1

    def more(self) -> bool:
        """Whether another batch should start (waiting outside any transaction for its first)."""
        if self.cancelled or self.taken >= len(self.paths):
            return False
        if self.cancel is not None and self.cancel():
            self.cancelled = True
            return False
        self._fill()
        _ready(self.ahead[0], None)
        self.db.make_way(MAKE_WAY_SECONDS)
        self.deadline = time.monotonic() + BATCH_SECONDS
        self.in_batch = 0
        return True

    def __call__(self) -> Package | ImportResult | None:
        """The next package of this batch, or None when the batch should be committed."""
        if self.taken >= len(self.paths) or self.in_batch >= BATCH_PACKAGES:
            return None
        if self.in_batch:
            if self.cancel is not None and self.cancel():
                self.cancelled = True
                return None
            if self.db.foreground_waiting():
                return None  # an edit in the window waits for the write lock: commit now
            self._fill()
            left = self.deadline - time.monotonic()
            if left <= 0 or not _ready(self.ahead[0], left):
                return None
        self.in_batch += 1
        self.taken += 1
        item = self.ahead.popleft().result()
        self._fill()
        return item

    def stop(self) -> None:
        for future in self.ahead:
            future.cancel()  # reading has no effect: nothing to undo


def import_packages(
    db: Database,
    paths: Iterable[Path],
    *,
    allow_unsigned: bool = False,
    limits: Limits = LIMITS,
    progress: Callable[[int, int, ImportResult], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    """Import packages in order, each one whole or not at all.

    Meant to run off the GUI thread: ``cancel()`` is asked before each package; once it says
    yes the remaining packages are reported as cancelled (those already imported stay
    imported). ``progress(done, total, result)`` is called for each package once its result is
    final, that is once the batch holding it is on disk.

    Packages are read and checked (which writes nothing) ahead of the one being written, so the
    checks use the CPU while the writes wait for the disk; writes are grouped in batches
    (:func:`_import_batch`, :class:`_Feed`).
    """
    paths = [Path(p) for p in paths]
    results: list[ImportResult] = []
    with (
        ThreadPoolExecutor(max_workers=1) as readers,
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        feed = _Feed(db, paths, allow_unsigned, limits, cancel, readers)
        try:
            while feed.more():
                reported = len(results)
                _import_batch(db, feed, results, pool)
                if progress is not None:
                    for i in range(reported, len(results)):
                        progress(i + 1, len(paths), results[i])
        finally:
            feed.stop()
    for path in paths[len(results) :]:
        results.append(
            ImportResult(path=path, status="cancelled", reason="The import was cancelled.")
        )
        if progress is not None:
            progress(len(results), len(paths), results[-1])
    return results


def _ready(future: Future[Any], timeout: float | None) -> bool:
    """Whether the future is done within ``timeout`` seconds (None: however long it takes)."""
    try:
        future.exception(timeout=timeout)
    except TimeoutError:
        return False
    return True
