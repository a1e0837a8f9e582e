"""Push and pull of records: the package record format through the shared merge engine.

The hub is one more replica: a push is planned by :func:`recp_desktop.domain.merge.plan_type`
(the same rules as package import, docs/package-format.md §5–6) against the organisation's rows
and applied in the same transaction, which also takes the next numbers of the organisation's
change counter. A pull reads the changes after a cursor in counter order.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from recp_desktop.domain.merge import Local, MergeError, OpenConflict, TypePlan, plan_type
from recp_desktop.domain.records import (
    BY_NAME,
    RECORD_TYPES,
    RecordError,
    RecordType,
    check_records,
)
from recp_hub import audit, errors
from recp_hub import templates as hub_templates
from recp_hub.accounts import Caller
from recp_hub.errors import Problem
from recp_hub.ids import new_id
from recp_hub.models import Blob, Counter, HubConflict, HubRecord, Push

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
    return hashlib.sha256(signed).hexdigest(), checked


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
    session: Session, org_id: str, record_type: RecordType, incoming: Sequence[Record]
) -> tuple[dict[str, Local], dict[str, Record]]:
    """The organisation's records that ``incoming`` concerns (same id or same natural key in the
    same parent), as the merge engine wants them, and their stored bodies by id."""
    mine = (RECORDS.c.org_id == org_id) & (RECORDS.c.record_type == record_type.name)
    columns = (RECORDS.c.record_id, RECORDS.c.body)
    ids = [r["id"] for r in incoming]
    rows = list(session.execute(select(*columns).where(mine, RECORDS.c.record_id.in_(ids))))
    key = record_type.natural_key
    if key:  # two index-friendly queries rather than one OR the planner cannot split
        pairs = {(r[record_type.parent], r[key]) for r in incoming}
        candidates = session.execute(
            select(*columns, RECORDS.c.parent_id, RECORDS.c.natural_key).where(
                mine,
                RECORDS.c.parent_id.in_({parent for parent, _ in pairs}),
                RECORDS.c.natural_key.in_({name for _, name in pairs}),
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
    device_id: str,
) -> None:
    """Write a plan with set-based statements (one INSERT and one UPDATE for the batch)."""
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
        session.execute(
            insert(RECORDS),
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
                    "pushed_by": device_id,
                }
                for record in plan.inserts
            ],
        )
    if changed:
        session.execute(
            update(RECORDS)
            .where(
                RECORDS.c.org_id == bindparam("o"),
                RECORDS.c.record_type == bindparam("t"),
                RECORDS.c.record_id == bindparam("rid"),
            )
            .values(body=bindparam("b"), seq=bindparam("s"), pushed_by=bindparam("d")),
            [
                {
                    "o": org_id,
                    "t": name,
                    "rid": rid,
                    "b": _dump(bodies[rid]),
                    "s": seq.next(),
                    "d": device_id,
                }
                for rid in changed
            ],
        )
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
                device_id=device_id,
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
) -> str:
    """Merge a checked batch in the current transaction; its answer (JSON), kept under its id."""
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
    results = []
    counts = {"new": 0, "updated": 0, "unchanged": 0, "conflict": 0}
    for record_type in RECORD_TYPES:
        incoming = records.get(record_type.name) or []
        if not incoming:
            continue
        local, bodies = _locals(session, caller.org_id, record_type, incoming)
        try:
            plan = plan_type(record_type, incoming, local)
        except MergeError as exc:
            raise Problem(errors.INVALID_RECORDS, reason=str(exc)) from None
        _apply(session, caller.org_id, plan, bodies, seq, caller.device_id)
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
    return row.answer  # byte for byte what a replay answers


def encode_cursor(epoch: str, seq: int) -> str:
    return base64.urlsafe_b64encode(f"1:{epoch}:{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str, counter: Counter) -> int:
    """The counter value a cursor stands for; 410 if it is not one of this counter's."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        version, epoch, seq = text.split(":")
        value = int(seq)
    except (ValueError, UnicodeDecodeError):
        raise Problem(errors.CURSOR_GONE) from None
    if version != "1" or epoch != counter.epoch or not 0 <= value <= counter.last_seq:
        raise Problem(errors.CURSOR_GONE)
    return value


def pull(session: Session, caller: Caller, cursor: str | None, limit: int) -> bytes:
    """The organisation's changes after ``cursor`` in commit order, as the answer's JSON bytes.

    Stored record bodies are JSON already: they are spliced into the answer, not parsed again.
    """
    counter = session.get(Counter, caller.org_id)
    after = decode_cursor(cursor, counter) if cursor else 0
    records = session.execute(
        select(RECORDS.c.seq, RECORDS.c.record_type, RECORDS.c.body)
        .where(RECORDS.c.org_id == caller.org_id, RECORDS.c.seq > after)
        .order_by(RECORDS.c.seq)
        .limit(limit + 1)
    ).all()
    conflicts = session.scalars(
        select(HubConflict)
        .where(HubConflict.org_id == caller.org_id, HubConflict.seq > after)
        .order_by(HubConflict.seq)
        .limit(limit + 1)
    ).all()
    changes = sorted([*records, *conflicts], key=lambda item: item.seq)
    more = len(changes) > limit
    changes = changes[:limit]
    upto = changes[-1].seq if changes else after
    photos = {
        json.loads(item.body)["sha256"]: None
        for item in changes
        if not isinstance(item, HubConflict) and item.record_type == "photo"
    }
    complete: set[str] = set()
    if photos:
        complete = set(
            session.scalars(
                select(Blob.sha256).where(
                    Blob.org_id == caller.org_id,
                    Blob.sha256.in_(list(photos)),
                    Blob.completed_at.is_not(None),
                )
            )
        )
    out_records: list[str] = []
    out_conflicts: list[dict[str, Any]] = []
    answers: list[tuple[str, dict[str, Any]]] = []  # whose templates the page carries
    for item in changes:
        if isinstance(item, HubConflict):
            view = conflict_view(item)
            out_conflicts.append(view)
            answers += [(view["type"], view["local"]), (view["type"], view["incoming"])]
            continue
        if item.record_type == "answer":
            answers.append(("answer", json.loads(item.body)))
        extra = ""
        if item.record_type == "photo":
            arrived = json.loads(item.body)["sha256"] in complete
            extra = f',"photo_complete":{json.dumps(arrived)}'
        out_records.append(f'{{"type":"{item.record_type}","record":{item.body}{extra}}}')
    audit.record(
        session,
        caller.org_id,
        "pull",
        caller.actor,
        after=after,
        upto=upto,
        records=len(out_records),
    )
    tail = json.dumps(
        {"conflicts": out_conflicts, "cursor": encode_cursor(counter.epoch, upto), "more": more},
        ensure_ascii=False,
    )
    carried = hub_templates.for_pull(session, caller.org_id, hub_templates.referred(answers))
    return f'{{"records":[{",".join(out_records)}],"templates":{carried},{tail[1:]}'.encode()


def conflict_view(conflict: HubConflict) -> dict[str, Any]:
    return {
        "conflict_id": conflict.conflict_id,
        "type": conflict.record_type,
        "record_id": conflict.record_id,
        "state": conflict.state,
        "local": json.loads(conflict.local),
        "incoming": json.loads(conflict.incoming),
        "device_id": conflict.device_id,
        "created_at": conflict.created_at.isoformat(),
    }


def open_conflicts(session: Session, org_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(HubConflict)
        .where(HubConflict.org_id == org_id, HubConflict.state == "open")
        .order_by(HubConflict.seq)
    )
    return [conflict_view(row) for row in rows]
