"""The simple mode of the quick-win calculators, for RECP Club participants.

A participant sees only what a person can measure or count on the spot, or read off a bill or
a nameplate (hole size, pressure on the gauge, hours, drips per minute, the price per kWh);
every other input keeps the calculator's stated default and can be opened and changed. The
simple mode runs the same calculator (:func:`recp_desktop.domain.calculators.run`) on the same
inputs, so its results are those of the full calculator by construction.
"""

from __future__ import annotations

from recp_desktop.domain.calculators import Input, inputs

MEASURED: dict[str, tuple[str, ...]] = {
    "compressed-air-leak": (
        "method",
        "diameter",
        "pressure",
        "bag_volume",
        "fill_time",
        "count",
        "hours",
        "electricity_price",
    ),
    "compressor-pressure-reduction": (
        "power",
        "rated_pressure",
        "new_pressure",
        "hours",
        "electricity_price",
    ),
    "steam-leak": ("diameter", "pressure", "count", "hours", "fuel", "fuel_price"),
    "water-leak": (
        "method",
        "drips_per_minute",
        "volume",
        "time",
        "count",
        "hours",
        "water_price",
        "wastewater_price",
    ),
    "lighting": (
        "fixtures",
        "lamps_per_fixture",
        "lamp_power",
        "hours",
        "new_lamp_power",
        "new_hours",
        "electricity_price",
    ),
    "electric-load": ("power", "hours", "electricity_price"),
    "pipe-insulation": (
        "outside_diameter",
        "length",
        "surface_temperature",
        "hours",
        "fuel",
        "fuel_price",
    ),
}
"""Per calculator, the inputs shown in simple mode, in the order asked."""

RESULT_ORDER = (
    "annual_cost",
    "annual_energy",
    "annual_volume",
    "annual_steam",
    "annual_co2",
)
"""Results a participant reads first: money, then the yearly physical savings, then CO2."""


def split(calculator: str) -> tuple[tuple[Input, ...], tuple[Input, ...]]:
    """A calculator's inputs as ``(measured, assumptions)``: the simple mode's visible inputs
    (in :data:`MEASURED` order) and the rest (in the calculator's order), each keeping its
    default. Raises ``CalculationError`` for an unknown calculator, ``KeyError`` for one without a
    simple mode."""
    specs = inputs(calculator)
    wanted = MEASURED[calculator]
    by_name = {spec.name: spec for spec in specs}
    measured = tuple(by_name[name] for name in wanted)
    return measured, tuple(spec for spec in specs if spec.name not in wanted)


def first_results(keys: list[str]) -> list[str]:
    """``keys`` (a result's value names) with the plain ones first, in :data:`RESULT_ORDER`."""
    head = [key for key in RESULT_ORDER if key in keys]
    return head + [key for key in keys if key not in head]
