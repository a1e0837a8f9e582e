"""RECP indicators from the baseline: resource productivity and pollution intensity.

Per unit of production output and per unit of value added (UNEP/UNIDO RECP indicator set):

* energy, water and materials **productivity** — output (or value added) per unit of resource;
* waste, wastewater and CO2 **intensity** — pollution per unit of output (or of value added).

Projected values assume the options the company is advised to implement (or has implemented)
take effect: their yearly savings are subtracted from the baseline's use. Energy carriers are
added up as final energy in kWh with IPCC 2006 default net calorific values; CO2 uses the
country's IFI grid factor for electricity and IPCC factors for fuels. Every such assumption is
listed in :attr:`Indicators.assumptions`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from recp_desktop.domain.baseline import BY_KEY, OUTPUT_UNITS, canonical_quantity
from recp_desktop.domain.emissions import (
    UnknownFactorError,
    fuel_factor,
    grid_factor,
    natural_gas_density,
    net_calorific_value,
)
from recp_desktop.domain.savings import Savings
from recp_desktop.domain.units import UnitError, convert

# Energy carriers of the baseline: the fuel whose NCV and CO2 factor apply.
FUEL_OF = {
    "natural_gas": "natural_gas",
    "fuel_oil": "residual_fuel_oil",
    "coal": "other_bituminous_coal",
    "diesel": "gas_diesel_oil",
}
PURCHASED_HEAT_EFFICIENCY = 0.9  # heat bought from a gas-fired boiler house, for its CO2


class BaselineLine(Protocol):
    quantity: float | None
    unit: str
    cost: float | None


@dataclass(frozen=True)
class Indicator:
    key: str  # e.g. "energy_productivity"
    basis: str  # "output" or "value_added"
    unit: str  # human unit, e.g. "t/MWh", "AZN/m³", "t CO2/t"
    baseline: float | None
    projected: float | None

    @property
    def change(self) -> float | None:
        """Relative change from baseline to projected (+0.1 = 10 % higher)."""
        if self.baseline in (None, 0) or self.projected is None:
            return None
        return self.projected / self.baseline - 1


@dataclass
class Indicators:
    items: list[Indicator]
    totals: dict[str, float | None]  # baseline totals: energy_kwh, water_m3, ... co2_t
    projected_totals: dict[str, float | None]
    assumptions: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # what the baseline lacks


def _canonical(key: str, line: BaselineLine | None) -> float | None:
    if line is None or line.quantity is None:
        return None
    spec = BY_KEY[key]
    try:
        return canonical_quantity(spec, line.quantity, line.unit)
    except UnitError:
        return None


def _energy_kwh(key: str, amount: float) -> float:
    if key == "electricity":
        return amount
    if key == "heat":
        return convert(amount, "Gcal", "kWh")
    fuel = FUEL_OF[key]
    mj_per_kg = net_calorific_value(fuel).to("MJ/kg").magnitude
    if key == "natural_gas":  # m³ at 20 °C
        kg = amount * natural_gas_density().to("kg/m**3").magnitude
    else:  # tonnes
        kg = amount * 1000
    return kg * mj_per_kg / 3.6


def _co2_t(key: str, kwh: float, country: str, notes: list[str]) -> float | None:
    if key == "electricity":
        try:
            factor = grid_factor(country)
        except UnknownFactorError:
            notes.append(f"no grid factor for {country}: electricity left out of CO2")
            return None
        return kwh * factor.value.to("t/kWh").magnitude
    if key == "heat":
        fuel_kwh = kwh / PURCHASED_HEAT_EFFICIENCY
        return fuel_kwh * fuel_factor("natural_gas").value.to("t/kWh").magnitude
    return kwh * fuel_factor(FUEL_OF[key]).value.to("t/kWh").magnitude


def compute(
    baseline: Mapping[str, BaselineLine],
    *,
    country: str,
    currency: str,
    savings: Savings | None = None,
) -> Indicators:
    """The indicators of a baseline, and projected ones after ``savings`` (yearly)."""
    notes: list[str] = []
    missing: list[str] = []
    amounts = {key: _canonical(key, baseline.get(key)) for key in BY_KEY}

    energy_kwh = 0.0
    co2_t = 0.0
    any_energy = False
    for key in ("electricity", "natural_gas", "heat", "fuel_oil", "coal", "diesel"):
        amount = amounts[key]
        if amount is None:
            continue
        any_energy = True
        kwh = _energy_kwh(key, amount)
        energy_kwh += kwh
        co2 = _co2_t(key, kwh, country, notes)
        co2_t += co2 or 0.0
    if any_energy:
        notes.append(
            "energy added up as final energy (IPCC 2006 net calorific values; natural gas "
            "0.70 kg/m³ at 20 °C); purchased heat's CO2 as from a gas boiler at 90 %"
        )

    def total(*keys: str) -> float | None:
        values = [amounts[k] for k in keys if amounts[k] is not None]
        return float(sum(values)) if values else None

    totals: dict[str, float | None] = {
        "energy_kwh": energy_kwh if any_energy else None,
        "water_m3": amounts["water"],
        "materials_t": total("raw_materials", "chemicals", "packaging"),
        "waste_t": total("waste_nonhazardous", "waste_hazardous"),
        "wastewater_m3": amounts["wastewater"],
        "co2_t": co2_t if any_energy else None,
    }
    projected = dict(totals)
    if savings is not None:

        def less(value: float | None, saved: float) -> float | None:
            return None if value is None else max(0.0, value - saved)

        projected["energy_kwh"] = less(totals["energy_kwh"], savings.energy_kwh)
        projected["water_m3"] = less(totals["water_m3"], savings.water_m3)
        projected["materials_t"] = less(totals["materials_t"], savings.materials_t)
        projected["co2_t"] = less(totals["co2_t"], savings.co2_t)
        projected["wastewater_m3"] = less(totals["wastewater_m3"], savings.water_m3)
        projected["waste_t"] = less(totals["waste_t"], savings.materials_t + savings.waste_t)
        notes.append(
            "projected: savings of the recommended and implemented options; water saved is "
            "taken off the wastewater too, and materials saved off the waste"
        )

    output = amounts["production_output"]
    output_line = baseline.get("production_output")
    output_unit = (output_line.unit if output_line else "") or "t"
    if output_unit not in OUTPUT_UNITS:
        output_unit = "t"
    value_added = amounts["value_added"]
    if output is None or output <= 0:
        missing.append("production_output")
    if value_added is None or value_added <= 0:
        missing.append("value_added")
    for name, keys in (
        ("energy", ("electricity", "natural_gas", "heat", "fuel_oil", "coal", "diesel")),
        ("water", ("water",)),
        ("materials", ("raw_materials", "chemicals", "packaging")),
        ("waste", ("waste_nonhazardous", "waste_hazardous")),
        ("wastewater", ("wastewater",)),
    ):
        if all(amounts[k] is None for k in keys):
            missing.append(name)

    items: list[Indicator] = []
    kilo = f"1000 {currency}"

    def ratio(numerator: float | None, denominator: float | None) -> float | None:
        if numerator is None or denominator in (None, 0):
            return None
        return numerator / denominator

    productivity = (
        ("energy_productivity", "energy_kwh", 1000.0, "MWh"),
        ("water_productivity", "water_m3", 1.0, "m³"),
        ("materials_productivity", "materials_t", 1.0, "t"),
    )
    for key, total_key, scale, per in productivity:
        for basis, numerator, unit in (
            ("output", output, f"{output_unit}/{per}"),
            ("value_added", value_added, f"{currency}/{per}"),
        ):
            base = totals[total_key]
            proj = projected[total_key]
            items.append(
                Indicator(
                    key,
                    basis,
                    unit,
                    ratio(numerator, base / scale if base is not None else None),
                    ratio(numerator, proj / scale if proj is not None else None),
                )
            )
    intensity = (
        ("waste_intensity", "waste_t", "t"),
        ("wastewater_intensity", "wastewater_m3", "m³"),
        ("co2_intensity", "co2_t", "t CO2"),
    )
    for key, total_key, what in intensity:
        for basis, denominator, unit in (
            ("output", output, f"{what}/{output_unit}"),
            ("value_added", value_added / 1000 if value_added else None, f"{what}/{kilo}"),
        ):
            items.append(
                Indicator(
                    key,
                    basis,
                    unit,
                    ratio(totals[total_key], denominator),
                    ratio(projected[total_key], denominator),
                )
            )
    return Indicators(items, totals, projected, notes, missing)
