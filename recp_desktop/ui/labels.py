"""Translated names of domain terms that live in code, not in templates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def answer_label(value: str) -> str:
    return {"yes": _t("Yes"), "no": _t("No"), "na": _t("Not applicable")}.get(value, value)


def technique_label(technique: str) -> str:
    return {
        "good_housekeeping": _t("Good housekeeping"),
        "input_material_change": _t("Input material change"),
        "better_process_control": _t("Better process control"),
        "equipment_modification": _t("Equipment modification"),
        "technology_change": _t("Technology change"),
        "onsite_recovery_reuse": _t("On-site recovery and reuse"),
        "useful_by_products": _t("Production of useful by-products"),
        "product_modification": _t("Product modification"),
    }.get(technique, technique)


def area_label(area: str) -> str:
    return {
        "energy": _t("Energy"),
        "water": _t("Water"),
        "materials": _t("Materials"),
        "waste": _t("Waste"),
    }.get(area, area)


def calculator_label(calculator: str) -> str:
    return {
        "compressed-air-leak": _t("Compressed-air leak"),
        "compressor-pressure-reduction": _t("Compressor pressure reduction"),
        "steam-leak": _t("Steam leak"),
        "water-leak": _t("Water leak"),
        "lighting": _t("Lighting"),
        "electric-load": _t("Idle electrical load"),
        "pipe-insulation": _t("Pipe insulation"),
    }.get(calculator, calculator)


def kind_label(kind: str) -> str:
    return _t("Full RECP assessment") if kind == "full" else _t("RECP Club self-audit")


def status_label(status: str) -> str:
    return {
        "planned": _t("Planned"),
        "in_progress": _t("In progress"),
        "completed": _t("Completed"),
    }.get(status, status)
