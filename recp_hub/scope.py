"""What an auditor reaches: the assessments they created or were assigned, and what hangs on them.

Supervisors and admins reach every record of their organisation (:func:`scope_of` gives None).
An auditor reaches (docs/sync-protocol.md §7.4):

- the **assessments** they first pushed (``hub_record.created_by``) or are assigned to
  (``hub_assignment``);
- the records of those assessments (every type whose parent is ``assessment_id``), their
  conflicts and the photos those records name;
- the **enterprises** they first pushed, and those their reachable assessments belong to.

Anything else of the organisation is answered as something that is not there (404.1), like
anything of another organisation. Assigning an auditor renumbers the assessment's records (and
its enterprise's) in the organisation's counter, so that the auditor's next pull delivers them
whole, whatever their cursor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, false, or_, select, update
from sqlalchemy.orm import Session

from recp_desktop.domain.records import RECORD_TYPES
from recp_hub import errors
from recp_hub.accounts import Caller
from recp_hub.errors import Problem
from recp_hub.models import Assignment, Blob, Device, HubConflict, HubRecord

# The same words whether the record does not exist or belongs to someone the caller does not reach.
OUT_OF_REACH = (
    "An assessment or company this batch refers to is not on the hub, or not within your reach "
    "(ask a supervisor to assign you); nothing was written."
)

RECORDS = HubRecord.__table__
CHILD_TYPES = tuple(t.name for t in RECORD_TYPES if t.parent == "assessment_id")
Record = dict[str, Any]


@dataclass(frozen=True)
class Scope:
    """The assessment and enterprise ids an auditor reaches."""

    assessments: frozenset[str]
    enterprises: frozenset[str]


def scope_of(session: Session, caller: Caller) -> Scope | None:
    """What ``caller`` reaches now; None for a supervisor or admin (the whole organisation)."""
    if caller.role != "auditor":
        return None
    org = caller.org_id
    created = select(RECORDS.c.record_type, RECORDS.c.record_id).where(
        RECORDS.c.org_id == org,
        RECORDS.c.record_type.in_(("assessment", "enterprise")),
        RECORDS.c.created_by == caller.user_id,
    )
    mine = {"assessment": set(), "enterprise": set()}
    for record_type, record_id in session.execute(created):
        mine[record_type].add(record_id)
    assessments = mine["assessment"] | set(
        session.scalars(
            select(Assignment.assessment_id).where(
                Assignment.org_id == org, Assignment.user_id == caller.user_id
            )
        )
    )
    parents = session.scalars(
        select(RECORDS.c.parent_id).where(
            RECORDS.c.org_id == org,
            RECORDS.c.record_type == "assessment",
            RECORDS.c.record_id.in_(assessments),
        )
    )
    enterprises = mine["enterprise"] | {p for p in parents if p is not None}
    return Scope(frozenset(assessments), frozenset(enterprises))


def record_filter(scope: Scope | None, table=RECORDS):
    """A WHERE clause over ``hub_record`` rows for what ``scope`` reaches (all if None)."""
    if scope is None:
        return and_(True)
    return or_(
        and_(
            table.c.record_type == "assessment",
            table.c.record_id.in_(scope.assessments) if scope.assessments else false(),
        ),
        and_(
            table.c.record_type.in_(CHILD_TYPES),
            table.c.parent_id.in_(scope.assessments) if scope.assessments else false(),
        ),
        and_(
            table.c.record_type == "enterprise",
            table.c.record_id.in_(scope.enterprises) if scope.enterprises else false(),
        ),
    )


class PushGuard:
    """Refuses (404.1, nothing written) a push that touches what an auditor does not reach.

    Fed type by type in the record-type order (parents first) with where the pushed ids are
    stored (the ids the merge reads anyway): a record that exists is judged by where it is
    stored, a new one by the parent it names, which must be reachable or arrive earlier in the
    same batch. An existing assessment or enterprise of someone else gets the same answer as a
    parent that does not exist. Made after the organisation's counter is locked, so it sees every
    push committed before this one.
    """

    def __init__(self, session: Session, caller: Caller) -> None:
        self.scope = scope_of(session, caller)
        if self.scope is not None:
            self.enterprises = set(self.scope.enterprises)
            self.assessments = set(self.scope.assessments)

    def check(self, type_name: str, incoming: list[Record], stored: dict[str, str | None]) -> None:
        """``stored``: the pushed ids the hub already has (of this type), with their parent."""
        scope = self.scope
        if scope is None:
            return
        if type_name == "enterprise":
            if any(record_id not in scope.enterprises for record_id in stored):
                raise Problem(errors.NOT_FOUND, what=OUT_OF_REACH)
            self.enterprises |= {r["id"] for r in incoming}
        elif type_name == "assessment":
            for record in incoming:
                if record["id"] in stored and record["id"] not in scope.assessments:
                    raise Problem(errors.NOT_FOUND, what=OUT_OF_REACH)
                moved = stored.get(record["id"], "") != record["enterprise_id"]
                if moved and record["enterprise_id"] not in self.enterprises:
                    raise Problem(
                        errors.NOT_FOUND, what=OUT_OF_REACH
                    )  # new, or moved to another company
            self.assessments |= {r["id"] for r in incoming}
        else:
            for record in incoming:
                if stored.get(record["id"], record["assessment_id"]) not in self.assessments:
                    raise Problem(errors.NOT_FOUND, what=OUT_OF_REACH)


def creators(
    session: Session, caller: Caller, type_name: str, records: list[Record]
) -> dict[str, str]:
    """The creator (user id) of new assessments and enterprises whose version vector does not
    name the pusher's device: a supervisor pushing an auditor's assessment imported from a
    package makes it the auditor's, if the laptop that edited it is registered on the hub (the
    user whose devices counted most edits; ties by device id). Others: the pusher (absent here).
    """
    if type_name not in ("assessment", "enterprise"):
        return {}
    foreign = [r for r in records if caller.device_id not in (r.get("version") or {})]
    named = {device for r in foreign for device in (r.get("version") or {})}
    if not named:
        return {}
    owners = dict(
        session.execute(
            select(Device.device_id, Device.user_id).where(
                Device.org_id == caller.org_id, Device.device_id.in_(named)
            )
        ).all()
    )
    found: dict[str, str] = {}
    for record in foreign:
        edits: dict[str, int] = {}
        for device, count in sorted((record.get("version") or {}).items()):
            if device in owners:
                edits[owners[device]] = edits.get(owners[device], 0) + count
        if edits:
            found[record["id"]] = max(edits, key=lambda user: edits[user])
    return found


def conflict_filter(scope: Scope | None):
    """A WHERE clause over conflicts whose record ``scope`` reaches (all if None)."""
    if scope is None:
        return and_(True)
    reached = select(RECORDS.c.record_id).where(
        RECORDS.c.org_id == HubConflict.org_id,
        RECORDS.c.record_type == HubConflict.record_type,
        RECORDS.c.record_id == HubConflict.record_id,
        record_filter(scope),
    )
    return reached.exists()


def may_read_blob(session: Session, caller: Caller, sha256: str) -> bool:
    """Whether ``caller`` may download a photo: always for a supervisor or admin; for an auditor
    if one of their devices uploaded it or a photo record they reach names it."""
    if caller.role != "auditor":
        return True
    uploader = session.scalar(
        select(Device.user_id)
        .join(Blob, (Blob.org_id == Device.org_id) & (Blob.created_by == Device.device_id))
        .where(Blob.org_id == caller.org_id, Blob.sha256 == sha256)
    )
    if uploader == caller.user_id:
        return True
    scope = scope_of(session, caller)
    if not scope.assessments:
        return False
    bodies = session.scalars(
        select(RECORDS.c.body).where(
            RECORDS.c.org_id == caller.org_id,
            RECORDS.c.record_type == "photo",
            RECORDS.c.parent_id.in_(scope.assessments),
            RECORDS.c.body.contains(sha256),  # narrows; the parsed body decides
        )
    )
    return any(json.loads(body).get("sha256") == sha256 for body in bodies)


def renumber_assessment(session: Session, org_id: str, assessment_id: str, seq) -> int:
    """Give the assessment, its records, its enterprise and their open conflicts the next
    numbers of the organisation's counter (``seq``, locked by the caller): every device's next
    pull delivers them again, so a newly assigned auditor gets them whole. The rows renumbered.
    """
    enterprise_id = session.scalar(
        select(RECORDS.c.parent_id).where(
            RECORDS.c.org_id == org_id,
            RECORDS.c.record_type == "assessment",
            RECORDS.c.record_id == assessment_id,
        )
    )
    keys = session.execute(
        select(RECORDS.c.record_type, RECORDS.c.record_id)
        .where(
            RECORDS.c.org_id == org_id,
            or_(
                and_(RECORDS.c.record_type == "enterprise", RECORDS.c.record_id == enterprise_id),
                and_(RECORDS.c.record_type == "assessment", RECORDS.c.record_id == assessment_id),
                and_(
                    RECORDS.c.record_type.in_(CHILD_TYPES),
                    RECORDS.c.parent_id == assessment_id,
                ),
            ),
        )
        .order_by(RECORDS.c.seq)
    ).all()
    if not keys:
        return 0
    session.execute(
        update(RECORDS)
        .where(
            RECORDS.c.org_id == org_id,
            RECORDS.c.record_type == bindparam("t"),
            RECORDS.c.record_id == bindparam("rid"),
        )
        .values(seq=bindparam("s")),
        [{"t": t, "rid": rid, "s": seq.next()} for t, rid in keys],
    )
    wanted = {(t, rid) for t, rid in keys}
    conflicts = [
        conflict
        for conflict in session.scalars(
            select(HubConflict).where(
                HubConflict.org_id == org_id,
                HubConflict.state == "open",
                HubConflict.record_id.in_({rid for _t, rid in keys}),
            )
        )
        if (conflict.record_type, conflict.record_id) in wanted
    ]
    for conflict in sorted(conflicts, key=lambda c: c.seq):
        conflict.seq = seq.next()
    session.flush()
    return len(keys) + len(conflicts)
