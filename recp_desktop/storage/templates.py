"""Templates installed in a data folder, and the templates each assessment uses.

Imported templates live in the database (table ``checklist_template``), not as loose files: they
are written in the same durable transaction as everything else (WAL, ``synchronous=FULL``),
travel in the daily backups and a restore, and an import is all-or-nothing and idempotent by
the ``(id, version)`` primary key plus the content hash. :func:`template_registry` gives the
built-in templates plus the installed ones.

An assessment's checklists (table ``assessment_template``) are pinned to the version they were
added at, so answers keep meaning what they meant when a newer version is installed. Answers
that refer to a template the assessment does not list (e.g. imported from a package) bring that
template in too, at the version they answer.
"""

from __future__ import annotations

import json
import logging
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from recp_desktop.checklists import (
    AREAS,
    Template,
    TemplateConflictError,
    TemplateError,
    TemplateRegistry,
    builtin_registry,
    content_hash,
    parse_template,
)
from recp_desktop.checklists.serialize import canonical_json
from recp_desktop.storage.database import Database, now
from recp_desktop.storage.models import Answer, AssessmentTemplate, ChecklistTemplate

log = logging.getLogger(__name__)
_CACHE: weakref.WeakKeyDictionary[Database, tuple[tuple, TemplateRegistry]] = (
    weakref.WeakKeyDictionary()
)


@dataclass(frozen=True)
class InstalledTemplate:
    """One row of ``recp template list``: a template and where it comes from."""

    template: Template
    builtin: bool
    source: str
    installed_at: datetime | None
    sha256: str


def _signature(db: Database) -> tuple:
    with db.session() as session:
        return tuple(
            session.execute(select(func.count(), func.max(ChecklistTemplate.installed_at))).one()
        )


def template_registry(db: Database) -> TemplateRegistry:
    """The built-in templates and those installed in ``db``, every version, by (id, version).

    Re-read when another process (``recp template import``) installed one since the last call.
    A stored template that no longer validates is left out with a logged warning (its answers
    then show in :func:`missing_templates`) rather than keeping every assessment from opening.
    """
    signature = _signature(db)
    cached = _CACHE.get(db)
    if cached is not None and cached[0] == signature:
        return cached[1]
    registry = builtin_registry().copy()
    with db.session() as session:
        rows = list(session.scalars(select(ChecklistTemplate)))
    for row in rows:
        try:
            registry.add(_from_row(row))
        except TemplateError as exc:  # e.g. stricter checks in a newer app: skip, say so
            log.warning("installed template %s version %s left out: %s", row.id, row.version, exc)
    _CACHE[db] = (signature, registry)
    return registry


def _from_row(row: ChecklistTemplate) -> Template:
    from pathlib import Path

    return parse_template(json.loads(row.content), Path(row.source or f"{row.id}.json"))


def install_template(db: Database, template: Template, source: str = "") -> bool:
    """Store ``template`` in ``db``; ``False`` if the very same one is already installed.

    Raises :class:`~recp_desktop.checklists.TemplateConflictError` (and stores nothing) if a
    built-in or installed template has the same id and version but another content.
    """
    registry = template_registry(db)
    known = registry.find(template.id, template.version)
    if known is not None:
        if registry.hash_of(template.id, template.version) == content_hash(template):
            return False
        origin = "a built-in template" if template.key in builtin_registry() else "installed"
        raise TemplateConflictError(
            f"template '{template.id}' version {template.version} is already {origin} with "
            "different questions; raise 'version' in the settings sheet to install the new one"
            if origin == "installed"
            else f"template '{template.id}' version {template.version} is {origin} with "
            "different questions; give yours another form_id or version"
        )
    with db.session() as session:
        session.add(
            ChecklistTemplate(
                id=template.id,
                version=template.version,
                sha256=content_hash(template),
                content=canonical_json(template),
                source=source[:255],
                installed_at=now(),
            )
        )
    _CACHE.pop(db, None)
    return True


