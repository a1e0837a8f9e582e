"""Water leaks: dripping taps and running leaks, counted or measured with a bucket.

``drip``: flow = drips per minute × drip volume × count. The drip volume defaults to 0.25 mL,
the US Geological Survey's older figure (its current page uses 0.33 mL); the figure used is
stated in the result and can be changed.

``flow``: a measured ``flow``, or a ``volume`` collected in a ``time`` (bucket and stopwatch),
× count.

The annual volume is flow × ``hours`` (a leak runs all year unless stated), and the cost is that
volume × (``water_price`` + ``wastewater_price``), since what leaks is usually billed twice: as
supply and as sewage.

Source: USGS Water Science School "Drip calculator"; US EPA WaterSense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recp_desktop.domain.calculators.base import CalculationError, Input, Result
from recp_desktop.domain.messages import Message, msg, quantity, term
from recp_desktop.domain.units import registry

if TYPE_CHECKING:
    import pint

NAME = "water-leak"
TITLE = "Water leaks"

INPUTS = (
    Input("method", "drip or flow", kind="choice", choices=("drip", "flow"), default="drip"),
    Input(
        "drips_per_minute",
        "drips counted per minute (drip)",
        unit="1/min",
        required=False,
        minimum=0,
        exclusive_minimum=True,
        usual=(0, 300),
        bare=True,
    ),
    Input(
        "drip_volume",
        "volume of one drip (drip)",
        unit="mL",
        default="0.25 mL",
        minimum=0,
        exclusive_minimum=True,
        maximum=5,
    ),
    Input(
        "flow",
        "measured leak flow (flow)",
        unit="L/min",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input(
        "volume",
        "volume collected (flow)",
        unit="L",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input(
        "time",
        "time to collect it (flow)",
        unit="s",
        required=False,
        minimum=0,
        exclusive_minimum=True,
    ),
    Input("count", "number of such leaks", kind="count", default="1", minimum=1),
    Input(
        "hours", "hours per year the leak runs", unit="h", default="8760 h", minimum=0, maximum=8784
    ),
    Input(
        "water_price", "price of water per volume", unit="USD/m**3", currency=True, required=False
    ),
    Input(
        "wastewater_price",
        "price of sewage per volume",
        unit="USD/m**3",
        currency=True,
        required=False,
    ),
)


def calculate(
    *,
    method: str = "drip",
    drips_per_minute: pint.Quantity | None = None,
    drip_volume: pint.Quantity | None = None,
    flow: pint.Quantity | None = None,
    volume: pint.Quantity | None = None,
    time: pint.Quantity | None = None,
    count: int = 1,
    hours: pint.Quantity | None = None,
    water_price: pint.Quantity | None = None,
    wastewater_price: pint.Quantity | None = None,
) -> Result:
    qty = registry().Quantity
    hours = hours if hours is not None else qty(8760, "h")
    if method == "drip":
        if drips_per_minute is None:
            raise CalculationError(
                "drips_per_minute", msg("error.required_for_method", method=term("choice.drip"))
            )
        drip = drip_volume if drip_volume is not None else qty(0.25, "mL")
        one = drips_per_minute * drip
        notes: list[Message] = [
            msg("note.drip_volume", volume=quantity(drip.to("mL").magnitude, "mL"))
        ]
    else:
        if flow is not None:
            one = flow
            notes = [msg("note.measured_flow")]
        elif volume is not None and time is not None:
            one = volume / time
            notes = [msg("note.bucket")]
        else:
            raise CalculationError("flow", msg("error.flow_or_bucket"))
    total = (one * count).to("L/min")
    annual = (total * hours).to("m**3")
    results: dict[str, pint.Quantity] = {"flow": total, "annual_volume": annual}
    prices = [p for p in (water_price, wastewater_price) if p is not None]
    if prices:
        codes = {str(p.units).split()[0] for p in prices}
        try:
            unit_price = sum(prices[1:], prices[0])
        except Exception:
            raise CalculationError(
                "wastewater_price",
                msg("error.price_currencies", codes=", ".join(sorted(codes))),
            ) from None
        results["annual_cost"] = (annual * unit_price).to_reduced_units()
        notes.append(msg("note.water_cost"))
    else:
        notes.append(msg("note.no_water_price"))
    notes.append(msg("note.leaks_hours", count=count, hours=quantity(hours.to("h").magnitude, "h")))
    return Result(results, notes)
