"""Checklist templates that travel with pushed and pulled answers (docs/sync-protocol.md §7).

A push may carry, beside its records, the templates its answers refer to; the hub checks them
like any template file (``recp_desktop.checklists.carried``), keeps each ``(id, version)`` once
per organisation and refuses (409 ``409.6``, nothing written) another content under an
``(id, version)`` it already holds or that is one of the app's built-in templates. A pull page
carries the templates the hub holds that its answers (and its conflicts' answers) refer to.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from recp_desktop.checklists import TemplateError, builtin_registry
from recp_desktop.checklists.carried import CarriedTemplate, from_wire
from recp_hub import errors
from recp_hub.accounts import Caller
from recp_hub.errors import Problem
from recp_hub.models import HubTemplate


def _differs(carried: CarriedTemplate) -> Problem:
    template_id, version = carried.key
    return Problem(errors.TEMPLATE_DIFFERS, template_id=template_id, version=version)


def check(items: Sequence[Any]) -> list[CarriedTemplate]:
    """The pushed templates, each checked; before any write.

    Raises :class:`Problem` ``400.7`` naming the template and its problem (not a valid
    template, another id or version than it says, a content hash other than its ``sha256``,
    given twice) and ``409.6`` for another content under a built-in template's id and version.
    """
    checked: dict[tuple[str, int], CarriedTemplate] = {}
    builtin = builtin_registry()
    for n, item in enumerate(items, 1):
        try:
            carried = from_wire(item, f"templates, item {n}")
        except TemplateError as exc:
            raise Problem(errors.INVALID_RECORDS, reason=str(exc)) from None
        if carried.key in checked:
            raise Problem(
                errors.INVALID_RECORDS,
                reason=f"templates, item {n}: '{carried.key[0]}' version {carried.key[1]} twice",
            )
        if carried.key in builtin and builtin.hash_of(*carried.key) != carried.sha256:
            raise _differs(carried)
        checked[carried.key] = carried
    return list(checked.values())


def store(session: Session, caller: Caller, templates: Iterable[CarriedTemplate]) -> None:
    """Keep the templates the hub does not hold yet, in the push's transaction.

    Raises :class:`Problem` ``409.6`` for one held with another content (the caller's
    transaction then rolls back: nothing of the push is written).
    """
    for carried in templates:
        template_id, version = carried.key
        held = session.get(HubTemplate, (caller.org_id, template_id, version))
        if held is None:
            session.add(
                HubTemplate(
                    org_id=caller.org_id,
                    template_id=template_id,
                    version=version,
                    sha256=carried.sha256,
                    content=carried.content.decode("utf-8"),
                    pushed_by=caller.device_id,
                )
            )
        elif held.sha256 != carried.sha256:
            raise _differs(carried)
    session.flush()


def referred(records: Iterable[tuple[str, dict[str, Any]]]) -> set[tuple[str, int]]:
    """``(template_id, template_version)`` of the answers among ``(type, record)`` pairs."""
    return {
        (record["template_id"], record["template_version"])
        for kind, record in records
        if kind == "answer"
    }


def for_pull(session: Session, org_id: str, keys: set[tuple[str, int]]) -> str:
    """The JSON list of the held templates of ``keys`` (stored content spliced in, not parsed)."""
    if not keys:
        return "[]"
    rows = session.scalars(
        select(HubTemplate)
        .where(
            HubTemplate.org_id == org_id,
            HubTemplate.template_id.in_({template_id for template_id, _ in keys}),
        )
        .order_by(HubTemplate.template_id, HubTemplate.version)
    )
    items = [
        f'{{"id":{json.dumps(row.template_id)},"version":{row.version},'
        f'"sha256":"{row.sha256}","content":{row.content}}}'
        for row in rows
        if (row.template_id, row.version) in keys
    ]
    return f"[{','.join(items)}]"
