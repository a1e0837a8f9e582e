"""Waste streams of an assessment: add, edit, tombstone, list and total.

Every write checks the stream as a whole (:func:`recp_desktop.domain.waste.check_stream`) and
recomputes its tonnes per year, so a stored stream's tonnes always follow its quantity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from recp_desktop.domain.ewc import lookup
from recp_desktop.domain.waste import FIELDS, WasteError, check_stream
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, WasteStream
from recp_desktop.storage.records import apply_edit, stamp_new
from recp_desktop.storage.repository import ValidationError


def add_waste_stream(db: Database, assessment_id: str, **fields: Any) -> WasteStream:
    """Record a new stream (``ewc_code`` required; see ``domain.waste.FIELDS``).

    Raises :class:`ValidationError` (and stores nothing) for a bad field or a missing
    assessment.
    """
    try:
        checked = check_stream(fields)
    except WasteError as exc:
        raise ValidationError(str(exc)) from exc
    record = WasteStream(assessment_id=assessment_id, **checked)
    stamp_new(record, db.device_id)
    with db.session() as session:
        if session.get(Assessment, assessment_id) is None:
            raise ValidationError("The assessment of this waste stream does not exist.")
        session.add(record)
    return record


def update_waste_stream(db: Database, stream_id: str, **fields: Any) -> WasteStream:
    """Change some fields of a stream (one new revision if anything changed); tonnes follow."""
    with db.session() as session:
        record = session.get_one(WasteStream, stream_id)
        merged = {name: getattr(record, name) for name in FIELDS} | fields
        try:
            checked = check_stream(merged)
        except WasteError as exc:
            raise ValidationError(str(exc)) from exc
        apply_edit(record, db.device_id, **checked)
    return record


def set_waste_stream_deleted(db: Database, stream_id: str, deleted: bool = True) -> None:
    """Tombstone a stream (or bring it back), so that the deletion travels in packages."""
    with db.session() as session:
        apply_edit(session.get_one(WasteStream, stream_id), db.device_id, deleted=deleted)


def list_waste_streams(db: Database, assessment_id: str) -> list[WasteStream]:
    """The live streams of an assessment, by EWC code then name."""
    with db.session() as session:
        stmt = select(WasteStream).where(
            WasteStream.assessment_id == assessment_id, ~WasteStream.deleted
        )
        streams = list(session.scalars(stmt))
    return sorted(streams, key=lambda s: (s.ewc_code, s.name.casefold(), s.id))


@dataclass(frozen=True)
class WasteTotals:
    """Yearly totals of some streams: tonnes (all, hazardous), cost in ``currency``, and how
    many streams have no tonnes (no quantity)."""

    currency: str
    count: int
    tonnes: float
    hazardous_tonnes: float
    cost: float
    without_tonnes: int


def waste_totals(streams: list[WasteStream], currency: str) -> WasteTotals:
    """Totals of the live ``streams`` (hazardous per the List of Waste's ``*`` entries)."""
    live = [s for s in streams if not s.deleted]
    return WasteTotals(
        currency=currency,
        count=len(live),
        tonnes=sum((s.tonnes_per_year or 0.0 for s in live), 0.0),
        hazardous_tonnes=sum(
            (s.tonnes_per_year or 0.0 for s in live if lookup(s.ewc_code).hazardous), 0.0
        ),
        cost=sum((s.annual_cost or 0.0 for s in live), 0.0),
        without_tonnes=sum(1 for s in live if s.tonnes_per_year is None and s.quantity is not None),
    )


__all__ = [
    "WasteTotals",
    "add_waste_stream",
    "list_waste_streams",
    "set_waste_stream_deleted",
    "update_waste_stream",
    "waste_totals",
]
