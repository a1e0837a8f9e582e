"""Numbers as people type and read them, in the display language: one rule for every field.

Reading (:func:`read_number`, :func:`parse_number`) and writing (:func:`format_number` and its
relatives) both take the separators from CLDR through Babel, so the text the app prints reads
back as the same number, and what a user types means the same number on every screen, in the
CLI and in the report:

* The language's own notation first (Babel's ``parse_decimal`` in strict mode): English
  ``1,234.5``, Russian ``1 234,5``, Azerbaijani ``1.234,5``. A lone mark that could be either
  (``1,500``, ``1.500``) is read by the language's rule — 1500 in English, 1.5 in Russian,
  1500 in Azerbaijani for ``1.500`` — and :class:`Reading` flags it, so the interface can echo
  it back formatted.
* Spaces between groups of three digits are group separators in every language (ISO 80000-1).
* The other decimal mark is accepted where it cannot be a group separator: ``12,5`` in English
  and ``1.5`` in Azerbaijani are 12.5 and 1.5 (a group has exactly three digits after its mark).
* ``1/8`` is a fraction; ``1e5`` an exponent; ``−`` (U+2212) a minus sign.
* Refused, with :class:`NumberError` naming the text: anything else, ``inf``, ``nan``, numbers
  that overflow (``1e999``) and magnitudes above :data:`MAX_MAGNITUDE` (nobody types them).

Dates, money, percentages and durations are formatted with Babel too (CLDR patterns, plural
rules), so the report, the interface and the CLI share one way of writing them.
"""

from __future__ import annotations

import decimal
import math
import re
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

MAX_MAGNITUDE = 1e15
"""Largest magnitude accepted as typed: above a quadrillion no plant figure is meant."""

_SPACES = "\u0020\u00a0\u202f\u2009\u2007"  # space, no-break, narrow no-break, thin, figure
_MINUSES = "\u2212\u2012\u2013"  # minus sign, figure dash, en dash typed for a minus
_SPACE_RUN = re.compile(f"[{_SPACES}]+")
_SHAPE = re.compile(r"[+-]?(?:[0-9][0-9., ]*)?[.,]?[0-9]+(?:[eE][+-]?[0-9]{1,4})?")
_SPACE_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?: [0-9]{3})+(?![0-9])")
_FRACTION = re.compile(r"([+-]?[0-9]+) ?/ ?([0-9]+)")


class NumberError(ValueError):
    """A text that is not a number the app accepts.

    ``reason``: ``not_a_number`` (no number, or separators that fit no reading),
    ``not_finite`` (``inf``, ``nan``, overflow) or ``too_large`` (above :data:`MAX_MAGNITUDE`).
    ``example`` is a number written the way ``language`` writes it, for the message.
    """

    def __init__(self, text: str, reason: str, language: str) -> None:
        self.text, self.reason, self.language = text, reason, language
        self.example = format_number(1234.5, language)
        message = {
            "not_finite": f"'{text}' is not a finite number",
            "too_large": f"'{text}' is too large (more than {MAX_MAGNITUDE:.0e})",
        }.get(reason, f"'{text}' is not a number; type e.g. {self.example}")
        super().__init__(message)


@dataclass(frozen=True)
class Reading:
    """How a typed number was read: its ``value``, and whether another language's rule would
    read the same text differently (``ambiguous``: ``1,500``, ``1.500``)."""

    text: str
    value: float
    language: str
    ambiguous: bool

    @property
    def echo(self) -> str:
        """The value written back in the language's notation (``1,500`` -> ``1,5`` in ru)."""
        return format_number(self.value, self.language)


@cache
def locale(language: str) -> Locale:
    """Babel's locale for a display language code (``en``, ``ru``, ``az``…); English if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


@cache
def symbols(language: str) -> tuple[str, str]:
    """The ``(group, decimal)`` marks CLDR gives ``language``: ``(",", ".")`` in English."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    loc = locale(language)
    group = get_group_symbol(loc)
    return (" " if group in _SPACES else group), get_decimal_symbol(loc)


