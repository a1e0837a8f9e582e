"""Numbers, money, dates and units written the way the report's language writes them.

The numbers, money, percentages, dates and durations come from
:mod:`recp_desktop.domain.numbers` (Babel, CLDR data), the same functions the interface and the
CLI use: English ``1,234,567.8``, ``12 October 2026``, ``12%``; Russian ``1 234 567,8``,
``12 октября 2026 г.``, ``12 %``; Azerbaijani ``1.234.567,8``, ``12 oktyabr 2026``, ``12%``.
Money carries its ISO code (``15 330 AZN``): the manat, lari and dram signs are missing from
most fonts, and the code is unambiguous in a report that may be read abroad. Negative numbers
take the typographic minus (U+2212), which the number parser reads back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from recp_desktop.domain import numbers

NBSP = "\u00a0"


@dataclass(frozen=True)
class Formatter:
    """Formatting for one report language (``en``, ``ru`` or ``az``)."""

    language: str = "en"

    def number(self, value: float | None, decimals: int = 0) -> str:
        """``value`` rounded (half up) to ``decimals`` places with group separators; ``—`` for
        None."""
        return _minus(numbers.format_number(value, self.language, decimals))

    def sig(self, value: float | None, digits: int = 3) -> str:
        """``value`` to about ``digits`` significant figures, never in scientific notation."""
        return _minus(numbers.format_significant(value, self.language, digits))

    def amount(self, value: float | None) -> str:
        """A physical amount with sensible precision: 1,234 · 12.3 · 0.123 · 48."""
        return _minus(numbers.format_amount(value, self.language))

    def money(self, value: float | None, currency: str) -> str:
        return _minus(numbers.format_money(value, currency, self.language))

    def percent(self, fraction: float | None, decimals: int = 0) -> str:
        return _minus(numbers.format_percent(fraction, self.language, decimals))

    def change(self, fraction: float | None) -> str:
        """A relative change with its sign: ``+12%``, ``−3%``."""
        if fraction is None or fraction != fraction or abs(fraction) == float("inf"):
            return "—"
        rounded = round(fraction * 100, 1)
        sign = "+" if rounded > 0 else ""
        return sign + self.percent(fraction, 1 if abs(rounded) < 10 else 0)

    def date(self, value: date | None) -> str:
        return numbers.format_date(value, self.language)

    def date_range(self, start: date | None, end: date | None) -> str:
        if start is None and end is None:
            return "—"
        if start is None or end is None or start == end:
            return self.date(start or end)
        return f"{self.date(start)} – {self.date(end)}"

    def unit(self, unit: str) -> str:
        """A unit as printed: ``m**3`` -> ``m³`` (``м³`` in Russian), ``kWh`` -> ``кВт·ч`` or
        ``kVt·saat`` (:func:`recp_desktop.domain.unit_labels.unit_label`, as everywhere)."""
        from recp_desktop.domain.unit_labels import unit_label

        return unit_label(unit, self.language) if unit else ""

    def quantity(self, value: float | None, unit: str) -> str:
        if value is None:
            return "—"
        label = self.unit(unit)
        return (
            f"{self.amount(value)}{NBSP}{label}" if label and label != "—" else self.amount(value)
        )

    def years(self, value: float) -> str:
        """A duration in years: ``2.4 years`` / ``2,4 года`` / ``2,4 il`` (CLDR plurals)."""
        return _minus(numbers.format_duration(value, "year", self.language, 1 if value < 10 else 0))

    def payback(self, years: float | None) -> str:
        """Simple payback: ``immediate`` at no cost, months under a year, else years."""
        if years is None:
            return "—"
        if years == 0:
            return {"ru": "сразу", "az": "dərhal"}.get(self.language, "immediate")
        if years < 1:
            return numbers.format_duration(max(1, round(years * 12)), "month", self.language)
        return self.years(years)


def _minus(text: str) -> str:
    return text.replace("-", "\u2212")
