"""Pull: the changes after a cursor in the organisation's counter order (docs/sync-protocol.md §7).

An auditor's pull is narrowed to what they reach (:mod:`recp_hub.scope`); the cursor is the
organisation's, so a change of scope needs no new cursor (see ``scope.renumber_assessment``).
"""

from __future__ import annotations

import base64
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from recp_hub import audit, errors, scope
from recp_hub import templates as hub_templates
from recp_hub.accounts import Caller
from recp_hub.errors import Problem
from recp_hub.models import Blob, Counter, HubConflict, HubRecord

RECORDS = HubRecord.__table__


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
    """The changes after ``cursor`` in commit order that ``caller`` reaches, as JSON bytes.

    Stored record bodies are JSON already: they are spliced into the answer, not parsed again.
    On the last page the cursor moves to the counter value read first (every change up to it
    was committed before this pull began), past changes the caller does not reach.
    """
    counter = session.get(Counter, caller.org_id)
    last_committed = counter.last_seq
    after = decode_cursor(cursor, counter) if cursor else 0
    reach = scope.scope_of(session, caller)
    records = session.execute(
        select(RECORDS.c.seq, RECORDS.c.record_type, RECORDS.c.body)
        .where(RECORDS.c.org_id == caller.org_id, RECORDS.c.seq > after, scope.record_filter(reach))
        .order_by(RECORDS.c.seq)
        .limit(limit + 1)
    ).all()
    conflicts = session.scalars(
        select(HubConflict)
        .where(
            HubConflict.org_id == caller.org_id,
            HubConflict.seq > after,
            scope.conflict_filter(reach),
        )
        .order_by(HubConflict.seq)
        .limit(limit + 1)
    ).all()
    changes = sorted([*records, *conflicts], key=lambda item: item.seq)
    more = len(changes) > limit
    changes = changes[:limit]
    upto = changes[-1].seq if changes else after
    if not more:
        upto = max(upto, last_committed)
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
    """The organisation's open conflicts, oldest first (for supervisors and admins)."""
    rows = session.scalars(
        select(HubConflict)
        .where(HubConflict.org_id == org_id, HubConflict.state == "open")
        .order_by(HubConflict.seq)
    )
    return [conflict_view(row) for row in rows]