def read_number(text: str, language: str = "en") -> Reading:
    """Read ``text`` as a number by ``language``'s rule (see the module); :class:`NumberError`."""
    original = "" if text is None else str(text)
    cleaned = _SPACE_RUN.sub(" ", original.strip())
    for minus in _MINUSES:
        cleaned = cleaned.replace(minus, "-")
    fraction = _FRACTION.fullmatch(cleaned)
    if fraction:
        if int(fraction[2]) == 0:
            raise NumberError(original, "not_a_number", language)
        value = float(Fraction(int(fraction[1]), int(fraction[2])))
        return Reading(original, _checked(value, original, language), language, False)
    if not _SHAPE.fullmatch(cleaned):
        infinite = cleaned.lstrip("+-").casefold() in ("inf", "infinity", "nan", "∞")
        raise NumberError(original, "not_finite" if infinite else "not_a_number", language)
    if " " in cleaned:
        grouped = _SPACE_GROUPED.match(cleaned)
        if not grouped or " " in cleaned[grouped.end() :]:
            raise NumberError(original, "not_a_number", language)
        cleaned = cleaned.replace(" ", "")
    parsed = _babel_parse(cleaned, language)
    if parsed is None:
        raise NumberError(original, "not_a_number", language)
    try:
        value = float(parsed)
    except (OverflowError, ValueError):
        raise NumberError(original, "not_finite", language) from None
    return Reading(original, _checked(value, original, language), language, _ambiguous(cleaned))


def parse_number(text: str, language: str = "en") -> float:
    """The value of ``text`` read by ``language``'s rule; raise :class:`NumberError`."""
    return read_number(text, language).value


def _babel_parse(text: str, language: str) -> decimal.Decimal | None:
    """Babel's strict reading, else a lone group mark that cannot be one read as the decimal."""
    from babel.numbers import NumberFormatError, parse_decimal

    loc = locale(language)
    group, point = symbols(language)
    with decimal.localcontext() as context:
        context.prec = 100  # Babel's strict check re-formats what it read: room for 1e99
        context.traps[decimal.Overflow] = False
        try:
            return parse_decimal(text, locale=loc, strict=True)
        except (NumberFormatError, ArithmeticError):
            pass
        # "12,5" in English, "1.5" in Azerbaijani: a group has exactly three digits after it.
        if text.count(group) == 1 and point not in text:
            after = re.match(r"[0-9]*", text.split(group, 1)[1])
            if after and len(after.group(0)) != 3:
                try:
                    return parse_decimal(text.replace(group, point), locale=loc, strict=True)
                except (NumberFormatError, ArithmeticError):
                    return None
    return None


def _ambiguous(text: str) -> bool:
    """One ``,`` or ``.`` followed by exactly three digits: 1500 in one language, 1.5 in another."""
    marks = [c for c in text if c in ",."]
    return len(marks) == 1 and bool(re.search(r"[0-9][.,][0-9]{3}(?![0-9])", text))


def _checked(value: float, text: str, language: str) -> float:
    if not math.isfinite(value):
        raise NumberError(text, "not_finite", language)
    if abs(value) > MAX_MAGNITUDE:
        raise NumberError(text, "too_large", language)
    return value + 0.0  # no -0.0


# --- writing ------------------------------------------------------------------------------------

_PRECISION = 420
"""Digits of the decimal context when rounding for display: every digit a float can have before
the point (up to 1.8e308) plus the places, since ``quantize`` refuses a result longer than the
context's precision (the default 28 failed on 4.2e28 t/yr)."""


def _decimal(value: float, decimals: int | None, significant: int | None) -> decimal.Decimal:
    if significant is not None:
        exact = decimal.Decimal(f"{value:.{significant}g}")
    else:
        exact = decimal.Decimal(repr(float(value)))
    if decimals is not None:
        with decimal.localcontext() as context:
            context.rounding = decimal.ROUND_HALF_UP
            context.prec = _PRECISION
            exact = exact.quantize(decimal.Decimal(1).scaleb(-decimals))
    return abs(exact) if exact == 0 else exact  # no "-0"


