"""Applying a pulled page with the shared merge engine, in the caller's transaction.

The records are checked with the package schema (:func:`recp_desktop.domain.records.
check_records`), then planned per type (parents first) and per assessment by
:func:`recp_desktop.domain.merge.plan_type` against the local rows the adapter reads
(:mod:`recp_desktop.storage.merge_store`), exactly as a package import does: new, updated,
unchanged, or a conflict kept in ``sync_conflict`` and shown in the Conflicts dialog.

Open conflicts the hub delivers are fed through the same engine, both versions: on a device
that holds one of them the other becomes a local conflict (the engine never opens the same
one twice), so the conflict is visible on every device; closed ones need nothing, their outcome
arrives as an ordinary newer record.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from recp_desktop.domain import versions
from recp_desktop.domain.merge import STATUSES, Local, MergeError, TypePlan, plan_type
from recp_desktop.domain.records import (
    BY_NAME,
    RECORD_TYPES,
    RecordError,
    RecordType,
    check_records,
)
from recp_desktop.storage import companies, merge_store, review, rows


class PullError(ValueError):
    """The hub sent records this app cannot take; nothing of the page was written."""


@dataclass
class Applied:
    """What a page did here: statuses counted, conflicts opened, records the hub now matches."""

    counts: Counter = field(default_factory=Counter)
    conflicts: int = 0
    in_step: list[tuple[str, str, int]] = field(default_factory=list)  # for hub_pushed


def _scope(
    connection: Connection, record_type: RecordType, incoming: Sequence[dict[str, Any]], device: str
) -> tuple[dict[str, Local], set[str]]:
    """The local records ``incoming`` concerns: the same id, or (answers, baseline lines) the
    same natural key in the same assessment; and the incoming ids held by another assessment.
    Read by id and key, not the whole assessment: a pull of one edit reads one row."""
    name = record_type.name
    ids = [r["id"] for r in incoming]
    found = rows.load_rows(connection, name, "id", ids)
    if name in ("enterprise", "assessment"):
        return merge_store.local_records(connection, record_type, found, device), set()
    [parent] = {r["assessment_id"] for r in incoming}
    elsewhere = {row["id"] for row in found if row["assessment_id"] != parent}
    mine = {row["id"]: row for row in found if row["assessment_id"] == parent}
    key = record_type.natural_key
    if key:
        table = rows.table(name)
        keys = sorted({r[key] for r in incoming})
        stmt = select(table).where(table.c.assessment_id == parent, table.c[key].in_(keys))
        for row in connection.execute(stmt):
            mine.setdefault(row.id, dict(row._mapping))
    local = merge_store.local_records(connection, record_type, mine.values(), device)
    return local, elsewhere


def _groups(record_type: RecordType, records: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    if record_type.name in ("enterprise", "assessment"):
        return [records]
    by_parent: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_parent[record["assessment_id"]].append(record)
    return list(by_parent.values())


def _assessment_of(record_type: RecordType, record: dict[str, Any]) -> str | None:
    if record_type.name == "assessment":
        return record["id"]
    return record.get("assessment_id")


def _plan_and_write(
    connection: Connection,
    record_type: RecordType,
    incoming: list[dict[str, Any]],
    *,
    device_id: str,
    hub_label: str,
    now: datetime,
    applied: Applied,
    track: bool,
) -> None:
    local, elsewhere = _scope(connection, record_type, incoming, device_id)
    try:
        plan: TypePlan = plan_type(record_type, incoming, local, elsewhere=elsewhere)
    except MergeError as exc:
        raise PullError(f"The hub sent a record that cannot be merged here: {exc}") from None
    first = incoming[0]
    source = merge_store.Source(
        device_id=(plan.conflicts[0].incoming["updated_by"] if plan.conflicts else "")[:36],
        device_name=hub_label,
        author="",
        assessment_id=_assessment_of(record_type, first),
    )
    merge_store.apply_plans(connection, [plan], source=source, now=now)
    applied.conflicts += len(plan.conflicts)
    if not track:
        return
    for status in STATUSES:
        applied.counts[status] += plan.counts[status]
    revisions = {record_id: revision for record_id, revision, _vector in plan.versions}
    for record, decision in zip(incoming, plan.decisions, strict=True):
        rid = decision.record_id
        if decision.status in ("new", "updated"):
            applied.in_step.append((record_type.name, rid, revisions[rid]))
        elif decision.status == "unchanged":
            mine = local.get(rid) or local.get(record["id"])
            if mine is not None and versions.includes(record["version"], mine.record["version"]):
                applied.in_step.append((record_type.name, rid, mine.record["revision"]))


def _checked(kind: str, records: list[Any], what: str) -> list[dict[str, Any]] | None:
    record_type = BY_NAME.get(kind)
    if record_type is None:
        return None  # a type a newer app knows: kept on the hub, not here
    try:
        return check_records(record_type, records, f"{what}: {{path}}, record {{n}}")
    except RecordError as exc:
        raise PullError(f"The hub sent a record that is not valid: {exc}") from None


def _install_templates(connection: Connection, items: Any, hub_label: str, now: datetime) -> None:
    """Install the page's templates this folder lacks (docs/sync-protocol.md §7, *Templates*).

    Raises :class:`PullError` for one that is not valid or differs from the template of the
    same id and version here (the page is then not applied).
    """
    from recp_desktop.checklists import TemplateConflictError, TemplateError
    from recp_desktop.checklists.carried import from_wire
    from recp_desktop.storage.carried_templates import install_carried

    try:
        carried = [from_wire(item, f"pulled template {n}") for n, item in enumerate(items, 1)]
        install_carried(connection, carried, source=hub_label, now=now)
    except TemplateConflictError as exc:
        raise PullError(f"The hub sent a checklist template that cannot be taken: {exc}") from None
    except TemplateError as exc:
        raise PullError(f"The hub sent a checklist template that is not valid: {exc}") from None


def apply_page(
    connection: Connection,
    page: dict[str, Any],
    *,
    device_id: str,
    hub_label: str,
    now: datetime,
) -> Applied:
    """Merge one pull page (records, then the open conflicts' versions) in ``connection``.

    Raises :class:`PullError` when a record is not valid or may not be merged (nothing of
    the page is then written, once the caller rolls back).
    """
    merge_store.lock(connection, "pull")
    applied = Applied()
    _install_templates(connection, page.get("templates", ()), hub_label, now)
    by_type: dict[str, list[Any]] = defaultdict(list)
    for item in page.get("records", ()):
        by_type[item["type"]].append(item["record"])
    reviewed: set[str] = set()  # assessments whose review events changed
    merged: list[str] = []  # companies merged into another (issue 14 §5)
    for record_type in RECORD_TYPES:
        raw = by_type.get(record_type.name)
        if not raw:
            continue
        records = _checked(record_type.name, raw, "pulled")
        if record_type.name == "review_event":
            reviewed.update(r["assessment_id"] for r in records or ())
        elif record_type.name == "enterprise":
            merged += [r["id"] for r in records or () if r["deleted"] and r["merged_into"]]
        for group in _groups(record_type, records or []):
            _plan_and_write(
                connection,
                record_type,
                group,
                device_id=device_id,
                hub_label=hub_label,
                now=now,
                applied=applied,
                track=True,
            )
    for conflict in page.get("conflicts", ()):
        if conflict.get("state") != "open":
            continue
        for side in ("local", "incoming"):
            checked = _checked(conflict["type"], [conflict[side]], "a conflict")
            if not checked:
                continue
            record_type = BY_NAME[conflict["type"]]
            holder = (
                ("assessment", checked[0]["assessment_id"])
                if "assessment_id" in checked[0]
                else (record_type.name, checked[0]["id"])
            )
            if not rows.existing_ids(connection, holder[0], [holder[1]]):
                continue  # a record of an assessment this device does not hold
            _plan_and_write(
                connection,
                record_type,
                checked,
                device_id=device_id,
                hub_label=hub_label,
                now=now,
                applied=applied,
                track=False,
            )
    # As after a package import: the derived review state follows the events, and assessments
    # still under a company merged away move to the one it was merged into.
    review.refresh(connection, reviewed)
    companies.follow_merges(connection, merged, device_id)
    return applied
