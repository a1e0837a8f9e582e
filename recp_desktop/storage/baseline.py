"""Baseline lines of an assessment, one record per key."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select

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
    with db.session() as session:
        row = session.scalars(
            select(BaselineItem).where(
                BaselineItem.assessment_id == assessment_id, BaselineItem.key == key
            )
        ).one_or_none()
        if row is None:
            session.add(
                stamp_new(
                    BaselineItem(assessment_id=assessment_id, key=key, **fields), db.device_id
                )
            )
        else:
            apply_edit(row, db.device_id, deleted=False, **fields)


def load_baseline(db: Database, assessment_id: str) -> dict[str, BaselineValue]:
    with db.session() as session:
        rows = session.scalars(
            select(BaselineItem).where(
                BaselineItem.assessment_id == assessment_id, ~BaselineItem.deleted
            )
        )
        return {r.key: BaselineValue(r.quantity, r.unit, r.cost) for r in rows}
