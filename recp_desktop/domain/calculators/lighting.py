"""Lighting: replace lamps with more efficient ones and/or switch them off when not needed.

::

    energy_before = fixtures · lamps_per_fixture · lamp_power · ballast_factor · hours
    energy_after  = fixtures · lamps_per_fixture · new_lamp_power · new_ballast_factor · new_hours

where ``new_lamp_power`` defaults to ``lamp_power`` (switch-off only) and ``new_hours`` to
``hours`` (replacement only). ``ballast_factor`` is the system power over the lamp's rated power
(about 1.1–1.2 for fluorescent tubes on magnetic ballasts, 1.0 for LED lamps rated with their
driver); ``new_ballast_factor`` defaults to 1.0.

Source: US DOE / Energy Star lighting retrofit methodology; IEA 4E lighting annex for typical
ballast losses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recp_desktop.domain.calculators.base import CalculationError, Input, Result
from recp_desktop.domain.calculators.savings import (
    ELECTRICITY_INPUTS,
    as_param,
    electricity_outcomes,
)
from recp_desktop.domain.messages import msg
from recp_desktop.domain.units import registry

if TYPE_CHECKING:
    import pint

NAME = "lighting"
TITLE = "Lighting: efficient lamps and switching off"

INPUTS = (
    Input("fixtures", "number of light fixtures", kind="count", minimum=1),
    Input("lamps_per_fixture", "lamps per fixture", kind="count", default="1", minimum=1),
    Input(
        "lamp_power",
        "rated power of one present lamp",
        unit="W",
        minimum=0,
        exclusive_minimum=True,
        usual=(0, 5000),
    ),
    Input(
        "ballast_factor",
        "system power over lamp power (ballast losses)",
        unit="dimensionless",
        default="1",
        minimum=0.5,
        maximum=2,
    ),
    Input("hours", "hours per year the lamps are on now", unit="h", minimum=0, maximum=8784),
    Input(
        "new_lamp_power",
        "rated power of one replacement lamp",
        unit="W",
        required=False,
        minimum=0,
        exclusive_minimum=True,
        usual=(0, 5000),
    ),
    Input(
        "new_ballast_factor",
        "ballast factor after replacement",
        unit="dimensionless",
        default="1",
        minimum=0.5,
        maximum=2,
    ),
    Input(
        "new_hours",
        "hours per year the lamps are on after the change",
        unit="h",
        required=False,
        minimum=0,
        maximum=8784,
    ),
    *ELECTRICITY_INPUTS,
)


def calculate(
    *,
    fixtures: int,
    lamp_power: pint.Quantity,
    hours: pint.Quantity,
    lamps_per_fixture: int = 1,
    ballast_factor: pint.Quantity | float = 1.0,
    new_lamp_power: pint.Quantity | None = None,
    new_ballast_factor: pint.Quantity | float = 1.0,
    new_hours: pint.Quantity | None = None,
    electricity_price: pint.Quantity | None = None,
    country: str | None = None,
    emission_factor: pint.Quantity | None = None,
) -> Result:
    qty = registry().Quantity
    if new_lamp_power is None and new_hours is None:
        raise CalculationError("new_lamp_power", msg("error.lighting_change"))
    lamps = fixtures * lamps_per_fixture
    bf = float(qty(ballast_factor).to("dimensionless").magnitude)
    before = (lamps * lamp_power * bf * hours).to("kWh")
    if new_lamp_power is None:
        new_lamp_power, new_bf = lamp_power, bf
    else:
        new_bf = float(qty(new_ballast_factor).to("dimensionless").magnitude)
    after_hours = new_hours if new_hours is not None else hours
    after = (lamps * new_lamp_power * new_bf * after_hours).to("kWh")
    if after > before:
        raise CalculationError("new_lamp_power", msg("error.more_energy"))
    energy = before - after
    results: dict[str, pint.Quantity] = {
        "annual_energy_before": before,
        "annual_energy_after": after,
        "annual_energy": energy,
    }
    money, notes = electricity_outcomes(
        energy,
        electricity_price=electricity_price,
        country=country,
        emission_factor=emission_factor,
    )
    results.update(money)
    return Result(
        results,
        [
            msg("note.lighting_lamps", lamps=lamps, before=bf, after=new_bf),
            msg(
                "note.lighting_hours",
                before=as_param(hours.to("h")),
                after=as_param(after_hours.to("h")),
            ),
            *notes,
        ],
    )
