"""Numbers, money, dates and units written the way the report's language writes them.

English: ``1,234,567.8``, ``12 October 2026``, ``12%``. Russian: ``1 234 567,8`` (no-break
space between groups), ``12 октября 2026 г.``, ``12 %``. Azerbaijani, as CLDR has it for
``az``: ``1.234.567,8``, ``12 oktyabr 2026``, ``12%``. Money carries its ISO code
(``15 330 AZN``): the manat, lari and dram signs are missing from most fonts, and the code is
unambiguous in a report that may be read abroad.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "az": (  # CLDR "az": the same form in "12 oktyabr 2026" as on its own
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ),
}


def plural_ru(number: float, one: str, few: str, many: str) -> str:
    """The Russian form for ``number``: 1 год, 2 года, 5 лет; fractions take the ``few`` form."""
    if number != int(number):
        return few
    n = abs(int(number))
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


@dataclass(frozen=True)
class Formatter:
    """Formatting for one report language (``en``, ``ru`` or ``az``)."""

    language: str = "en"

    @property
    def _group(self) -> str:
        return {"ru": NBSP, "az": "."}.get(self.language, ",")

    @property
    def _decimal(self) -> str:
        return "," if self.language in ("ru", "az") else "."

    def number(self, value: float | None, decimals: int = 0) -> str:
        """``value`` rounded to ``decimals`` places with group separators; ``—`` for None."""
        if value is None or not math.isfinite(value):
            return "—"
        rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
        if rounded == 0:
            rounded = abs(rounded)  # no "-0"
        text = f"{rounded:,.{decimals}f}"
        text = text.replace(",", "\x00").replace(".", self._decimal)
        text = text.replace("\x00", self._group)
        return text.replace("-", "−")

    def sig(self, value: float | None, digits: int = 3) -> str:
        """``value`` to about ``digits`` significant figures, never in scientific notation."""
        if value is None or not math.isfinite(value):
            return "—"
        if value == 0:
            return "0"
        magnitude = math.floor(math.log10(abs(value)))
        decimals = max(0, digits - 1 - magnitude)
        return self.number(value, min(decimals, 6))

    def amount(self, value: float | None) -> str:
        """A physical amount with sensible precision: 1,234 · 12.3 · 0.123 · 48."""
        if value is None or not math.isfinite(value):
            return "—"
        if abs(value) >= 100 or value == int(value):
            return self.number(value, 0)
        return self.sig(value, 3)

    def money(self, value: float | None, currency: str) -> str:
        if value is None:
            return "—"
        return f"{self.number(value, 0)}{NBSP}{currency}"

    def percent(self, fraction: float | None, decimals: int = 0) -> str:
        if fraction is None or not math.isfinite(fraction):
            return "—"
        text = self.number(fraction * 100, decimals)
        return f"{text}{NBSP}%" if self.language == "ru" else f"{text}%"  # az: 12,5%

    def change(self, fraction: float | None) -> str:
        """A relative change with its sign: ``+12%``, ``−3%``."""
        if fraction is None or not math.isfinite(fraction):
            return "—"
        rounded = round(fraction * 100, 1)
        sign = "+" if rounded > 0 else ""
        return sign + self.percent(fraction, 1 if abs(rounded) < 10 else 0)

    def date(self, value: date | None) -> str:
        if value is None:
            return "—"
        month = MONTHS.get(self.language, MONTHS["en"])[value.month - 1]
        if self.language == "ru":
            return f"{value.day}{NBSP}{month} {value.year}{NBSP}г."
        return f"{value.day} {month} {value.year}"  # en and az alike

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
        """A duration in years: ``2.4 years`` / ``2,4 года`` / ``2,4 il``."""
        text = self.number(value, 1 if value < 10 else 0)
        if self.language == "ru":
            shown = float(text.replace(NBSP, "").replace(",", ".").replace("−", "-"))
            return f"{text}{NBSP}{plural_ru(shown, 'год', 'года', 'лет')}"
        if self.language == "az":  # a noun after a number stays singular: 1 il, 5 il
            return f"{text}{NBSP}il"
        return f"{text} year" if text == "1.0" else f"{text} years"

    def payback(self, years: float | None) -> str:
        """Simple payback: ``immediate`` at no cost, months under a year, else years."""
        if years is None:
            return "—"
        if years == 0:
            return {"ru": "сразу", "az": "dərhal"}.get(self.language, "immediate")
        if years < 1:
            months = max(1, round(years * 12))
            if self.language == "ru":
                return f"{months}{NBSP}{plural_ru(months, 'месяц', 'месяца', 'месяцев')}"
            if self.language == "az":
                return f"{months}{NBSP}ay"
            return f"{months} month" if months == 1 else f"{months} months"
        return self.years(years)
