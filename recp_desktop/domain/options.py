"""Cleaner-production options: statuses, and yearly savings read off a calculator's results."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from recp_desktop.domain.calculators.base import currency_of
from recp_desktop.domain.vocabulary import OPTION_STATUSES

if TYPE_CHECKING:
    import pint

STATUSES = OPTION_STATUSES
# Options that count towards the projected figures: what the company is advised to do or did.
PROJECTED_STATUSES = ("recommended", "implemented")

# Which calculator result is the yearly saving of which resource. Compressed air's
# ``annual_volume`` is air, not water, so the mapping is explicit per calculator.
WATER_RESULTS = {"water-leak": "annual_volume"}


@dataclass(frozen=True)
class Savings:
    """Yearly savings in fixed units; None where the measure says nothing about a resource."""

    money: float | None = None  # in the assessment's currency
    energy_kwh: float | None = None
    water_m3: float | None = None
    materials_t: float | None = None
    co2_t: float | None = None


def savings_from_results(
    calculator: str, results: dict[str, pint.Quantity], currency: str
) -> Savings:
    """The yearly savings of a calculator run; money only if it is in ``currency``.

    Raises ``ValueError`` if the cost came out in another currency than the assessment's.
    """
    money = None
    if "annual_cost" in results:
        cost = results["annual_cost"]
        code = currency_of(cost)
        if code != currency:
            raise ValueError(
                f"the calculator's cost is in {code}, the assessment's currency is {currency}"
            )
        money = float(cost.magnitude)
    energy = results.get("annual_energy")
    water_key = WATER_RESULTS.get(calculator)
    water = results.get(water_key) if water_key else None
    co2 = results.get("annual_co2")
    return Savings(
        money=money,
        energy_kwh=float(energy.to("kWh").magnitude) if energy is not None else None,
        water_m3=float(water.to("m**3").magnitude) if water is not None else None,
        co2_t=float(co2.to("t").magnitude) if co2 is not None else None,
    )


def payback_years(investment: float | None, money: float | None) -> float | None:
    """Simple payback; 0 for a no-cost measure; None when nothing is saved in money."""
    if not money or money <= 0:
        return None
    return (investment or 0.0) / money
