"""RECP indicators of a programme: resource productivity and pollution intensity, aggregated.

Production output cannot be added across companies (tonnes of cheese and pieces of castings),
so a programme's indicators are per unit of **value added**, the economic basis of the
UNEP/UNIDO RECP indicator set (*Enterprise-level indicators for resource productivity and
pollution intensity*, 2010): the programme's value added over its resource use, and its
pollution per 1000 units of value added, each over the assessments that recorded both the value
added and that resource. Value added is converted into the reporting currency at the
supervisor's rates.

"Before" is the baseline; "after" subtracts the yearly savings of the options recommended or
implemented in those assessments, as a single assessment's projected indicators do
(:mod:`recp_desktop.domain.indicators`): water saved is also taken off wastewater, and
materials saved off waste. Energy carriers become final energy and CO2 with the same IPCC 2006
calorific values and IFI/IPCC factors as there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from recp_desktop.domain.indicators import _co2_t, _energy_kwh
from recp_desktop.domain.programme import MissingRateError
from recp_desktop.domain.savings import ExchangeRate, Savings

ENERGY_KEYS = ("electricity", "natural_gas", "heat", "fuel_oil", "coal", "diesel")
RESOURCE_GROUPS: dict[str, tuple[str, ...]] = {
    "energy": ENERGY_KEYS,
    "water": ("water",),
    "wastewater": ("wastewater",),
    "materials": ("raw_materials", "chemicals", "packaging"),
    "waste": ("waste_nonhazardous", "waste_hazardous"),
}
"""Baseline lines (:mod:`recp_desktop.domain.baseline`) summed into each resource."""
GROUP_OF = {key: group for group, keys in RESOURCE_GROUPS.items() for key in keys}

# indicator key, resource group, kind, what the resource is counted in
INDICATORS = (
    ("energy_productivity", "energy", "productivity", "MWh"),
    ("water_productivity", "water", "productivity", "m**3"),
    ("materials_productivity", "materials", "productivity", "t"),
    ("waste_intensity", "waste", "intensity", "t"),
    ("wastewater_intensity", "wastewater", "intensity", "m**3"),
    ("co2_intensity", "energy", "intensity", "t"),
)


@dataclass(frozen=True)
class ResourceLine:
    """One baseline line summed over assessments with value added: ``amount`` in the line's
    canonical unit (:data:`recp_desktop.domain.baseline.BASELINE_KEYS`)."""

    currency: str
    country: str
    key: str
    amount: float


@dataclass(frozen=True)
class ValueAdded:
    """The value added (in ``currency``) of the ``assessments`` that recorded ``group``."""

    currency: str
    group: str
    value_added: float
    assessments: int


@dataclass(frozen=True)
class ProgrammeIndicator:
    """``before`` and ``after`` in ``unit`` (``AZN/MWh``, ``t/1000 AZN``…); None when no
    assessment has the data."""

    key: str
    unit: str
    before: float | None
    after: float | None
    assessments: int

    @property
    def change(self) -> float | None:
        if self.before in (None, 0) or self.after is None:
            return None
        return self.after / self.before - 1


def aggregate(
    lines: Iterable[ResourceLine],
    value_added: Iterable[ValueAdded],
    saved: Savings,
    currency: str,
    rates: Iterable[ExchangeRate] = (),
) -> list[ProgrammeIndicator]:
    """The six indicators per value added, before and after ``saved`` (physical savings).

    Raises :class:`MissingRateError` for value added in a currency without a rate.
    """
    factor = {r.source: r.rate for r in rates if r.target == currency}
    factor[currency] = 1.0
    totals: dict[str, float] = defaultdict(float)
    any_group: set[str] = set()
    for line in lines:
        group = GROUP_OF[line.key]
        any_group.add(group)
        if group == "energy":
            kwh = _energy_kwh(line.key, line.amount)
            totals["energy"] += kwh / 1000.0
            totals["co2"] += _co2_t(line.key, kwh, line.country, []) or 0.0
        else:
            totals[group] += line.amount
    va: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for item in value_added:
        if item.currency not in factor:
            raise MissingRateError(item.currency, currency)
        va[item.group] += item.value_added * factor[item.currency]
        counts[item.group] += item.assessments
    after = {
        "energy": totals["energy"] - saved.energy_mwh,
        "co2": totals["co2"] - saved.co2_t,
        "water": totals["water"] - saved.water_m3,
        "wastewater": totals["wastewater"] - saved.water_m3,
        "materials": totals["materials"] - saved.materials_t,
        "waste": totals["waste"] - saved.materials_t - saved.waste_t,
    }
    out = []
    for key, group, kind, unit in INDICATORS:
        amount_key = "co2" if key == "co2_intensity" else group
        base = totals[amount_key] if group in any_group else None
        then = max(0.0, after[amount_key]) if base is not None else None
        value = va.get(group, 0.0)
        if kind == "productivity":
            label = f"{currency}/{unit}"
            before = value / base if base and value else None
            later = value / then if then and value else None
        else:
            label = f"{'t CO2' if key == 'co2_intensity' else unit}/1000 {currency}"
            per = value / 1000.0
            before = base / per if base is not None and per else None
            later = then / per if then is not None and per else None
        out.append(ProgrammeIndicator(key, label, before, later, counts.get(group, 0)))
    return out


__all__ = [
    "INDICATORS",
    "RESOURCE_GROUPS",
    "ProgrammeIndicator",
    "ResourceLine",
    "ValueAdded",
    "aggregate",
]
