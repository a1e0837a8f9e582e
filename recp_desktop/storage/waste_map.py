"""The waste streams of every company, placed by the company's region (for maps and symbiosis).

One query joins live streams to their assessment and company; the figures are then
:func:`recp_desktop.domain.waste_map.aggregate`'s.
"""

from __future__ import annotations

from sqlalchemy import select

from recp_desktop.domain.ewc import UnknownWasteCodeError, lookup
from recp_desktop.domain.waste_map import Measure, RegionFigures, Site, StreamRow, aggregate
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, Enterprise, WasteStream


def map_rows(db: Database, assessment_ids: set[str] | None = None) -> list[StreamRow]:
    """Every live waste stream of a live assessment of a live company, with the company's
    ``region`` (stripped; an ISO 3166-2 code when picked from the list) and ``country``;
    only those of ``assessment_ids`` when given (a programme's selection)."""
    stmt = (
        select(
            Enterprise.region,
            Enterprise.country,
            Enterprise.id,
            WasteStream.ewc_code,
            WasteStream.tonnes_per_year,
            WasteStream.treatment,
        )
        .join(Assessment, Assessment.id == WasteStream.assessment_id)
        .join(Enterprise, Enterprise.id == Assessment.enterprise_id)
        .where(~WasteStream.deleted, ~Assessment.deleted, ~Enterprise.deleted)
    )
    if assessment_ids is not None:
        stmt = stmt.where(Assessment.id.in_(sorted(assessment_ids)))
    with db.session() as session:
        found = session.execute(stmt).all()
    rows = []
    for region, country, enterprise_id, code, tonnes, treatment in found:
        try:
            hazardous = lookup(code).hazardous
        except UnknownWasteCodeError:  # a code withdrawn from a later list: not hazardous-marked
            hazardous = False
        place = (region or "").strip()
        rows.append(StreamRow(place, country, code, hazardous, tonnes, treatment, enterprise_id))
    return rows


def company_sites(db: Database) -> list[Site]:
    """Every live company whose site coordinates are given, by name."""
    stmt = (
        select(
            Enterprise.id,
            Enterprise.name,
            Enterprise.country,
            Enterprise.latitude,
            Enterprise.longitude,
        )
        .where(~Enterprise.deleted)
        .where(Enterprise.latitude.is_not(None), Enterprise.longitude.is_not(None))
        .order_by(Enterprise.name)
    )
    with db.session() as session:
        return [Site(*row) for row in session.execute(stmt).all()]


def waste_by_region(db: Database, measure: Measure | None = None) -> dict[str, RegionFigures]:
    """Totals per region of the streams ``measure`` counts (all waste by default)."""
    return aggregate(map_rows(db), measure or Measure())


__all__ = ["company_sites", "map_rows", "waste_by_region"]
