"""Steam leaks: the steam lost through a hole, by Napier's formula, and the fuel to raise it.

Napier's empirical formula for saturated steam flowing through a round orifice with critical
(choked) flow, i.e. when the absolute steam pressure is at least about 1.73 × the downstream
pressure::

    W [lb/h] = 24.24 · P [psia] · D² [in²]

Validity: below the critical ratio the real (subsonic) flow is smaller than Napier's. Compared
with the isentropic nozzle flow of saturated steam (k = 1.135)::

    subsonic / choked = sqrt(2/(k−1) · (r^(2/k) − r^((k+1)/k))) / (2/(k+1))^((k+1)/(2(k−1)))

with r = atmospheric / absolute pressure, Napier overstates the loss by 8 % at 5 psig (the
published worked example, computed with a warning), 25 % at about 0.2 bar gauge and without
bound as the overpressure vanishes: below an overstatement of 25 % (``MAX_OVERSTATEMENT``) the
calculator refuses, and a line with no overpressure loses no steam.

A leak discharging ``to atmosphere`` loses the full flow; one discharging into a
``closed_return`` line (a passing steam trap) is commonly taken at half of it.

The heat in the lost steam is the saturated-steam enthalpy at the pressure (IAPWS-IF97, via the
``iapws`` library) minus the enthalpy of the make-up water that replaces it. Fuel energy is that
heat divided by ``boiler_efficiency``. Cost comes from ``steam_price`` (per mass of steam) when
given, otherwise from ``fuel_price``; CO2 from the IPCC 2006 factor of ``fuel``.

Sources: Napier's formula as given in Spirax Sarco "Steam Engineering Tutorials" and US DOE
Steam Tip Sheet #3 "Inspect and Repair Steam Traps"; IAPWS-IF97 steam tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recp_desktop.domain.calculators.base import CalculationError, Input, Result
from recp_desktop.domain.calculators.savings import as_param, fuel_inputs, heat_outcomes
from recp_desktop.domain.messages import msg, quantity
from recp_desktop.domain.units import registry

if TYPE_CHECKING:
    import pint

NAME = "steam-leak"
TITLE = "Steam leaks"
NAPIER = 24.24  # lb/h per psia per square inch
CRITICAL_RATIO = 1.73  # absolute steam pressure over downstream pressure for choked flow
STEAM_GAMMA = 1.135  # isentropic exponent of saturated steam (Zeuner)
MAX_OVERSTATEMENT = 1.25  # Napier over the subsonic nozzle flow beyond which it is refused


def INPUTS() -> tuple[Input, ...]:  # noqa: N802 - the registry reads INPUTS; fuels come from data
    return (
        Input(
            "diameter",
            "leak hole diameter",
            unit="mm",
            minimum=0,
            exclusive_minimum=True,
            usual=(0, 50),
        ),
        Input(
            "pressure",
            "steam gauge pressure",
            unit="bar",
            minimum=0,
            exclusive_minimum=True,
            maximum=220,  # the critical point of water: above it there is no saturated steam
            usual=(0, 40),
        ),
        Input("count", "number of such leaks", kind="count", default="1", minimum=1),
        Input(
            "hours",
            "hours per year the line is under steam",
            unit="h",
            default="8760 h",
            minimum=0,
            maximum=8784,
        ),
        Input(
            "discharge",
            "where the leak discharges",
            kind="choice",
            choices=("atmosphere", "closed_return"),
            default="atmosphere",
        ),
        Input(
            "atmospheric_pressure",
            "atmospheric pressure (absolute)",
            unit="kPa",
            default="101.325 kPa",
            minimum=30,
            maximum=200,
            usual=(50, 110),
        ),
        Input(
            "makeup_water_temperature",
            "temperature of the water that replaces the steam",
            unit="degC",
            default="15 degC",
            minimum=0,
            maximum=100,
        ),
        Input(
            "steam_price",
            "price of steam per mass, instead of the fuel price",
            unit="USD/t",
            currency=True,
            required=False,
        ),
        *fuel_inputs(),
    )


def steam_rate(
    diameter: pint.Quantity, gauge_pressure: pint.Quantity, atmospheric_pressure: pint.Quantity
) -> pint.Quantity:
    """Napier's formula: steam flow through one orifice (exact for choked flow)."""
    absolute = gauge_pressure.to("kPa") + atmospheric_pressure.to("kPa")
    pounds = NAPIER * absolute.to("psi").magnitude * diameter.to("inch").magnitude ** 2
    return registry().Quantity(pounds, "lb/h").to("kg/h")


def is_choked(gauge_pressure: pint.Quantity, atmospheric_pressure: pint.Quantity) -> bool:
    absolute = gauge_pressure.to("kPa") + atmospheric_pressure.to("kPa")
    return (absolute / atmospheric_pressure).to("dimensionless").magnitude >= CRITICAL_RATIO


