"""Templates as they travel with the answers that use them: in packages and through the hub.

A carried template is a template's canonical JSON (:func:`~recp_desktop.checklists.serialize.
canonical_json`: the YAML format of docs/checklist-format.md as compact JSON with sorted keys)
and its content hash, the SHA-256 of those bytes. The receiver validates the content with the
same checks as any template file, so a carried template is never trusted more than a file a
person imports; two carried templates are the same template exactly when their hashes are equal.

- :func:`carry` turns a template into its travelling form;
- :func:`known` recognises, without parsing, a carried template whose bytes are those of a
  template this process has already read (the built-in ones, or one read before);
- :func:`from_data` validates parsed JSON as the template ``(id, version)``;
- :func:`to_wire` / :func:`from_wire` give the JSON object the hub's push and pull carry
  (``{"id", "version", "sha256", "content"}``, docs/sync-protocol.md §7).

Errors: :class:`~recp_desktop.checklists.loader.TemplateError` with a message naming the
template (and the place given as ``where``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recp_desktop.checklists.loader import TemplateError, parse_template
from recp_desktop.checklists.model import Template
from recp_desktop.checklists.registry import builtin_registry
from recp_desktop.checklists.serialize import canonical_json

SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SEEN: dict[str, CarriedTemplate] = {}  # by content hash: templates validated in this process
_SEEN_MAX = 256


@dataclass(frozen=True)
class CarriedTemplate:
    """A template with its canonical JSON (UTF-8 bytes) and their SHA-256 (hex)."""

    template: Template
    sha256: str
    content: bytes

    @property
    def key(self) -> tuple[str, int]:
        return self.template.key


def carry(template: Template) -> CarriedTemplate:
    """The travelling form of ``template``."""
    content = canonical_json(template).encode("utf-8")
    return CarriedTemplate(template, hashlib.sha256(content).hexdigest(), content)


def _remember(carried: CarriedTemplate) -> CarriedTemplate:
    if len(_SEEN) >= _SEEN_MAX:
        _SEEN.pop(next(iter(_SEEN)))
    _SEEN[carried.sha256] = carried
    return carried


def known(template_id: str, version: int, sha256: str) -> CarriedTemplate | None:
    """The carried template whose canonical bytes hash to ``sha256``, if this process knows it.

    Built-in templates and templates validated earlier are recognised by hash alone, so a
    package carrying the built-in checklists costs a hash comparison, not a parse. ``None``
    when unknown, or known under another ``(id, version)``.
    """
    found = _SEEN.get(sha256)
    if found is None:
        registry = builtin_registry()
        if (template_id, version) in registry and registry.hash_of(template_id, version) == sha256:
            found = _remember(carry(registry.get(template_id, version)))
    if found is None or found.key != (template_id, version):
        return None
    return found


def from_data(data: Any, template_id: str, version: int, where: str) -> CarriedTemplate:
    """Validate parsed JSON ``data`` as the template ``(template_id, version)``.

    Raises :class:`TemplateError` when the content is not a valid template (message from the
    template checks, prefixed with ``where``) or is another template than the one named.
    """
    template = parse_template(data, Path(where))
    if template.key != (template_id, version):
        raise TemplateError(
            f"{where}: holds template '{template.id}' version {template.version}, not "
            f"'{template_id}' version {version}"
        )
    return _remember(carry(template))


def to_wire(carried: CarriedTemplate) -> dict[str, Any]:
    """The JSON object a push or a pull carries for one template."""
    return {
        "id": carried.template.id,
        "version": carried.template.version,
        "sha256": carried.sha256,
        "content": json.loads(carried.content),
    }


def from_wire(item: Any, where: str = "template") -> CarriedTemplate:
    """Check one ``{"id", "version", "sha256", "content"}`` object; the carried template.

    Raises :class:`TemplateError` if a key is missing or unknown, the content is not a valid
    template, is another template than ``id``/``version`` name, or its content hash is not
    ``sha256`` (the sender's canonical form differs from this one's).
    """
    if not isinstance(item, dict) or set(item) != {"id", "version", "sha256", "content"}:
        raise TemplateError(f"{where}: must hold exactly id, version, sha256 and content")
    template_id, version, sha256 = item["id"], item["version"], item["sha256"]
    if not isinstance(template_id, str) or len(template_id) > 40:
        raise TemplateError(f"{where}: 'id' must be text of at most 40 characters")
    if isinstance(version, bool) or not isinstance(version, int):
        raise TemplateError(f"{where}: 'version' must be a whole number")
    if not isinstance(sha256, str) or not SHA256.fullmatch(sha256):
        raise TemplateError(f"{where}: 'sha256' must be 64 lower-case hex digits")
    try:  # the content as canonical JSON: a known template is recognised without a parse
        compact = json.dumps(
            item["content"], ensure_ascii=False, sort_keys=True, separators=(",", ":")
        ).encode("utf-8")
    except (TypeError, ValueError):
        raise TemplateError(f"{where}: 'content' is not JSON data") from None
    carried = known(template_id, version, hashlib.sha256(compact).hexdigest())
    if carried is None:
        carried = from_data(item["content"], template_id, version, f"{where} '{template_id}'")
    if carried.sha256 != sha256:
        raise TemplateError(
            f"{where} '{template_id}' version {version}: its content hashes to "
            f"{carried.sha256}, not {sha256}"
        )
    return carried
