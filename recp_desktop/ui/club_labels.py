"""Plain words of the RECP Club self-audit: resources, where their figures are, what to
measure, results and the steps of the path.

Each text is a literal ``QCoreApplication.translate`` call so that lupdate extracts it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def resource_label(key: str) -> str:
    """A resource as a participant names it."""
    return {
        "electricity": QCoreApplication.translate("Club", "Electricity"),
        "natural_gas": QCoreApplication.translate("Club", "Natural gas"),
        "heat": QCoreApplication.translate("Club", "Heat from a heating network"),
        "water": QCoreApplication.translate("Club", "Tap water"),
        "wastewater": QCoreApplication.translate("Club", "Sewage (waste water)"),
        "fuel_oil": QCoreApplication.translate("Club", "Fuel oil (mazut)"),
        "coal": QCoreApplication.translate("Club", "Coal"),
        "diesel": QCoreApplication.translate("Club", "Diesel"),
        "raw_materials": QCoreApplication.translate("Club", "Raw materials"),
        "chemicals": QCoreApplication.translate("Club", "Chemicals"),
        "packaging": QCoreApplication.translate("Club", "Packaging"),
        "waste_nonhazardous": QCoreApplication.translate("Club", "Ordinary waste taken away"),
        "waste_hazardous": QCoreApplication.translate("Club", "Hazardous waste taken away"),
    }.get(key, key)


def bill_hint(key: str) -> str:
    """Where the participant finds the figure."""
    return {
        "electricity": QCoreApplication.translate("Club", "the electricity bill"),
        "natural_gas": QCoreApplication.translate("Club", "the gas bill"),
        "heat": QCoreApplication.translate("Club", "the heat bill"),
        "water": QCoreApplication.translate("Club", "the water bill"),
        "wastewater": QCoreApplication.translate("Club", "the sewage line of the water bill"),
        "fuel_oil": QCoreApplication.translate("Club", "the delivery invoices"),
        "coal": QCoreApplication.translate("Club", "the delivery invoices"),
        "diesel": QCoreApplication.translate("Club", "the fuel receipts"),
        "raw_materials": QCoreApplication.translate("Club", "the purchase invoices"),
        "chemicals": QCoreApplication.translate("Club", "the purchase invoices"),
        "packaging": QCoreApplication.translate("Club", "the purchase invoices"),
        "waste_nonhazardous": QCoreApplication.translate("Club", "the waste collection invoices"),
        "waste_hazardous": QCoreApplication.translate("Club", "the waste collection invoices"),
    }.get(key, "")


def month_label(month: int) -> str:
    """Month 1–12 by name."""
    return (
        QCoreApplication.translate("Club", "January"),
        QCoreApplication.translate("Club", "February"),
        QCoreApplication.translate("Club", "March"),
        QCoreApplication.translate("Club", "April"),
        QCoreApplication.translate("Club", "May"),
        QCoreApplication.translate("Club", "June"),
        QCoreApplication.translate("Club", "July"),
        QCoreApplication.translate("Club", "August"),
        QCoreApplication.translate("Club", "September"),
        QCoreApplication.translate("Club", "October"),
        QCoreApplication.translate("Club", "November"),
        QCoreApplication.translate("Club", "December"),
    )[month - 1]


def step_label(step: str) -> str:
    """A step of the self-audit's path."""
    return {
        "profile": QCoreApplication.translate("Club", "Your company"),
        "homework": QCoreApplication.translate("Club", "Your bills (homework)"),
        "walkthrough": QCoreApplication.translate("Club", "Walk through the plant"),
        "quick_wins": QCoreApplication.translate("Club", "My quick wins"),
    }.get(step, step)


def step_help(step: str) -> str:
    """What a step asks for, in a sentence."""
    return {
        "profile": QCoreApplication.translate(
            "Club", "Where the company is, what it makes and how many people work there."
        ),
        "homework": QCoreApplication.translate(
            "Club", "Tick what the company uses and copy the figures from the bills."
        ),
        "walkthrough": QCoreApplication.translate(
            "Club", "Walk round with the checklists and answer what you see and hear."
        ),
        "quick_wins": QCoreApplication.translate(
            "Club", "Work out what fixing a leak or switching something off saves, and save it."
        ),
    }.get(step, "")


