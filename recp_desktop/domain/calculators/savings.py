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
from recp_desktop.domain.messages import Message, msg, percent, term
from recp_desktop.domain.messages import quantity as quantity_param
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


def as_param(value: pint.Quantity) -> dict[str, float | str]:
    """A pint quantity as a message parameter (its number and its unit's symbol)."""
    return quantity_param(float(value.magnitude), f"{value.units:~}")


def electricity_outcomes(
    energy: pint.Quantity,
    *,
    electricity_price: pint.Quantity | None,
    country: str | None,
    emission_factor: pint.Quantity | None,
) -> tuple[dict[str, pint.Quantity], list[Message]]:
    """``annual_cost`` and ``annual_co2`` of ``energy`` (electricity, per year) where computable."""
    results: dict[str, pint.Quantity] = {}
    notes: list[Message] = []
    if electricity_price is not None:
        cost = (energy * electricity_price).to_reduced_units()
        results["annual_cost"] = cost.to(_currency_unit(cost))
        notes.append(msg("note.electricity_price", price=as_param(electricity_price)))
    else:
        notes.append(msg("note.no_electricity_price"))
    factor = _grid_factor(country, emission_factor)
    if factor is not None:
        value, described = factor
        results["annual_co2"] = (energy * value).to("t")
        notes.append(msg("note.co2_factor", factor=described))
    else:
        notes.append(msg("note.no_co2"))
    return results, notes


def _grid_factor(
    country: str | None, emission_factor: pint.Quantity | None
) -> tuple[pint.Quantity, Message] | None:
    if emission_factor is not None:
        return emission_factor, msg("factor.given", value=as_param(emission_factor))
    if country:
        try:
            factor = grid_factor(country)
        except UnknownFactorError as exc:
            raise CalculationError("country", exc.msg) from None
        return factor.value, factor.message()
    return None


def heat_outcomes(
    heat: pint.Quantity,
    *,
    boiler_efficiency: pint.Quantity,
    fuel: str,
    fuel_price: pint.Quantity | None,
    emission_factor: pint.Quantity | None,
) -> tuple[dict[str, pint.Quantity], list[Message]]:
    """Fuel energy, cost and CO2 of ``heat`` (useful heat per year) made by a boiler."""
    efficiency = float(boiler_efficiency.to("dimensionless").magnitude)
    fuel_energy = (heat / efficiency).to("kWh")
    results: dict[str, pint.Quantity] = {"annual_energy": fuel_energy}
    fuel_name = term(f"choice.{fuel}")
    notes = [msg("note.fuel_efficiency", fuel=fuel_name, efficiency=percent(efficiency))]
    if fuel_price is not None:
        try:
            per_energy = fuel_per_energy(fuel, fuel_price)
        except UnknownFactorError as exc:
            raise CalculationError("fuel_price", exc.msg) from None
        cost = (fuel_energy * per_energy).to_reduced_units()
        results["annual_cost"] = cost.to(_currency_unit(cost))
        notes.append(msg("note.fuel_price", price=as_param(fuel_price)))
    else:
        notes.append(msg("note.no_fuel_price"))
    if emission_factor is not None:
        factor, described = emission_factor, msg("factor.given", value=as_param(emission_factor))
    else:
        default = fuel_factor(fuel)
        factor, described = default.value, default.message()
    co2 = (fuel_energy * factor).to("t")
    if is_biogenic(fuel) and emission_factor is None:
        notes.append(
            msg(
                "note.biogenic",
                fuel=fuel_name,
                co2=quantity_param(float(f"{co2.magnitude:.3g}"), "t"),
                factor=described,
            )
        )
    else:
        results["annual_co2"] = co2
        notes.append(msg("note.co2_factor", factor=described))
    return results, notes


def _currency_unit(cost: pint.Quantity) -> str:
    codes = [d[len("[currency_") : -1] for d in cost.dimensionality if d.startswith("[currency_")]
    if len(codes) != 1 or len(cost.dimensionality) != 1:
        raise CalculationError(None, msg("error.cost_not_money", units=f"{cost.units:~}"))
    return codes[0]


def quantity(value: float, unit: str) -> pint.Quantity:
    return registry().Quantity(value, unit)
