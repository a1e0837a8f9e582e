"""The audit log: one row per sign-in, push, pull, upload and administrative change."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from recp_hub.ids import new_id
from recp_hub.models import AuditEvent


@dataclass(frozen=True)
class Actor:
    """Who acts: a user on one of their devices, or the command line (``Actor("cli")``)."""

    name: str
    user_id: str | None = None
    device_id: str | None = None


CLI = Actor("cli")


def record(session: Session, org_id: str, action: str, who: Actor, **detail: Any) -> None:
    """Add an event to the current transaction (it is kept only if the transaction commits)."""
    session.add(
        AuditEvent(
            org_id=org_id,
            event_id=new_id(),
            actor=who.name,
            user_id=who.user_id,
            device_id=who.device_id,
            action=action,
            detail=json.dumps(detail, sort_keys=True, default=str),
        )
    )


def recent(session: Session, org_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """The organisation's latest events, newest first."""
    rows = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.org_id == org_id)
        .order_by(AuditEvent.at.desc(), AuditEvent.event_id)
        .limit(limit)
    )
    return [
        {
            "at": row.at.isoformat(),
            "actor": row.actor,
            "user_id": row.user_id,
            "device_id": row.device_id,
            "action": row.action,
            "detail": json.loads(row.detail),
        }
        for row in rows
    ]
