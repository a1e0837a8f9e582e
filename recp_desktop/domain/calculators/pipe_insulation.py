"""Insulating a bare hot pipe: heat lost per metre before and after, and the fuel it saves.

Heat loss per unit length from a horizontal cylinder of outside diameter D at surface
temperature Ts to still or moving air at Ta::

    q' = π · D · [h_c · (Ts − Ta) + ε · σ · (Ts⁴ − Ta⁴)]

The convection coefficient h_c = Nu · k / D combines natural convection (Churchill & Chu,
horizontal cylinder) and, with wind, forced convection (Churchill & Bernstein, cross-flow) as
Nu = (Nu_natural³ + Nu_forced³)^(1/3) (Churchill's mixed-convection blend). The correlations come
from the ``ht`` library; air properties at the film temperature come from Sutherland's law
(viscosity, S = 110.4 K; conductivity, S = 194 K), ideal-gas density and cp = 1007 J/(kg·K).

Insulated, the heat first crosses the insulation layer by conduction::

    q' = 2π · k_ins · (Ts − Tj) / ln(D_ins / D)

and leaves the jacket (diameter D_ins = D + 2·thickness) at Tj by the same convection and
radiation; Tj is solved for (scipy's brentq) so that both are equal. The pipe wall is taken at
the ``surface_temperature`` of the bare pipe, i.e. at the temperature of the fluid inside.

The saving is (q'_bare − q'_insulated) × ``length`` × ``hours``; the fuel is that heat divided by
``boiler_efficiency``. The bare surface's emissivity defaults to 0.74, oxidised iron at 100 °C
(Hottel's table in Perry's Chemical Engineers' Handbook); the jacket's to 0.9 (painted or
weathered jacketing). Sources: Incropera & DeWitt, *Fundamentals of Heat and Mass Transfer*,
§9.6 and §7.4; Churchill & Chu (1975); Churchill & Bernstein (1977); US DOE Steam Tip Sheet #2.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from recp_desktop.domain.calculators.base import CalculationError, Input, Result
from recp_desktop.domain.calculators.savings import as_param, fuel_inputs, heat_outcomes
from recp_desktop.domain.messages import msg, quantity
from recp_desktop.domain.units import registry

if TYPE_CHECKING:
    import pint

NAME = "pipe-insulation"
TITLE = "Insulation of bare hot pipes"
SIGMA = 5.670374419e-8  # W/(m²·K⁴), Stefan–Boltzmann
GRAVITY = 9.80665  # m/s²
R_AIR = 287.05  # J/(kg·K)
CP_AIR = 1007.0  # J/(kg·K)
# Normal total emissivity of oxidised iron at 100 °C, 0.736 (Hottel's table "Normal total
# emissivity of various surfaces" in Perry's Chemical Engineers' Handbook, heat-transmission
# chapter). The same figure, "iron and steel, oxidized, 100 °C, total spectrum: 0.74", is in the
# emissivity tables of FLIR's thermal-camera user manuals (e.g. the T8xx manual, table "Emissivity
# tables", where the row cites Bramson, *Infrared Radiation: A Handbook for Applications*,
# Plenum, 1968, among others). With it the bare-pipe losses match the US DOE Steam Tip Sheet #2
# table within 5 % (tests/core/test_calculators.py); 0.8 (heavily oxidised steel) overstates
# them by 6–9 %.
BARE_EMISSIVITY = 0.74


def INPUTS() -> tuple[Input, ...]:  # noqa: N802 - the registry reads INPUTS; fuels come from data
    return (
        Input(
            "outside_diameter",
            "outside diameter of the bare pipe",
            unit="mm",
            minimum=0,
            exclusive_minimum=True,
            usual=(0, 2000),
        ),
        Input("length", "length of bare pipe", unit="m", minimum=0, exclusive_minimum=True),
        Input(
            "surface_temperature",
            "temperature of the bare pipe surface (≈ the fluid's)",
            unit="degC",
            minimum=-100,
            maximum=1200,
            usual=(-50, 600),
        ),
        Input(
            "ambient_temperature",
            "air temperature around the pipe",
            unit="degC",
            default="20 degC",
            minimum=-100,
            maximum=200,
            usual=(-50, 60),
        ),
        Input(
            "wind_speed",
            "air speed across the pipe (0 indoors)",
            unit="m/s",
            default="0 m/s",
            minimum=0,
            maximum=100,
            usual=(0, 30),
        ),
        Input(
            "emissivity",
            "emissivity of the bare pipe surface (oxidised iron ≈ 0.74)",
            unit="dimensionless",
            default=str(BARE_EMISSIVITY),
            minimum=0.01,
            maximum=1,
        ),
        Input(
            "insulation_thickness",
            "thickness of the insulation",
            unit="mm",
            default="50 mm",
            minimum=0,
            exclusive_minimum=True,
            maximum=500,
        ),
        Input(
            "insulation_conductivity",
            "thermal conductivity of the insulation",
            unit="W/(m*K)",
            default="0.04 W/(m*K)",
            minimum=0,
            exclusive_minimum=True,
            maximum=2,
        ),
        Input(
            "jacket_emissivity",
            "emissivity of the insulation's outer jacket",
            unit="dimensionless",
            default="0.9",
            minimum=0.01,
            maximum=1,
        ),
        Input(
            "hours",
            "hours per year the pipe is hot",
            unit="h",
            default="8760 h",
            minimum=0,
            maximum=8784,
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
        *fuel_inputs(),
    )


def _air(film: float, pressure: float) -> tuple[float, float, float, float]:
    """Air at ``film`` K and ``pressure`` Pa: density, viscosity, conductivity, Prandtl."""
    mu = 1.716e-5 * (film / 273.15) ** 1.5 * (273.15 + 110.4) / (film + 110.4)
    k = 0.0241 * (film / 273.15) ** 1.5 * (273.15 + 194.0) / (film + 194.0)
    rho = pressure / (R_AIR * film)
    return rho, mu, k, mu * CP_AIR / k


def convection_coefficient(
    diameter: float, surface: float, ambient: float, wind: float, pressure: float
) -> float:
    """h_c in W/(m²·K) from a horizontal cylinder (m, K, K, m/s, Pa)."""
    from ht.conv_external import Nu_cylinder_Churchill_Bernstein
    from ht.conv_free_immersed import Nu_horizontal_cylinder_Churchill_Chu

    film = (surface + ambient) / 2
    rho, mu, k, pr = _air(film, pressure)
    nu = mu / rho
    delta = abs(surface - ambient)
    grashof = GRAVITY * (1 / film) * delta * diameter**3 / nu**2
    nusselt = Nu_horizontal_cylinder_Churchill_Chu(pr, max(grashof, 1e-9))
    if wind > 0:
        forced = Nu_cylinder_Churchill_Bernstein(wind * diameter / nu, pr)
        nusselt = (nusselt**3 + forced**3) ** (1 / 3)
    return nusselt * k / diameter


def surface_loss(
    diameter: float,
    surface: float,
    ambient: float,
    wind: float,
    emissivity: float,
    pressure: float,
) -> float:
    """Heat lost per metre (W/m) by convection and radiation from a surface at ``surface`` K."""
    if surface == ambient:
        return 0.0
    h = convection_coefficient(diameter, surface, ambient, wind, pressure)
    radiation = emissivity * SIGMA * (surface**4 - ambient**4)
    return math.pi * diameter * (h * (surface - ambient) + radiation)


def insulated_loss(
    diameter: float,
    surface: float,
    ambient: float,
    wind: float,
    jacket_emissivity: float,
    thickness: float,
    conductivity: float,
    pressure: float,
) -> tuple[float, float]:
    """Heat lost per metre (W/m) through insulation, and the jacket temperature (K)."""
    from scipy.optimize import brentq

    outer = diameter + 2 * thickness
    resistance = math.log(outer / diameter) / (2 * math.pi * conductivity)

    def balance(jacket: float) -> float:
        return (surface - jacket) / resistance - surface_loss(
            outer, jacket, ambient, wind, jacket_emissivity, pressure
        )

    if surface == ambient:
        return 0.0, surface
    low, high = sorted((surface, ambient))
    jacket = brentq(balance, low, high, xtol=1e-6)
    return (surface - jacket) / resistance, jacket


def calculate(
    *,
    outside_diameter: pint.Quantity,
    length: pint.Quantity,
    surface_temperature: pint.Quantity,
    ambient_temperature: pint.Quantity | None = None,
    wind_speed: pint.Quantity | None = None,
    emissivity: pint.Quantity | float = BARE_EMISSIVITY,
    insulation_thickness: pint.Quantity | None = None,
    insulation_conductivity: pint.Quantity | None = None,
    jacket_emissivity: pint.Quantity | float = 0.9,
    hours: pint.Quantity | None = None,
    atmospheric_pressure: pint.Quantity | None = None,
    boiler_efficiency: pint.Quantity | None = None,
    fuel: str = "natural_gas",
    fuel_price: pint.Quantity | None = None,
    emission_factor: pint.Quantity | None = None,
) -> Result:
    qty = registry().Quantity
    ambient = ambient_temperature if ambient_temperature is not None else qty(20, "degC")
    ts = surface_temperature.to("K").magnitude
    ta = ambient.to("K").magnitude
    if ts <= ta:
        raise CalculationError(
            "surface_temperature",
            msg("error.not_hotter", ambient=quantity(ambient.to("degC").magnitude, "degC")),
        )
    d = outside_diameter.to("m").magnitude
    wind = (wind_speed if wind_speed is not None else qty(0, "m/s")).to("m/s").magnitude
    pressure = (atmospheric_pressure or qty(101.325, "kPa")).to("Pa").magnitude
    eps = float(qty(emissivity).to("dimensionless").magnitude)
    eps_jacket = float(qty(jacket_emissivity).to("dimensionless").magnitude)
    thickness = (insulation_thickness or qty(50, "mm")).to("m").magnitude
    conductivity = (insulation_conductivity or qty(0.04, "W/(m*K)")).to("W/(m*K)").magnitude
    hours = hours if hours is not None else qty(8760, "h")

    bare = surface_loss(d, ts, ta, wind, eps, pressure)
    insulated, jacket = insulated_loss(
        d, ts, ta, wind, eps_jacket, thickness, conductivity, pressure
    )
    heat = qty((bare - insulated) * length.to("m").magnitude, "W") * hours
    results: dict[str, pint.Quantity] = {
        "heat_loss_bare": qty(bare, "W/m"),
        "heat_loss_insulated": qty(insulated, "W/m"),
        "jacket_temperature": qty(jacket - 273.15, "degC"),
    }
    fuel_results, notes = heat_outcomes(
        heat.to("kWh"),
        boiler_efficiency=boiler_efficiency
        if boiler_efficiency is not None
        else qty(85, "percent"),
        fuel=fuel,
        fuel_price=fuel_price,
        emission_factor=emission_factor,
    )
    results.update(fuel_results)
    return Result(
        results,
        [
            msg(
                "note.convection_wind" if wind > 0 else "note.convection_still",
                bare=eps,
                jacket=eps_jacket,
            ),
            msg(
                "note.insulation",
                thickness=quantity(thickness * 1000, "mm"),
                conductivity=quantity(conductivity, "W/(m*K)"),
                hours=as_param(hours.to("h")),
            ),
            *notes,
        ],
    )
