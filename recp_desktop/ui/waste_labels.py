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


def field_label(name: str) -> str:
    """The name of a waste-stream (or wanted-input) field as the waste page shows it."""
    return {
        "ewc_code": QCoreApplication.translate("WasteLabels", "EWC code"),
        "name": QCoreApplication.translate("WasteLabels", "Name at the plant"),
        "quantity": QCoreApplication.translate("WasteLabels", "Quantity"),
        "unit": QCoreApplication.translate("WasteLabels", "Unit"),
        "density_kg_m3": QCoreApplication.translate("WasteLabels", "Density, kg/m³"),
        "piece_mass_kg": QCoreApplication.translate("WasteLabels", "Mass per piece, kg"),
        "frequency": QCoreApplication.translate("WasteLabels", "Per"),
        "tonnes_per_year": QCoreApplication.translate("WasteLabels", "Tonnes per year"),
        "treatment": QCoreApplication.translate("WasteLabels", "Treatment"),
        "destination": QCoreApplication.translate("WasteLabels", "Destination"),
        "annual_cost": QCoreApplication.translate("WasteLabels", "Annual cost"),
        "note": QCoreApplication.translate("WasteLabels", "Note"),
        "material": QCoreApplication.translate("WasteLabels", "Material"),
        "deleted": QCoreApplication.translate("WasteLabels", "Deleted"),
    }.get(name, name.replace("_", " "))
