"""Yearly savings of options, and their totals over options, assessments and programmes.

One value type, :class:`Savings`, serves every level: the options register's total line, the
overview, the report's "all options" and "recommended" columns, the indicators' projected
values, and the supervisor's consolidation over thousands of assessments (DESIGN §8).

Units are fixed: money and investment in ``currency`` (an ISO 4217 code), energy in MWh (final
energy), water in m³, materials and waste in tonnes, CO2 in tonnes. Money is never added across
currencies: adding savings in AZN to savings in GEL raises :class:`CurrencyMismatchError`;
:meth:`Savings.total` converts only at the :class:`ExchangeRate`\\ s it is given, and the rates
used stay listed in the result (:attr:`Savings.rates`) so that every output can say which.

Payback is computed from the sums (total investment over total yearly money saved), never
averaged from the parts: the simple payback of UNIDO's COMFAR / the RECP option evaluation.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

PHYSICAL = ("energy_mwh", "water_m3", "materials_t", "waste_t", "co2_t")
"""Fields that are added as they are, whatever the currency."""
MONEY = ("investment", "money")
"""Fields in :attr:`Savings.currency`, converted only at an explicit rate."""


class CurrencyMismatchError(ValueError):
    """Money in two currencies was to be added without a rate between them."""


def payback_years(investment: float | None, money: float | None) -> float | None:
    """Simple payback in years: investment / yearly money saved.

    0 for a no-cost measure; None when nothing is saved in money (no payback exists).
    """
    if not money or money <= 0:
        return None
    return (investment or 0.0) / money


@dataclass(frozen=True)
class ExchangeRate:
    """``rate`` units of ``target`` per one unit of ``source`` (1 EUR = 1.95 AZN: source EUR,
    target AZN, rate 1.95), as entered by a supervisor, with when and where it is from."""

    source: str
    target: str
    rate: float
    on: date | None = None
    origin: str = ""  # where the rate comes from: "Central Bank of Azerbaijan, 2026-03-31"

    def __post_init__(self) -> None:
        if not (math.isfinite(self.rate) and self.rate > 0):
            raise ValueError(f"an exchange rate must be a positive number, not {self.rate!r}")
        if self.source == self.target:
            raise ValueError(f"a rate from {self.source} to itself is not a rate")


@dataclass(frozen=True)
class Savings:
    """Yearly savings of ``count`` options (or the total of several such), with their
    investment. The zero, ``Savings()``, has no currency and adds to any."""

    currency: str = ""
    count: int = 0
    investment: float = 0.0
    money: float = 0.0  # per year
    energy_mwh: float = 0.0
    water_m3: float = 0.0
    materials_t: float = 0.0
    waste_t: float = 0.0
    co2_t: float = 0.0
    rates: tuple[ExchangeRate, ...] = ()  # the rates used to bring money into ``currency``

    def __post_init__(self) -> None:
        if not self.currency and (self.investment or self.money):
            raise CurrencyMismatchError("money without a currency")

    @property
    def payback_years(self) -> float | None:
        """Total investment over total yearly money saved (see :func:`payback_years`)."""
        return payback_years(self.investment, self.money)

    @property
    def energy_kwh(self) -> float:
        return self.energy_mwh * 1000.0

    def __add__(self, other: Savings) -> Savings:
        if not isinstance(other, Savings):
            return NotImplemented
        return Savings.total((self, other))

    def __radd__(self, other: object) -> Savings:
        if other == 0:  # sum() starts from 0
            return self
        return NotImplemented

    def converted(self, rate: ExchangeRate) -> Savings:
        """The same savings with money and investment in ``rate.target``."""
        if self.currency != rate.source:
            held = self.currency or "no currency"
            raise CurrencyMismatchError(f"a rate from {rate.source} cannot convert money in {held}")
        return Savings(
            currency=rate.target,
            count=self.count,
            investment=self.investment * rate.rate,
            money=self.money * rate.rate,
            **{name: getattr(self, name) for name in PHYSICAL},
            rates=(*self.rates, rate),
        )

    @classmethod
    def total(
        cls,
        items: Iterable[Savings],
        *,
        currency: str | None = None,
        rates: Iterable[ExchangeRate] = (),
    ) -> Savings:
        """The sum of ``items`` (each field added with :func:`math.fsum`).

        ``currency`` is the result's; by default the items' one currency. An item in another
        currency is converted at the rate from ``rates`` for that pair; without one,
        :class:`CurrencyMismatchError` names the two currencies. The rates actually used are
        kept in :attr:`rates`.
        """
        by_pair = {(r.source, r.target): r for r in rates}
        items = list(items)
        target = currency or ""
        if not target:
            currencies = {item.currency for item in items if item.currency}
            if len(currencies) > 1:
                raise CurrencyMismatchError(
                    "savings in {} cannot be added without exchange rates".format(
                        " and ".join(sorted(currencies))
                    )
                )
            target = currencies.pop() if currencies else ""
        used: dict[tuple[str, str], ExchangeRate] = {}
        factors: list[float] = []  # each item's money into ``target``: 1 or its rate
        for item in items:
            for rate in item.rates:
                used.setdefault((rate.source, rate.target), rate)
            if not item.currency or item.currency == target:
                factors.append(1.0)
                continue
            rate = by_pair.get((item.currency, target))
            if rate is None:
                raise CurrencyMismatchError(
                    f"savings in {item.currency} cannot be added to savings in {target} "
                    f"without a {item.currency}→{target} exchange rate"
                )
            used.setdefault((rate.source, rate.target), rate)
            factors.append(rate.rate)
        fields = {
            name: math.fsum(map(operator.mul, map(operator.attrgetter(name), items), factors))
            for name in MONEY
        }
        for name in PHYSICAL:
            fields[name] = math.fsum(map(operator.attrgetter(name), items))
        return cls(
            currency=target,
            count=sum(item.count for item in items),
            rates=tuple(used.values()),
            **fields,
        )
