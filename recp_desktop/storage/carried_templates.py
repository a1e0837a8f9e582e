"""The templates that travel with answers: which ones to send, and installing those received.

A package (docs/package-format.md §4a) or a hub push/pull (docs/sync-protocol.md §7) carries the
templates its answers refer to, so that a receiver who never installed a centre's own checklist
can open, report and consolidate the answers. Receiving installs them in the caller's
transaction, all or nothing with the records they came with:

- the same ``(id, version)`` with the same content hash (built in, or installed before) is
  nothing new;
- the same ``(id, version)`` with another content is refused with
  :class:`~recp_desktop.checklists.TemplateConflictError` naming the template, and the caller
  rolls back everything it wrote;
- otherwise the template is inserted into ``checklist_template`` like a template a person
  imported (its ``source`` says where it came from).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from recp_desktop.checklists import TemplateConflictError, builtin_registry
from recp_desktop.checklists.carried import CarriedTemplate, carry
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import ChecklistTemplate

log = logging.getLogger(__name__)
TABLE = ChecklistTemplate.__table__


def templates_for(db: Database, keys: Iterable[tuple[str, int]]) -> list[CarriedTemplate]:
    """The carried form of the templates ``(id, version)`` of ``keys``, sorted by key.

    Built-in and installed templates alike (a receiver with an older app may lack a newer
    built-in version). A key this data folder has no template for (answers that arrived from an
    older package without theirs) is left out with a logged warning: the answers travel without
    it, as they came.
    """
    from recp_desktop.storage.templates import template_registry

    registry = template_registry(db)
    result = []
    for template_id, version in sorted(set(keys)):
        template = registry.find(template_id, version)
        if template is None:
            log.warning("template %s version %s not installed: not carried", template_id, version)
            continue
        result.append(carry(template))
    return result


def conflict_message(carried: CarriedTemplate, here: str, origin: str) -> str:
    t = carried.template
    return (
        f"The checklist template '{t.id}' version {t.version} it carries has other questions "
        f"than the {origin} one of the same id and version here (content SHA-256 "
        f"{carried.sha256[:12]}… there, {here[:12]}… here). Whoever changed the template must "
        "give it a new version number."
    )


def install_carried(
    connection: Connection,
    carried: Iterable[CarriedTemplate],
    *,
    source: str,
    now: datetime,
) -> list[tuple[str, int]]:
    """Install the carried templates not yet known, in ``connection``'s transaction.

    Returns the ``(id, version)`` of those newly installed. Raises
    :class:`~recp_desktop.checklists.TemplateConflictError` (see :func:`conflict_message`) at
    the first template whose ``(id, version)`` is built in or installed with another content;
    the caller then rolls back (nothing of this call is written before every check passed).
    """
    incoming = {c.key: c for c in carried}
    if not incoming:
        return []
    builtin = builtin_registry()
    stored = {
        (row.id, row.version): row.sha256
        for row in connection.execute(
            select(TABLE.c.id, TABLE.c.version, TABLE.c.sha256).where(
                TABLE.c.id.in_({i for i, _v in incoming})
            )
        )
    }
    new = []
    for key, item in sorted(incoming.items()):
        if key in builtin:
            here, origin = builtin.hash_of(*key), "built-in"
        elif key in stored:
            here, origin = stored[key], "installed"
        else:
            new.append(item)
            continue
        if here != item.sha256:
            raise TemplateConflictError(conflict_message(item, here, origin))
    if new:
        connection.execute(
            TABLE.insert(),
            [
                {
                    "id": item.template.id,
                    "version": item.template.version,
                    "sha256": item.sha256,
                    "content": item.content.decode("utf-8"),
                    "source": source[:255],
                    "installed_at": now,
                }
                for item in new
            ],
        )
    return [item.key for item in new]
