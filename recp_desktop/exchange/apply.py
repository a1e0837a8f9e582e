"""Writing one checked package inside a batch: the device check, the merge plan, the writes.

The plan comes from the merge engine (:func:`recp_desktop.domain.merge.plan_type`), made for
every record type on data read under the write lock, before the first write; the adapter
(:mod:`recp_desktop.storage.merge_store`) reads and writes the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from recp_desktop.checklists import TemplateConflictError
from recp_desktop.domain.merge import MergeError, TypePlan, plan_type
from recp_desktop.domain.records import RECORD_TYPES
from recp_desktop.exchange import keys
from recp_desktop.exchange.errors import PackageError
from recp_desktop.exchange.photo_batch import PhotoBatch
from recp_desktop.exchange.reader import Package
from recp_desktop.exchange.results import STATUSES, ImportResult
from recp_desktop.storage import companies, merge_store, review
from recp_desktop.storage.carried_templates import install_carried
from recp_desktop.storage.errors import StorageError
from recp_desktop.storage.models import TrustedDevice

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database


def check_device(
    connection: Connection, package: Package, device_id: str, folder: Path, now: datetime
) -> dict | None:
    """The package's signing key against the keys known here (trust on first use).

    Returns the ``trusted_device`` row to insert for a device seen for the first time, or None.
    Raises :class:`PackageError` for a key that differs from the one known for the device.
    """
    manifest = package.manifest
    if not package.signed or manifest.public_key is None:
        return None
    offered = keys.fingerprint(manifest.public_key)
    if manifest.device_id == device_id:
        own = keys.existing_public_key(folder)
        if own != manifest.public_key:
            raise PackageError(
                f"The package claims to come from this device but is signed with another key "
                f"(fingerprint {offered}); it may be forged."
            )
        return None
    table = TrustedDevice.__table__
    known = connection.execute(
        select(table.c.public_key, table.c.first_seen).where(
            table.c.device_id == manifest.device_id
        )
    ).first()
    if known is None:
        return {
            "device_id": manifest.device_id,
            "public_key": manifest.public_key.hex(),
            "name": manifest.device_name,
            "first_seen": now,
        }
    if known.public_key != manifest.public_key.hex():
        trusted = keys.fingerprint(bytes.fromhex(known.public_key))
        raise PackageError(
            f"The package claims to come from the device '{manifest.device_name}' "
            f"({manifest.device_id}), known here since {known.first_seen:%Y-%m-%d} with "
            f"another key (fingerprint {trusted}); this package's key has fingerprint "
            f"{offered}. It may be forged, so it was refused."
        )
    return None


def plan_package(connection: Connection, package: Package, device_id: str) -> list[TypePlan]:
    """The merge plan of every record type of a package, parents first; nothing written.

    Raises :class:`PackageError` when the engine refuses a record (a field that never changes,
    an id taken elsewhere).
    """
    scope = merge_store.read_assessment_scope(connection, package.records, device_id)
    plans = []
    for record_type in RECORD_TYPES:
        local, elsewhere = scope[record_type.name]
        incoming = package.records[record_type.name]
        try:
            plans.append(plan_type(record_type, incoming, local, elsewhere=elsewhere))
        except MergeError as exc:
            raise PackageError(str(exc)) from None
    return plans


def install_templates(
    connection: Connection, package: Package, now: datetime
) -> list[tuple[str, int]]:
    """Install the templates the package carries that are new here; their ``(id, version)``.

    Raises :class:`PackageError` naming the template when one differs from the template of the
    same id and version known here (the whole package is then refused).
    """
    manifest = package.manifest
    source = f"{package.path.name} from {manifest.device_name or manifest.device_id}"
    try:
        return install_carried(connection, package.templates.values(), source=source, now=now)
    except TemplateConflictError as exc:
        raise PackageError(f"The package was refused: {exc}") from None


def _result(
    package: Package,
    plans: list[TypePlan] | None,
    status: str,
    reason: str = "",
    templates: Sequence[tuple[str, int]] = (),
) -> ImportResult:
    manifest = package.manifest
    result = ImportResult(
        path=package.path,
        status=status,
        reason=reason,
        assessment_id=manifest.assessment_id,
        company=package.records["enterprise"][0]["name"],
        device_id=manifest.device_id,
        device_name=manifest.device_name,
        author=manifest.author,
        created_at=manifest.created_at,
        signed=package.signed,
        templates=[f"{i}@{v}" for i, v in templates],
    )
    for plan in plans or ():
        counts = plan.counts
        result.by_type[plan.record_type.name] = counts
        for s in STATUSES:
            result.counts[s] += counts[s]
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
    from recp_desktop.storage.database import now

    savepoint = connection.begin_nested()
    copying = pool.submit(photos.write, package)
    plans = None
    try:
        stamp = now()
        trust = check_device(connection, package, db.device_id, db.folder, stamp)
        installed = install_templates(connection, package, stamp)
        plans = plan_package(connection, package, db.device_id)
        manifest = package.manifest
        source = merge_store.Source(
            manifest.device_id, manifest.device_name, manifest.author, manifest.assessment_id
        )
        merge_store.apply_plans(connection, plans, source=source, now=stamp)
        review.refresh(connection, [manifest.assessment_id])  # the state the events lead to
        merged = [e["id"] for e in package.records["enterprise"][1:]]
        companies.follow_merges(connection, merged, db.device_id)
        if trust:
            connection.execute(TrustedDevice.__table__.insert(), [trust])
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
            return _result(package, None, status, str(exc))
        raise
    savepoint.commit()
    return _result(package, plans, "imported", templates=installed)
