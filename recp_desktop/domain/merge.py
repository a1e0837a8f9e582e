"""The merge engine: what incoming records do to the local ones, decided without any I/O.

One pure function, :func:`plan_type`, used by package import on the desktop
(:mod:`recp_desktop.exchange.importer`) and by the hub's push: the same rules everywhere.

Input, for one record type (:class:`~recp_desktop.domain.records.RecordType`):

- ``incoming``: checked records in package form (:func:`~recp_desktop.domain.records.
  check_records`), each with its ``version`` vector;
- ``local``: the local records they may concern, by id, each a :class:`Local`: the record in
  package form with its current vector (:func:`~recp_desktop.domain.versions.local_vector`) and
  the open conflicts waiting on it. "Concern" means: the same id, or the same natural key in
  the same parent (answers by question, baseline lines by key). The hub passes the rows of one
  organisation; the desktop the rows of one assessment;
- ``elsewhere``: those incoming ids that exist locally *outside* the rows passed (another
  company, assessment or organisation): a package may not take them over.

Output: a :class:`TypePlan` saying for each record **new** (insert), **updated** (the incoming
content replaces the local one), **unchanged**, or **conflict** (kept aside for a person), and
which version vectors, conflicts and id renames to write. Tombstones are ordinary content: an
incoming ``deleted: true`` that is newer is an update whose :attr:`Decision.tombstone` is set.
The rules (package-format §5–6):

- no local record with this id or natural key: **new**;
- same content (fields and tombstone): **unchanged**; the vectors are merged, so both sides
  count as seen, and conflicts the merged vector includes are closed ("superseded");
- incoming vector includes the local one: **updated**, revision ``max(local + 1, incoming)``;
- local vector includes the incoming one: **unchanged** (an older edit);
- neither: **conflict**; the same incoming edit (or an older one of its line) already waiting
  makes no second conflict, and a newer edit of the same line replaces the waiting one;
- two records matched by natural key keep the smaller id (:attr:`TypePlan.renames`).

Raises :class:`MergeError` (nothing planned) when an incoming record changes a field that never
changes (its parent, its natural key) or takes over an id that exists elsewhere.

Applying a plan is the adapters' work: :mod:`recp_desktop.storage.merge_store` on SQLite and
PostgreSQL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from recp_desktop.domain import versions
from recp_desktop.domain.records import RecordType, content_hash

Status = Literal["new", "updated", "unchanged", "conflict"]
STATUSES: tuple[Status, ...] = ("new", "updated", "unchanged", "conflict")
Record = dict[str, Any]


class MergeError(ValueError):
    """Incoming records that may not be merged at all; the message says which and why."""


@dataclass(frozen=True)
class OpenConflict:
    """A conflict waiting on a local record: its id and the incoming record it keeps."""

    id: str
    incoming: Record


@dataclass(frozen=True)
class Local:
    """A local record in package form with its current ``version``, and its open conflicts."""

    record: Record
    conflicts: tuple[OpenConflict, ...] = ()


@dataclass(frozen=True)
class Update:
    """Replace the content of local record ``record_id`` by ``record``'s, at ``revision``."""

    record_id: str
    record: Record
    revision: int


@dataclass(frozen=True)
class NewConflict:
    """Keep ``incoming`` aside as a conflict on ``record_id`` (``local`` as it is now)."""

    record_id: str
    local: Record
    incoming: Record
    replaces: str | None = None  # the id of the waiting conflict it replaces (same line)


@dataclass(frozen=True)
class Decision:
    record_id: str  # the local id the record ends under
    status: Status
    tombstone: bool = False  # the record is deleted after this (for updates and inserts)


@dataclass
class TypePlan:
    """Everything one record type's incoming records change, in the order it must be written:
    renames, inserts, updates, versions, conflicts."""

    record_type: RecordType
    inserts: list[Record] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    renames: list[tuple[str, str]] = field(default_factory=list)  # (old id, new id)
    versions: list[tuple[str, int, versions.Vector]] = field(default_factory=list)
    conflicts: list[NewConflict] = field(default_factory=list)
    superseded: set[str] = field(default_factory=set)
    decisions: list[Decision] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """How many records ended in each status (every status present)."""
        counted = Counter(d.status for d in self.decisions)
        return {s: counted[s] for s in STATUSES}


