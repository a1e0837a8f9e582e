"""Economics of an option: simple payback, net present value and internal rate of return.

::

    simple_payback = investment / annual_saving
    NPV = −investment + Σ_{t=1..lifetime} annual_saving / (1 + r)^t
    IRR = the r for which NPV = 0 (found with scipy's brentq on [−99 %, 10 000 %])

Savings are taken as constant over the lifetime and received at the end of each year.
Source: standard capital-budgeting definitions (e.g. UNIDO COMFAR; Brealey & Myers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recp_desktop.domain.calculators.base import CalculationError, Input, Result, currency_of
from recp_desktop.domain.messages import msg, percent
from recp_desktop.domain.units import registry

if TYPE_CHECKING:
    import pint

NAME = "economics"
TITLE = "Payback, NPV and IRR"

INPUTS = (
    Input("investment", "one-off investment", unit="USD", currency=True),
    Input("annual_saving", "net saving per year", unit="USD", currency=True),
    Input(
        "lifetime",
        "years the measure lasts",
        unit="year",
        default="10 year",
        minimum=0,
        exclusive_minimum=True,
        maximum=100,
    ),
    Input(
        "discount_rate",
        "discount rate per year",
        unit="percent",
        default="10 percent",
        minimum=-99,
        maximum=1000,
    ),
)


def npv(investment: float, saving: float, years: int, rate: float) -> float:
    return -investment + sum(saving / (1 + rate) ** t for t in range(1, years + 1))


def calculate(
    *,
    investment: pint.Quantity,
    annual_saving: pint.Quantity,
    lifetime: pint.Quantity | None = None,
    discount_rate: pint.Quantity | None = None,
) -> Result:
    from scipy.optimize import brentq

    qty = registry().Quantity
    code = currency_of(investment)
    if currency_of(annual_saving) != code:
        raise CalculationError("annual_saving", msg("error.same_currency", code=code or ""))
    invest = float(investment.magnitude)
    saving = float(annual_saving.magnitude)
    if invest < 0:
        raise CalculationError("investment", msg("error.negative"))
    if saving <= 0:
        raise CalculationError("annual_saving", msg("error.above", minimum=0))
    years = max(1, round(float((lifetime or qty(10, "year")).to("year").magnitude)))
    rate = float((discount_rate or qty(10, "percent")).to("dimensionless").magnitude)
    results: dict[str, pint.Quantity] = {
        "simple_payback": qty(invest / saving, "year"),
        "npv": qty(npv(invest, saving, years, rate), code),
    }
    notes = [msg("note.economics", years=years, rate=percent(rate))]
    if invest > 0:
        if npv(invest, saving, years, -0.99) * npv(invest, saving, years, 100.0) < 0:
            irr = brentq(lambda r: npv(invest, saving, years, r), -0.99, 100.0)
            results["irr"] = qty(irr * 100, "percent")
        else:
            notes.append(msg("note.no_irr"))
    else:
        notes.append(msg("note.no_investment"))
    return Result(results, notes)
