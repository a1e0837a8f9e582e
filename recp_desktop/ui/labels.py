"""Translated names of domain terms that live in code, not in templates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def answer_label(value: str) -> str:
    return {
        "yes": QCoreApplication.translate("Labels", "Yes"),
        "no": QCoreApplication.translate("Labels", "No"),
        "na": QCoreApplication.translate("Labels", "Not applicable"),
    }.get(value, value)


def technique_label(technique: str) -> str:
    return {
        "good_housekeeping": QCoreApplication.translate("Labels", "Good housekeeping"),
        "input_material_change": QCoreApplication.translate("Labels", "Input material change"),
        "better_process_control": QCoreApplication.translate("Labels", "Better process control"),
        "equipment_modification": QCoreApplication.translate("Labels", "Equipment modification"),
        "technology_change": QCoreApplication.translate("Labels", "Technology change"),
        "onsite_recovery_reuse": QCoreApplication.translate("Labels", "On-site recovery and reuse"),
        "useful_by_products": QCoreApplication.translate(
            "Labels", "Production of useful by-products"
        ),
        "product_modification": QCoreApplication.translate("Labels", "Product modification"),
    }.get(technique, technique)


def area_label(area: str) -> str:
    return {
        "energy": QCoreApplication.translate("Labels", "Energy"),
        "water": QCoreApplication.translate("Labels", "Water"),
        "materials": QCoreApplication.translate("Labels", "Materials"),
        "waste": QCoreApplication.translate("Labels", "Waste"),
        # the categories of a park checklist (International Framework for Eco-Industrial Parks)
        "management": QCoreApplication.translate("Labels", "Park management"),
        "environmental": QCoreApplication.translate("Labels", "Environmental"),
        "social": QCoreApplication.translate("Labels", "Social"),
        "economic": QCoreApplication.translate("Labels", "Economic"),
    }.get(area, area)


def calculator_label(calculator: str) -> str:
    return {
        "compressed-air-leak": QCoreApplication.translate("Labels", "Compressed-air leak"),
        "compressor-pressure-reduction": QCoreApplication.translate(
            "Labels", "Compressor pressure reduction"
        ),
        "steam-leak": QCoreApplication.translate("Labels", "Steam leak"),
        "water-leak": QCoreApplication.translate("Labels", "Water leak"),
        "lighting": QCoreApplication.translate("Labels", "Lighting"),
        "electric-load": QCoreApplication.translate("Labels", "Idle electrical load"),
        "pipe-insulation": QCoreApplication.translate("Labels", "Pipe insulation"),
        "economics": QCoreApplication.translate("Labels", "Payback, NPV and IRR"),
    }.get(calculator, calculator)


def kind_label(kind: str) -> str:
    return (
        QCoreApplication.translate("Labels", "Full RECP assessment")
        if kind == "full"
        else QCoreApplication.translate("Labels", "RECP Club self-audit")
    )


def status_label(status: str) -> str:
    return {
        "planned": QCoreApplication.translate("Labels", "Planned"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
    }.get(status, status)


def option_status_label(status: str) -> str:
    return {
        "identified": QCoreApplication.translate("Labels", "Identified"),
        "recommended": QCoreApplication.translate("Labels", "Recommended"),
        "implemented": QCoreApplication.translate("Labels", "Implemented"),
        "rejected": QCoreApplication.translate("Labels", "Rejected"),
    }.get(status, status)


def baseline_label(key: str) -> str:
    """The name of a baseline line (``recp_desktop.domain.baseline``) in the interface language."""
    return {
        "production_output": QCoreApplication.translate("Labels", "Production output"),
        "value_added": QCoreApplication.translate("Labels", "Value added"),
        "electricity": QCoreApplication.translate("Labels", "Electricity"),
        "natural_gas": QCoreApplication.translate("Labels", "Natural gas"),
        "heat": QCoreApplication.translate("Labels", "Purchased heat"),
        "fuel_oil": QCoreApplication.translate("Labels", "Fuel oil"),
        "coal": QCoreApplication.translate("Labels", "Coal"),
        "diesel": QCoreApplication.translate("Labels", "Diesel"),
        "water": QCoreApplication.translate("Labels", "Water"),
        "wastewater": QCoreApplication.translate("Labels", "Wastewater"),
        "raw_materials": QCoreApplication.translate("Labels", "Raw materials"),
        "chemicals": QCoreApplication.translate("Labels", "Chemicals"),
        "packaging": QCoreApplication.translate("Labels", "Packaging"),
        "waste_nonhazardous": QCoreApplication.translate("Labels", "Non-hazardous waste"),
        "waste_hazardous": QCoreApplication.translate("Labels", "Hazardous waste"),
    }.get(key, key)
