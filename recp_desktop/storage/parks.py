"""Eco-industrial parks: the companies a park groups (``Enterprise.eco_park``), their
assessments, waste streams and symbiosis exchanges.

A park is the name companies carry, compared without case and surrounding spaces (so
"FEZ Minsk" and "fez minsk " are one park); the overview shows the spelling most of its
companies use.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select

from recp_desktop.domain.symbiosis import Candidate, candidates
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, Enterprise
from recp_desktop.storage.symbiosis import symbiosis_inputs, wanted_inputs
from recp_desktop.storage.symbiosis_decisions import Decision, decisions


def park_key(name: str) -> str:
    """How park names are compared: trimmed, case-folded, inner spaces collapsed."""
    return " ".join(name.split()).casefold()


@dataclass
class ParkCompany:
    id: str
    name: str
    nace: str
    region: str
    assessments: int = 0
    completed: int = 0
    streams: int = 0
    tonnes: float = 0.0
    hazardous_tonnes: float = 0.0


@dataclass
class ParkOverview:
    """One park: its companies (with assessments, completed ones, waste streams and tonnes per
    year), totals, and the symbiosis candidates between its companies with their decisions."""

    name: str
    companies: list[ParkCompany] = field(default_factory=list)
    exchanges: list[tuple[Candidate, Decision | None]] = field(default_factory=list)

    @property
    def tonnes(self) -> float:
        return sum((c.tonnes for c in self.companies), 0.0)

    @property
    def hazardous_tonnes(self) -> float:
        return sum((c.hazardous_tonnes for c in self.companies), 0.0)

    @property
    def confirmed(self) -> list[Candidate]:
        return [c for c, d in self.exchanges if d is not None and d.status == "confirmed"]


def park_overviews(db: Database) -> list[ParkOverview]:
    """Every park with at least one live company, by name. Its exchanges are every candidate
    between two of its companies (scored for the park's pairs only, not all candidates)."""
    with db.session() as session:
        rows = session.execute(
            select(Enterprise.id, Enterprise.eco_park, Assessment.status)
            .outerjoin(
                Assessment, (Assessment.enterprise_id == Enterprise.id) & ~Assessment.deleted
            )
            .where(~Enterprise.deleted, Enterprise.eco_park != "")
        ).all()
    streams, companies = symbiosis_inputs(db)
    by_id = {c.id: c for c in companies}
    parks: dict[str, ParkOverview] = {}
    spellings: dict[str, Counter[str]] = {}
    members: dict[str, ParkCompany] = {}
    for enterprise_id, park, status in rows:
        key = park_key(park)
        if not key:
            continue
        spellings.setdefault(key, Counter())
        overview = parks.setdefault(key, ParkOverview(park.strip()))
        member = members.get(enterprise_id)
        if member is None:
            company = by_id[enterprise_id]
            member = ParkCompany(company.id, company.name, company.nace, company.region)
            members[enterprise_id] = member
            overview.companies.append(member)
            spellings[key][" ".join(park.split())] += 1
        if status is not None:
            member.assessments += 1
            member.completed += status == "completed"
    for stream in streams:
        member = members.get(stream.company.id)
        if member is None:
            continue
        member.streams += 1
        member.tonnes += stream.tonnes or 0.0
        member.hazardous_tonnes += (stream.tonnes or 0.0) if stream.hazardous else 0.0
    decided = decisions(db)
    wanted = wanted_inputs(db, companies)
    for overview in parks.values():
        # only pairs inside the park: its members' streams to its members, all of them
        inside = {m.id for m in overview.companies}
        givers = [s for s in streams if s.company.id in inside]
        takers = [by_id[i] for i in inside]
        wants = [w for w in wanted if w.company.id in inside]
        for candidate in candidates(givers, takers, wants, per_stream=None):
            overview.exchanges.append((candidate, decided.get(candidate.key)))
    for key, overview in parks.items():
        overview.name = spellings[key].most_common(1)[0][0]
        overview.companies.sort(key=lambda c: c.name.casefold())
    return sorted(parks.values(), key=lambda p: p.name.casefold())


__all__ = ["ParkCompany", "ParkOverview", "park_key", "park_overviews"]
