"""Default CO2 emission factors (IFI grid factors, IPCC 2006 fuels) and fuel properties.

The figures ship in ``data/emission_factors.yaml`` with their sources; every factor handed out
names its source and year so that a report can cite it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import yaml

from recp_desktop.domain.messages import Message, msg, quantity, term
from recp_desktop.domain.units import registry
from recp_desktop.paths import package_path

if TYPE_CHECKING:
    import pint

DATA = package_path("domain", "data", "emission_factors.yaml")


class UnknownFactorError(KeyError):
    """No default factor for a country or fuel; ``msg`` says so as a structured message."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.msg = message

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class EmissionFactor:
    """CO2 per unit of energy: per kWh of electricity, or per unit of fuel energy (NCV)."""

    value: pint.Quantity
    source: str
    year: int | None
    kind: str = ""  # "grid" or "fuel"
    subject: str = ""  # the country code or the fuel id

    def describe(self) -> str:
        year = f", {self.year}" if self.year else ""
        return f"{self.value:~P} ({self.source}{year})"

    def message(self) -> Message:
        """The factor with its source and year as a message (``factor.grid``/``factor.fuel``)."""
        value = quantity(float(self.value.magnitude), f"{self.value.units:~}")
        if self.kind == "grid":
            version = self.source.split(",")[0].removeprefix("IFI Default Grid Factors").strip()
            return msg(
                "factor.grid",
                value=value,
                version=version,
                country=self.subject,
                year=str(self.year),
            )
        key = "factor.fuel_biogenic" if is_biogenic(self.subject) else "factor.fuel"
        return msg(key, value=value, fuel=term(f"choice.{self.subject}"), year=str(self.year))


@cache
def _data() -> dict[str, Any]:
    with DATA.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def grid_countries() -> tuple[str, ...]:
    return tuple(_data()["grid_electricity"]["countries"])


def fuels() -> tuple[str, ...]:
    return tuple(_data()["fuels"]["factors"])


def grid_factor(country: str) -> EmissionFactor:
    """Combined-margin grid factor of ``country`` (ISO 3166 alpha-2) for efficiency measures."""
    grid = _data()["grid_electricity"]
    code = country.strip().upper()
    if code not in grid["countries"]:
        raise UnknownFactorError(
            msg("error.no_grid_factor", country=country, known=", ".join(grid["countries"]))
        )
    value = registry().Quantity(grid["countries"][code], grid["unit"])
    return EmissionFactor(value, f"{grid['source']}, {code}", grid["year"], "grid", code)


def fuel_factor(fuel: str) -> EmissionFactor:
    """IPCC 2006 default CO2 factor of ``fuel`` per unit of fuel energy (NCV)."""
    data = _data()["fuels"]
    if fuel not in data["factors"]:
        known = ", ".join(data["factors"])
        raise UnknownFactorError(msg("error.unknown_fuel", fuel=fuel, known=known))
    value = registry().Quantity(data["factors"][fuel], data["unit"])
    note = " (biogenic, not in the fossil total)" if fuel in data.get("biogenic", ()) else ""
    return EmissionFactor(value, f"{data['source']}, {fuel}{note}", data["year"], "fuel", fuel)


def is_biogenic(fuel: str) -> bool:
    return fuel in _data()["fuels"].get("biogenic", ())


def net_calorific_value(fuel: str) -> pint.Quantity:
    """Energy per mass of ``fuel`` (IPCC 2006 default NCV)."""
    ncv = _data()["fuels"]["net_calorific_value"]
    if fuel not in ncv:
        raise UnknownFactorError(msg("error.no_calorific_value", fuel=term(f"choice.{fuel}")))
    return registry().Quantity(ncv[fuel], ncv["unit"])


def natural_gas_density() -> pint.Quantity:
    density = _data()["fuels"]["natural_gas_density"]
    return registry().Quantity(density["value"], density["unit"])


def fuel_per_energy(fuel: str, per: pint.Quantity) -> pint.Quantity:
    """Convert an amount per unit of fuel bought (t, m³, Nm³, GJ) into the same per unit energy.

    A price of ``0.25 AZN/m**3`` of natural gas becomes AZN per kWh of fuel energy. Gas volumes
    are taken at CIS standard conditions (20 °C, 101.325 kPa); ``Nm3``/``Sm3`` are converted.
    """
    ureg = registry()
    energy = ureg.Quantity(1, "kWh")
    for_mass = ureg.Quantity(1, "kg")
    for_volume = ureg.Quantity(1, "m**3")
    for_amount = ureg.Quantity(1, "Sm3")
    dims = {d: e for d, e in per.dimensionality.items() if not d.startswith("[currency_")}

    def _without_currency(q: pint.Quantity) -> dict[str, float]:
        return {d: -e for d, e in q.dimensionality.items()}

    if dims == _without_currency(energy):
        return per
    if dims == _without_currency(for_mass):
        return (per / net_calorific_value(fuel)).to_reduced_units()
    if dims in (_without_currency(for_volume), _without_currency(for_amount)):
        if fuel != "natural_gas":
            raise UnknownFactorError(msg("error.fuel_not_by_volume", fuel=term(f"choice.{fuel}")))
        if dims == _without_currency(for_amount):  # per Nm3/Sm3 -> per m3 at 20 °C
            per = (per * ureg.Quantity(1, "Sm3") / ureg.Quantity(1, "m**3")).to_reduced_units()
        per_mass = per / natural_gas_density()
        return (per_mass / net_calorific_value(fuel)).to_reduced_units()
    raise UnknownFactorError(msg("error.fuel_price_unit", units=f"{per.units:~}"))
