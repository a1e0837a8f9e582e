"""Push, pull and the conflicts list (docs/sync-protocol.md §7)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import IntegrityError

from recp_hub import errors, sync
from recp_hub import pull as pulls
from recp_hub import templates as hub_templates
from recp_hub.deps import CallerDep, HubDep, SupervisorDep
from recp_hub.errors import Problem
from recp_hub.ids import ID_RE

router = APIRouter()
MAX_RECORDS = 5000  # per batch; a client splits larger pushes
MAX_TEMPLATES = 100  # per batch: the checklist templates the batch's answers refer to


class PushBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    batch_id: Annotated[str, Field(pattern=f"^{ID_RE.pattern}$")]
    device_id: Annotated[str, Field(pattern=f"^{ID_RE.pattern}$")]
    records: dict[str, list[Any]]
    templates: Annotated[list[Any], Field(max_length=MAX_TEMPLATES)] = []
    cursor: Annotated[str, Field(max_length=200)] | None = None
    signature: Annotated[str, Field(pattern="^[0-9a-f]{128}$")]


@router.post("/push")
def push(body: PushBody, caller: CallerDep, hub: HubDep) -> Response:
    """Merge a signed batch in one transaction; the same batch again replays its answer."""
    if sum(len(records) for records in body.records.values()) > MAX_RECORDS:
        raise Problem(errors.TOO_LARGE, what="batch", limit=f"{MAX_RECORDS} records")
    fields = {  # the parsed JSON as it came (no model_dump copy of every record)
        "batch_id": body.batch_id,
        "device_id": body.device_id,
        "records": body.records,
        "signature": body.signature,
    }
    for optional in ("templates", "cursor"):  # a body without one is signed without it
        if optional in body.model_fields_set:
            fields[optional] = getattr(body, optional)
    body_sha256, records = sync.check_push(caller, fields)
    templates = hub_templates.check(body.templates)
    try:
        with hub.db.scope(caller.org_id) as session:
            answer = sync.replay(session, caller.org_id, body.batch_id, body_sha256)
            if answer is None:
                hub_templates.store(session, caller, templates)
                answer = sync.push(
                    session, caller, body.batch_id, body_sha256, records, body.cursor
                )
    except IntegrityError:  # the same batch id committed by a racing push meanwhile
        with hub.db.scope(caller.org_id) as session:
            answer = sync.replay(session, caller.org_id, body.batch_id, body_sha256)
        if answer is None:
            raise
    return Response(answer, media_type="application/json")


@router.get("/pull")
def pull(
    caller: CallerDep,
    hub: HubDep,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> Response:
    """The changes after ``cursor`` the caller reaches, at most ``limit``, in commit order."""
    with hub.db.scope(caller.org_id) as session:
        return Response(pulls.pull(session, caller, cursor, limit), media_type="application/json")


@router.get("/conflicts")
def conflicts(caller: SupervisorDep, hub: HubDep) -> list[dict[str, Any]]:
    """The organisation's open conflicts, both versions of each (supervisors and admins)."""
    with hub.db.scope(caller.org_id) as session:
        return pulls.open_conflicts(session, caller.org_id)
