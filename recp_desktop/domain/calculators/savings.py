"""Money and CO2 of saved energy — the tail every energy calculator shares."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recp_desktop.domain.calculators.base import CalculationError, Input
from recp_desktop.domain.emissions import (
    UnknownFactorError,
    fuel_factor,
    fuel_per_energy,
    fuels,
    grid_factor,
    is_biogenic,
)
from recp_desktop.domain.units import registry

if TYPE_CHECKING:
    import pint

ELECTRICITY_INPUTS = (
    Input(
        "electricity_price",
        "price of electricity, e.g. 0.11 AZN/kWh",
        unit="USD/kWh",
        currency=True,
        required=False,
    ),
    Input("country", "ISO country code for the grid CO2 factor", kind="code", required=False),
    Input(
        "emission_factor",
        "CO2 per kWh of electricity, instead of the country's grid factor",
        unit="g/kWh",
        required=False,
        minimum=0,
    ),
)

FUEL_INPUTS = (
    Input(
        "boiler_efficiency",
        "boiler (or heater) efficiency, fuel to useful heat",
        unit="percent",
        default="85 percent",
        minimum=1,
        maximum=100,
    ),
    Input("fuel", "fuel burnt to make the heat", kind="choice", choices=(), default="natural_gas"),
    Input(
        "fuel_price",
        "fuel price per unit of energy, mass or (natural gas) volume, e.g. 0.25 AZN/m**3",
        unit="USD/kWh|USD/t|USD/m**3|USD/Sm3",
        currency=True,
        required=False,
    ),
    Input(
        "emission_factor",
        "CO2 per unit of fuel energy, instead of the IPCC default for the fuel",
        unit="kg/GJ",
        required=False,
        minimum=0,
    ),
)


def fuel_inputs() -> tuple[Input, ...]:
    """:data:`FUEL_INPUTS` with the known fuels as the choices."""
    from dataclasses import replace

    return tuple(
        replace(spec, choices=fuels()) if spec.name == "fuel" else spec for spec in FUEL_INPUTS
    )


def _price_assumption(price: pint.Quantity) -> str:
    return f"price {price:~P}"


def electricity_outcomes(
    energy: pint.Quantity,
    *,
    electricity_price: pint.Quantity | None,
    country: str | None,
    emission_factor: pint.Quantity | None,
) -> tuple[dict[str, pint.Quantity], list[str]]:
    """``annual_cost`` and ``annual_co2`` of ``energy`` (electricity, per year) where computable."""
    results: dict[str, pint.Quantity] = {}
    notes: list[str] = []
    if electricity_price is not None:
        cost = (energy * electricity_price).to_reduced_units()
        results["annual_cost"] = cost.to(_currency_unit(cost))
        notes.append(f"electricity {_price_assumption(electricity_price)}")
    else:
        notes.append("no electricity_price given: no cost computed")
    factor = _grid_factor(country, emission_factor)
    if factor is not None:
        value, described = factor
        results["annual_co2"] = (energy * value).to("t")
        notes.append(f"CO2 factor {described}")
    else:
        notes.append("no country or emission_factor given: no CO2 computed")
    return results, notes


def _grid_factor(
    country: str | None, emission_factor: pint.Quantity | None
) -> tuple[pint.Quantity, str] | None:
    if emission_factor is not None:
        return emission_factor, f"{emission_factor:~P} (given)"
    if country:
        try:
            factor = grid_factor(country)
        except UnknownFactorError as exc:
            raise CalculationError("country", str(exc)) from None
        return factor.value, factor.describe()
    return None


def heat_outcomes(
    heat: pint.Quantity,
    *,
    boiler_efficiency: pint.Quantity,
    fuel: str,
    fuel_price: pint.Quantity | None,
    emission_factor: pint.Quantity | None,
) -> tuple[dict[str, pint.Quantity], list[str]]:
    """Fuel energy, cost and CO2 of ``heat`` (useful heat per year) made by a boiler."""
    efficiency = float(boiler_efficiency.to("dimensionless").magnitude)
    fuel_energy = (heat / efficiency).to("kWh")
    results: dict[str, pint.Quantity] = {"annual_energy": fuel_energy}
    notes = [f"fuel {fuel}, boiler efficiency {efficiency:.0%}"]
    if fuel_price is not None:
        try:
            per_energy = fuel_per_energy(fuel, fuel_price)
        except UnknownFactorError as exc:
            raise CalculationError("fuel_price", str(exc)) from None
        cost = (fuel_energy * per_energy).to_reduced_units()
        results["annual_cost"] = cost.to(_currency_unit(cost))
        notes.append(f"fuel {_price_assumption(fuel_price)}")
    else:
        notes.append("no fuel_price given: no cost computed")
    if emission_factor is not None:
        factor, described = emission_factor, f"{emission_factor:~P} (given)"
    else:
        default = fuel_factor(fuel)
        factor, described = default.value, default.describe()
    co2 = (fuel_energy * factor).to("t")
    if is_biogenic(fuel) and emission_factor is None:
        notes.append(f"CO2 of {fuel} is biogenic: {co2:.3g~P}, not counted ({described})")
    else:
        results["annual_co2"] = co2
        notes.append(f"CO2 factor {described}")
    return results, notes


def _currency_unit(cost: pint.Quantity) -> str:
    codes = [d[len("[currency_") : -1] for d in cost.dimensionality if d.startswith("[currency_")]
    if len(codes) != 1 or len(cost.dimensionality) != 1:
        raise CalculationError(None, f"the prices give a cost in '{cost.units}', not money")
    return codes[0]


def quantity(value: float, unit: str) -> pint.Quantity:
    return registry().Quantity(value, unit)
