"""Push and pull of records: the package record format through the shared merge engine.

The hub is one more replica: a push is planned by :func:`recp_desktop.domain.merge.plan_type`
(the same rules as package import, docs/package-format.md §5–6) against the organisation's rows
and applied in the same transaction, which also takes the next numbers of the organisation's
change counter. An auditor's push is first checked against what they reach
(:mod:`recp_hub.scope`). Pulls are :mod:`recp_hub.pull`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    select,
    update,
)
from sqlalchemy.orm import Session

from recp_desktop.domain.merge import Local, MergeError, OpenConflict, TypePlan, plan_type
from recp_desktop.domain.records import (
    BY_NAME,
    RECORD_TYPES,
    RecordError,
    RecordType,
    check_records,
)
from recp_hub import audit, bulk, errors, scope
from recp_hub import pull as pulls
from recp_hub.accounts import Caller
from recp_hub.errors import Problem
from recp_hub.ids import new_id
from recp_hub.models import Counter, HubConflict, HubRecord, Push

Record = dict[str, Any]


def canonical(value: Any) -> bytes:
    """The bytes a push signature covers: JSON with sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def check_push(caller: Caller, body: dict[str, Any]) -> tuple[str, dict[str, list[Record]]]:
    """Verify the signature and the records before any write; (body SHA-256, records by type)."""
    from recp_desktop.exchange.keys import verify

    unsigned = {k: v for k, v in body.items() if k != "signature"}
    signed = canonical(unsigned)
    if body["device_id"] != caller.device_id or not verify(
        bytes.fromhex(caller.public_key), bytes.fromhex(body["signature"]), signed
    ):
        raise Problem(errors.BAD_SIGNATURE)
    unknown = [name for name in body["records"] if name not in BY_NAME]
    if unknown:
        raise Problem(errors.INVALID_RECORDS, reason=f"unknown record type '{unknown[0]}'")
    checked: dict[str, list[Record]] = {}
    try:
        for record_type in RECORD_TYPES:
            records = body["records"].get(record_type.name, [])
            checked[record_type.name] = check_records(record_type, records, "{path}, record {n}")
    except RecordError as exc:
        raise Problem(errors.INVALID_RECORDS, reason=str(exc)) from None
    for name, records in checked.items():
        ids = [r["id"] for r in records]
        if len(ids) != len(set(ids)):
            raise Problem(errors.INVALID_RECORDS, reason=f"an id appears twice in {name}")
    _check_review_steps(caller, checked.get("review_event", []))
    return hashlib.sha256(signed).hexdigest(), checked


SUPERVISOR_STEPS = ("approved", "returned")
"""Review steps only a supervisor takes (docs/package-format.md, ``review_event``)."""


def _check_review_steps(caller: Caller, events: list[Record]) -> None:
    """An auditor may not approve or return: such a step made on their own device is refused
    (403.1) and nothing of the batch is written. Steps made elsewhere (a supervisor's approval
    that reached the auditor's laptop in a package) travel on."""
    if caller.role != "auditor":
        return
    for event in events:
        if event["state"] in SUPERVISOR_STEPS and event["updated_by"] == caller.device_id:
            raise Problem(errors.FORBIDDEN, role=caller.role, needed="supervisor or admin")


def replay(session: Session, org_id: str, batch_id: str, body_sha256: str) -> str | None:
    """The stored answer (JSON) of a batch pushed before with the same content; 409 if other."""
    row = session.get(Push, (org_id, batch_id))
    if row is None:
        return None
    if row.body_sha256 != body_sha256:
        raise Problem(errors.BATCH_DIFFERS, batch_id=batch_id)
    return row.answer


class _Sequence:
    """Numbers from the organisation's counter, taken in the writing transaction (row-locked)."""

    def __init__(self, session: Session, org_id: str) -> None:
        self.session = session
        self.org_id = org_id
        # The UPDATE takes the counter's row lock until commit: pushes of one organisation
        # commit in counter order; other organisations' counters are other rows.
        session.execute(
            update(Counter).where(Counter.org_id == org_id).values(last_seq=Counter.last_seq)
        )
        self.counter = session.get(Counter, org_id, populate_existing=True)

    def next(self) -> int:
        self.counter.last_seq += 1
        return self.counter.last_seq


RECORDS = HubRecord.__table__


