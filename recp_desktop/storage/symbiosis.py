"""Symbiosis candidates from the stored companies and waste streams (``domain.symbiosis``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from recp_desktop.domain.ewc import UnknownWasteCodeError, lookup
from recp_desktop.domain.symbiosis import Candidate, Company, Stream, Wanted, candidates
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


def find_candidates(db: Database) -> list[Candidate]:
    """The scored candidates of :func:`recp_desktop.domain.symbiosis.candidates`, from the
    mapping and from the companies' declared wanted inputs."""
    streams, companies = symbiosis_inputs(db)
    return candidates(streams, companies, wanted_inputs(db, companies))


def confirmed_candidates(db: Database) -> list[tuple[Candidate, Decision]]:
    """The candidates a supervisor confirmed, best score first, with their decisions (for
    reports: the programme report's list of confirmed exchanges)."""
    from recp_desktop.storage.symbiosis_decisions import decisions

    decided = decisions(db)
    return [
        (c, decided[c.key])
        for c in find_candidates(db)
        if c.key in decided and decided[c.key].status == "confirmed"
    ]


__all__ = ["confirmed_candidates", "find_candidates", "symbiosis_inputs", "wanted_inputs"]
