"""Cleaner-production options of an assessment: add, edit, tombstone, list and total."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from recp_desktop.checklists.model import AREAS, CP_TECHNIQUES
from recp_desktop.domain.options import (
    PROJECTED_STATUSES,
    STATUSES,
    payback_years,
    savings_from_results,
)
from recp_desktop.domain.savings import Savings
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, CPOption
from recp_desktop.storage.records import apply_edit, stamp_new
from recp_desktop.storage.repository import ValidationError

if TYPE_CHECKING:
    from recp_desktop.domain.calculators import Calculation

OPTION_FIELDS = (
    "title",
    "technique",
    "area",
    "question_id",
    "calculator",
    "inputs",
    "results",
    "assumptions",
    "investment",
    "saving_money",
    "saving_energy_kwh",
    "saving_water_m3",
    "saving_materials_t",
    "saving_co2_t",
    "status",
    "note",
)
NUMBER_FIELDS = (
    "investment",
    "saving_money",
    "saving_energy_kwh",
    "saving_water_m3",
    "saving_materials_t",
    "saving_co2_t",
)


def _normalise(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    for key in ("inputs", "results"):
        if key in out and not isinstance(out[key], str):
            out[key] = json.dumps(out[key] or {}, ensure_ascii=False, sort_keys=True)
    if "assumptions" in out and not isinstance(out["assumptions"], str):
        out["assumptions"] = json.dumps(list(out["assumptions"] or []), ensure_ascii=False)
    return out


def _check(fields: dict[str, Any]) -> None:
    if not str(fields.get("title") or "").strip():
        raise ValidationError("The option needs a title.")
    if fields.get("technique") not in CP_TECHNIQUES:
        raise ValidationError(f"Unknown CP technique '{fields.get('technique')}'.")
    if fields.get("area") not in AREAS:
        raise ValidationError(f"Unknown area '{fields.get('area')}'.")
    if fields.get("status", "identified") not in STATUSES:
        raise ValidationError(f"Unknown status '{fields.get('status')}'.")
    for key in NUMBER_FIELDS:
        value = fields.get(key)
        if value is None:
            continue
        if not isinstance(value, int | float) or value != value:
            raise ValidationError(f"{key.replace('_', ' ')}: not a number.")
        if key == "investment" and value < 0:
            raise ValidationError("The investment cannot be negative.")


def add_option(db: Database, assessment_id: str, **fields: Any) -> CPOption:
    """Record a new option; a bad field raises :class:`ValidationError` and stores nothing."""
    fields = _normalise({"status": "identified", "note": "", **fields})
    _check(fields)
    record = CPOption(
        assessment_id=assessment_id, **{k: v for k, v in fields.items() if k in OPTION_FIELDS}
    )
    stamp_new(record, db.device_id)
    with db.session() as session:
        if session.get(Assessment, assessment_id) is None:
            raise ValidationError("The assessment of this option does not exist.")
        session.add(record)
    return record


def update_option(db: Database, option_id: str, **fields: Any) -> CPOption:
    fields = _normalise(fields)
    with db.session() as session:
        record = session.get_one(CPOption, option_id)
        merged = {name: getattr(record, name) for name in OPTION_FIELDS} | fields
        _check(merged)
        apply_edit(record, db.device_id, **{k: merged[k] for k in OPTION_FIELDS})
    return record


def set_option_deleted(db: Database, option_id: str, deleted: bool = True) -> None:
    """Tombstone an option (or bring it back), so that the deletion travels in packages."""
    with db.session() as session:
        apply_edit(session.get_one(CPOption, option_id), db.device_id, deleted=deleted)


def get_option(db: Database, option_id: str) -> CPOption:
    with db.session() as session:
        return session.get_one(CPOption, option_id)


def list_options(db: Database, assessment_id: str) -> list[CPOption]:
    """The live options of an assessment, best payback first (no-saving ones last)."""
    with db.session() as session:
        stmt = select(CPOption).where(CPOption.assessment_id == assessment_id, ~CPOption.deleted)
        options = list(session.scalars(stmt))
    return sorted(options, key=_payback_key)


def _payback_key(option: CPOption) -> tuple[float, str]:
    payback = payback_years(option.investment, option.saving_money)
    return (payback if payback is not None else float("inf"), option.title.casefold())


def option_savings(option: CPOption, currency: str) -> Savings:
    """One option's yearly savings (nothing stated counts as nothing saved), in ``currency``:
    the assessment's, in which its money was entered."""
    return Savings(
        currency=currency,
        count=1,
        investment=option.investment or 0.0,
        money=option.saving_money or 0.0,
        energy_mwh=(option.saving_energy_kwh or 0.0) / 1000.0,
        water_m3=option.saving_water_m3 or 0.0,
        materials_t=option.saving_materials_t or 0.0,
        co2_t=option.saving_co2_t or 0.0,
    )


def option_totals(
    options: list[CPOption], currency: str, statuses: tuple[str, ...] | None = None
) -> Savings:
    """The :class:`Savings` of ``options`` in ``statuses`` (default: all but rejected), whose
    money is in ``currency`` (the assessment's)."""
    chosen = (
        o
        for o in options
        if (o.status in statuses if statuses else o.status != "rejected") and not o.deleted
    )
    return Savings.total((option_savings(o, currency) for o in chosen), currency=currency)


def projected_totals(options: list[CPOption], currency: str) -> Savings:
    """Totals of the options the company is advised to implement or has implemented."""
    return option_totals(options, currency, PROJECTED_STATUSES)


def option_results(option: CPOption) -> dict[str, dict[str, Any]]:
    return json.loads(option.results or "{}")


def option_inputs(option: CPOption) -> dict[str, str]:
    return json.loads(option.inputs or "{}")


def option_assumptions(option: CPOption) -> list[dict[str, Any] | str]:
    """The option's assumptions as stored: messages (``{"id", "params", "text"}``, rendered with
    :func:`recp_desktop.domain.messages.render`) or, from older versions, English sentences."""
    return json.loads(option.assumptions or "[]")


def add_calculated_option(
    db: Database, assessment_id: str, calculation: Calculation, currency: str, **fields: Any
) -> CPOption:
    """Record a calculator run as an option: its inputs, results, assumptions and savings.

    ``fields`` give the rest (title, technique, area, investment, status...). Money in another
    currency than the assessment's raises ``ValueError``; a bad field :class:`ValidationError`.
    """
    saved = savings_from_results(calculation.calculator, calculation.result.values, currency)
    payload = calculation.to_json()
    fields = {**{k: v for k, v in saved.items() if v is not None}, **fields}
    return add_option(
        db,
        assessment_id,
        calculator=calculation.calculator,
        inputs=payload["inputs"],
        results=payload["results"],
        assumptions=payload["assumptions"],
        **fields,
    )