def list_templates(db: Database) -> list[InstalledTemplate]:
    """Every template, built-in and installed, every version, in display order."""
    registry = template_registry(db)
    builtin = builtin_registry()
    with db.session() as session:
        rows = {(r.id, r.version): r for r in session.scalars(select(ChecklistTemplate))}
    result = []
    for template in registry:
        row = rows.get(template.key)
        result.append(
            InstalledTemplate(
                template=template,
                builtin=template.key in builtin,
                source=row.source if row else (template.path.name if template.path else ""),
                installed_at=row.installed_at if row else None,
                sha256=registry.hash_of(*template.key),
            )
        )
    return result


def default_template_keys(registry: TemplateRegistry) -> list[tuple[str, int]]:
    """What a new assessment uses unless told otherwise: the newest checklist of each area."""
    return [t.key for t in registry.area_defaults().values()]


def set_assessment_templates(
    db: Database, assessment_id: str, keys: Sequence[tuple[str, int]]
) -> None:
    """Make ``keys`` (``(id, version)`` pairs, in display order) the checklists of an assessment.

    Raises :class:`~recp_desktop.checklists.TemplateNotFoundError` for a template that is not
    installed, and :class:`ValueError` for one id given twice; nothing is changed then.
    """
    registry = template_registry(db)
    for template_id, version in keys:
        registry.get(template_id, version)
    if len({i for i, _v in keys}) != len(keys):
        raise ValueError("a template can be used only once per assessment")
    stamp = now()
    with db.session() as session:
        session.execute(
            delete(AssessmentTemplate).where(AssessmentTemplate.assessment_id == assessment_id)
        )
        session.add_all(
            AssessmentTemplate(
                assessment_id=assessment_id,
                template_id=template_id,
                template_version=version,
                position=position,
                added_at=stamp,
            )
            for position, (template_id, version) in enumerate(keys)
        )


def add_assessment_template(
    db: Database, assessment_id: str, template_id: str, version: int | None = None
) -> Template:
    """Add one checklist (its newest version unless ``version``) to an assessment.

    An assessment that used the default checklists keeps them. Raises
    :class:`~recp_desktop.checklists.TemplateNotFoundError` or :class:`ValueError` if the
    assessment already uses that template.
    """
    template = template_registry(db).get(template_id, version)
    current = assessment_templates(db, assessment_id)
    if any(t.id == template_id for t in current):
        raise ValueError(f"the assessment already uses the checklist '{template_id}'")
    set_assessment_templates(db, assessment_id, [*(t.key for t in current), template.key])
    return template


def assessment_templates(db: Database, assessment_id: str) -> list[Template]:
    """The checklists of an assessment, in display order, at the versions it uses.

    The chosen ones (or, for an assessment made before checklists could be chosen, the area
    checklists at the version its answers refer to), then any other template its answers refer
    to. Templates that are not installed are left out: see :func:`missing_templates`.
    """
    registry = template_registry(db)
    with db.session() as session:
        pinned = list(
            session.execute(
                select(AssessmentTemplate.template_id, AssessmentTemplate.template_version)
                .where(AssessmentTemplate.assessment_id == assessment_id)
                .order_by(AssessmentTemplate.position)
            )
        )
        answered = _answered_versions(session, assessment_id)
    keys: list[tuple[str, int]] = [(i, v) for i, v in pinned]
    if not keys:
        for area in AREAS:
            version = answered.get(area) or (registry.versions(area) or [0])[-1]
            if registry.find(area, version) is None:
                version = (registry.versions(area) or [0])[-1]
            keys.append((area, version))
    chosen = {i for i, _v in keys}
    keys += [(i, v) for i, v in answered.items() if i not in chosen]
    return [t for key in keys if (t := registry.find(*key)) is not None]


def missing_templates(db: Database, assessment_id: str) -> list[tuple[str, int]]:
    """``(id, version)`` of templates an assessment's answers refer to that are not installed."""
    registry = template_registry(db)
    with db.session() as session:
        answered = _answered_versions(session, assessment_id)
    return sorted((i, v) for i, v in answered.items() if (i, v) not in registry)


def _answered_versions(session, assessment_id: str) -> dict[str, int]:
    """The newest template version the answers of an assessment refer to, by template id."""
    rows = session.execute(
        select(Answer.template_id, func.max(Answer.template_version))
        .where(Answer.assessment_id == assessment_id, ~Answer.deleted)
        .group_by(Answer.template_id)
    )
    return dict(rows.all())
