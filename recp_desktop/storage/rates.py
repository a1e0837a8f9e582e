"""Exchange rates a supervisor entered for programme totals: kept, listed, replaced, removed.

One rate per pair of currencies (the latest entered wins); never fetched from anywhere
(DESIGN §3). Reports list the rates they used with their date and origin.
"""

from __future__ import annotations

from sqlalchemy import select

from recp_desktop.domain.savings import ExchangeRate
from recp_desktop.storage.database import Database, now
from recp_desktop.storage.models import ProgrammeRate


def list_rates(db: Database, target: str | None = None) -> list[ExchangeRate]:
    """The kept rates (into ``target`` only, if given), by source then target currency."""
    with db.session() as session:
        stmt = select(ProgrammeRate).order_by(ProgrammeRate.source, ProgrammeRate.target)
        if target:
            stmt = stmt.where(ProgrammeRate.target == target)
        return [
            ExchangeRate(r.source, r.target, r.rate, on=r.on, origin=r.origin)
            for r in session.scalars(stmt)
        ]


def save_rate(db: Database, rate: ExchangeRate) -> None:
    """Keep ``rate``, replacing any earlier one for the same pair (committed at once)."""
    with db.session() as session:
        record = session.get(ProgrammeRate, (rate.source, rate.target))
        if record is None:
            record = ProgrammeRate(source=rate.source, target=rate.target)
            session.add(record)
        record.rate = rate.rate
        record.on = rate.on
        record.origin = rate.origin
        record.entered_at = now()


def delete_rate(db: Database, source: str, target: str) -> None:
    """Forget the rate from ``source`` to ``target`` (nothing happens if there is none)."""
    with db.session() as session:
        record = session.get(ProgrammeRate, (source, target))
        if record is not None:
            session.delete(record)


__all__ = ["delete_rate", "list_rates", "save_rate"]
