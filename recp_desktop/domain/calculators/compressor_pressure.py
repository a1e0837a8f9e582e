"""Compressor pressure reduction: the electricity saved by generating air at a lower pressure.

The compressor's shaft power follows the adiabatic compression work from atmospheric pressure
``pa`` to the absolute discharge pressure ``p`` (k = 1.4)::

    W ∝ (p / pa) ** ((k − 1) / k) − 1

so lowering the discharge pressure from ``rated_pressure`` to ``new_pressure`` (both gauge)
changes the power to::

    power_after = power · ((pn + pa)/pa)**0.2857 − 1) / (((pr + pa)/pa)**0.2857 − 1)

This is the physics behind the rule of thumb "1 bar less at about 7 bar saves 6–8 %". ``power``
is the average electrical input while the compressor runs loaded; the saving is
(power − power_after) × hours.

Source: US DOE/CAGI "Improving Compressed Air System Performance" sourcebook; standard
thermodynamics of adiabatic compression. Assumes the end users still get the pressure they
need at the lower setting (check the most demanding user first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recp_desktop.domain.calculators.base import CalculationError, Input, Result
from recp_desktop.domain.calculators.savings import (
    ELECTRICITY_INPUTS,
    as_param,
    electricity_outcomes,
)
from recp_desktop.domain.messages import msg, percent, quantity
from recp_desktop.domain.units import registry

if TYPE_CHECKING:
    import pint

NAME = "compressor-pressure-reduction"
TITLE = "Compressor pressure reduction"
EXPONENT = (1.4 - 1) / 1.4

INPUTS = (
    Input(
        "power",
        "average electrical power of the compressor(s) when loaded",
        unit="kW",
        minimum=0,
        exclusive_minimum=True,
    ),
    Input(
        "rated_pressure",
        "present discharge pressure (gauge)",
        unit="bar",
        minimum=0,
        exclusive_minimum=True,
        maximum=250,
        usual=(0, 40),
    ),
    Input(
        "new_pressure",
        "discharge pressure after the change (gauge)",
        unit="bar",
        minimum=0,
        exclusive_minimum=True,
        maximum=250,
        usual=(0, 40),
    ),
    Input("hours", "loaded hours per year", unit="h", default="4000 h", minimum=0, maximum=8784),
    Input(
        "atmospheric_pressure",
        "atmospheric pressure (absolute)",
        unit="kPa",
        default="101.325 kPa",
        minimum=30,
        maximum=200,
        usual=(50, 110),
    ),
    *ELECTRICITY_INPUTS,
)


def calculate(
    *,
    power: pint.Quantity,
    rated_pressure: pint.Quantity,
    new_pressure: pint.Quantity,
    hours: pint.Quantity | None = None,
    atmospheric_pressure: pint.Quantity | None = None,
    electricity_price: pint.Quantity | None = None,
    country: str | None = None,
    emission_factor: pint.Quantity | None = None,
) -> Result:
    qty = registry().Quantity
    hours = hours if hours is not None else qty(4000, "h")
    pa = (atmospheric_pressure if atmospheric_pressure is not None else qty(101.325, "kPa")).to(
        "kPa"
    )
    if new_pressure >= rated_pressure:
        raise CalculationError(
            "new_pressure", msg("error.new_pressure_lower", rated=as_param(rated_pressure))
        )

    def work(gauge: pint.Quantity) -> float:
        return float((((gauge.to("kPa") + pa) / pa).to("dimensionless").magnitude) ** EXPONENT - 1)

    share = work(new_pressure) / work(rated_pressure)
    power_after = (power * share).to("kW")
    energy = ((power - power_after) * hours).to("kWh")
    results: dict[str, pint.Quantity] = {"power_after": power_after, "annual_energy": energy}
    money, notes = electricity_outcomes(
        energy,
        electricity_price=electricity_price,
        country=country,
        emission_factor=emission_factor,
    )
    results.update(money)
    drop = (rated_pressure - new_pressure).to("bar").magnitude
    return Result(
        results,
        [
            msg(
                "note.adiabatic",
                drop=quantity(float(f"{drop:.3g}"), "bar"),
                share=percent(1 - share),
            ),
            msg("note.loaded_hours", hours=as_param(hours.to("h"))),
            *notes,
        ],
    )
