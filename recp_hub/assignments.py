"""Assigning auditors to assessments: the rules, for the API (docs/sync-protocol.md §7.4).

An auditor reaches the assessments they created and those they are assigned to
(:mod:`recp_hub.scope`). Supervisors and admins assign and unassign. Assigning renumbers the
assessment's records in the organisation's counter, in the same transaction, so the auditor's
next pull delivers all of it whatever their cursor; unassigning only stops further pulls (the
auditor's device keeps what it already has).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from recp_hub import audit, errors, scope
from recp_hub.accounts import Caller, user_by_name
from recp_hub.errors import Problem
from recp_hub.ids import ID_RE
from recp_hub.models import Assignment, HubRecord, User
from recp_hub.sync import _Sequence

RECORDS = HubRecord.__table__


@dataclass(frozen=True)
class AssessmentAccess:
    assessment_id: str
    enterprise_id: str | None
    created_by: str | None  # user name
    assignees: list[str]  # user names, sorted


def _assessment_exists(session: Session, org_id: str, assessment_id: str) -> bool:
    if not ID_RE.fullmatch(assessment_id):
        return False
    found = session.scalar(
        select(RECORDS.c.record_id).where(
            RECORDS.c.org_id == org_id,
            RECORDS.c.record_type == "assessment",
            RECORDS.c.record_id == assessment_id,
        )
    )
    return found is not None


def _target(session: Session, org_id: str, assessment_id: str, username: str) -> User:
    """The user to (un)assign; 404.1 if the assessment or the user is not there."""
    user = user_by_name(session, org_id, username)
    if user is None or not _assessment_exists(session, org_id, assessment_id):
        # One answer whichever is missing, the same in every organisation (names nothing).
        raise Problem(errors.NOT_FOUND, what=errors.NOTHING_AT_ADDRESS)
    return user


def assign(session: Session, caller: Caller, assessment_id: str, username: str) -> Assignment:
    """Assign ``username`` to ``assessment_id`` (again: nothing changes); the assignment."""
    seq = _Sequence(session, caller.org_id)  # serialises with pushes; numbers for renumbering
    user = _target(session, caller.org_id, assessment_id, username)
    row = session.get(Assignment, (caller.org_id, assessment_id, user.user_id))
    if row is not None:
        return row
    row = Assignment(
        org_id=caller.org_id,
        assessment_id=assessment_id,
        user_id=user.user_id,
        assigned_by=caller.username,
    )
    session.add(row)
    session.flush()
    renumbered = scope.renumber_assessment(session, caller.org_id, assessment_id, seq)
    audit.record(
        session,
        caller.org_id,
        "assessment.assign",
        caller.actor,
        assessment_id=assessment_id,
        username=username,
        renumbered=renumbered,
    )
    return row


def unassign(session: Session, caller: Caller, assessment_id: str, username: str) -> None:
    """Take ``username`` off ``assessment_id`` (not assigned: nothing changes)."""
    _Sequence(session, caller.org_id)  # serialises with pushes checking the scope
    user = _target(session, caller.org_id, assessment_id, username)
    row = session.get(Assignment, (caller.org_id, assessment_id, user.user_id))
    if row is None:
        return
    session.delete(row)
    audit.record(
        session,
        caller.org_id,
        "assessment.unassign",
        caller.actor,
        assessment_id=assessment_id,
        username=username,
    )


def list_access(session: Session, org_id: str) -> list[AssessmentAccess]:
    """Every assessment of the organisation with its creator and assignees."""
    names = dict(
        (user_id, name)
        for user_id, name in session.execute(
            select(User.user_id, User.username).where(User.org_id == org_id)
        )
    )
    assignees: dict[str, list[str]] = {}
    for assessment_id, user_id in session.execute(
        select(Assignment.assessment_id, Assignment.user_id).where(Assignment.org_id == org_id)
    ):
        assignees.setdefault(assessment_id, []).append(names.get(user_id, user_id))
    rows = session.execute(
        select(RECORDS.c.record_id, RECORDS.c.parent_id, RECORDS.c.created_by)
        .where(RECORDS.c.org_id == org_id, RECORDS.c.record_type == "assessment")
        .order_by(RECORDS.c.record_id)
    )
    return [
        AssessmentAccess(
            assessment_id=record_id,
            enterprise_id=parent_id,
            created_by=names.get(created_by) if created_by else None,
            assignees=sorted(assignees.get(record_id, [])),
        )
        for record_id, parent_id, created_by in rows
    ]
