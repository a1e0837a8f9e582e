"""The review workflow of an assessment (issue 14 §1): rules and the state events lead to.

No Qt, no SQL. An assessment's review is a set of :class:`Event` records (record type
``review_event``, :class:`recp_desktop.domain.records.ReviewEvent`); the state is never stored
as an editable field, it is derived from the events by :func:`current`, so it travels with them
and every replica that holds the same events shows the same state.

The steps (:data:`STEPS`):

- ``draft → submitted``: the expert hands the assessment in;
- ``returned → submitted``: the expert hands it in again after working on the comment;
- ``submitted → draft`` and ``approved → draft``: the expert withdraws the submission to edit
  the assessment again (the window asks before an edit of a submitted or approved assessment);
- ``submitted → approved``: a supervisor approves;
- ``submitted → returned``: a supervisor returns it, and must say why (``comment``).

Review changes made apart. Each event lists in ``follows`` the events that were the latest
ones (the *heads*) where it was made. Events that no other event follows are the heads of the
history; one head gives the state. Two heads mean two review changes were made on two devices
without seeing each other (a supervisor returned on the hub while another approved on a laptop,
or an expert withdrew while the supervisor approved): the state is then the head's state that
comes first in :data:`PRECEDENCE` — ``returned`` before ``draft`` before ``submitted`` before
``approved`` — so a return comment is never hidden by an approval made without seeing it, and
such an assessment never counts as approved until someone acts again with both in view (the
next event follows every head). :attr:`Status.concurrent` says so, for the window to show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from recp_desktop.domain.vocabulary import (
    REVIEW_APPROVED,
    REVIEW_DRAFT,
    REVIEW_RETURNED,
    REVIEW_STATES,
    REVIEW_SUBMITTED,
)

EXPERT = "expert"
SUPERVISOR = "supervisor"

STEPS: dict[tuple[str, str], str] = {
    (REVIEW_DRAFT, REVIEW_SUBMITTED): EXPERT,
    (REVIEW_RETURNED, REVIEW_SUBMITTED): EXPERT,
    (REVIEW_SUBMITTED, REVIEW_DRAFT): EXPERT,
    (REVIEW_APPROVED, REVIEW_DRAFT): EXPERT,
    (REVIEW_SUBMITTED, REVIEW_APPROVED): SUPERVISOR,
    (REVIEW_SUBMITTED, REVIEW_RETURNED): SUPERVISOR,
}
"""The allowed changes of review state, (from, to) → who makes them."""

PRECEDENCE = (REVIEW_RETURNED, REVIEW_DRAFT, REVIEW_SUBMITTED, REVIEW_APPROVED)
"""Which state stands when review changes were made apart: the first one present among the
heads."""

LOCKED = (REVIEW_SUBMITTED, REVIEW_APPROVED)
"""States in which editing the assessment first asks to withdraw (back to draft)."""

assert set(PRECEDENCE) == set(REVIEW_STATES)


class ReviewError(ValueError):
    """A review step that is not allowed now; the message says why in words."""


@dataclass(frozen=True)
class Event:
    """One review event: ``at`` is the record's ISO 8601 timestamp text."""

    id: str
    state: str
    comment: str
    by: str
    at: str
    follows: tuple[str, ...] = ()


@dataclass(frozen=True)
class Status:
    """What the events of an assessment say.

    ``state``: the review state; ``heads``: the latest events (more than one when review
    changes were made apart, then ``concurrent``); ``event``: the head that gives the state
    (None before any event); ``history``: every event, oldest first.
    """

    state: str
    heads: tuple[Event, ...]
    event: Event | None
    history: tuple[Event, ...]

    @property
    def concurrent(self) -> bool:
        return len(self.heads) > 1

    @property
    def comment(self) -> str:
        """The supervisor's comment when the assessment is returned, else ""."""
        return self.event.comment if self.event and self.state == REVIEW_RETURNED else ""


def _order(event: Event) -> tuple[str, str]:
    return (event.at, event.id)


def current(events: Iterable[Event]) -> Status:
    """The review state ``events`` (one assessment's, tombstones left out) lead to.

    Deterministic in the set of events, whatever their order. No event: ``draft``.
    """
    history = tuple(sorted(events, key=_order))
    if not history:
        return Status(REVIEW_DRAFT, (), None, ())
    followed = {f for e in history for f in e.follows}
    heads = tuple(e for e in history if e.id not in followed) or history  # a cycle: all count
    present = {e.state for e in heads}
    state = next(s for s in PRECEDENCE if s in present)
    # Among the heads in that state the latest one speaks (its comment, who, when).
    event = max((e for e in heads if e.state == state), key=_order)
    return Status(state, heads, event, history)


def check_step(status: Status, to: str, comment: str = "") -> str:
    """The role that takes ``status`` to ``to``; raises :class:`ReviewError` if not allowed.

    A return needs a comment (what the expert should do); other steps may carry one.
    """
    if to not in REVIEW_STATES:
        raise ReviewError(f"'{to}' is not a review state ({', '.join(REVIEW_STATES)}).")
    role = STEPS.get((status.state, to))
    if role is None:
        raise ReviewError(_refusal(status.state, to))
    if to == REVIEW_RETURNED and not comment.strip():
        raise ReviewError("A returned assessment needs a comment saying what to change.")
    return role


def _refusal(state: str, to: str) -> str:
    if state == to:
        return f"The assessment is already {state}."
    if to in (REVIEW_APPROVED, REVIEW_RETURNED):
        return f"Only a submitted assessment can be {to}; this one is {state}."
    if to == REVIEW_SUBMITTED:
        return f"The assessment is {state}; only a draft or returned one can be submitted."
    return f"A {state} assessment cannot be taken back to draft; only a submitted or approved one."


def follows(status: Status) -> list[str]:
    """The ``follows`` of the next event: every head, sorted (the next event sees them all)."""
    return sorted(e.id for e in status.heads)