def format_number(
    value: float,
    language: str = "en",
    decimals: int | None = None,
    *,
    significant: int | None = None,
    grouping: bool = True,
) -> str:
    """``value`` in ``language``'s notation, never in scientific notation.

    ``decimals`` rounds (half up) to that many places and shows them all (``12.50``);
    ``significant`` keeps that many significant figures; with neither, the shortest text that
    reads back as exactly ``value``. ``—`` for None and non-finite values.
    """
    from babel.numbers import format_decimal

    if value is None or not math.isfinite(value):
        return "—"
    number = _decimal(value, decimals, significant)
    exponent = int(number.normalize().as_tuple().exponent)
    places = max(0, -exponent) if decimals is None else decimals
    pattern = ("#,##0" if grouping else "0") + ("." + "0" * places if places else "")
    with decimal.localcontext() as context:
        context.rounding = decimal.ROUND_HALF_UP
        context.prec = _PRECISION
        return _spaces(format_decimal(number, format=pattern, locale=locale(language)))


def format_significant(value: float | None, language: str = "en", digits: int = 3) -> str:
    """``value`` to about ``digits`` significant figures, integer digits all kept and at most
    six decimals: 1,235 · 12.3 · 0.0123 · 0.120."""
    if value is None or not math.isfinite(value):
        return "—"
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    return format_number(value, language, min(max(0, digits - 1 - magnitude), 6))


def format_amount(value: float | None, language: str = "en") -> str:
    """A physical amount with sensible precision: whole from 100 up or when whole, else three
    significant figures (1,234 · 12.3 · 0.123 · 48)."""
    if value is None or not math.isfinite(value):
        return "—"
    if abs(value) >= 100 or value == int(value):
        return format_number(value, language, 0)
    return format_significant(value, language, 3)


def format_percent(fraction: float | None, language: str = "en", decimals: int = 0) -> str:
    """A fraction as a percentage by CLDR's pattern: ``12%``, ``12 %`` (ru), ``12,5%`` (az)."""
    from babel.numbers import format_percent as babel_percent

    if fraction is None or not math.isfinite(fraction):
        return "—"
    loc = locale(language)
    pattern = loc.percent_formats[None].pattern.replace("#,##0", "#,##0" + _places(decimals))
    with decimal.localcontext() as context:
        context.rounding = decimal.ROUND_HALF_UP
        context.prec = _PRECISION
        rounded = _decimal(fraction * 100, decimals, None) / 100
        return _spaces(babel_percent(rounded, format=pattern, locale=loc))


def format_money(
    value: float | None, currency: str, language: str = "en", decimals: int = 0
) -> str:
    """Money with its ISO code after the number: ``15,330 AZN``, ``15 330 AZN``, ``15.330 AZN``.

    The code, not the sign: the manat, lari and dram signs are missing from many fonts, and a
    code is unambiguous in a report read abroad.
    """
    if value is None or not math.isfinite(value):
        return "—"
    return f"{format_number(value, language, decimals)}\u00a0{currency}"


def format_date(value: date | None, language: str = "en") -> str:
    """A date in words, day first: ``12 October 2026``, ``12 октября 2026 г.``, ``12 oktyabr
    2026`` (CLDR's long format for ru; ``d MMMM y`` elsewhere)."""
    from babel.dates import format_date as babel_date

    if value is None:
        return "—"
    loc = locale(language)
    pattern = "long" if loc.language == "ru" else "d MMMM y"
    return _spaces(babel_date(value, pattern, locale=loc))


def format_duration(value: float, unit: str, language: str = "en", decimals: int = 0) -> str:
    """``value`` ``unit`` (``year``, ``month``, ``hour``) with the language's plural:
    ``2.4 years``, ``2,4 года``, ``5 лет``, ``3 months``, ``3 ay`` (CLDR unit patterns)."""
    from babel.units import format_unit

    number = _decimal(value, decimals, None)
    with decimal.localcontext() as context:
        context.rounding = decimal.ROUND_HALF_UP
        context.prec = _PRECISION
        text = format_unit(
            number,
            f"duration-{unit}",
            length="long",
            format="#,##0" + _places(decimals),
            locale=locale(language),
        )
    return _spaces(re.sub(r"(?<=[0-9]) ", "\u00a0", text, count=1))


def _places(decimals: int) -> str:
    return "." + "0" * decimals if decimals > 0 else ""


def _spaces(text: str) -> str:
    """CLDR's narrow no-break space (U+202F) as a no-break space: many fonts lack the former."""
    return text.replace("\u202f", "\u00a0")