def measure_hint(calculator: str, name: str) -> str:
    """How to measure or find one input of a calculator in simple mode ("" if obvious)."""
    hints = {
        "diameter": QCoreApplication.translate(
            "Club", "Hold a ruler or a drill bit next to the hole: about how wide is it?"
        ),
        "pressure": QCoreApplication.translate(
            "Club", "Read it on the pressure gauge near the leak (bar or kgf/cm²)."
        ),
        "bag_volume": QCoreApplication.translate(
            "Club", "Hold a bag of known size over the leak (a 10 L bag: type 10 L)."
        ),
        "fill_time": QCoreApplication.translate("Club", "Count the seconds the bag takes to fill."),
        "count": QCoreApplication.translate("Club", "How many leaks like this did you find?"),
        "hours": QCoreApplication.translate(
            "Club", "Hours a year it runs: 8 h × 250 days is 2000 h; all year is 8760 h."
        ),
        "electricity_price": QCoreApplication.translate(
            "Club", "From the electricity bill: the amount divided by the kWh."
        ),
        "power": QCoreApplication.translate("Club", "Read it on the machine's nameplate (kW)."),
        "rated_pressure": QCoreApplication.translate(
            "Club", "The pressure the compressor now works at, from its gauge or display."
        ),
        "new_pressure": QCoreApplication.translate(
            "Club", "The lower pressure the machines still work well at."
        ),
        "fuel": QCoreApplication.translate("Club", "What the boiler burns."),
        "fuel_price": QCoreApplication.translate(
            "Club", "From the fuel bill: the amount divided by the quantity."
        ),
        "drips_per_minute": QCoreApplication.translate("Club", "Count the drips for one minute."),
        "volume": QCoreApplication.translate(
            "Club", "Hold a bucket under the leak: how much water did it catch?"
        ),
        "time": QCoreApplication.translate("Club", "How many seconds did you hold the bucket?"),
        "water_price": QCoreApplication.translate(
            "Club", "From the water bill: the price of one m³."
        ),
        "wastewater_price": QCoreApplication.translate(
            "Club", "From the water bill: the price of one m³ of sewage."
        ),
        "fixtures": QCoreApplication.translate("Club", "Count the light fittings."),
        "lamps_per_fixture": QCoreApplication.translate("Club", "Lamps in each fitting."),
        "lamp_power": QCoreApplication.translate("Club", "Printed on the lamp, in watts (W)."),
        "new_lamp_power": QCoreApplication.translate(
            "Club", "The power of the new lamp (an LED tube: about 18 W)."
        ),
        "new_hours": QCoreApplication.translate(
            "Club", "Hours a year after switching off when nobody is there."
        ),
        "outside_diameter": QCoreApplication.translate(
            "Club", "Measure round the pipe with a tape and divide by 3.14."
        ),
        "length": QCoreApplication.translate("Club", "How many metres of pipe are bare?"),
        "surface_temperature": QCoreApplication.translate(
            "Club", "A surface thermometer, or the temperature of what flows inside."
        ),
    }
    if calculator == "electric-load" and name == "hours":
        return QCoreApplication.translate(
            "Club", "Hours a year it runs with nothing to do: nights, weekends, breaks."
        )
    if calculator == "steam-leak" and name == "pressure":
        return QCoreApplication.translate("Club", "Read it on the steam line's gauge.")
    return hints.get(name, "")


def plain_result_label(key: str, calculator: str = "") -> str:
    """A result a participant reads first, named plainly."""
    if key == "annual_volume":
        if calculator == "water-leak":
            return QCoreApplication.translate("Club", "Water lost a year")
        return QCoreApplication.translate("Club", "Air lost a year")
    return {
        "annual_cost": QCoreApplication.translate("Club", "Money saved a year"),
        "annual_energy": QCoreApplication.translate("Club", "Energy saved a year"),
        "annual_steam": QCoreApplication.translate("Club", "Steam lost a year"),
        "annual_co2": QCoreApplication.translate("Club", "CO2 avoided a year"),
    }.get(key, key)
