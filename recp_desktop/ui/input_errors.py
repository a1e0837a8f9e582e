"""Refusals of typed numbers and quantities, in the interface's language, naming the input.

The core raises :class:`~recp_desktop.domain.numbers.NumberError` or
:class:`~recp_desktop.domain.units.UnitError` with a ``reason`` and the details a message needs;
this module says them the user's way: the input's label, what was expected, an example written
as the display language writes numbers. No pint formula or Python text reaches the user.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recp_desktop.domain.numbers import NumberError, format_number
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.domain.units import UnitError


def explain(error: NumberError | UnitError, label: str, unit: str, language: str) -> str:
    """``error`` as one sentence for the input called ``label`` that takes ``unit``."""
    details = getattr(error, "details", {})
    text = str(details.get("text", getattr(error, "text", "")))
    example = format_number(1234.5, language)
    shown_unit = unit_label(unit, language) if unit not in ("", "dimensionless") else ""
    reason = error.reason
    if reason == "not_a_number":
        if shown_unit:
            message = QCoreApplication.translate(
                "InputErrors", "“{text}” is not a number. Type e.g. {example} or {example} {unit}."
            )
        else:
            message = QCoreApplication.translate(
                "InputErrors", "“{text}” is not a number. Type e.g. {example}."
            )
    elif reason in ("not_finite", "too_large"):
        message = QCoreApplication.translate(
            "InputErrors", "“{text}” is not a usable number: it is infinite or far too large."
        )
    elif reason == "unknown_unit":
        message = QCoreApplication.translate(
            "InputErrors", "Unknown unit “{typed}”. Type e.g. {example} {unit}."
        )
    elif reason == "wrong_unit":
        message = QCoreApplication.translate(
            "InputErrors",
            "{typed} does not measure the same thing as {unit}. Type e.g. {example} {unit}.",
        )
    else:
        message = QCoreApplication.translate(
            "InputErrors", "This does not fit. Type e.g. {example} {unit}."
        )
    typed = unit_label(str(details.get("unit", "")), language)
    sentence = message.format(text=text, example=example, unit=shown_unit, typed=typed)
    return f"{label}: {sentence.replace('  ', ' ').replace(' .', '.')}" if label else sentence


def read_as(typed: str, shown: str) -> str:
    """Said when a number could be read two ways: ``Read “1,500” as 1,5.``"""
    return QCoreApplication.translate("InputErrors", "Read “{typed}” as {value}.").format(
        typed=typed, value=shown
    )