def _locals(
    session: Session,
    org_id: str,
    record_type: RecordType,
    incoming: Sequence[Record],
    guard: scope.PushGuard,
) -> tuple[dict[str, Local], dict[str, Record]]:
    """The organisation's records that ``incoming`` concerns (same id or same natural key in the
    same parent), as the merge engine wants them, and their stored bodies by id. ``guard``
    checks the caller's reach against where the pushed ids are stored (404.1)."""
    mine = (RECORDS.c.org_id == org_id) & (RECORDS.c.record_type == record_type.name)
    columns = (RECORDS.c.record_id, RECORDS.c.body)
    ids = [r["id"] for r in incoming]
    same_id = session.execute(
        select(*columns, RECORDS.c.parent_id).where(
            mine, bulk.one_of(session, RECORDS.c.record_id, ids)
        )
    ).all()
    guard.check(record_type.name, incoming, {rid: parent for rid, _body, parent in same_id})
    rows = [(rid, body) for rid, body, _parent in same_id]
    key = record_type.natural_key
    if key:  # two index-friendly queries rather than one OR the planner cannot split
        pairs = {(r[record_type.parent], r[key]) for r in incoming}
        candidates = session.execute(
            select(*columns, RECORDS.c.parent_id, RECORDS.c.natural_key).where(
                mine,
                bulk.one_of(session, RECORDS.c.parent_id, {parent for parent, _ in pairs}),
                bulk.one_of(session, RECORDS.c.natural_key, {name for _, name in pairs}),
            )
        )
        rows += [(rid, body) for rid, body, parent, name in candidates if (parent, name) in pairs]
    bodies = {record_id: json.loads(body) for record_id, body in rows}
    waiting: dict[str, list[OpenConflict]] = {}
    if bodies:
        for conflict in session.scalars(
            select(HubConflict).where(
                HubConflict.org_id == org_id,
                HubConflict.record_type == record_type.name,
                HubConflict.record_id.in_(list(bodies)),
                HubConflict.state == "open",
            )
        ):
            waiting.setdefault(conflict.record_id, []).append(
                OpenConflict(conflict.conflict_id, json.loads(conflict.incoming))
            )
    local = {rid: Local(body, tuple(waiting.get(rid, ()))) for rid, body in bodies.items()}
    return local, bodies


def _dump(record: Record) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def _apply(
    session: Session,
    org_id: str,
    plan: TypePlan,
    bodies: dict[str, Record],
    seq: _Sequence,
    caller: Caller,
) -> None:
    """Write a plan with set-based statements (one INSERT and one UPDATE for the batch,
    :mod:`recp_hub.bulk`)."""
    record_type = plan.record_type
    name = record_type.name
    mine = (RECORDS.c.org_id == org_id) & (RECORDS.c.record_type == name)
    changed: dict[str, None] = {}  # existing records, in the plan's order
    for old, new in plan.renames:
        session.execute(
            update(RECORDS).where(mine, RECORDS.c.record_id == old).values(record_id=new)
        )
        session.execute(
            update(HubConflict)
            .where(
                HubConflict.org_id == org_id,
                HubConflict.record_type == name,
                HubConflict.record_id == old,
            )
            .values(record_id=new)
        )
        bodies[new] = {**bodies.pop(old), "id": new}
        changed[new] = None
    new_ids = {record["id"] for record in plan.inserts}
    for record in plan.inserts:
        bodies[record["id"]] = dict(record)
    for change in plan.updates:
        bodies[change.record_id] = {
            **change.record,
            "id": change.record_id,
            "revision": change.revision,
        }
        changed[change.record_id] = None
    for record_id, revision, vector in plan.versions:
        bodies[record_id] = {**bodies[record_id], "revision": revision, "version": vector}
        if record_id not in new_ids:
            changed[record_id] = None
    if plan.inserts:
        creators = scope.creators(session, caller, name, plan.inserts)
        bulk.insert_records(
            session,
            [
                {
                    "org_id": org_id,
                    "record_type": name,
                    "record_id": record["id"],
                    "parent_id": record[record_type.parent] if record_type.parent else None,
                    "natural_key": record[record_type.natural_key]
                    if record_type.natural_key
                    else None,
                    "body": _dump(bodies[record["id"]]),
                    "seq": seq.next(),
                    "pushed_by": caller.device_id,
                    "created_by": creators.get(record["id"], caller.user_id),
                }
                for record in plan.inserts
            ],
        )
    if changed:
        parent = record_type.parent  # an assessment may move to another company
        rows = [
            (rid, _dump(bodies[rid]), seq.next(), bodies[rid][parent] if parent else None)
            for rid in changed
        ]
        bulk.update_bodies(session, org_id, name, caller.device_id, rows)
    for conflict in plan.conflicts:
        if conflict.replaces:
            _close_conflict(session, org_id, conflict.replaces, "replaced", seq)
        session.add(
            HubConflict(
                org_id=org_id,
                conflict_id=new_id(),
                record_type=name,
                record_id=conflict.record_id,
                local=_dump(conflict.local),
                incoming=_dump(conflict.incoming),
                device_id=caller.device_id,
                state="open",
                seq=seq.next(),
            )
        )
    for conflict_id in plan.superseded:
        _close_conflict(session, org_id, conflict_id, "superseded", seq)
    session.flush()


