"""Compressed-air leaks: the free air a leak wastes and the electricity to compress it.

Methods
-------
``orifice``
    Flow of air through a round hole of ``diameter`` at supply gauge ``pressure``. Above the
    critical pressure ratio (absolute supply pressure at least 1.893 × atmospheric, about 0.9 bar
    gauge) the flow is choked::

        m = Cd · A · p0 · sqrt(k / (R · T0)) · (2 / (k + 1)) ** ((k + 1) / (2 (k − 1)))

    below it the subsonic (isentropic nozzle) form applies::

        m = Cd · A · sqrt(2 · ρ0 · p0 · k/(k−1) · ((pa/p0)**(2/k) − (pa/p0)**((k+1)/k)))

    with p0 the absolute supply pressure, T0 the air temperature, k = 1.4, R = 287.05 J/(kg·K).
    The free-air flow is the mass flow at atmospheric pressure and the air temperature. With
    Cd = 1 this reproduces the CAGI handbook table "Discharge of air through an orifice"; real
    leaks are closer to Cd = 0.61–0.65 (sharp-edged) — the default is 0.65.
``bag``
    A plastic bag of known volume (or ``bag_diameter`` × ``bag_height`` as a cylinder) held over
    the leak fills in ``fill_time``: flow = volume / time, at atmospheric pressure.
``estimate``
    The flow of one leak as estimated by the auditor (``leak_flow``), e.g. from an ultrasonic
    leak detector's reading.

Energy: annual energy = free-air flow × hours × specific power × control adjustment, where the
specific power (kW per m³/min of free air) defaults by ``compressor_type`` to the typical
figures of the CAGI/DOE sourcebook (reciprocating 16, lubricant-injected screw 20, lubricant-free
screw 23, centrifugal 21 kW per 100 cfm). ``control_adjustment`` (0–1) is the share of the leak
load the compressor's control actually saves (1 for a well-controlled system; lower for a
load/unload compressor without storage).

Sources: CAGI Compressed Air & Gas Handbook; US DOE Compressed Air Tip Sheet #3 "Minimize
Compressed Air Leaks"; ISO 5167 / standard gas-dynamics texts for the nozzle equations.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from recp_desktop.domain.calculators.base import CalculationError, Input, Result, require
from recp_desktop.domain.calculators.savings import (
    ELECTRICITY_INPUTS,
    as_param,
    electricity_outcomes,
)
from recp_desktop.domain.messages import Message, msg, quantity, term
from recp_desktop.domain.units import registry

if TYPE_CHECKING:
    import pint

NAME = "compressed-air-leak"
TITLE = "Compressed-air leaks"

GAMMA = 1.4
R_AIR = 287.05  # J/(kg·K)
CRITICAL_RATIO = ((GAMMA + 1) / 2) ** (GAMMA / (GAMMA - 1))  # p0/pa above which flow is choked
SPECIFIC_POWER_KW_PER_100_CFM = {
    "reciprocating": 16.0,
    "lubricant_injected_screw": 20.0,
    "lubricant_free_screw": 23.0,
    "centrifugal": 21.0,
}

INPUTS = (
    Input(
        "method",
        "orifice, bag or estimate",
        kind="choice",
        choices=("orifice", "bag", "estimate"),
        default="orifice",
    ),
    Input(
        "diameter",
        "leak hole diameter (orifice)",
        unit="mm",
        required=False,
        minimum=0,
        exclusive_minimum=True,
        usual=(0, 50),
    ),
    Input(
        "pressure",
        "supply gauge pressure at the leak (orifice)",
        unit="bar",
        required=False,
        minimum=0,
        exclusive_minimum=True,
        maximum=250,  # air is an ideal gas within a few per cent up to here
        usual=(0, 40),
    ),
    Input(
        "discharge_coefficient",
        "orifice discharge coefficient",
        unit="dimensionless",
        default="0.65",
        minimum=0,
        exclusive_minimum=True,
        maximum=1,
    ),
    Input(
        "air_temperature",
        "air temperature at the leak",
        unit="degC",
        default="20 degC",
        minimum=-100,
        maximum=1000,
        usual=(-40, 100),
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
        "bag_volume",
        "bag volume (bag)",
        unit="L",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input(
        "bag_diameter",
        "bag diameter, if no bag_volume (bag)",
        unit="cm",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input(
        "bag_height",
        "bag height, if no bag_volume (bag)",
        unit="cm",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input(
        "fill_time",
        "time the bag takes to fill (bag)",
        unit="s",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input(
        "leak_flow",
        "free-air flow of one leak (estimate)",
        unit="L/s",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input("count", "number of such leaks", kind="count", default="1", minimum=1),
    Input(
        "hours",
        "hours per year the system is pressurised",
        unit="h",
        default="8760 h",
        minimum=0,
        maximum=8784,
    ),
    Input(
        "compressor_type",
        "compressor type, for the default specific power",
        kind="choice",
        choices=tuple(SPECIFIC_POWER_KW_PER_100_CFM),
        default="lubricant_injected_screw",
    ),
    Input(
        "specific_power",
        "compressor power per free-air flow",
        unit="kW/(m**3/min)",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input(
        "control_adjustment",
        "share of the leak load the compressor control saves",
        unit="dimensionless",
        default="1",
        minimum=0,
        maximum=1,
    ),
    *ELECTRICITY_INPUTS,
)


def orifice_mass_flow(
    diameter: pint.Quantity,
    gauge_pressure: pint.Quantity,
    *,
    discharge_coefficient: float,
    temperature: pint.Quantity,
    atmospheric_pressure: pint.Quantity,
) -> pint.Quantity:
    """Mass flow of air through a round orifice (choked or subsonic), in kg/s."""
    ureg = registry()
    area = math.pi / 4 * diameter.to("m").magnitude ** 2
    pa = atmospheric_pressure.to("Pa").magnitude
    p0 = gauge_pressure.to("Pa").magnitude + pa
    t0 = temperature.to("K").magnitude
    if p0 / pa >= CRITICAL_RATIO:
        flux = (
            p0
            * math.sqrt(GAMMA / (R_AIR * t0))
            * (2 / (GAMMA + 1)) ** ((GAMMA + 1) / (2 * (GAMMA - 1)))
        )
    else:
        rho0 = p0 / (R_AIR * t0)
        ratio = pa / p0
        flux = math.sqrt(
            2
            * rho0
            * p0
            * GAMMA
            / (GAMMA - 1)
            * (ratio ** (2 / GAMMA) - ratio ** ((GAMMA + 1) / GAMMA))
        )
    return ureg.Quantity(discharge_coefficient * area * flux, "kg/s")


def free_air_density(temperature: pint.Quantity, atmospheric_pressure: pint.Quantity) -> float:
    return atmospheric_pressure.to("Pa").magnitude / (R_AIR * temperature.to("K").magnitude)


def calculate(
    *,
    method: str = "orifice",
    diameter: pint.Quantity | None = None,
    pressure: pint.Quantity | None = None,
    discharge_coefficient: pint.Quantity | float = 0.65,
    air_temperature: pint.Quantity | None = None,
    atmospheric_pressure: pint.Quantity | None = None,
    bag_volume: pint.Quantity | None = None,
    bag_diameter: pint.Quantity | None = None,
    bag_height: pint.Quantity | None = None,
    fill_time: pint.Quantity | None = None,
    leak_flow: pint.Quantity | None = None,
    count: int = 1,
    hours: pint.Quantity | None = None,
    compressor_type: str = "lubricant_injected_screw",
    specific_power: pint.Quantity | None = None,
    control_adjustment: pint.Quantity | float = 1.0,
    electricity_price: pint.Quantity | None = None,
    country: str | None = None,
    emission_factor: pint.Quantity | None = None,
) -> Result:
    ureg = registry()
    qty = ureg.Quantity
    air_temperature = air_temperature if air_temperature is not None else qty(20, "degC")
    atmospheric_pressure = (
        atmospheric_pressure if atmospheric_pressure is not None else qty(101.325, "kPa")
    )
    hours = hours if hours is not None else qty(8760, "h")
    notes: list[Message] = []
    if method == "orifice":
        cd = float(qty(discharge_coefficient).to("dimensionless").magnitude)
        mass = orifice_mass_flow(
            require("diameter", diameter),
            require("pressure", pressure),
            discharge_coefficient=cd,
            temperature=air_temperature,
            atmospheric_pressure=atmospheric_pressure,
        )
        density = free_air_density(air_temperature, atmospheric_pressure)
        flow = qty(mass.to("kg/s").magnitude / density, "m**3/s")
        p_ratio = (pressure.to("Pa") + atmospheric_pressure.to("Pa")) / atmospheric_pressure
        regime = "choked" if p_ratio.to("dimensionless").magnitude >= CRITICAL_RATIO else "subsonic"
        notes.append(
            msg(
                "note.orifice",
                regime=term(f"regime.{regime}"),
                coefficient=cd,
                temperature=quantity(air_temperature.to("degC").magnitude, "degC"),
                pressure=quantity(atmospheric_pressure.to("kPa").magnitude, "kPa"),
            )
        )
    elif method == "bag":
        if fill_time is None:
            raise CalculationError(
                "fill_time", msg("error.required_for_method", method=term("choice.bag"))
            )
        if bag_volume is None:
            if bag_diameter is None or bag_height is None:
                raise CalculationError("bag_volume", msg("error.bag_volume"))
            bag_volume = math.pi / 4 * bag_diameter**2 * bag_height
            notes.append(msg("note.bag_cylinder"))
        flow = (bag_volume / fill_time).to("m**3/s")
        notes.append(msg("note.bag_free_air"))
    elif method == "estimate":
        flow = require("leak_flow", leak_flow).to("m**3/s")
        notes.append(msg("note.leak_estimated"))
    else:
        raise CalculationError("method", msg("error.unknown_method", method=method))

    total_flow = flow * count
    if specific_power is None:
        specific_power = qty(SPECIFIC_POWER_KW_PER_100_CFM[compressor_type] / 100, "kW/cfm")
        notes.append(
            msg(
                "note.specific_power",
                power=quantity(
                    round(specific_power.to("kW/(m**3/min)").magnitude, 2), "kW/(m**3/min)"
                ),
                power_100=quantity(SPECIFIC_POWER_KW_PER_100_CFM[compressor_type], "kW"),
                compressor=term(f"compressor.{compressor_type}"),
            )
        )
    adjustment = float(qty(control_adjustment).to("dimensionless").magnitude)
    power = (total_flow * specific_power * adjustment).to("kW")
    energy = (power * hours).to("kWh")
    results: dict[str, pint.Quantity] = {
        "flow": total_flow.to("m**3/min"),
        "annual_volume": (total_flow * hours).to("m**3"),
        "annual_energy": energy,
    }
    money, more = electricity_outcomes(
        energy,
        electricity_price=electricity_price,
        country=country,
        emission_factor=emission_factor,
    )
    results.update(money)
    notes.append(msg("note.leaks_hours", count=count, hours=as_param(hours.to("h"))))
    return Result(results, notes + more)
