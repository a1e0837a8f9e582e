"""The club self-audit's baseline: which resources the company uses, and their bills.

A resource in use is a baseline line that exists (not tombstoned), possibly still without a
figure; one no longer used is tombstoned with its figures kept, so ticking it again brings them
back. The bills of a line, month by month, are a ``baseline_bills`` record; saving them writes
the line's year total (their sum) in the same transaction, so the full view, the indicators and
the calculators' tariffs read the same figure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from recp_desktop.domain.baseline import BY_KEY
from recp_desktop.domain.club import month_total
from recp_desktop.domain.vocabulary import MONTHS
from recp_desktop.storage.baseline import BaselineValue, line_row, write_line
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import BaselineBills, BaselineItem
from recp_desktop.storage.records import apply_edit, stamp_new
from recp_desktop.storage.repository import ValidationError

EMPTY: tuple[float | None, ...] = (None,) * MONTHS


@dataclass(frozen=True)
class Bills:
    """A line's twelve months (January first): quantities in ``unit``, costs in the assessment's
    currency; None where there is no bill."""

    unit: str
    quantities: tuple[float | None, ...] = EMPTY
    costs: tuple[float | None, ...] = EMPTY

    def year(self) -> BaselineValue:
        """The year total the baseline line holds (sums of the months given)."""
        return BaselineValue(month_total(self.quantities), self.unit, month_total(self.costs))


def resources_in_use(db: Database, assessment_id: str) -> set[str]:
    """The baseline lines the assessment has (not tombstoned)."""
    with db.session() as session:
        rows = session.scalars(
            select(BaselineItem.key).where(
                BaselineItem.assessment_id == assessment_id, ~BaselineItem.deleted
            )
        )
        return set(rows)


def set_in_use(db: Database, assessment_id: str, key: str, used: bool) -> None:
    """Say that the company uses resource ``key`` (a line, empty if new) or no longer does (the
    line and its bills tombstoned, figures kept for a change of mind)."""
    if key not in BY_KEY:
        raise ValidationError(f"Unknown baseline line '{key}'.")
    with db.session() as session:
        row = line_row(session, assessment_id, key)
        bills = _bills_row(session, assessment_id, key)
        if used:
            if row is None:
                write_line(session, db.device_id, assessment_id, key, BaselineValue())
            else:
                apply_edit(row, db.device_id, deleted=False)
            if bills is not None:
                apply_edit(bills, db.device_id, deleted=False)
        else:
            for record in (row, bills):
                if record is not None:
                    apply_edit(record, db.device_id, deleted=True)


def load_bills(db: Database, assessment_id: str) -> dict[str, Bills]:
    """The lines given month by month (not tombstoned), by key."""
    with db.session() as session:
        rows = session.scalars(
            select(BaselineBills).where(
                BaselineBills.assessment_id == assessment_id, ~BaselineBills.deleted
            )
        )
        return {
            r.key: Bills(r.unit, tuple(json.loads(r.quantities)), tuple(json.loads(r.costs)))
            for r in rows
        }


def save_bills(db: Database, assessment_id: str, key: str, bills: Bills) -> BaselineValue:
    """Store a line's months and its year total (their sums) in one transaction; returns the
    total. A negative or non-finite figure, or a unit of the wrong kind, stores nothing
    (:class:`ValidationError`)."""
    if len(bills.quantities) != MONTHS or len(bills.costs) != MONTHS:
        raise ValidationError(f"{MONTHS} months expected, January to December.")
    try:
        year = bills.year()
    except ValueError as exc:
        raise ValidationError(f"{BY_KEY[key].label_en if key in BY_KEY else key}: {exc}.") from exc
    unit = bills.unit or BY_KEY[key].unit
    fields = {
        "unit": unit,
        "quantities": json.dumps([_number(v) for v in bills.quantities]),
        "costs": json.dumps([_number(v) for v in bills.costs]),
    }
    with db.session() as session:
        line = BaselineValue(year.quantity, unit, year.cost)
        write_line(session, db.device_id, assessment_id, key, line)
        row = _bills_row(session, assessment_id, key)
        if row is None:
            record = BaselineBills(assessment_id=assessment_id, key=key, **fields)
            session.add(stamp_new(record, db.device_id))
        else:
            apply_edit(row, db.device_id, deleted=False, **fields)
    return BaselineValue(year.quantity, unit, year.cost)


def drop_bills(db: Database, assessment_id: str, key: str) -> None:
    """Go back to a yearly total for ``key``: its months are tombstoned (kept, not shown); the
    line keeps its total."""
    with db.session() as session:
        row = _bills_row(session, assessment_id, key)
        if row is not None:
            apply_edit(row, db.device_id, deleted=True)


def _bills_row(session, assessment_id: str, key: str) -> BaselineBills | None:
    return session.scalars(
        select(BaselineBills).where(
            BaselineBills.assessment_id == assessment_id, BaselineBills.key == key
        )
    ).one_or_none()


def _number(value: float | None) -> float | None:
    return None if value is None else float(value)
