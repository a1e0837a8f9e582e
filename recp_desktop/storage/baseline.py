"""Baseline lines of an assessment, one record per key."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from recp_desktop.domain.baseline import BY_KEY, canonical_quantity
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import BaselineItem
from recp_desktop.storage.records import apply_edit, stamp_new
from recp_desktop.storage.repository import ValidationError


@dataclass(frozen=True)
class BaselineValue:
    quantity: float | None = None
    unit: str = ""
    cost: float | None = None


def _canonical(key: str, quantity: float | None, unit: str) -> float | None:
    if quantity is None:
        return None
    if not math.isfinite(quantity):
        raise ValidationError(f"{BY_KEY[key].label_en}: the quantity must be a finite number.")
    if quantity < 0:
        raise ValidationError(f"{BY_KEY[key].label_en}: the quantity cannot be negative.")
    spec = BY_KEY[key]
    from recp_desktop.domain.units import UnitError

    try:
        return canonical_quantity(spec, quantity, unit)
    except UnitError as exc:
        raise ValidationError(f"{spec.label_en}: {exc}.") from exc


def save_baseline(db: Database, assessment_id: str, key: str, value: BaselineValue) -> None:
    """Store one baseline line; a unit of the wrong kind or a negative figure stores nothing."""
    with db.session() as session:
        write_line(session, db.device_id, assessment_id, key, value)


def write_line(
    session: Session, device_id: str, assessment_id: str, key: str, value: BaselineValue
) -> BaselineItem:
    """Store one baseline line within ``session`` (a tombstoned line comes back); see
    :func:`save_baseline`. Raises :class:`ValidationError` before anything is written."""
    if key not in BY_KEY:
        raise ValidationError(f"Unknown baseline line '{key}'.")
    if value.cost is not None and not math.isfinite(value.cost):
        raise ValidationError(f"{BY_KEY[key].label_en}: the cost must be a finite number.")
    if value.cost is not None and value.cost < 0:
        raise ValidationError(f"{BY_KEY[key].label_en}: the cost cannot be negative.")
    unit = value.unit or BY_KEY[key].unit
    fields = {
        "quantity": value.quantity,
        "unit": unit,
        "quantity_canonical": _canonical(key, value.quantity, unit),
        "cost": value.cost,
        "label": BY_KEY[key].label_en,
    }
    row = line_row(session, assessment_id, key)
    if row is None:
        row = stamp_new(BaselineItem(assessment_id=assessment_id, key=key, **fields), device_id)
        session.add(row)
    else:
        apply_edit(row, device_id, deleted=False, **fields)
    return row


def line_row(session: Session, assessment_id: str, key: str) -> BaselineItem | None:
    """The stored line ``key`` of an assessment, tombstoned or not; None if never stored."""
    return session.scalars(
        select(BaselineItem).where(
            BaselineItem.assessment_id == assessment_id, BaselineItem.key == key
        )
    ).one_or_none()


def load_baseline(db: Database, assessment_id: str) -> dict[str, BaselineValue]:
    with db.session() as session:
        rows = session.scalars(
            select(BaselineItem).where(
                BaselineItem.assessment_id == assessment_id, ~BaselineItem.deleted
            )
        )
        return {r.key: BaselineValue(r.quantity, r.unit, r.cost) for r in rows}