def plan_type(
    record_type: RecordType,
    incoming: Sequence[Record],
    local: Mapping[str, Local],
    *,
    elsewhere: Collection[str] = (),
) -> TypePlan:
    """The plan for ``incoming`` records of one type against ``local`` ones (see the module)."""
    plan = TypePlan(record_type)
    key, parent = record_type.natural_key, record_type.parent
    # The natural key names a record within its parent (an answer by question within its
    # assessment): ``local`` may hold records of several parents (the hub's rows of one
    # organisation), so the parent is part of the lookup.
    by_key = {_natural(item.record, key, parent): item for item in local.values()} if key else {}
    unseen = []
    for record in incoming:
        found = local.get(record["id"])
        if found is None:
            unseen.append(record["id"])
            if key:
                found = by_key.get(_natural(record, key, parent))
        if found is None:
            plan.inserts.append(record)
            plan.versions.append((record["id"], record["revision"], record["version"]))
            plan.decisions.append(Decision(record["id"], "new", record["deleted"]))
            continue
        mine = found.record
        for name in record_type.immutable:
            if mine[name] != record[name]:
                raise MergeError(
                    f"{record_type.path}: record {record['id']} has {name} "
                    f"'{record[name]}' but '{mine[name]}' here; it never changes."
                )
        _merge(plan, record, found)
    if elsewhere:
        taken = [i for i in unseen if i in elsewhere]
        if taken:
            raise MergeError(
                f"{record_type.path}: the record {taken[0]} already exists here in another "
                "company or assessment; the package cannot take it over."
            )
    return plan


def _natural(record: Record, key: str, parent: str | None) -> tuple[Any, Any]:
    return (record[parent] if parent else None, record[key])


def _merge(plan: TypePlan, record: Record, found: Local) -> None:
    record_type = plan.record_type
    mine = found.record
    record_id = mine["id"]
    if record["id"] != record_id and record["id"] < record_id:
        plan.renames.append((record_id, record["id"]))
        record_id = record["id"]
    incoming_hash = content_hash(record_type, record)
    tombstone = mine["deleted"]
    if content_hash(record_type, mine) == incoming_hash:
        merged = versions.merge(mine["version"], record["version"])
        if merged != mine["version"]:
            plan.versions.append((record_id, mine["revision"], merged))
        _supersede(plan, found.conflicts, merged)
        status: Status = "unchanged"
    else:
        order = versions.compare(record["version"], mine["version"])
        if order == "newer":
            revision = max(mine["revision"] + 1, record["revision"])
            plan.updates.append(Update(record_id, record, revision))
            plan.versions.append((record_id, revision, record["version"]))
            _supersede(plan, found.conflicts, record["version"])
            status, tombstone = "updated", record["deleted"]
        elif order == "older":
            status = "unchanged"
        else:
            _conflict(plan, record_id, mine, record, incoming_hash, found.conflicts)
            status = "conflict"
    plan.decisions.append(Decision(record_id, status, tombstone))


def _supersede(plan: TypePlan, conflicts: Sequence[OpenConflict], vector: versions.Vector) -> None:
    """Close the open conflicts whose incoming edit the record now includes."""
    for conflict in conflicts:
        if versions.includes(vector, conflict.incoming["version"]):
            plan.superseded.add(conflict.id)


def _conflict(
    plan: TypePlan,
    record_id: str,
    mine: Record,
    record: Record,
    incoming_hash: str,
    conflicts: Sequence[OpenConflict],
) -> None:
    for conflict in conflicts:
        known = conflict.incoming
        if content_hash(plan.record_type, known) == incoming_hash or versions.includes(
            known["version"], record["version"]
        ):
            return  # this edit (or a later one from the same line) is already waiting
    for conflict in conflicts:
        if versions.includes(record["version"], conflict.incoming["version"]):
            plan.conflicts.append(NewConflict(record_id, mine, record, replaces=conflict.id))
            return  # a newer edit on the same line replaces the one waiting
    plan.conflicts.append(NewConflict(record_id, mine, record))
