"""Refusals of waste-stream and wanted-input edits, said in the interface's language.

The core raises :class:`~recp_desktop.domain.waste.WasteError` with a ``reason`` and
``details`` (storage wraps it as the cause of its ``ValidationError``), or a
:class:`~recp_desktop.domain.units.UnitError` for a typed number; this module turns either into
one sentence naming the field, with no Python or pydantic wording.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recp_desktop.domain.numbers import NumberError, format_number
from recp_desktop.domain.units import UnitError
from recp_desktop.domain.waste import WasteError
from recp_desktop.ui.input_errors import explain
from recp_desktop.ui.waste_labels import field_label


def _messages() -> dict[str, str]:
    return {
        "unknown_unit": QCoreApplication.translate(
            "WasteErrors", "Unknown unit “{unit}”: use t, kg, m³, L or pcs."
        ),
        "not_an_amount": QCoreApplication.translate(
            "WasteErrors", "“{unit}” is not a mass, a volume or pieces: use t, kg, m³, L or pcs."
        ),
        "needs_density": QCoreApplication.translate(
            "WasteErrors", "A volume needs a bulk density (kg/m³) to be counted in tonnes."
        ),
        "needs_piece_mass": QCoreApplication.translate(
            "WasteErrors", "Pieces need a mass per piece (kg) to be counted in tonnes."
        ),
        "unknown_frequency": QCoreApplication.translate(
            "WasteErrors", "Choose how often the quantity arises: year, quarter, month…"
        ),
        "unknown_code": QCoreApplication.translate(
            "WasteErrors", "“{value}” is not a code of the List of Waste."
        ),
        "negative": QCoreApplication.translate("WasteErrors", "{field} cannot be negative."),
        "not_positive": QCoreApplication.translate("WasteErrors", "{field} must be more than 0."),
        "too_dense": QCoreApplication.translate(
            "WasteErrors", "{field}: no waste is denser than {limit} kg/m³; check the number."
        ),
        "too_much": QCoreApplication.translate(
            "WasteErrors",
            "That makes {value} t/yr, more than any plant produces (at most {limit} t/yr): "
            "check the unit, the density and the period.",
        ),
        "needs_unit": QCoreApplication.translate(
            "WasteErrors", "The quantity needs a unit (t, kg, m³, L or pcs)."
        ),
        "too_long": QCoreApplication.translate(
            "WasteErrors", "{field}: at most {limit} characters."
        ),
        "bad_code": QCoreApplication.translate(
            "WasteErrors",
            "{field}: “{value}” is not a code, sub-chapter or chapter of the List of Waste; "
            "type e.g. 02 05 01, 02 05 or 02.",
        ),
        "invalid": QCoreApplication.translate(
            "WasteErrors", "{field}: this value cannot be stored."
        ),
    }


def _waste_error(error: BaseException) -> WasteError | None:
    while error is not None:
        if isinstance(error, WasteError):
            return error
        error = error.__cause__
    return None


def explain_waste(error: BaseException, language: str, field: str = "quantity") -> str:
    """``error`` (a WasteError, a storage ValidationError caused by one, a UnitError or a
    NumberError met while typing ``field``) as one sentence in the UI language."""
    if isinstance(error, (UnitError, NumberError)):
        return explain(error, field_label(field), "", language)
    cause = _waste_error(error)
    if cause is None:
        return str(error)
    details = cause.details
    name = str(details.get("field") or "")
    limit, value = details.get("limit"), details.get("value")
    message = _messages().get(cause.reason, _messages()["invalid"])
    return message.format(
        field=field_label(name) if name else "",
        unit=details.get("unit", ""),
        value=format_number(value, language, 0)
        if isinstance(value, float) and value < 1e15
        else (f"{value:.1e}" if isinstance(value, float) else value or ""),
        limit=format_number(float(limit), language, 0) if limit is not None else "",
    )


__all__ = ["explain_waste"]
