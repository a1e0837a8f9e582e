"""Companies created twice: find them, merge them (issue 14 §5).

A merge is a set of ordinary record edits, so it travels in packages like any edit: the
surviving company may take blank details from the other; every assessment of the other company
is moved to the survivor (an edit of its ``enterprise_id``); the other company is deleted with
``merged_into`` naming the survivor, and companies merged into it before now name the survivor.
Nothing of either company's history is dropped: the assessments, with all their records, keep
their ids and move whole. A package of one of the survivor's assessments carries the tombstones
of the companies merged into it (``exchange.local.assessment_records``), and an import that
brings such a tombstone moves any assessment still under it here (:func:`follow_merges`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from recp_desktop.domain import companies
from recp_desktop.storage.models import Assessment, Enterprise
from recp_desktop.storage.records import apply_edit

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database

FILLED_FROM_OTHER = (
    "region",
    "city",
    "nace",
    "employees",
    "products",
    "eco_park",
    "registration_no",
)
"""Details the survivor takes from the merged company where its own are blank."""


@dataclass(frozen=True)
class DuplicateCompany:
    """One company of a group of look-alikes, with what a person needs to decide."""

    id: str
    name: str
    country: str
    city: str
    registration_no: str
    assessments: int
    updated_by: str


@dataclass(frozen=True)
class DuplicateGroup:
    companies: tuple[DuplicateCompany, ...]
    reasons: tuple[str, ...]  # "registration" and/or "name"
    survivor: str  # the id merged into by default (domain.companies.survivor)


def duplicates(db: Database) -> list[DuplicateGroup]:
    """Groups of live companies that look like one (:func:`domain.companies.duplicate_groups`)."""
    with db.session() as session:
        found = list(session.scalars(select(Enterprise).where(~Enterprise.deleted)))
        counts = dict(
            session.execute(
                select(Assessment.enterprise_id, func.count())
                .where(~Assessment.deleted)
                .group_by(Assessment.enterprise_id)
            ).all()
        )
    by_id = {e.id: e for e in found}
    groups = companies.duplicate_groups(
        companies.Company(e.id, e.name, e.country, e.city, e.registration_no) for e in found
    )
    out = []
    for group in groups:
        rows = tuple(
            DuplicateCompany(
                id=i,
                name=by_id[i].name,
                country=by_id[i].country,
                city=by_id[i].city,
                registration_no=by_id[i].registration_no,
                assessments=counts.get(i, 0),
                updated_by=by_id[i].updated_by,
            )
            for i in group.ids
        )
        out.append(DuplicateGroup(rows, group.reasons, companies.survivor(group.ids, counts)))
    return out


class CompanyMergeError(ValueError):
    """Companies that cannot be merged; the message says why."""


def merge(db: Database, keep_id: str, other_id: str) -> int:
    """Merge company ``other_id`` into ``keep_id`` in one transaction; the number of
    assessments moved. Symbiosis decisions naming ``other_id`` as the receiver are carried over
    to ``keep_id`` (``symbiosis_decisions.move_decisions``). Raises :class:`CompanyMergeError`
    (same company, unknown or deleted company, another country)."""
    if keep_id == other_id:
        raise CompanyMergeError("A company cannot be merged into itself.")
    from recp_desktop.storage.symbiosis_decisions import move_decisions

    with db.session() as session:
        keep = session.get(Enterprise, keep_id)
        other = session.get(Enterprise, other_id)
        for wanted, found in ((keep_id, keep), (other_id, other)):
            if found is None or found.deleted:
                raise CompanyMergeError(f"No company with id {wanted}.")
        assert keep is not None and other is not None
        if keep.country != other.country:
            raise CompanyMergeError(
                f"{keep.name} ({keep.country}) and {other.name} ({other.country}) are in "
                "different countries; they are not merged."
            )
        blanks = {
            name: getattr(other, name)
            for name in FILLED_FROM_OTHER
            if getattr(keep, name) in ("", None) and getattr(other, name) not in ("", None)
        }
        apply_edit(keep, db.device_id, **blanks)
        moved = list(
            session.scalars(select(Assessment).where(Assessment.enterprise_id == other_id))
        )
        for assessment in moved:
            apply_edit(assessment, db.device_id, enterprise_id=keep_id)
        earlier = session.scalars(select(Enterprise).where(Enterprise.merged_into == other_id))
        for merged in earlier:
            apply_edit(merged, db.device_id, merged_into=keep_id)
        apply_edit(other, db.device_id, deleted=True, merged_into=keep_id)
        move_decisions(session, db.device_id, other_id, keep_id)
    return sum(1 for a in moved if not a.deleted)


def follow_merges(connection: Connection, enterprise_ids: Iterable[str], device_id: str) -> None:
    """Move assessments still under a company that an import says was merged away.

    For each of ``enterprise_ids`` that is a tombstone with ``merged_into`` set, its assessments
    here (made before the merge arrived) are moved to the company it was merged into, following
    a chain of merges, as edits of this device (so the move travels on).
    """
    from recp_desktop.storage.database import now

    table, assessments = Enterprise.__table__, Assessment.__table__
    for enterprise_id in sorted(set(enterprise_ids)):
        target, seen = enterprise_id, set()
        while target not in seen:
            seen.add(target)
            row = connection.execute(
                select(table.c.deleted, table.c.merged_into).where(table.c.id == target)
            ).first()
            if row is None or not row.deleted or not row.merged_into:
                break
            target = row.merged_into
        live = connection.execute(
            select(table.c.id).where(table.c.id == target, ~table.c.deleted)
        ).first()
        if target == enterprise_id or live is None:
            continue
        connection.execute(
            update(assessments)
            .where(assessments.c.enterprise_id == enterprise_id)
            .values(
                enterprise_id=target,
                revision=assessments.c.revision + 1,
                updated_at=now(),
                updated_by=device_id,
            )
        )
