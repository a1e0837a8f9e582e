"""Every checklist template the app knows, keyed by ``(id, version)``.

Answers record the id and version of the template they answer (DESIGN §3), so the registry keeps
every version, not only the newest: an assessment answered against ``energy`` version 1 stays
readable and reportable after version 2 ships. Several templates may cover one area (the
built-in ``energy`` checklist and a centre's own); none replaces another. The same ``(id,
version)`` twice is accepted only with the same content (compared by
:func:`~recp_desktop.checklists.serialize.content_hash`); different content under one key is
refused with :class:`TemplateConflictError`.

Sources: the built-in YAML files in ``recp_desktop/checklists/templates/`` (any depth, so older
versions can be kept beside the current one), the built-in XLSForm sector checklists in
``resources/templates/*.xlsx`` and, added by ``storage.templates``, the templates a user
imported into the data folder's database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from recp_desktop.checklists.loader import TEMPLATES_DIR, TemplateError, load_template
from recp_desktop.checklists.model import AREAS, Template
from recp_desktop.checklists.serialize import content_hash
from recp_desktop.paths import resource_path

SECTOR_TEMPLATES_DIR = resource_path("templates")


class TemplateConflictError(TemplateError):
    """Two different templates under one ``(id, version)``."""


class TemplateNotFoundError(LookupError):
    """No template with the id (and version) asked for."""


def _origin(template: Template) -> str:
    return template.path.name if template.path is not None else "the database"


class TemplateRegistry:
    """Templates by ``(id, version)``; iteration gives them in display order."""

    def __init__(self, templates: Iterable[Template] = ()) -> None:
        self._templates: dict[tuple[str, int], Template] = {}
        self._hashes: dict[tuple[str, int], str] = {}
        self._lazy: dict[str, Callable[[], Iterable[Template]]] = {}
        for template in templates:
            self.add(template)

    def add_lazy(self, template_id: str, load: Callable[[], Iterable[Template]]) -> None:
        """Register templates of ``template_id`` that ``load`` reads when first needed.

        Reading an XLSForm workbook needs pyxform (slow to import), so the shipped sector
        checklists are read only once a lookup, a listing or an iteration needs them. ``load``
        must return templates with that id only (a :class:`TemplateError` otherwise).
        """
        self._lazy[template_id] = load

    def _load(self, template_id: str | None = None) -> None:
        ids = [template_id] if template_id is not None else list(self._lazy)
        for lazy_id in ids:
            load = self._lazy.pop(lazy_id, None)
            if load is None:
                continue
            for template in load():
                if template.id != lazy_id:
                    raise TemplateError(
                        f"{_origin(template)}: holds template '{template.id}', not '{lazy_id}'"
                    )
                self.add(template)

    def add(self, template: Template) -> bool:
        """Add ``template``; ``False`` if the very same one is already there.

        Raises :class:`TemplateConflictError` if another content holds its ``(id, version)``.
        """
        key = template.key
        self._load(template.id)
        digest = content_hash(template)
        if key in self._templates:
            if self._hashes[key] == digest:
                return False
            raise TemplateConflictError(
                f"template '{template.id}' version {template.version} from "
                f"{_origin(template)} differs from the one already known (from "
                f"{_origin(self._templates[key])}); give the changed template a new version"
            )
        self._templates[key] = template
        self._hashes[key] = digest
        return True

    def copy(self) -> TemplateRegistry:
        clone = TemplateRegistry()
        clone._templates = dict(self._templates)
        clone._hashes = dict(self._hashes)
        clone._lazy = dict(self._lazy)
        return clone

    def hash_of(self, template_id: str, version: int) -> str:
        """The content hash of one stored template; :class:`TemplateNotFoundError` if absent."""
        self.get(template_id, version)
        return self._hashes[(template_id, version)]  # get() loaded it if lazy

    def find(self, template_id: str, version: int | None = None) -> Template | None:
        """The template ``(id, version)``, or its newest version when ``version`` is None."""
        self._load(template_id)
        if version is not None:
            return self._templates.get((template_id, version))
        versions = self.versions(template_id)
        return self._templates[(template_id, versions[-1])] if versions else None

    def get(self, template_id: str, version: int | None = None) -> Template:
        """Like :meth:`find`, raising :class:`TemplateNotFoundError` with a message when absent."""
        template = self.find(template_id, version)
        if template is None:
            which = f"'{template_id}'" + (f" version {version}" if version is not None else "")
            raise TemplateNotFoundError(f"no checklist template {which} is installed")
        return template

    def versions(self, template_id: str) -> list[int]:
        """The versions known for ``template_id``, oldest first."""
        self._load(template_id)
        return sorted(v for (i, v) in self._templates if i == template_id)

    def latest(self) -> list[Template]:
        """The newest version of every template, in display order."""
        self._load()
        ids = {i for (i, _v) in self._templates}
        return sorted((self.get(i) for i in ids), key=_display_order)

    def area_defaults(self) -> dict[str, Template]:
        """The checklist of each area an assessment starts with: the newest template whose id
        is the area's name (``energy``, ``water``, ``materials``, ``waste``)."""
        return {area: t for area in AREAS if (t := self.find(area)) is not None}

    def question_template(self, question_id: str) -> Template | None:
        """The newest template that asks ``question_id`` (ids are unique across templates)."""
        for template in self.latest():
            if template.has_question(question_id):
                return template
        return None

    def __iter__(self) -> Iterator[Template]:
        self._load()
        return iter(sorted(self._templates.values(), key=_display_order))

    def __len__(self) -> int:
        self._load()
        return len(self._templates)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, tuple) and key and isinstance(key[0], str):
            self._load(key[0])
        return key in self._templates


def _display_order(template: Template) -> tuple[int, str, int]:
    """The four area checklists first (in area order), then the others by id, then version."""
    rank = AREAS.index(template.id) if template.id in AREAS else len(AREAS)
    return (rank, template.id, template.version)


@cache
def builtin_registry() -> TemplateRegistry:
    """The shipped templates: the area YAML files and the XLSForm sector checklists.

    The YAML files are loaded and validated at once; each workbook ``resources/templates/ID.xlsx``
    (named by its ``form_id``) when its id, a listing or an iteration first needs it, since
    reading it needs pyxform. A malformed or conflicting shipped file raises
    :class:`TemplateError` then.
    """
    registry = TemplateRegistry(load_template(p) for p in sorted(TEMPLATES_DIR.rglob("*.yaml")))
    for path in sorted(SECTOR_TEMPLATES_DIR.glob("*.xlsx")):
        registry.add_lazy(path.stem, lambda p=path: (_read_workbook(p),))
    return registry


@cache
def _read_workbook(path: Path) -> Template:
    """A shipped workbook, read once per process whichever registry copy asks."""
    from recp_desktop.checklists.xlsform import read_xlsform

    return read_xlsform(path).template
