"""A supervisor's decisions on symbiosis candidates: confirm, dismiss, or take back.

Each decision is a synced record (``domain.records.SymbiosisDecision``, format 3) of the waste
stream's assessment: it travels in that assessment's packages and through the hub. Its id is
``decision_id(stream, receiver)``, so deciding again edits the same record (a new revision) and
two devices deciding the same candidate meet as one record; taking a decision back makes it a
tombstone, which travels too.

A decision naming a company that was merged into another (``enterprise.merged_into``) is read
as naming the company it was merged into (:func:`decisions`); ``companies.merge_companies``
also moves the decisions themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from recp_desktop.domain import vocabulary as v
from recp_desktop.domain.records import DECISION_STATUSES, decision_id
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Enterprise, SymbiosisDecision, WasteStream
from recp_desktop.storage.records import apply_edit, stamp_new
from recp_desktop.storage.repository import ValidationError

STATUSES = DECISION_STATUSES


@dataclass(frozen=True)
class Decision:
    """``status`` (confirmed | dismissed), ``comment``, when (UTC) and by whom."""

    status: str
    comment: str
    decided_at: datetime
    decided_by: str = ""


def _store(
    session: Session,
    device_id: str,
    assessment_id: str,
    stream_id: str,
    receiver_id: str,
    fields: dict[str, object],
) -> None:
    """Write the decision on (stream → receiver): a new record, or an edit of the existing one
    (a tombstone comes back to life)."""
    record_id = decision_id(stream_id, receiver_id)
    row = session.get(SymbiosisDecision, record_id)
    if row is None:
        row = SymbiosisDecision(
            id=record_id,
            assessment_id=assessment_id,
            stream_id=stream_id,
            receiver_id=receiver_id,
            **fields,
        )
        session.add(stamp_new(row, device_id))
    else:
        apply_edit(row, device_id, deleted=False, **fields)


def decide(
    db: Database,
    stream_id: str,
    receiver_id: str,
    status: str,
    comment: str = "",
    by: str | None = None,
) -> None:
    """Record ``status`` for the candidate (stream → receiver), replacing an earlier one.

    ``by`` names who decided (default: this device's name). Raises ValidationError for an
    unknown status, stream or company, or a comment longer than
    ``vocabulary.DECISION_COMMENT_MAX`` characters.
    """
    if status not in STATUSES:
        raise ValidationError(f"A decision is 'confirmed' or 'dismissed', not '{status}'.")
    comment = comment.strip()
    if len(comment) > v.DECISION_COMMENT_MAX:
        raise ValidationError(
            f"A comment on a decision is at most {v.DECISION_COMMENT_MAX} characters."
        )
    who = (db.device_name if by is None else by).strip()[: v.PLACE_MAX]
    with db.session() as session:
        stream = session.get(WasteStream, stream_id)
        if stream is None:
            raise ValidationError("The waste stream of this candidate does not exist.")
        if session.get(Enterprise, receiver_id) is None:
            raise ValidationError("The receiving company of this candidate does not exist.")
        fields = {
            "status": status,
            "comment": comment,
            "decided_at": datetime.now(UTC),
            "decided_by": who,
        }
        _store(session, db.device_id, stream.assessment_id, stream_id, receiver_id, fields)


def undecide(db: Database, stream_id: str, receiver_id: str) -> None:
    """Take a decision back: the candidate is open again (the record becomes a tombstone)."""
    with db.session() as session:
        receivers = [receiver_id, *_merged_away(session, receiver_id)]
        stmt = select(SymbiosisDecision).where(
            SymbiosisDecision.stream_id == stream_id,
            SymbiosisDecision.receiver_id.in_(receivers),
            ~SymbiosisDecision.deleted,
        )
        for row in session.scalars(stmt):
            apply_edit(row, db.device_id, deleted=True)


def _merged_away(session: Session, enterprise_id: str) -> list[str]:
    """The companies merged (directly or through a chain) into ``enterprise_id``."""
    found: list[str] = []
    todo = [enterprise_id]
    while todo:
        merged = session.scalars(
            select(Enterprise.id).where(Enterprise.merged_into.in_(todo), Enterprise.deleted)
        ).all()
        todo = [m for m in merged if m not in found and m != enterprise_id]
        found += todo
    return found


def survivors(session: Session) -> dict[str, str]:
    """Each company merged away → the live company it ended in (following chains of merges)."""
    merged = dict(
        session.execute(
            select(Enterprise.id, Enterprise.merged_into).where(
                Enterprise.deleted, Enterprise.merged_into.is_not(None)
            )
        ).all()
    )
    out = {}
    for start in merged:
        target, seen = start, set()
        while target in merged and target not in seen:
            seen.add(target)
            target = merged[target]
        out[start] = target
    return out


def decision_rows(db: Database) -> list[SymbiosisDecision]:
    """Every live decision record as stored (receivers not followed through merges)."""
    with db.session() as session:
        return list(session.scalars(select(SymbiosisDecision).where(~SymbiosisDecision.deleted)))


def decisions(db: Database) -> dict[tuple[str, str], Decision]:
    """Every live decision by (stream id, receiver id); a receiver merged into another company
    is read as that company (the latest decision wins when two then name the same pair)."""
    with db.session() as session:
        rows = session.scalars(select(SymbiosisDecision).where(~SymbiosisDecision.deleted)).all()
        moved = survivors(session)
    out: dict[tuple[str, str], Decision] = {}
    for r in sorted(rows, key=lambda r: (r.receiver_id in moved, r.decided_at)):
        key = (r.stream_id, moved.get(r.receiver_id, r.receiver_id))
        if key in out and r.receiver_id in moved:
            continue  # the company's own decision stands over one made to a merged-away name
        out[key] = Decision(r.status, r.comment, r.decided_at, r.decided_by)
    return out


def move_decisions(session: Session, device_id: str, other_id: str, keep_id: str) -> int:
    """Carry the decisions naming company ``other_id`` over to ``keep_id`` (a merge): each
    becomes a tombstone and the same decision is made on (stream → ``keep_id``) unless one
    already exists there. Edits of ``device_id``, in the caller's session. Returns how many
    were carried over."""
    moved = 0
    rows = session.scalars(
        select(SymbiosisDecision).where(
            SymbiosisDecision.receiver_id == other_id, ~SymbiosisDecision.deleted
        )
    ).all()
    for row in rows:
        target = session.get(SymbiosisDecision, decision_id(row.stream_id, keep_id))
        if target is None or target.deleted:
            fields = {
                "status": row.status,
                "comment": row.comment,
                "decided_at": row.decided_at,
                "decided_by": row.decided_by,
            }
            _store(session, device_id, row.assessment_id, row.stream_id, keep_id, fields)
            moved += 1
        apply_edit(row, device_id, deleted=True)
    return moved


__all__ = [
    "STATUSES",
    "Decision",
    "decide",
    "decision_rows",
    "decisions",
    "move_decisions",
    "survivors",
    "undecide",
]
