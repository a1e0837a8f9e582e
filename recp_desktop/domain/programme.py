"""Consolidation of a programme: totals and breakdowns over many assessments' options.

The storage layer sums the options in one SQL ``GROUP BY`` over the finest grouping the
breakdowns need (currency × country × sector × year × CP technique × area); this module rolls
those groups up into the programme's totals and its breakdowns by country, sector (NACE
division), CP technique, area and year, with :class:`~recp_desktop.domain.savings.Savings` as
the value type, so that money is converted exactly as everywhere else: only at the
:class:`~recp_desktop.domain.savings.ExchangeRate`\\ s a supervisor entered, and a currency
without one is refused by name (:class:`MissingRateError`).

Units: money and investment in the reporting currency (ISO 4217), energy in MWh, water in m³,
materials and waste in t, CO2 in t, payback in years (total investment over total yearly money
saved, UNIDO's simple payback). Waste reductions are the tonnes saved by options of the
``waste`` area; materials are the tonnes saved by options of the other areas (an option records
tonnes in one field, ``saving_materials_t``; its area says which resource they are).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from recp_desktop.domain.numbers import NumberError, parse_number
from recp_desktop.domain.savings import CurrencyMismatchError, ExchangeRate, Savings
from recp_desktop.domain.vocabulary import REVIEW_STATES

DIMENSIONS = ("country", "sector", "technique", "area", "year")
"""The breakdowns of a programme, in the order reports show them."""
ASSESSMENT_DIMENSIONS = ("country", "sector", "year")
"""Breakdowns whose groups are assessments (the others group options)."""
UNKNOWN = ""
"""The key of a group whose attribute is not recorded (no NACE code, no dates)."""


class MissingRateError(CurrencyMismatchError):
    """Money in ``currency`` is to be reported in ``target`` and no rate between them was
    entered. The message names both and says how to give one."""

    def __init__(self, currency: str, target: str) -> None:
        self.currency, self.target = currency, target
        super().__init__(
            f"No exchange rate for {currency}: enter how many {target} one {currency} is worth "
            f"(for example {currency}=0.5) before reporting in {target}."
        )


class OptionGroup(NamedTuple):
    """One row of the options' ``GROUP BY``: sums over the options of one group, money in
    ``currency`` (the assessments'). ``options`` counts every live option (rejected ones too,
    they were identified); the savings are those of the options in the chosen statuses."""

    currency: str
    country: str
    sector: str  # NACE division, "10"
    year: str  # "2026", or UNKNOWN
    technique: str
    area: str
    options: int
    implemented: int
    investment: float
    money: float
    energy_mwh: float
    water_m3: float
    materials_t: float
    waste_t: float
    co2_t: float


VALUES = OptionGroup._fields[6:]
"""The summed fields of a group: counts, then money (investment, money), then physical."""


@dataclass(frozen=True)
class AssessmentGroup:
    """How many assessments share a currency, country, sector and year."""

    currency: str
    country: str
    sector: str
    year: str
    count: int


@dataclass(frozen=True)
class Figures:
    """The figures of one group (or of the whole programme): ``savings`` in the reporting
    currency (``savings.count`` is the number of options), the options implemented, and the
    assessments (None for groups of options: technique, area)."""

    key: str
    savings: Savings
    implemented: int = 0
    assessments: int | None = None

    @property
    def options(self) -> int:
        return self.savings.count

    @property
    def payback_years(self) -> float | None:
        return self.savings.payback_years


@dataclass(frozen=True)
class Consolidation:
    """A programme's totals and breakdowns (``breakdowns[dimension]``, largest money first; years
    in time order),
    in ``currency``, with the ``rates`` used to bring other currencies into it."""

    currency: str
    assessments: int
    totals: Figures
    breakdowns: dict[str, list[Figures]]
    rates: tuple[ExchangeRate, ...] = ()
    currencies: tuple[str, ...] = ()  # the currencies the counted assessments use


def _factor(currency: str, target: str, rates: Mapping[str, ExchangeRate]) -> ExchangeRate | None:
    if not currency or currency == target:
        return None
    rate = rates.get(currency)
    if rate is None or rate.target != target:
        raise MissingRateError(currency, target)
    return rate


def consolidate(
    option_groups: Iterable[OptionGroup],
    assessment_groups: Iterable[AssessmentGroup],
    currency: str,
    rates: Iterable[ExchangeRate] = (),
    by_option: Iterable[OptionGroup] | None = None,
) -> Consolidation:
    r"""Roll the groups up into totals and breakdowns in ``currency``.

    ``option_groups`` give the totals and every breakdown; or, when ``by_option`` is given,
    the totals and the breakdowns by assessment (country, sector, year) while ``by_option``
    (the same options grouped by currency, technique and area) gives the breakdowns by
    technique and area: two coarse ``GROUP BY``\ s read faster than one fine one.

    ``rates`` are keyed by their source currency and must have ``currency`` as target; a
    group in a currency without one raises :class:`MissingRateError` (before any sum). Only
    the rates actually needed are listed in the result. Money is multiplied by the rate group
    by group, then every field is added with :func:`math.fsum`.

    Every breakdown partitions the same groups, so the sum over a breakdown equals the total
    (up to rounding of the floating-point sums).
    """
    by_source = {rate.source: rate for rate in rates}
    options = list(option_groups)
    per_option = options if by_option is None else list(by_option)
    assessments = list(assessment_groups)
    used: dict[str, ExchangeRate] = {}
    codes = {g.currency for g in options} | {g.currency for g in per_option}
    for code in sorted(codes | {g.currency for g in assessments}):
        rate = _factor(code, currency, by_source)
        if rate is not None:
            used[code] = rate
    factor = {code: rate.rate for code, rate in used.items()}

    def converted(groups: list[OptionGroup]) -> list[tuple]:
        """Each group's summed values with money in ``currency``."""
        return [
            (
                *g[6:8],
                g.investment * factor.get(g.currency, 1.0),
                g.money * factor.get(g.currency, 1.0),
                *g[10:],
            )
            for g in groups
        ]

    values = converted(options)
    values_per_option = values if by_option is None else converted(per_option)

    def figures(key: str, rows: list[tuple], count: int | None) -> Figures:
        sums = [math.fsum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * 9
        savings = Savings(
            currency,
            int(sums[0]),
            investment=sums[2],
            money=sums[3],
            energy_mwh=sums[4],
            water_m3=sums[5],
            materials_t=sums[6],
            waste_t=sums[7],
            co2_t=sums[8],
            rates=tuple(used.values()),
        )
        return Figures(key, savings, int(sums[1]), count)

    counts: dict[str, dict[str, int]] = {d: defaultdict(int) for d in ASSESSMENT_DIMENSIONS}
    for group in assessments:
        for dimension in ASSESSMENT_DIMENSIONS:
            counts[dimension][getattr(group, dimension)] += group.count
    breakdowns: dict[str, list[Figures]] = {}
    for dimension in DIMENSIONS:
        index = OptionGroup._fields.index(dimension)
        members: dict[str, list[tuple]] = defaultdict(list)
        groups, sums = (
            (options, values)
            if dimension in ASSESSMENT_DIMENSIONS
            else (per_option, values_per_option)
        )
        for group, row in zip(groups, sums, strict=True):
            members[group[index]].append(row)
        per_key = counts.get(dimension)
        keys = set(members) | set(per_key or ())
        rows = [
            figures(key, members.get(key, []), per_key.get(key, 0) if per_key is not None else None)
            for key in keys
        ]
        if dimension == "year":  # in time order, the unknown year last
            rows.sort(key=lambda f: (not f.key, f.key))
        else:
            rows.sort(key=lambda f: (-f.savings.money, -f.options, f.key))
        breakdowns[dimension] = rows
    total_count = sum(g.count for g in assessments)
    return Consolidation(
        currency=currency,
        assessments=total_count,
        totals=figures("", values, total_count),
        breakdowns=breakdowns,
        rates=tuple(used[code] for code in sorted(used)),
        currencies=tuple(sorted({g.currency for g in assessments if g.currency})),
    )


def parse_rate(
    text: str,
    target: str,
    *,
    language: str = "en",
    on: date | None = None,
    origin: str = "",
) -> ExchangeRate:
    """A rate typed as ``CODE=RATE`` (``GEL=0.63``: one GEL is 0.63 ``target``).

    The number is read with the shared parser (:func:`recp_desktop.domain.numbers.parse_number`)
    in ``language``. Raises ``ValueError`` with a message naming the text: no ``=``, a code that
    is not three letters, a number that is not one, or a rate that is not positive.
    """
    code, sep, number = text.partition("=")
    code = code.strip().upper()
    if not sep or len(code) != 3 or not code.isalpha():
        raise ValueError(f"'{text}' is not a rate: write it as CODE=RATE, for example GEL=0.63")
    try:
        value = parse_number(number.strip(), language)
    except NumberError as exc:
        raise ValueError(f"the rate for {code}: {exc}") from None
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"the rate for {code} must be more than 0, not {number.strip()}")
    if code == target:
        raise ValueError(f"{code} is the reporting currency: it needs no rate")
    return ExchangeRate(code, target, value, on=on, origin=origin)


@dataclass(frozen=True)
class ProgrammeFilter:
    """Which assessments a programme counts. An empty tuple means "any".

    ``review`` are the review states counted (default: approved only; None: every state);
    ``sectors`` NACE divisions (``"10"``); ``years`` the year the assessment started (or ended);
    ``ids`` limits to those assessments (a text search done by the caller).
    ``option_statuses`` are the options whose savings count (default: all but rejected).
    """

    review: tuple[str, ...] | None = ("approved",)
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    experts: tuple[str, ...] = ()
    ids: frozenset[str] | None = None
    option_statuses: tuple[str, ...] = ("identified", "recommended", "implemented")


__all__ = [
    "ASSESSMENT_DIMENSIONS",
    "DIMENSIONS",
    "REVIEW_STATES",
    "AssessmentGroup",
    "Consolidation",
    "Figures",
    "MissingRateError",
    "OptionGroup",
    "ProgrammeFilter",
    "consolidate",
    "parse_rate",
]
