"""What a calculator opened from a checklist question starts with.

The assessment already knows a lot: the country (grid CO2 factor), the tariffs (the baseline's
annual cost over annual use) and numbers answered on other questions that feed calculator
inputs (``feeds`` in the templates). The expert then only types what they measured.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.checklists.model import Question

# calculator input <- baseline line whose cost / quantity is the tariff, and the unit it is per
TARIFFS = {
    "electricity_price": ("electricity", "kWh"),
    "fuel_price": ("natural_gas", "m**3"),
    "water_price": ("water", "m**3"),
    "wastewater_price": ("wastewater", "m**3"),
}


class BaselineLine(Protocol):
    quantity: float | None
    unit: str
    cost: float | None


def tariffs(baseline: Mapping[str, BaselineLine], currency: str) -> dict[str, str]:
    """Prices per unit derived from the baseline, as calculator input texts."""
    from recp_desktop.domain.units import UnitError, convert

    prices: dict[str, str] = {}
    for name, (key, per) in TARIFFS.items():
        line = baseline.get(key)
        if line is None or not line.quantity or line.cost is None:
            continue
        try:
            amount = convert(line.quantity, line.unit or per, per)
        except UnitError:
            continue
        if amount > 0:
            prices[name] = f"{line.cost / amount:.4g} {currency}/{per}"
    return prices


def prefill(
    calculator: str,
    input_names: Iterable[str],
    *,
    country: str,
    currency: str,
    baseline: Mapping[str, BaselineLine],
    answers: Mapping[str, AnswerState],
    questions: Iterable[Question],
) -> dict[str, str]:
    """Input texts for ``calculator`` known from the assessment (only inputs it takes)."""
    names = set(input_names)
    values: dict[str, str] = {}
    if "country" in names and country:
        values["country"] = country
    for name, text in tariffs(baseline, currency).items():
        if name in names:
            values[name] = text
    for question in questions:
        state = answers.get(question.id)
        if state is None or state.number is None:
            continue
        for feed in question.feeds:
            if feed.calculator == calculator and feed.input in names:
                unit = state.unit or question.unit or ""
                if unit in ("dimensionless", ""):
                    values[feed.input] = f"{state.number:g}"
                else:
                    values[feed.input] = f"{state.number:g} {unit}"
    return values