def napier_overstatement(
    gauge_pressure: pint.Quantity, atmospheric_pressure: pint.Quantity
) -> float:
    """Napier's (choked) flow over the isentropic subsonic flow at this pressure (1 if choked)."""
    import math

    absolute = (gauge_pressure.to("kPa") + atmospheric_pressure.to("kPa")).magnitude
    ratio = atmospheric_pressure.to("kPa").magnitude / absolute
    k = STEAM_GAMMA
    critical = (2 / (k + 1)) ** (k / (k - 1))
    if ratio <= critical:
        return 1.0
    choked = (2 / (k + 1)) ** ((k + 1) / (2 * (k - 1)))
    subsonic = math.sqrt(max(2 / (k - 1) * (ratio ** (2 / k) - ratio ** ((k + 1) / k)), 0.0))
    return math.inf if subsonic == 0 else choked / subsonic


def heat_per_mass(
    gauge_pressure: pint.Quantity,
    atmospheric_pressure: pint.Quantity,
    makeup_temperature: pint.Quantity,
) -> pint.Quantity:
    """Saturated steam enthalpy at the pressure minus the make-up water's enthalpy (IF97)."""
    from iapws import IAPWS97

    absolute_mpa = (gauge_pressure.to("kPa") + atmospheric_pressure.to("kPa")).to("MPa").magnitude
    steam = IAPWS97(P=absolute_mpa, x=1)
    water = IAPWS97(T=makeup_temperature.to("K").magnitude, P=absolute_mpa)
    return registry().Quantity(steam.h - water.h, "kJ/kg")


def calculate(
    *,
    diameter: pint.Quantity,
    pressure: pint.Quantity,
    count: int = 1,
    hours: pint.Quantity | None = None,
    discharge: str = "atmosphere",
    atmospheric_pressure: pint.Quantity | None = None,
    makeup_water_temperature: pint.Quantity | None = None,
    steam_price: pint.Quantity | None = None,
    boiler_efficiency: pint.Quantity | None = None,
    fuel: str = "natural_gas",
    fuel_price: pint.Quantity | None = None,
    emission_factor: pint.Quantity | None = None,
) -> Result:
    qty = registry().Quantity
    hours = hours if hours is not None else qty(8760, "h")
    atmosphere = atmospheric_pressure if atmospheric_pressure is not None else qty(101.325, "kPa")
    makeup = makeup_water_temperature if makeup_water_temperature is not None else qty(15, "degC")
    efficiency = boiler_efficiency if boiler_efficiency is not None else qty(85, "percent")
    share = 1.0 if discharge == "atmosphere" else 0.5
    if napier_overstatement(pressure, atmosphere) > MAX_OVERSTATEMENT:
        limit = _validity_limit(atmosphere)
        raise CalculationError(
            "pressure", msg("error.steam_not_choked", limit=quantity(round(limit, 2), "bar"))
        )
    rate = steam_rate(diameter, pressure, atmosphere) * share * count
    annual_steam = (rate * hours).to("t")
    heat = (annual_steam * heat_per_mass(pressure, atmosphere, makeup)).to("kWh")
    results: dict[str, pint.Quantity] = {
        "steam_rate": rate.to("kg/h"),
        "annual_steam": annual_steam,
    }
    fuel_results, notes = heat_outcomes(
        heat,
        boiler_efficiency=efficiency,
        fuel=fuel,
        fuel_price=None if steam_price is not None else fuel_price,
        emission_factor=emission_factor,
    )
    if steam_price is not None:
        cost = (annual_steam * steam_price).to_reduced_units()
        fuel_results["annual_cost"] = cost
        notes = [n for n in notes if n.id != "note.no_fuel_price"]
        notes.append(msg("note.steam_price", price=as_param(steam_price)))
    results.update(fuel_results)
    warnings = []
    if not is_choked(pressure, atmosphere):
        minimum = (CRITICAL_RATIO - 1) * atmosphere.to("bar").magnitude
        warnings.append(msg("warning.not_choked", limit=quantity(round(minimum, 2), "bar")))
    discharged = "note.steam_atmosphere" if share == 1 else "note.steam_closed_return"
    return Result(
        results,
        [
            msg("note.napier"),
            msg(discharged, count=count),
            msg(
                "note.makeup",
                temperature=quantity(makeup.to("degC").magnitude, "degC"),
                hours=as_param(hours.to("h")),
            ),
            *notes,
        ],
        warnings,
    )


def _validity_limit(atmospheric_pressure: pint.Quantity) -> float:
    """The gauge pressure (bar) where Napier overstates the flow by ``MAX_OVERSTATEMENT``."""
    from scipy.optimize import brentq

    qty = registry().Quantity

    def excess(gauge_bar: float) -> float:
        return napier_overstatement(qty(gauge_bar, "bar"), atmospheric_pressure) - MAX_OVERSTATEMENT

    return float(brentq(excess, 1e-6, 2.0))
