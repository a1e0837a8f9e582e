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

import functools
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CompoundSelect, and_, bindparam, or_, select, union, update
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
    """What an auditor reaches, as SQL: one-column queries of assessment and enterprise ids.

    Kept as queries, not id sets, so that a pull or a push costs the same whether the auditor
    has five assessments or five thousand: the database evaluates them where they are used.
    """

    assessments: CompoundSelect
    enterprises: CompoundSelect


# Made once: an alias copies every column, which costs more than the queries built on it.
_CREATED = RECORDS.alias("reach_created")
_OWN = RECORDS.alias("reach_own")
_PARENT = RECORDS.alias("reach_parent")


def scope_of(session: Session, caller: Caller) -> Scope | None:
    """What ``caller`` reaches now; None for a supervisor or admin (the whole organisation)."""
    if caller.role != "auditor":
        return None
    return _scope(caller.org_id, caller.user_id)


@functools.lru_cache(maxsize=1024)
def _scope(org: str, user: str) -> Scope:
    """The reach queries of one auditor: the same statements for every request, so they are
    built once and SQLAlchemy's compiled-statement cache recognises them."""
    created = _CREATED
    assessments = union(
        select(created.c.record_id).where(
            created.c.org_id == org,
            created.c.record_type == "assessment",
            created.c.created_by == user,
        ),
        select(Assignment.assessment_id).where(
            Assignment.org_id == org, Assignment.user_id == user
        ),
    )
    own, parent = _OWN, _PARENT
    enterprises = union(
        select(own.c.record_id).where(
            own.c.org_id == org, own.c.record_type == "enterprise", own.c.created_by == user
        ),
        select(parent.c.parent_id).where(
            parent.c.org_id == org,
            parent.c.record_type == "assessment",
            parent.c.parent_id.is_not(None),
            parent.c.record_id.in_(assessments),
        ),
    )
    return Scope(assessments, enterprises)


def reached(session: Session, query: CompoundSelect, ids: set[str]) -> set[str]:
    """Those of ``ids`` that ``query`` (a :class:`Scope` query) holds."""
    if not ids:
        return set()
    column = _first_column(query)
    return set(session.scalars(select(column).where(column.in_(sorted(ids)))))


@functools.lru_cache(maxsize=2048)
def _first_column(query: CompoundSelect):
    return next(iter(query.subquery().c))


def record_filter(scope: Scope | None, table=RECORDS):
    """A WHERE clause over ``hub_record`` rows for what ``scope`` reaches (all if None)."""
    if scope is None:
        return and_(True)
    return or_(
        and_(table.c.record_type == "assessment", table.c.record_id.in_(scope.assessments)),
        and_(table.c.record_type.in_(CHILD_TYPES), table.c.parent_id.in_(scope.assessments)),
        and_(table.c.record_type == "enterprise", table.c.record_id.in_(scope.enterprises)),
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
        self.session = session
        self.scope = scope_of(session, caller)
        # Ids known reachable: those asked about so far and those this batch brings.
        self.enterprises: set[str] = set()
        self.assessments: set[str] = set()

    def _reach(self, kind: str, ids: set[str]) -> set[str]:
        known = self.assessments if kind == "assessment" else self.enterprises
        query = self.scope.assessments if kind == "assessment" else self.scope.enterprises
        known |= reached(self.session, query, ids - known)
        return known

    def check(self, type_name: str, incoming: list[Record], stored: dict[str, str | None]) -> None:
        """``stored``: the pushed ids the hub already has (of this type), with their parent."""
        if self.scope is None:
            return
        if type_name == "enterprise":
            if not set(stored) <= self._reach("enterprise", set(stored)):
                raise Problem(errors.NOT_FOUND, what=OUT_OF_REACH)
            self.enterprises |= {r["id"] for r in incoming}
        elif type_name == "assessment":
            existing = {r["id"] for r in incoming if r["id"] in stored}
            moved = {
                r["enterprise_id"]
                for r in incoming
                if stored.get(r["id"], "") != r["enterprise_id"]  # new, or to another company
            }
            if not existing <= self._reach("assessment", existing):
                raise Problem(errors.NOT_FOUND, what=OUT_OF_REACH)
            if not moved <= self._reach("enterprise", moved):
                raise Problem(errors.NOT_FOUND, what=OUT_OF_REACH)
            self.assessments |= {r["id"] for r in incoming}
        else:
            parents = {stored.get(r["id"], r["assessment_id"]) for r in incoming}
            if not parents <= self._reach("assessment", parents):
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
