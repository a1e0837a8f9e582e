"""Photos by SHA-256: ``HEAD`` (how much is held), ``PUT`` with ``Content-Range`` (append), ``GET``.

See docs/sync-protocol.md §6. Bodies stream to disk piece by piece; nothing holds a whole file.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse

from recp_hub import errors, scope, uploads
from recp_hub.deps import CallerDep, HubDep
from recp_hub.errors import Problem
from recp_hub.ids import is_sha256

router = APIRouter()
RANGE_RE = re.compile(r"bytes (?:(\d{1,15})-(\d{1,15})|\*)/(\d{1,15})")


def _sha(value: str) -> str:
    if not is_sha256(value):
        raise Problem(errors.INVALID_SHA256)
    return value


def _headers(current: uploads.BlobState) -> dict[str, str]:
    headers = {"Upload-Offset": str(current.offset), "RECP-Blob-State": current.state}
    if current.total is not None:
        headers["Upload-Length"] = str(current.total)
    return headers


def _answer(sha256: str, current: uploads.BlobState) -> JSONResponse:
    return JSONResponse(
        {"sha256": sha256, "state": current.state, "offset": current.offset, "size": current.total},
        headers=_headers(current),
    )


@router.head("/blobs/{sha256}")
def blob_state(sha256: str, caller: CallerDep, hub: HubDep) -> Response:
    current = uploads.state(hub.db, hub.blobs, caller, _sha(sha256))
    headers = _headers(current)
    if current.state == "complete":
        headers["Content-Length"] = str(current.total)
    return Response(status_code=404 if current.state == "absent" else 200, headers=headers)


@router.get("/blobs/{sha256}")
def get_blob(sha256: str, caller: CallerDep, hub: HubDep) -> FileResponse:
    current = uploads.state(hub.db, hub.blobs, caller, _sha(sha256))
    missing = "This photo is not on the hub, or not within your reach."
    if current.state != "complete":
        raise Problem(errors.NOT_FOUND, what=missing)
    with hub.db.scope(caller.org_id) as session:  # an auditor: only photos of their assessments
        if not scope.may_read_blob(session, caller, sha256):
            raise Problem(errors.NOT_FOUND, what=missing)
    return FileResponse(
        hub.blobs.path(caller.org_id, sha256), media_type="application/octet-stream"
    )


def _parse_range(content_range: str | None, limit: int) -> tuple[int | None, int | None, int]:
    if not content_range:
        raise Problem(errors.INVALID_RANGE, reason="send Content-Range: bytes START-END/TOTAL")
    match = RANGE_RE.fullmatch(content_range.strip())
    if match is None:
        raise Problem(
            errors.INVALID_RANGE, reason="expected bytes START-END/TOTAL or bytes */TOTAL"
        )
    total = int(match[3])
    if total > limit:
        raise Problem(errors.TOO_LARGE, what="file", limit=limit)
    if match[1] is None:
        return None, None, total
    start, end = int(match[1]), int(match[2])
    if start > end or end >= total:
        raise Problem(errors.RANGE_PAST_END, start=start, end=end, total=total)
    return start, end, total


@router.put("/blobs/{sha256}")
async def put_blob(
    sha256: str,
    request: Request,
    caller: CallerDep,
    hub: HubDep,
    content_range: Annotated[str | None, Header()] = None,
    content_length: Annotated[str | None, Header()] = None,
) -> Response:
    """Append the bytes ``START-END`` of a file of ``TOTAL`` bytes; finish it at the last byte."""
    sha = _sha(sha256)
    start, end, total = _parse_range(content_range, hub.settings.max_blob_bytes)
    expected = 0 if end is None else end - start + 1
    if content_length is not None and content_length != str(expected):
        received = int(content_length) if content_length.isdigit() else content_length
        raise Problem(errors.BODY_LENGTH, received=received, expected=expected)
    key = (caller.org_id, sha)
    if key in hub.uploading:
        raise Problem(errors.UPLOAD_BUSY)
    hub.uploading.add(key)
    try:
        current = await run_in_threadpool(
            uploads.begin, hub.db, hub.blobs, caller, sha, start, total
        )
        if current.state == "complete":
            return _answer(sha, current)  # write-once: the body is not even read
        if start is not None:
            written = await uploads.receive(
                hub.blobs, caller.org_id, sha, start, expected, request.stream()
            )
            if written is None:  # the client went away; what arrived is kept for a resume
                return Response(status_code=400)
            current = uploads.BlobState("partial", start + written, total)
        if current.offset == total:
            current = await run_in_threadpool(uploads.finish, hub.db, hub.blobs, caller, sha)
        return _answer(sha, current)
    finally:
        hub.uploading.discard(key)
