"""Translated names of the waste-stream choices (frequency, destination, treatment)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recp_desktop.domain import ewc


def frequency_label(value: str) -> str:
    return {
        "yearly": QCoreApplication.translate("WasteLabels", "year"),
        "quarterly": QCoreApplication.translate("WasteLabels", "quarter"),
        "monthly": QCoreApplication.translate("WasteLabels", "month"),
        "weekly": QCoreApplication.translate("WasteLabels", "week"),
        "one_off": QCoreApplication.translate("WasteLabels", "once"),
    }.get(value, value)


def destination_label(value: str) -> str:
    return {
        "": "—",
        "on_site": QCoreApplication.translate("WasteLabels", "On site"),
        "licensed_contractor": QCoreApplication.translate("WasteLabels", "Licensed contractor"),
        "municipal_landfill": QCoreApplication.translate("WasteLabels", "Municipal landfill"),
        "municipal_collection": QCoreApplication.translate("WasteLabels", "Municipal collection"),
        "other_company": QCoreApplication.translate("WasteLabels", "Another company"),
        "export": QCoreApplication.translate("WasteLabels", "Export"),
        "other": QCoreApplication.translate("WasteLabels", "Other"),
    }.get(value, value)


def treatment_label(code: str) -> str:
    """``R4 – Recycling/reclamation of metals…`` (the Directive's wording, in English: no
    published translation is shipped); ``—`` for none."""
    if not code:
        return "—"
    entry = ewc.treatment(code)
    text = entry.description()
    return f"{code} – {text if len(text) <= 60 else text[:59] + '…'}"
