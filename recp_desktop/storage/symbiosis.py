"""Symbiosis candidates from the stored companies and waste streams (``domain.symbiosis``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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


LOST_REASONS = ("stream_deleted", "receiver_deleted", "no_match")
"""Why a confirmed exchange is no longer a candidate: its waste stream (or the stream's
assessment or company) was deleted; the receiving company was deleted; or both are there but
the pair no longer matches (the stream's code, the receiver's sector or its wanted inputs
changed)."""


@dataclass(frozen=True)
class LostConfirmation:
    """A confirmed decision whose candidate no longer exists, as last known: the giving
    company's name, the stream's name and List of Waste code, the receiver's name, the
    stream's tonnes per year, the decision, and ``reason`` (one of :data:`LOST_REASONS`).
    Names are "" when the record is not here at all."""

    stream_id: str
    receiver_id: str
    giver: str
    stream: str
    ewc_code: str
    receiver: str
    tonnes: float | None
    decision: Decision
    reason: str
    assessment_id: str = ""


def confirmed_exchanges(
    db: Database,
) -> tuple[list[tuple[Candidate, Decision]], list[LostConfirmation]]:
    """The confirmed candidates (as :func:`confirmed_candidates`) and the confirmed decisions
    whose candidate is gone (:class:`LostConfirmation`, by giver then stream), so that a report
    keeps listing a confirmed exchange and says what became of it rather than dropping it."""
    from recp_desktop.storage.symbiosis_decisions import decision_rows, decisions, survivors

    decided = decisions(db)
    confirmed = confirmed_candidates(db)
    live = {c.key for c, _d in confirmed}
    with db.session() as session:
        moved = survivors(session)
    lost_rows = {}
    for row in decision_rows(db):
        key = (row.stream_id, moved.get(row.receiver_id, row.receiver_id))
        if key in live or decided.get(key) is None or decided[key].status != "confirmed":
            continue
        lost_rows.setdefault(key, row)
    if not lost_rows:
        return confirmed, []
    with db.session() as session:
        streams = {
            s.id: (s, a, e)
            for s, a, e in session.execute(
                select(WasteStream, Assessment, Enterprise)
                .join(Assessment, Assessment.id == WasteStream.assessment_id)
                .join(Enterprise, Enterprise.id == Assessment.enterprise_id)
                .where(WasteStream.id.in_([k[0] for k in lost_rows]))
            ).all()
        }
        receivers = {
            e.id: e
            for e in session.scalars(
                select(Enterprise).where(Enterprise.id.in_([k[1] for k in lost_rows]))
            )
        }
    lost = []
    for (stream_id, receiver_id), row in lost_rows.items():
        stream, assessment, giver = streams.get(stream_id, (None, None, None))
        receiver = receivers.get(receiver_id)
        if stream is None or stream.deleted or assessment.deleted or giver.deleted:
            reason = "stream_deleted"
        elif receiver is None or receiver.deleted:
            reason = "receiver_deleted"
        else:
            reason = "no_match"
        lost.append(
            LostConfirmation(
                stream_id,
                receiver_id,
                giver.name if giver is not None else "",
                stream.name if stream is not None else "",
                stream.ewc_code if stream is not None else "",
                receiver.name if receiver is not None else "",
                stream.tonnes_per_year if stream is not None else None,
                decided[(stream_id, receiver_id)],
                reason,
                row.assessment_id,
            )
        )
    lost.sort(key=lambda x: (x.giver.casefold(), x.stream.casefold(), x.receiver.casefold()))
    return confirmed, lost


__all__ = [
    "LOST_REASONS",
    "LostConfirmation",
    "confirmed_candidates",
    "confirmed_exchanges",
    "decided_candidates",
    "find_candidates",
    "symbiosis_inputs",
    "wanted_inputs",
]
