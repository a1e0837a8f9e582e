"""Wanted inputs of an assessment's company: what it would take from other companies' waste.

Each is a synced record (``domain.records.WantedInput``) that travels in packages (format 3) and
feeds the symbiosis candidates (``storage.symbiosis``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Annotated, Any

from pydantic import ConfigDict, TypeAdapter
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import select

from recp_desktop.domain import records as schema
from recp_desktop.domain.waste import WasteError
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, WantedInput
from recp_desktop.storage.records import apply_edit, stamp_new
from recp_desktop.storage.repository import ValidationError

FIELDS = ("ewc_code", "material", "tonnes_per_year", "note")


@cache
def _adapter(name: str) -> TypeAdapter[Any]:
    info = schema.WantedInput.model_fields[name]
    annotation = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    return TypeAdapter(annotation, config=ConfigDict(strict=True))


def _check(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields checked against the record schema; ValidationError names the field."""
    values = {name: fields.get(name) for name in FIELDS}
    values["ewc_code"] = re.sub(r"[\s.\-*]", "", str(values["ewc_code"] or ""))  # "02 05 01"
    values["material"] = (values["material"] or "").strip()
    values["note"] = values["note"] or ""
    tonnes = values["tonnes_per_year"]
    if isinstance(tonnes, int) and not isinstance(tonnes, bool):
        values["tonnes_per_year"] = tonnes = float(tonnes)
    if isinstance(tonnes, float) and tonnes < 0:
        cause = WasteError(
            "tonnes per year cannot be negative.", "negative", field="tonnes_per_year"
        )
        raise ValidationError(str(cause)) from cause
    for name in FIELDS:
        try:
            values[name] = _adapter(name).validate_python(values[name])
        except PydanticValidationError as exc:
            error = exc.errors(include_url=False)[0]
            text = error.get("ctx", {}).get("error") or error["msg"]
            reason = {"string_too_long": "too_long", "string_pattern_mismatch": "bad_code"}
            cause = WasteError(
                f"{name.replace('_', ' ')}: {text}",
                "bad_code" if name == "ewc_code" else reason.get(error.get("type", ""), "invalid"),
                field=name,
                limit=error.get("ctx", {}).get("max_length"),
                value=str(values[name])[:40],
            )
            raise ValidationError(str(cause)) from cause
    return values


def add_wanted_input(db: Database, assessment_id: str, **fields: Any) -> WantedInput:
    """Record what the company would take (``ewc_code`` of 2, 4 or 6 digits, ``material``,
    ``tonnes_per_year``, ``note``). Raises ValidationError (storing nothing) for a bad field or
    a missing assessment."""
    checked = _check(fields)
    record = WantedInput(assessment_id=assessment_id, **checked)
    stamp_new(record, db.device_id)
    with db.session() as session:
        if session.get(Assessment, assessment_id) is None:
            raise ValidationError("The assessment of this wanted input does not exist.")
        session.add(record)
    return record


def update_wanted_input(db: Database, wanted_id: str, **fields: Any) -> WantedInput:
    """Change some fields (one new revision if anything changed)."""
    with db.session() as session:
        record = session.get_one(WantedInput, wanted_id)
        merged = {name: getattr(record, name) for name in FIELDS} | fields
        apply_edit(record, db.device_id, **_check(merged))
    return record


def set_wanted_input_deleted(db: Database, wanted_id: str, deleted: bool = True) -> None:
    """Tombstone a wanted input (or bring it back); the deletion travels in packages."""
    with db.session() as session:
        apply_edit(session.get_one(WantedInput, wanted_id), db.device_id, deleted=deleted)


def list_wanted_inputs(db: Database, assessment_id: str) -> list[WantedInput]:
    """The live wanted inputs of an assessment, by code then material."""
    with db.session() as session:
        stmt = select(WantedInput).where(
            WantedInput.assessment_id == assessment_id, ~WantedInput.deleted
        )
        found = list(session.scalars(stmt))
    return sorted(found, key=lambda w: (w.ewc_code, w.material.casefold(), w.id))


__all__ = [
    "FIELDS",
    "add_wanted_input",
    "list_wanted_inputs",
    "set_wanted_input_deleted",
    "update_wanted_input",
]
