"""The waste streams of every company, placed by the company's region (for maps and symbiosis).

One query joins live streams to their assessment and company; the figures are then
:func:`recp_desktop.domain.waste_map.aggregate`'s.
"""

from __future__ import annotations

from sqlalchemy import select

from recp_desktop.domain.ewc import UnknownWasteCodeError, lookup
from recp_desktop.domain.waste_map import Measure, RegionFigures, StreamRow, aggregate
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, Enterprise, WasteStream


def map_rows(db: Database) -> list[StreamRow]:
    """Every live waste stream of a live assessment of a live company, with the company's
    ``region`` (stripped; an ISO 3166-2 code when picked from the list) and ``country``."""
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


def waste_by_region(db: Database, measure: Measure | None = None) -> dict[str, RegionFigures]:
    """Totals per region of the streams ``measure`` counts (all waste by default)."""
    return aggregate(map_rows(db), measure or Measure())


__all__ = ["map_rows", "waste_by_region"]
