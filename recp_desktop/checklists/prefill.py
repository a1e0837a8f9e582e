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


def tariffs(
    baseline: Mapping[str, BaselineLine], currency: str, language: str = "en"
) -> dict[str, str]:
    """Prices per unit derived from the baseline, as calculator input texts in ``language``.

    The quantity goes through the baseline's own conversion, so a gas bill in Nm³, Sm³ or scf
    gives a price per m³ (at 20 °C) like one in m³.
    """
    from recp_desktop.domain.baseline import BY_KEY, canonical_quantity
    from recp_desktop.domain.units import UnitError, convert

    prices: dict[str, str] = {}
    for name, (key, per) in TARIFFS.items():
        line = baseline.get(key)
        if line is None or not line.quantity or line.cost is None:
            continue
        spec = BY_KEY[key]
        try:
            amount = convert(canonical_quantity(spec, line.quantity, line.unit), spec.unit, per)
        except UnitError:
            continue
        if amount > 0:
            price = _number(line.cost / amount, language, significant=4)
            prices[name] = f"{price} {currency}/{per}"
    return prices


def _number(value: float, language: str, significant: int | None = None) -> str:
    from recp_desktop.domain.numbers import format_number

    return format_number(value, language, significant=significant, grouping=False)


def prefill(
    calculator: str,
    input_names: Iterable[str],
    *,
    country: str,
    currency: str,
    baseline: Mapping[str, BaselineLine],
    answers: Mapping[str, AnswerState],
    questions: Iterable[Question],
    language: str = "en",
) -> dict[str, str]:
    """Input texts for ``calculator`` known from the assessment (only inputs it takes), with
    numbers written as ``language`` writes them (the calculator reads them the same way)."""
    names = set(input_names)
    values: dict[str, str] = {}
    if "country" in names and country:
        values["country"] = country
    for name, text in tariffs(baseline, currency, language).items():
        if name in names:
            values[name] = text
    for question in questions:
        state = answers.get(question.id)
        if state is None or state.number is None:
            continue
        for feed in question.feeds:
            if feed.calculator == calculator and feed.input in names:
                unit = state.unit or question.unit or ""
                number = _number(state.number, language)
                values[feed.input] = number if unit in ("dimensionless", "") else f"{number} {unit}"
    return values