def _close_conflict(session: Session, org_id: str, conflict_id: str, state: str, seq) -> None:
    conflict = session.get(HubConflict, (org_id, conflict_id))
    if conflict is not None and conflict.state == "open":
        conflict.state = state
        conflict.seq = seq.next()


def push(
    session: Session,
    caller: Caller,
    batch_id: str,
    body_sha256: str,
    records: dict[str, list[Record]],
    cursor: str | None = None,
) -> str:
    """Merge a checked batch in the current transaction; its answer (JSON), kept under its id.

    ``cursor``: the pushing client's pull cursor. When nothing had been committed after it and
    the batch's records are the only changes the push makes (each new or updated as sent: no
    conflict opened or closed, no version merged), the answer also carries ``cursor``, the
    organisation's counter after this push: a pull from the client's cursor would return only
    the client's own records as sent, so it may move its cursor there and skip that pull
    (docs/sync-protocol.md §7, *Push*). A replay answers without it.
    """
    session.add(
        Push(
            org_id=caller.org_id,
            batch_id=batch_id,
            body_sha256=body_sha256,
            device_id=caller.device_id,
            answer="",
        )
    )
    session.flush()  # a racing push of the same id waits here, then fails on the unique key
    seq = _Sequence(session, caller.org_id)
    before = seq.counter.last_seq
    caught_up = cursor is not None and _caught_up(cursor, seq.counter)
    guard = scope.PushGuard(session, caller)  # after the lock: sees every earlier push
    results = []
    counts = {"new": 0, "updated": 0, "unchanged": 0, "conflict": 0}
    for record_type in RECORD_TYPES:
        incoming = records.get(record_type.name) or []
        if not incoming:
            continue
        local, bodies = _locals(session, caller.org_id, record_type, incoming, guard)
        try:
            plan = plan_type(record_type, incoming, local)
        except MergeError as exc:
            raise Problem(errors.INVALID_RECORDS, reason=str(exc)) from None
        _apply(session, caller.org_id, plan, bodies, seq, caller)
        for record, decision in zip(incoming, plan.decisions, strict=True):
            results.append(
                {
                    "type": record_type.name,
                    "id": record["id"],
                    "record_id": decision.record_id,
                    "status": decision.status,
                }
            )
            counts[decision.status] += 1
    answer = {"batch_id": batch_id, "counts": counts, "results": results}
    row = session.get(Push, (caller.org_id, batch_id))
    row.answer = json.dumps(answer, sort_keys=True)
    audit.record(session, caller.org_id, "push", caller.actor, batch_id=batch_id, **counts)
    own_only = seq.counter.last_seq - before == counts["new"] + counts["updated"] and all(
        result["record_id"] == result["id"] for result in results
    )  # no other write took a number, no record ended under another id
    if not (caught_up and own_only and counts["conflict"] == 0):
        return row.answer  # byte for byte what a replay answers
    answer["cursor"] = pulls.encode_cursor(seq.counter.epoch, seq.counter.last_seq)
    return json.dumps(answer, sort_keys=True)


def _caught_up(cursor: str, counter: Counter) -> bool:
    """Whether ``cursor`` is this counter's and nothing was committed after it."""
    try:
        return pulls.decode_cursor(cursor, counter) == counter.last_seq
    except Problem:  # gone or foreign: the client pulls as usual
        return False
