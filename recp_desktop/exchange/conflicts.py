"""Conflicts: two edits of one record made apart, kept until a person picks or writes the outcome.

Resolving makes a new version that includes both edits (the merged vector plus this device's
counter), so the outcome travels on to every other device as an ordinary update and closes the
same conflict there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from recp_desktop.domain import versions
from recp_desktop.domain.records import BY_NAME, IMMUTABLE, RecordError, check_fields
from recp_desktop.exchange import local
from recp_desktop.exchange.errors import ConflictError
from recp_desktop.storage import companies, merge_store, review
from recp_desktop.storage import rows as sql_rows
from recp_desktop.storage.models import SyncConflict

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database

KEEP = ("local", "incoming", "edit")


@dataclass(frozen=True)
class Conflict:
    """A conflict as the app shows it: both versions and what differs between them."""

    id: str
    record_type: str
    record_id: str
    assessment_id: str | None
    status: str  # open | resolved | superseded
    resolution: str | None
    local: dict[str, Any] | None  # the record here now (package form); None if it is gone
    incoming: dict[str, Any]  # the record as the package brought it
    source_device_id: str
    source_device_name: str
    source_author: str
    detected_at: datetime

    @property
    def differing(self) -> tuple[str, ...]:
        """The fields (and tombstone) in which the two versions differ."""
        record_type = BY_NAME[self.record_type]
        if self.local is None:
            return ()
        names = (*record_type.field_names, "deleted")
        return tuple(n for n in names if self.local.get(n) != self.incoming.get(n))

    @property
    def label(self) -> str:
        """What the record is, in a few words: the question, the baseline line, the title..."""
        record = self.local or self.incoming
        for name in ("question_id", "key", "title", "name", "filename"):
            if record.get(name):
                return str(record[name])
        return self.record_id

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "record_type": self.record_type,
            "record_id": self.record_id,
            "assessment_id": self.assessment_id,
            "label": self.label,
            "status": self.status,
            "resolution": self.resolution,
            "differing": list(self.differing),
            "local": {n: self.local.get(n) for n in self.differing} if self.local else None,
            "incoming": {n: self.incoming.get(n) for n in self.differing},
            "source_device_id": self.source_device_id,
            "source_device_name": self.source_device_name,
            "source_author": self.source_author,
            "detected_at": self.detected_at.isoformat(),
        }


def _current(connection, record_type: str, record_id: str) -> dict[str, Any] | None:
    rows = local.load_rows(connection, BY_NAME[record_type], "id", [record_id])
    return local.to_package(BY_NAME[record_type], rows[0]) if rows else None


def _view(connection, row) -> Conflict:
    return Conflict(
        id=row.id,
        record_type=row.record_type,
        record_id=row.record_id,
        assessment_id=row.assessment_id,
        status=row.status,
        resolution=row.resolution,
        local=_current(connection, row.record_type, row.record_id),
        incoming=json.loads(row.incoming),
        source_device_id=row.source_device_id,
        source_device_name=row.source_device_name,
        source_author=row.source_author,
        detected_at=row.detected_at,
    )


def list_conflicts(
    db: Database, *, assessment_id: str | None = None, include_closed: bool = False
) -> list[Conflict]:
    """Conflicts (open ones unless ``include_closed``), oldest first."""
    table = SyncConflict.__table__
    stmt = select(table).order_by(table.c.detected_at, table.c.id)
    if assessment_id is not None:
        stmt = stmt.where(table.c.assessment_id == assessment_id)
    if not include_closed:
        stmt = stmt.where(table.c.status == "open")
    with db.engine.connect() as connection:
        return [_view(connection, row) for row in connection.execute(stmt)]


def open_conflict_count(db: Database, assessment_id: str | None = None) -> int:
    from sqlalchemy import func

    table = SyncConflict.__table__
    stmt = select(func.count()).select_from(table).where(table.c.status == "open")
    if assessment_id is not None:
        stmt = stmt.where(table.c.assessment_id == assessment_id)
    with db.engine.connect() as connection:
        return int(connection.execute(stmt).scalar_one())


def get_conflict(db: Database, conflict_id: str) -> Conflict:
    table = SyncConflict.__table__
    with db.engine.connect() as connection:
        row = connection.execute(select(table).where(table.c.id == conflict_id)).first()
        if row is None:
            raise ConflictError(f"There is no conflict with id {conflict_id}.")
        return _view(connection, row)


def resolve_conflict(
    db: Database, conflict_id: str, keep: str, fields: dict[str, Any] | None = None
) -> Conflict:
    """Resolve an open conflict by keeping the local version, the incoming one, or an edit.

    ``keep="edit"`` takes the local version with ``fields`` changed (checked like an incoming
    record). Raises :class:`ConflictError` with a message if it cannot be done; then nothing
    changes.
    """
    if keep not in KEEP:
        raise ConflictError(f"Keep 'local', 'incoming' or 'edit', not '{keep}'.")
    if keep == "edit" and not fields:
        raise ConflictError("An edit needs the fields to change.")
    from recp_desktop.storage.database import now

    conflicts = SyncConflict.__table__
    with db.write() as connection:
        merge_store.lock(connection, conflict_id)
        row = connection.execute(select(conflicts).where(conflicts.c.id == conflict_id)).first()
        if row is None:
            raise ConflictError(f"There is no conflict with id {conflict_id}.")
        if row.status != "open":
            raise ConflictError(f"The conflict {conflict_id} is already {row.status}.")
        record_type = BY_NAME[row.record_type]
        rows = local.load_rows(connection, record_type, "id", [row.record_id])
        if not rows:
            raise ConflictError(f"The record {row.record_id} of this conflict no longer exists.")
        current = rows[0]
        mine = local.to_package(record_type, current)
        incoming = json.loads(row.incoming)
        stored = local.load_versions(connection, record_type, [current["id"]])
        vector = versions.merge(
            versions.local_vector(current["revision"], stored.get(current["id"]), db.device_id),
            incoming["version"],
        )
        if keep == "local":
            outcome = mine
        elif keep == "incoming":
            outcome = {**mine, **{n: incoming[n] for n in (*record_type.field_names, "deleted")}}
        else:
            try:
                changed = check_fields(record_type, fields or {}, "The edited record")
            except RecordError as exc:
                raise ConflictError(str(exc)) from exc
            for name in IMMUTABLE[record_type.name]:
                if name in changed and changed[name] != mine[name]:
                    raise ConflictError(f"The field '{name}' of a record never changes.")
            outcome = {**mine, **changed}
            if record_type.name == "waste_stream":
                outcome = _waste_tonnes_follow(outcome)
        revision = current["revision"] + 1
        vector[db.device_id] = revision
        stamp = now()
        values = local.content_values(record_type, outcome)
        values.update(revision=revision, updated_at=stamp, updated_by=db.device_id)
        table = local.table(record_type)
        connection.execute(update(table).where(table.c.id == current["id"]).values(**values))
        if record_type.name == "review_event":  # the derived review state follows its events
            review.refresh(connection, [outcome["assessment_id"]])
        elif record_type.name == "enterprise" and outcome["deleted"] and outcome["merged_into"]:
            companies.follow_merges(connection, [current["id"]], db.device_id)
        sql_rows.save_versions(
            connection,
            [
                {
                    "record_type": record_type.name,
                    "record_id": current["id"],
                    "revision": revision,
                    "vector": versions.encode(vector),
                }
            ],
        )
        connection.execute(
            update(conflicts)
            .where(conflicts.c.id == conflict_id)
            .values(status="resolved", resolution=keep, resolved_at=stamp)
        )
        # Other conflicts of the record whose edits the outcome now includes are settled too.
        others = connection.execute(
            select(conflicts.c.id, conflicts.c.incoming).where(
                conflicts.c.record_type == record_type.name,
                conflicts.c.record_id == current["id"],
                conflicts.c.status == "open",
            )
        ).all()
        settled = [
            other.id
            for other in others
            if versions.includes(vector, json.loads(other.incoming)["version"])
        ]
        if settled:
            connection.execute(
                update(conflicts)
                .where(conflicts.c.id.in_(settled))
                .values(status="superseded", resolved_at=stamp)
            )
    return get_conflict(db, conflict_id)


def _waste_tonnes_follow(outcome: dict) -> dict:
    """An edited waste stream with its tonnes per year recomputed from the kept quantity, unit,
    density and frequency (:func:`recp_desktop.domain.waste.check_stream`, as the waste page
    does); :class:`ConflictError` for a combination that cannot be stored (e.g. a mass typed in
    kWh), carrying the :class:`~recp_desktop.domain.waste.WasteError` as its cause."""
    from recp_desktop.domain.waste import FIELDS, WasteError, check_stream

    try:
        checked = check_stream({name: outcome.get(name) for name in FIELDS})
    except WasteError as exc:
        raise ConflictError(f"The edited waste stream cannot be kept: {exc}") from exc
    return {**outcome, "tonnes_per_year": checked["tonnes_per_year"]}
