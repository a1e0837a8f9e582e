"""The rules of photo uploads, between the blob store on disk and the ``blob`` table.

A blob is *visible* (listed by ``HEAD`` as complete, served by ``GET``) only once its row has
``completed_at``, which is set in the same transaction as the audit event, after the file was
verified and moved to its final name. Rows and files are per organisation: the same SHA-256 in
two organisations is two uploads, and one organisation's upload says nothing about the other's.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass

import anyio
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.exc import IntegrityError
from starlette.requests import ClientDisconnect

from recp_hub import audit, errors
from recp_hub.accounts import Caller
from recp_hub.blobs import BlobStore, HashMismatchError
from recp_hub.db import Database
from recp_hub.errors import Problem
from recp_hub.models import Blob, utcnow


@dataclass(frozen=True)
class BlobState:
    state: str  # "absent", "partial" or "complete"
    offset: int  # bytes held
    total: int | None  # the declared size, once an upload began


def state(db: Database, store: BlobStore, caller: Caller, sha256: str) -> BlobState:
    """What the caller's organisation holds of ``sha256``."""
    with db.scope(caller.org_id) as session:
        row = session.get(Blob, (caller.org_id, sha256))
        if row is None:
            return BlobState("absent", 0, None)
        if row.completed_at is None and store.has_complete(caller.org_id, sha256):
            # The hub stopped between moving the verified file and recording it: record it now.
            row.completed_at = utcnow()
        if row.completed_at is not None:
            return BlobState("complete", row.size, row.size)
        return BlobState("partial", store.held(caller.org_id, sha256), row.size)


def begin(
    db: Database, store: BlobStore, caller: Caller, sha256: str, start: int | None, total: int
) -> BlobState:
    """Check that a piece starting at ``start`` continues the upload; record the upload's start.

    ``start`` None is a request to finish an upload whose bytes are all held. Raises 409.2 when
    the hub holds another number of bytes, 409.4 when the upload was begun with another total.
    """
    current = state(db, store, caller, sha256)
    if current.state == "complete":
        return current
    if current.total is not None and current.total != total:
        raise Problem(errors.UPLOAD_TOTAL, total=current.total, declared=total)
    if start is not None and start != current.offset:
        raise Problem(
            errors.UPLOAD_OFFSET,
            headers={"Upload-Offset": str(current.offset)},
            offset=current.offset,
            start=start,
        )
    if current.state == "absent":
        try:
            with db.scope(caller.org_id) as session:
                session.add(
                    Blob(
                        org_id=caller.org_id, sha256=sha256, size=total, created_by=caller.device_id
                    )
                )
        except IntegrityError:  # another upload of it began at the same moment
            return begin(db, store, caller, sha256, start, total)
    return BlobState("partial", current.offset, total)


def finish(db: Database, store: BlobStore, caller: Caller, sha256: str) -> BlobState:
    """Verify the held bytes and make the blob visible; 422.1 (upload discarded) if wrong."""
    try:
        size = store.finish(caller.org_id, sha256)
    except HashMismatchError as exc:
        with db.scope(caller.org_id) as session:  # start again from nothing
            row = session.get(Blob, (caller.org_id, sha256))
            if row is not None and row.completed_at is None:
                session.delete(row)
        raise Problem(errors.HASH_MISMATCH, actual=exc.actual, expected=sha256) from None
    with db.scope(caller.org_id) as session:
        row = session.get(Blob, (caller.org_id, sha256))
        row.completed_at = utcnow()
        audit.record(
            session,
            caller.org_id,
            "blob.upload",
            caller.actor,
            sha256=sha256,
            size=size,
        )
    return BlobState("complete", size, size)


async def receive(
    store: BlobStore,
    org_id: str,
    sha256: str,
    start: int,
    expected: int,
    body: AsyncIterator[bytes],
) -> int | None:
    """Stream ``body`` onto the partial file at ``start``; the bytes written, None on disconnect.

    Each piece goes to the operating system as it arrives (unbuffered), so bytes received before
    the hub dies are on disk for the resume. A body longer or shorter than ``expected`` is
    refused (400.5) and the file is cut back to ``start``, as on any other error.
    """
    handle = await run_in_threadpool(store.open_append, org_id, sha256, start)
    received = 0
    try:
        async for chunk in body:
            if received + len(chunk) > expected:
                raise Problem(
                    errors.BODY_LENGTH, received=f"more than {expected}", expected=expected
                )
            await anyio.to_thread.run_sync(handle.write, chunk)
            received += len(chunk)
        if received != expected:
            raise Problem(errors.BODY_LENGTH, received=received, expected=expected)
    except ClientDisconnect:
        await anyio.to_thread.run_sync(_close, handle)
        return None  # what arrived is a correct prefix: kept for the resume
    except BaseException:
        handle.close()
        await run_in_threadpool(store.truncate, org_id, sha256, start)
        raise
    await anyio.to_thread.run_sync(_close, handle)
    return received


def _close(handle) -> None:
    os.fsync(handle.fileno())
    handle.close()
