"""Which auditors reach which assessments (docs/sync-protocol.md §7.4): supervisors and admins."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel

from recp_hub import assignments
from recp_hub.deps import HubDep, SupervisorDep

router = APIRouter()


class AssessmentOut(BaseModel):
    assessment_id: str
    enterprise_id: str | None
    created_by: str | None
    assignees: list[str]


class AssignmentOut(BaseModel):
    assessment_id: str
    username: str
    assigned_by: str
    assigned_at: datetime


@router.get("/assessments")
def list_assessments(caller: SupervisorDep, hub: HubDep) -> list[AssessmentOut]:
    """Every assessment of the organisation, who created it and who is assigned to it."""
    with hub.db.scope(caller.org_id) as session:
        return [
            AssessmentOut(**vars(access))
            for access in assignments.list_access(session, caller.org_id)
        ]


@router.put("/assessments/{assessment_id}/assignees/{username}")
def assign(assessment_id: str, username: str, caller: SupervisorDep, hub: HubDep) -> AssignmentOut:
    """Let the user push and pull the assessment; their next pull delivers all of it."""
    with hub.db.scope(caller.org_id) as session:
        row = assignments.assign(session, caller, assessment_id, username)
        return AssignmentOut(
            assessment_id=row.assessment_id,
            username=username,
            assigned_by=row.assigned_by,
            assigned_at=row.assigned_at,
        )


@router.delete("/assessments/{assessment_id}/assignees/{username}", status_code=204)
def unassign(assessment_id: str, username: str, caller: SupervisorDep, hub: HubDep) -> None:
    """Stop delivering the assessment to the user (their device keeps what it has)."""
    with hub.db.scope(caller.org_id) as session:
        assignments.unassign(session, caller, assessment_id, username)
