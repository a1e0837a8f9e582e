"""Importing packages: each one checked whole, then written whole in a transaction, or not at all.

Packages are written in batches: one transaction per batch, and a savepoint (a transaction
nested in it) per package, so a package is written whole or not at all while the disk is waited
for once per batch (:func:`import_packages`).

For every record of a package the importer compares the incoming version vector with the local
one (:mod:`recp_desktop.domain.versions`):

- no local record: **new**, inserted;
- same content: **unchanged** (the vectors are merged, so both sides count as seen);
- incoming includes the local one: **updated**;
- local includes the incoming one: **unchanged** (the package is older than what is here);
- neither: **conflict**: the local record stays, the incoming one is kept in ``sync_conflict``
  until a person resolves it (:mod:`recp_desktop.exchange.conflicts`).

Answers and baseline lines are also matched by question or key: two devices that answered the same
question apart made two records for one answer, which are treated as one, keeping the smaller id.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import secrets
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from recp_desktop.domain import versions
from recp_desktop.exchange import keys, local
from recp_desktop.exchange.errors import PackageError
from recp_desktop.exchange.reader import LIMITS, Limits, Package, open_zip, read_package
from recp_desktop.exchange.schema import IMMUTABLE, RECORD_TYPES, RecordType, content_hash
from recp_desktop.storage import rows as sql_rows
from recp_desktop.storage.errors import StorageError
from recp_desktop.storage.models import SyncConflict, SyncVersion, TrustedDevice, new_id

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database

STATUSES = ("new", "updated", "unchanged", "conflict")
# Taking SQLite's write lock before the first read: the plan is made on data no one else can
# change before it is written. The statement itself changes nothing.
LOCK_STATEMENT = "DELETE FROM sync_conflict WHERE 0"


@dataclass
class ImportResult:
    """What happened to one package."""

    path: Path
    status: str  # imported | rejected | failed | cancelled
    reason: str = ""
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)
    assessment_id: str | None = None
    company: str = ""
    device_id: str = ""
    device_name: str = ""
    author: str = ""
    created_at: str = ""
    signed: bool = False

    @property
    def ok(self) -> bool:
        return self.status == "imported"

    def line(self) -> str:
        """One line for a terminal or a log."""
        if not self.ok:
            return f"{self.status}: {self.path}: {self.reason}"
        c = self.counts
        source = f"from {self.device_name or self.device_id}"
        if self.author:
            source += f" ({self.author})"
        unsigned = ", UNSIGNED" if not self.signed else ""
        return (
            f"imported: {self.path}: {c['new']} new, {c['updated']} updated, "
            f"{c['unchanged']} unchanged, {c['conflict']} in conflict "
            f"- {self.company}, {source}{unsigned}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "status": self.status,
            "reason": self.reason,
            "counts": self.counts,
            "by_type": self.by_type,
            "assessment_id": self.assessment_id,
            "company": self.company,
            "device_id": self.device_id,
            "device_name": self.device_name,
            "author": self.author,
            "created_at": self.created_at,
            "signed": self.signed,
        }


class _Plan:
    """Everything one package will change, worked out before the first write."""

    def __init__(self, connection: Connection, db: Database, package: Package) -> None:
        self.connection = connection
        self.device_id = db.device_id
        self.package = package
        from recp_desktop.storage.database import now

        self.now = now()
        self.inserts: dict[str, list[dict[str, Any]]] = {t.name: [] for t in RECORD_TYPES}
        self.updates: dict[str, list[dict[str, Any]]] = {t.name: [] for t in RECORD_TYPES}
        self.renames: list[tuple[str, str, str]] = []
        self.versions: list[dict[str, Any]] = []
        self.new_conflicts: list[dict[str, Any]] = []
        self.changed_conflicts: list[dict[str, Any]] = []
        self.superseded: set[str] = set()
        self.trust: dict[str, Any] | None = None
        self.by_type = {t.name: Counter() for t in RECORD_TYPES}

    # -- checks that need the database ---------------------------------------------------------

    def check_device(self, folder: Path) -> None:
        manifest = self.package.manifest
        if not self.package.signed or manifest.public_key is None:
            return
        offered = keys.fingerprint(manifest.public_key)
        if manifest.device_id == self.device_id:
            own = keys.existing_public_key(folder)
            if own != manifest.public_key:
                raise PackageError(
                    f"The package claims to come from this device but is signed with another key "
                    f"(fingerprint {offered}); it may be forged."
                )
            return
        table = TrustedDevice.__table__
        known = self.connection.execute(
            select(table.c.public_key, table.c.first_seen).where(
                table.c.device_id == manifest.device_id
            )
        ).first()
        if known is None:
            self.trust = {
                "device_id": manifest.device_id,
                "public_key": manifest.public_key.hex(),
                "name": manifest.device_name,
                "first_seen": self.now,
            }
        elif known.public_key != manifest.public_key.hex():
            trusted = keys.fingerprint(bytes.fromhex(known.public_key))
            raise PackageError(
                f"The package claims to come from the device '{manifest.device_name}' "
                f"({manifest.device_id}), known here since {known.first_seen:%Y-%m-%d} with "
                f"another key (fingerprint {trusted}); this package's key has fingerprint "
                f"{offered}. It may be forged, so it was refused."
            )

    # -- records ----------------------------------------------------------------------------------

    def plan_records(self) -> None:
        records = self.package.records
        assessment = records["assessment"][0]
        for record_type in RECORD_TYPES:
            if record_type.name == "enterprise":
                ids = [assessment["enterprise_id"]]
                rows = local.load_rows(self.connection, record_type, "id", ids)
            elif record_type.name == "assessment":
                rows = local.load_rows(self.connection, record_type, "id", [assessment["id"]])
            else:
                rows = local.load_rows(
                    self.connection, record_type, "assessment_id", [assessment["id"]]
                )
            self._plan_type(record_type, records[record_type.name], rows)

    def _plan_type(
        self, record_type: RecordType, incoming: list[dict[str, Any]], rows: list[Mapping]
    ) -> None:
        by_id = {row["id"]: row for row in rows}
        key = record_type.natural_key
        by_key = {row[key]: row for row in rows} if key else {}
        stored = local.load_versions(self.connection, record_type, list(by_id))
        conflicts = self._open_conflicts(record_type, list(by_id))
        unseen = []
        for record in incoming:
            row = by_id.get(record["id"])
            if row is None:
                unseen.append(record["id"])
                if key:
                    row = by_key.get(record[key])
            if row is None:
                self._insert(record_type, record)
                continue
            for name in IMMUTABLE[record_type.name]:
                if row[name] != record[name]:
                    raise PackageError(
                        f"{record_type.path}: record {record['id']} has {name} "
                        f"'{record[name]}' but '{row[name]}' here; it never changes."
                    )
            self._merge(
                record_type, record, row, stored.get(row["id"]), conflicts.get(row["id"], [])
            )
        # An id that is not in this assessment must not be anywhere else either.
        taken = local.existing_ids(self.connection, record_type, unseen)
        if taken:
            raise PackageError(
                f"{record_type.path}: the record {taken[0]} already exists here in another "
                "company or assessment; the package cannot take it over."
            )

    def _open_conflicts(
        self, record_type: RecordType, ids: list[str]
    ) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        if not ids:
            return out
        sql = (
            "SELECT id, record_id, incoming FROM sync_conflict WHERE status = 'open' "
            "AND record_type = ? AND record_id IN (SELECT value FROM json_each(?))"
        )
        for conflict_id, record_id, incoming in self.connection.exec_driver_sql(
            sql, (record_type.name, json.dumps(ids))
        ):
            out.setdefault(record_id, []).append(
                {"id": conflict_id, "incoming": json.loads(incoming)}
            )
        return out

    def _version(
        self, record_type: RecordType, record_id: str, revision: int, vector: dict
    ) -> None:
        self.versions.append(
            {
                "record_type": record_type.name,
                "record_id": record_id,
                "revision": revision,
                "vector": versions.encode(vector),
            }
        )

    def _insert(self, record_type: RecordType, record: dict[str, Any]) -> None:
        self.inserts[record_type.name].append(local.to_row(record_type, record))
        self._version(record_type, record["id"], record["revision"], record["version"])
        self.by_type[record_type.name]["new"] += 1

    def _merge(
        self,
        record_type: RecordType,
        record: dict[str, Any],
        row: Mapping[str, Any],
        stored: tuple[int, versions.Vector] | None,
        conflicts: list[dict[str, Any]],
    ) -> None:
        mine = local.to_package(record_type, row)
        mine["version"] = versions.local_vector(row["revision"], stored, self.device_id)
        record_id = row["id"]
        if record["id"] != record_id and record["id"] < record_id:
            self.renames.append((record_type.name, record_id, record["id"]))
            record_id = record["id"]
        local_hash = content_hash(record_type, mine)
        incoming_hash = content_hash(record_type, record)
        if local_hash == incoming_hash:
            merged = versions.merge(mine["version"], record["version"])
            if merged != mine["version"]:
                self._version(record_type, record_id, row["revision"], merged)
            self._supersede(conflicts, merged)
            status = "unchanged"
        else:
            order = versions.compare(record["version"], mine["version"])
            if order == "newer":
                revision = max(row["revision"] + 1, record["revision"])
                values = local.to_row(record_type, record)
                values.update(id=record_id, revision=revision)
                self.updates[record_type.name].append(values)
                self._version(record_type, record_id, revision, record["version"])
                self._supersede(conflicts, record["version"])
                status = "updated"
            elif order == "older":
                status = "unchanged"
            else:
                self._conflict(record_type, record_id, mine, record, incoming_hash, conflicts)
                status = "conflict"
        self.by_type[record_type.name][status] += 1

    def _supersede(self, conflicts: list[dict[str, Any]], vector: versions.Vector) -> None:
        """Close the open conflicts whose incoming edit the record now includes."""
        for conflict in conflicts:
            if versions.includes(vector, conflict["incoming"]["version"]):
                self.superseded.add(conflict["id"])

    def _conflict(
        self,
        record_type: RecordType,
        record_id: str,
        mine: dict[str, Any],
        record: dict[str, Any],
        incoming_hash: str,
        conflicts: list[dict[str, Any]],
    ) -> None:
        for conflict in conflicts:
            known = conflict["incoming"]
            if content_hash(record_type, known) == incoming_hash or versions.includes(
                known["version"], record["version"]
            ):
                return  # this edit (or a later one from the same line) is already waiting
        manifest = self.package.manifest
        values = {
            "local": json.dumps(mine, ensure_ascii=False, sort_keys=True),
            "incoming": json.dumps(record, ensure_ascii=False, sort_keys=True),
            "source_device_id": manifest.device_id,
            "source_device_name": manifest.device_name,
            "source_author": manifest.author,
            "detected_at": self.now,
        }
        for conflict in conflicts:
            if versions.includes(record["version"], conflict["incoming"]["version"]):
                self.changed_conflicts.append({"b_id": conflict["id"], **values})
                return  # a newer edit on the same line replaces the one waiting
        self.new_conflicts.append(
            {
                "id": new_id(),
                "record_type": record_type.name,
                "record_id": record_id,
                "assessment_id": self.package.manifest.assessment_id,
                "status": "open",
                "resolution": None,
                "resolved_at": None,
                **values,
            }
        )

    # -- writing --------------------------------------------------------------------------------

    def execute(self) -> None:
        connection = self.connection
        conflict_table = SyncConflict.__table__
        version_table = SyncVersion.__table__
        for type_name, old, new in self.renames:
            table = local.table(type_name)
            connection.execute(update(table).where(table.c.id == old).values(id=new))
            connection.execute(
                update(version_table)
                .where(version_table.c.record_type == type_name, version_table.c.record_id == old)
                .values(record_id=new)
            )
            connection.execute(
                update(conflict_table)
                .where(conflict_table.c.record_type == type_name, conflict_table.c.record_id == old)
                .values(record_id=new)
            )
        for record_type in RECORD_TYPES:  # parents before children
            table = local.table(record_type)
            sql_rows.insert_many(connection, table, self.inserts[record_type.name])
            rows = self.updates[record_type.name]
            if rows:
                params = [{("b_id" if k == "id" else k): v for k, v in r.items()} for r in rows]
                connection.execute(update(table).where(table.c.id == bindparam("b_id")), params)
        sql_rows.save_versions(connection, self.versions)
        if self.new_conflicts:
            connection.execute(conflict_table.insert(), self.new_conflicts)
        if self.changed_conflicts:
            connection.execute(
                update(conflict_table).where(conflict_table.c.id == bindparam("b_id")),
                self.changed_conflicts,
            )
        if self.superseded:
            connection.execute(
                update(conflict_table)
                .where(conflict_table.c.id.in_(sorted(self.superseded)))
                .values(status="superseded", resolved_at=self.now)
            )
        if self.trust:
            connection.execute(TrustedDevice.__table__.insert(), [self.trust])


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _photo_problem(exc: OSError, folder: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return f"Cannot save the photos: the disk holding {folder} is full. Free some space."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"Cannot save the photos: {folder} is read-only."
    return f"Cannot save the photos in {folder}: {exc.strerror or exc}."


class PhotoBatch:
    """Photo files copied for the packages of one batch, made durable together before its commit.

    Each file is written under a temporary name as it is copied. :meth:`make_durable` flushes
    them all to disk at once (concurrent fsyncs share the file system's journal commits), gives
    them their names (the SHA-256) and flushes the folders, so that every file is complete on
    disk before the commit that makes a record point at it. A file of the store is named by its
    content, so a file left by a batch that then failed is harmless and is reused.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pending: dict[Path, Path] = {}  # target -> temporary

    def write(self, package: Package) -> list[Path]:
        """Copy the package's missing photo files; returns their targets, for :meth:`discard`.

        Files kept in memory by the reader are written as they were checked; the others are
        read from the zip again and checked against their SHA-256 while copied, so a package
        changed on disk since it was read cannot slip anything in.
        """
        from recp_desktop.storage.photos import photo_file

        wanted: dict[Path, str] = {}
        for record in package.records["photo"]:
            if record["sha256"] in package.photos:
                target = photo_file(self.folder, record["sha256"], record["media_type"])
                if target not in self.pending and not target.exists():
                    wanted[target] = record["sha256"]
        added: list[Path] = []
        archive = None
        try:
            for target, sha256 in wanted.items():
                target.parent.mkdir(parents=True, exist_ok=True)
                temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
                self.pending[target] = temporary
                added.append(target)
                data = package.photo_bytes.get(sha256)
                if data is not None:
                    temporary.write_bytes(data)
                    continue
                archive = archive or open_zip(package.path)
                digest = hashlib.sha256()
                with archive.open(package.photos[sha256]) as src, open(temporary, "wb") as out:
                    for chunk in iter(lambda src=src: src.read(1 << 20), b""):
                        digest.update(chunk)
                        out.write(chunk)
                if digest.hexdigest() != sha256:
                    raise PackageError(
                        f"{package.photos[sha256]} changed while the package was being imported."
                    )
        except BaseException as exc:
            self.discard(added)
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
        for target in targets:
            temporary = self.pending.pop(target, None)
            if temporary is not None:
                temporary.unlink(missing_ok=True)

    def make_durable(self, pool: ThreadPoolExecutor) -> None:
        """Flush every file, name it, flush the folders: then a commit may point at them."""
        if not self.pending:
            return
        try:
            list(pool.map(_fsync, self.pending.values()))
            for target, temporary in self.pending.items():
                os.replace(temporary, target)
            if os.name == "posix":  # the new names must survive too
                list(pool.map(_fsync, {t.parent for t in self.pending}))
        except OSError as exc:
            raise StorageError(_photo_problem(exc, self.folder)) from exc
        self.pending.clear()

    def abandon(self) -> None:
        self.discard(list(self.pending))


def _result(
    path: Path, package: Package, plan: _Plan | None, status: str, reason: str = ""
) -> ImportResult:
    manifest = package.manifest
    result = ImportResult(
        path=path,
        status=status,
        reason=reason,
        assessment_id=manifest.assessment_id,
        company=package.records["enterprise"][0]["name"],
        device_id=manifest.device_id,
        device_name=manifest.device_name,
        author=manifest.author,
        created_at=manifest.created_at,
        signed=package.signed,
    )
    if plan is not None:
        for name, counter in plan.by_type.items():
            result.by_type[name] = {s: counter[s] for s in STATUSES}
            for s in STATUSES:
                result.counts[s] += counter[s]
    return result


def apply_package(
    connection: Connection,
    db: Database,
    package: Package,
    photos: PhotoBatch,
    pool: ThreadPoolExecutor,
) -> ImportResult:
    """Write a checked package inside a batch, in a savepoint of its own: all of it or nothing.

    The photo files are copied in ``pool`` while the records are planned and written. A refusal
    found here (a device key, a record taken over) or a photo that cannot be saved rolls back
    this package alone, its photo files included; the batch goes on. An error of the database
    itself is raised: it ends the whole batch.
    """
    savepoint = connection.begin_nested()
    copying = pool.submit(photos.write, package)
    plan = None
    try:
        plan = _Plan(connection, db, package)
        plan.check_device(db.folder)
        plan.plan_records()
        plan.execute()
        copying.result()
    except BaseException as exc:
        if copying.exception() is None:  # waits for the copy; its own errors clean up after it
            photos.discard(copying.result())
        if isinstance(exc, DBAPIError):  # the database failed: the whole batch goes
            with suppress(DBAPIError):  # SQLite may have ended the transaction itself
                savepoint.rollback()
            raise
        savepoint.rollback()
        if isinstance(exc, PackageError | StorageError):
            status = "rejected" if isinstance(exc, PackageError) else "failed"
            return _result(package.path, package, None, status, str(exc))
        raise
    savepoint.commit()
    return _result(package.path, package, plan, "imported")


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
            connection.exec_driver_sql(LOCK_STATEMENT)
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
