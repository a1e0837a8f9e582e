"""Idle electrical loads: equipment left running when nothing is produced, switched off.

Power from a measurement with a clamp meter::

    single phase:  P = V · I · PF
    three phase:   P = √3 · V_line · I · PF

or from the rated ``power`` × ``load_factor`` (share of the rating drawn while idling). The
saving is P × ``hours`` — the hours per year the equipment runs with no use (nights, weekends,
breaks) that switching off (by hand, timer or interlock) removes.

Source: standard AC power relations (IEC 60050-131); US DOE "Premium efficiency motor" and
"Turn off idle equipment" tip sheets for the approach.
"""

from __future__ import annotations

import math
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

NAME = "electric-load"
TITLE = "Idle electrical load switched off"

INPUTS = (
    Input(
        "voltage",
        "voltage (line-to-line for three phases)",
        unit="V",
        required=False,
        minimum=0,
        exclusive_minimum=True,
        maximum=50000,
    ),
    Input(
        "current",
        "measured current per phase",
        unit="A",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input(
        "power_factor",
        "power factor",
        unit="dimensionless",
        default="0.85",
        minimum=0,
        exclusive_minimum=True,
        maximum=1,
    ),
    Input("phases", "1 or 3", kind="choice", choices=("1", "3"), default="3"),
    Input(
        "power",
        "rated power, instead of voltage and current",
        unit="kW",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input(
        "load_factor",
        "share of the rated power drawn while idle",
        unit="dimensionless",
        default="1",
        minimum=0,
        exclusive_minimum=True,
        maximum=1,
    ),
    Input(
        "hours", "idle hours per year that switching off removes", unit="h", minimum=0, maximum=8784
    ),
    *ELECTRICITY_INPUTS,
)


def calculate(
    *,
    hours: pint.Quantity,
    voltage: pint.Quantity | None = None,
    current: pint.Quantity | None = None,
    power_factor: pint.Quantity | float = 0.85,
    phases: str = "3",
    power: pint.Quantity | None = None,
    load_factor: pint.Quantity | float = 1.0,
    electricity_price: pint.Quantity | None = None,
    country: str | None = None,
    emission_factor: pint.Quantity | None = None,
) -> Result:
    qty = registry().Quantity
    if voltage is not None and current is not None:
        pf = float(qty(power_factor).to("dimensionless").magnitude)
        factor = math.sqrt(3) if str(phases) == "3" else 1.0
        load = (factor * voltage * current * pf).to("kW")
        key = "note.power_three_phase" if factor != 1.0 else "note.power_single_phase"
        notes = [msg(key, power_factor=pf)]
    elif power is not None:
        lf = float(qty(load_factor).to("dimensionless").magnitude)
        load = (power * lf).to("kW")
        notes = [msg("note.power_rated", load_factor=lf)]
    elif voltage is not None or current is not None:
        missing = "current" if current is None else "voltage"
        raise CalculationError(missing, msg("error.other_measurement"))
    else:
        raise CalculationError("power", msg("error.power_or_measurement"))
    energy = (load * hours).to("kWh")
    results: dict[str, pint.Quantity] = {"power": load, "annual_energy": energy}
    money, more = electricity_outcomes(
        energy,
        electricity_price=electricity_price,
        country=country,
        emission_factor=emission_factor,
    )
    results.update(money)
    idle = msg("note.idle_hours", hours=as_param(hours.to("h")))
    return Result(results, [*notes, idle, *more])
