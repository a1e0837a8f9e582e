"""Cleaner-production options: statuses, and yearly savings read off a calculator's results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recp_desktop.domain.calculators.base import currency_of
from recp_desktop.domain.savings import payback_years
from recp_desktop.domain.vocabulary import OPTION_STATUSES

if TYPE_CHECKING:
    import pint

STATUSES = OPTION_STATUSES
# Options that count towards the projected figures: what the company is advised to do or did.
PROJECTED_STATUSES = ("recommended", "implemented")

# Which calculator result is the yearly saving of which resource. Compressed air's
# ``annual_volume`` is air, not water, so the mapping is explicit per calculator.
WATER_RESULTS = {"water-leak": "annual_volume"}


def savings_from_results(
    calculator: str, results: dict[str, pint.Quantity], currency: str
) -> dict[str, float | None]:
    """The yearly savings of a calculator run as an option's ``saving_*`` fields (kWh, m³, t);
    None where the measure says nothing about a resource; money only if it is in ``currency``.

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
    return {
        "saving_money": money,
        "saving_energy_kwh": float(energy.to("kWh").magnitude) if energy is not None else None,
        "saving_water_m3": float(water.to("m**3").magnitude) if water is not None else None,
        "saving_materials_t": None,
        "saving_co2_t": float(co2.to("t").magnitude) if co2 is not None else None,
    }


__all__ = ["PROJECTED_STATUSES", "STATUSES", "payback_years", "savings_from_results"]
