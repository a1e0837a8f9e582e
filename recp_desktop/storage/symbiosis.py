"""Symbiosis candidates from the stored companies and waste streams (``domain.symbiosis``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select

from recp_desktop.domain.ewc import UnknownWasteCodeError, lookup
from recp_desktop.domain.symbiosis import (
    PER_STREAM,
    Candidate,
    Company,
    Stream,
    Wanted,
    candidates,
)
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, Enterprise, WantedInput, WasteStream

if TYPE_CHECKING:
    from recp_desktop.storage.symbiosis_decisions import Decision


def symbiosis_inputs(db: Database) -> tuple[list[Stream], list[Company]]:
    """Every live waste stream of a live assessment of a live company, and every live company."""
    with db.session() as session:
        enterprises = list(session.scalars(select(Enterprise).where(~Enterprise.deleted)))
        stmt = (
            select(WasteStream, Assessment.enterprise_id)
            .join(Assessment, Assessment.id == WasteStream.assessment_id)
            .where(~WasteStream.deleted, ~Assessment.deleted)
        )
        found = session.execute(stmt).all()
    companies = {
        e.id: Company(
            e.id,
            e.name,
            e.nace or "",
            (e.region or "").strip(),
            e.country,
            e.eco_park or "",
            e.latitude,
            e.longitude,
        )
        for e in enterprises
    }
    streams = []
    for stream, enterprise_id in found:
        company = companies.get(enterprise_id)
        if company is None:  # the company was deleted
            continue
        try:
            hazardous = lookup(stream.ewc_code).hazardous
        except UnknownWasteCodeError:
            hazardous = False
        streams.append(
            Stream(
                stream.id,
                company,
                stream.ewc_code,
                hazardous,
                stream.name,
                stream.tonnes_per_year,
                stream.treatment,
                stream.destination,
            )
        )
    return streams, list(companies.values())


def wanted_inputs(db: Database, companies: list[Company]) -> list[Wanted]:
    """Every live wanted input of a live assessment of one of ``companies``."""
    by_id = {c.id: c for c in companies}
    stmt = (
        select(WantedInput, Assessment.enterprise_id)
        .join(Assessment, Assessment.id == WantedInput.assessment_id)
        .where(~WantedInput.deleted, ~Assessment.deleted)
    )
    with db.session() as session:
        found = session.execute(stmt).all()
    return [
        Wanted(w.id, by_id[owner], w.ewc_code, w.material, w.tonnes_per_year)
        for w, owner in found
        if owner in by_id
    ]


def find_candidates(
    db: Database,
    per_stream: int | None = PER_STREAM,
    progress: Callable[[float], None] | None = None,
) -> list[Candidate]:
    """The scored candidates of :func:`recp_desktop.domain.symbiosis.candidates`, from the
    mapping and from the companies' declared wanted inputs: each stream's ``per_stream`` best
    receivers (None: all), plus every pair a supervisor decided on; ``progress`` as for
    :func:`~recp_desktop.domain.symbiosis.candidates`."""
    from recp_desktop.storage.symbiosis_decisions import decisions

    streams, companies = symbiosis_inputs(db)
    wanted = wanted_inputs(db, companies)
    keep = decisions(db).keys()
    return candidates(streams, companies, wanted, per_stream, keep=keep, progress=progress)


def decided_candidates(db: Database, status: str | None = None) -> list[tuple[Candidate, Decision]]:
    """The candidates a supervisor decided on (only ``status`` ones when given), best score
    first, with their decisions. Only the decided streams and receivers are scored, not every
    pair; a decision whose stream or receiver is gone, or no longer matches, is left out."""
    from recp_desktop.storage.symbiosis_decisions import decisions

    decided = {k: d for k, d in decisions(db).items() if status is None or d.status == status}
    if not decided:
        return []
    streams, companies = symbiosis_inputs(db)
    stream_ids = {s for s, _ in decided}
    receiver_ids = {r for _, r in decided}
    mine = [s for s in streams if s.id in stream_ids]
    takers = [c for c in companies if c.id in receiver_ids]
    wanted = [w for w in wanted_inputs(db, companies) if w.company.id in receiver_ids]
    found = candidates(mine, takers, wanted, per_stream=0, keep=decided.keys())
    return [(c, decided[c.key]) for c in found if c.key in decided]


def confirmed_candidates(db: Database) -> list[tuple[Candidate, Decision]]:
    """The candidates a supervisor confirmed, best score first, with their decisions (for
    reports: the programme report's list of confirmed exchanges)."""
    return decided_candidates(db, "confirmed")


__all__ = [
    "confirmed_candidates",
    "decided_candidates",
    "find_candidates",
    "symbiosis_inputs",
    "wanted_inputs",
]
