"""Review state of assessments in the database: take a review step, read the history, and the
one query that says which assessments are approved.

The rules are :mod:`recp_desktop.domain.review`'s. ``assessment.review_state`` is a derived
column: whatever writes review events (a step taken here, a package import, a conflict
resolution) calls :func:`refresh` in the same transaction, so the column always says what the
events say. Programme totals count :func:`approved_assessment_ids` (or filter with
:data:`APPROVED`), nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Select, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from recp_desktop.domain import review
from recp_desktop.domain.fields import format_timestamp
from recp_desktop.domain.vocabulary import REVIEW_APPROVED, REVIEW_DRAFT
from recp_desktop.storage.merge_store import SQLITE_LOCK
from recp_desktop.storage.models import Assessment, ReviewEvent, new_id

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database

EVENTS = ReviewEvent.__table__
ASSESSMENTS = Assessment.__table__

APPROVED: ColumnElement[bool] = (Assessment.review_state == REVIEW_APPROVED) & ~Assessment.deleted
"""The filter of assessments that count in programme totals: approved and not deleted."""


def approved_assessments() -> Select[tuple[str]]:
    """``SELECT id FROM assessment`` of the approved, live assessments (for a subquery)."""
    return select(Assessment.id).where(APPROVED)


def approved_assessment_ids(session: Session | Connection) -> set[str]:
    """The ids of the assessments that count as approved: the review state their events lead
    to is ``approved`` (a returned one, or one with a return made apart, never is)."""
    return set(session.execute(approved_assessments()).scalars())


def _event(row) -> review.Event:
    return review.Event(
        id=row.id,
        state=row.state,
        comment=row.comment,
        by=row.by,
        at=format_timestamp(row.at),
        follows=tuple(json.loads(row.follows or "[]")),
    )


def events(connection: Connection | Session, assessment_id: str) -> list[review.Event]:
    """The live review events of an assessment (tombstones left out)."""
    found = connection.execute(
        select(EVENTS).where(EVENTS.c.assessment_id == assessment_id, ~EVENTS.c.deleted)
    )
    return [_event(row) for row in found]


def status(db: Database, assessment_id: str) -> review.Status:
    """The review state and history of an assessment."""
    with db.engine.connect() as connection:
        return review.current(events(connection, assessment_id))


def refresh(connection: Connection, assessment_ids: Iterable[str]) -> None:
    """Set ``assessment.review_state`` from the events, for these assessments."""
    for assessment_id in sorted(set(assessment_ids)):
        state = review.current(events(connection, assessment_id)).state
        connection.execute(
            update(ASSESSMENTS)
            .where(ASSESSMENTS.c.id == assessment_id, ASSESSMENTS.c.review_state != state)
            .values(review_state=state)
        )


def take_step(
    db: Database, assessment_id: str, to: str, *, by: str, comment: str = ""
) -> review.Status:
    """Record a review step (submit, withdraw, approve, return) as a new event, now.

    Raises ``LookupError`` for an unknown assessment and
    :class:`~recp_desktop.domain.review.ReviewError` for a step the rules refuse. Returns the
    new status.
    """
    from recp_desktop.storage.database import now

    with db.write() as connection:
        connection.exec_driver_sql(SQLITE_LOCK)  # read and write under the one write lock
        found = connection.execute(
            select(ASSESSMENTS.c.id).where(
                ASSESSMENTS.c.id == assessment_id, ~ASSESSMENTS.c.deleted
            )
        ).first()
        if found is None:
            raise LookupError(f"No assessment with id {assessment_id}.")
        before = review.current(events(connection, assessment_id))
        review.check_step(before, to, comment)
        stamp = now()
        connection.execute(
            EVENTS.insert(),
            [
                {
                    "id": new_id(),
                    "revision": 1,
                    "updated_at": stamp,
                    "updated_by": db.device_id,
                    "deleted": False,
                    "assessment_id": assessment_id,
                    "state": to,
                    "comment": comment.strip(),
                    "by": by[:200],
                    "at": stamp,
                    "follows": json.dumps(review.follows(before)),
                }
            ],
        )
        refresh(connection, [assessment_id])
        return review.current(events(connection, assessment_id))


def submit(db: Database, assessment_id: str, *, by: str, comment: str = "") -> review.Status:
    return take_step(db, assessment_id, "submitted", by=by, comment=comment)


def withdraw(db: Database, assessment_id: str, *, by: str) -> review.Status:
    return take_step(db, assessment_id, REVIEW_DRAFT, by=by)


def approve(db: Database, assessment_id: str, *, by: str, comment: str = "") -> review.Status:
    return take_step(db, assessment_id, REVIEW_APPROVED, by=by, comment=comment)


def send_back(db: Database, assessment_id: str, *, by: str, comment: str) -> review.Status:
    return take_step(db, assessment_id, "returned", by=by, comment=comment)
