"""A supervisor's decisions on symbiosis candidates: confirm, dismiss, or take back.

One row per (waste stream, receiving company) in ``symbiosis_decision``; deciding again
replaces the decision (one writer, committed at once).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Enterprise, SymbiosisDecision, WasteStream
from recp_desktop.storage.repository import ValidationError

STATUSES = ("confirmed", "dismissed")


@dataclass(frozen=True)
class Decision:
    """``status`` (confirmed | dismissed), ``comment`` and when (UTC)."""

    status: str
    comment: str
    decided_at: datetime


def decide(db: Database, stream_id: str, receiver_id: str, status: str, comment: str = "") -> None:
    """Record ``status`` for the candidate (stream → receiver), replacing an earlier one.

    Raises ValidationError for an unknown status, stream or company.
    """
    if status not in STATUSES:
        raise ValidationError(f"A decision is 'confirmed' or 'dismissed', not '{status}'.")
    with db.session() as session:
        if session.get(WasteStream, stream_id) is None:
            raise ValidationError("The waste stream of this candidate does not exist.")
        if session.get(Enterprise, receiver_id) is None:
            raise ValidationError("The receiving company of this candidate does not exist.")
        row = session.get(SymbiosisDecision, (stream_id, receiver_id))
        now = datetime.now(UTC)
        if row is None:
            session.add(SymbiosisDecision(stream_id=stream_id, receiver_id=receiver_id,
                                          status=status, comment=comment.strip(),
                                          decided_at=now))  # fmt: skip
        else:
            row.status, row.comment, row.decided_at = status, comment.strip(), now


def undecide(db: Database, stream_id: str, receiver_id: str) -> None:
    """Take a decision back: the candidate is open again."""
    with db.session() as session:
        session.execute(
            delete(SymbiosisDecision).where(
                SymbiosisDecision.stream_id == stream_id,
                SymbiosisDecision.receiver_id == receiver_id,
            )
        )


def decisions(db: Database) -> dict[tuple[str, str], Decision]:
    """Every decision by (stream id, receiver id)."""
    with db.session() as session:
        rows = session.scalars(select(SymbiosisDecision)).all()
        return {
            (r.stream_id, r.receiver_id): Decision(r.status, r.comment, r.decided_at) for r in rows
        }


__all__ = ["STATUSES", "Decision", "decide", "decisions", "undecide"]
