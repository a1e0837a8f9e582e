"""The one unit registry of the application.

Everything that handles a physical quantity goes through :func:`registry`, so that a value typed
as ``12 Gcal`` in a checklist, a baseline or a calculator means the same everywhere. The registry
extends pint's defaults with the units met in post-Soviet industry (see
``shared/reference/units.yaml``):

* ``Gcal`` (international table calorie), ``tce`` (tonne of coal equivalent, 7 Gcal) and
  ``toe`` (tonne of oil equivalent, 10 Gcal);
* ``Nm3`` (normal cubic metre, 0 °C and 101.325 kPa), ``Sm3`` (CIS standard cubic metre,
  20 °C and 101.325 kPa, GOST 2939-63) and ``scf`` (68 °F, 14.696 psia) as amounts
  of gas. A plain ``m3`` of gas is counted at 20 °C and 101.325 kPa, as CIS meters and bills
  count it: the registry's ``gas`` context (always on) converts amounts of gas and volumes, and
  their flows, through the standard cubic metre (1 m³ = 1 Sm³), so that ``100 Nm3`` is
  107.32 m³ on the baseline, in the tariffs and in ``recp units convert`` alike;
* ``scfm`` (standard cubic feet per minute, 68 °F, 14.696 psia — the compressed-air convention);
* ``kgf/cm2`` (technical atmosphere, ``at``);
* currencies: each ISO 4217 code is a dimension of its own and never converts into another.

Building a pint registry takes a few hundred milliseconds, so it is built on first use.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import TYPE_CHECKING

from recp_desktop.domain.numbers import NumberError
from recp_desktop.domain.numbers import parse_number as _parse_number

if TYPE_CHECKING:
    import pint

# ISO 4217 codes of the currencies our users meet; each becomes its own dimension.
CURRENCIES: tuple[str, ...] = (
    "AMD",
    "AZN",
    "BYN",
    "GEL",
    "MDL",
    "UAH",
    "RUB",
    "KZT",
    "UZS",
    "KGS",
    "TJS",
    "TMT",
    "TRY",
    "RON",
    "EUR",
    "USD",
    "GBP",
    "CHF",
    "CNY",
)

_DEFINITIONS = """
gigacalorie = 1e9 * international_calorie = Gcal
megacalorie = 1e6 * international_calorie = Mcal
tce = 7 * Gcal = tonne_of_coal_equivalent = t_ce
toe = 10 * Gcal = tonne_of_oil_equivalent = t_oe
normal_cubic_meter = 101325 * Pa * m**3 / (molar_gas_constant * 273.15 * K) = Nm3 = Nm³
standard_cubic_meter = 101325 * Pa * m**3 / (molar_gas_constant * 293.15 * K) = Sm3 = Sm³
standard_cubic_foot = 14.696 * psi * ft**3 / (molar_gas_constant * 293.15 * K) = scf
scfm = standard_cubic_foot / minute
cfm = foot**3 / minute
"""

# Typographic spellings a user may type, mapped to what pint's parser understands.
_SPELLINGS = (
    ("²", "**2"),
    ("³", "**3"),
    ("·", "*"),
    ("×", "*"),
    ("−", "-"),
    ("°C", "degC"),
    ("°F", "degF"),
    ("℃", "degC"),
    ("℉", "degF"),
    ("kgf/cm**2", "kgf/cm**2"),
)

# A number as typed (read by domain.numbers) and the unit after it: "1/8 in", "1 500,5 Гкал",
# "1,234.5 kWh", "−3 °C", "1e5 Pa". Groups of three digits after a space stay with the number.
_NUMBER = re.compile(
    r"^\s*(?P<num>[-+\u2212]?(?:\d+\s*/\s*\d+(?![\d.,])"
    r"|(?:\d[\d.,]*|[.,]\d[\d.,]*)(?:[ \u00a0\u202f\u2009]\d{3}(?![\d])[\d.,]*)*"
    r"(?:[eE][-+]?\d+)?))"
    r"\s*(?P<unit>.*?)\s*$"
)


# Unit spellings pint is known to parse (tests/core/test_units.py checks every one), so that
# checking the templates at start-up needs no registry: building it costs about a second
# before the first window could show.
KNOWN_UNITS = frozenset(
    {
        "kWh", "MWh", "GJ", "Gcal", "kW", "W", "MW", "h", "min", "s", "bar", "kPa", "MPa",
        "psi", "degC", "degF", "K", "m", "mm", "cm", "km", "m**2", "m**3", "L", "m**3/h",
        "m**3/t", "L/min", "L/s", "t", "kg", "g", "percent", "dimensionless", "A", "V",
        "kgf/cm**2", "Nm3", "Sm3", "tce", "toe", "m/s",
    }
)  # fmt: skip


class UnitError(ValueError):
    """A text that is not a quantity, or a unit of the wrong dimension.

    ``reason``: ``not_a_number``, ``not_finite`` and ``too_large`` (the number part, see
    :class:`~recp_desktop.domain.numbers.NumberError`), ``unknown_unit`` or ``wrong_unit``;
    ``details`` holds what the message mentions (``text``, ``unit``, ``expected``), so that an
    interface can say it in the user's language without parsing the English.
    """

    def __init__(self, message: str, reason: str = "invalid", **details: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.details = details


@cache
def registry() -> pint.UnitRegistry:
    """The application's unit registry (built once, on first use)."""
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    # Ours win where pint has its own (its tce is 29.288 GJ; the CIS tonne of coal equivalent
    # is exactly 7 Gcal), so pint's "redefining" warning is expected and silenced.
    pint_log = logging.getLogger("pint.util")
    level = pint_log.level
    pint_log.setLevel(logging.ERROR)
    try:
        for line in _DEFINITIONS.strip().splitlines():
            ureg.define(line)
    finally:
        pint_log.setLevel(level)
    for code in CURRENCIES:
        ureg.define(f"{code} = [currency_{code}]")
    ureg.add_context(_gas_context(ureg))
    ureg.enable_contexts("gas")
    return ureg


def _gas_context(ureg: pint.UnitRegistry) -> pint.Context:
    """Amounts of gas and volumes convert at 20 °C and 101.325 kPa (GOST 2939-63): 1 m³ = 1 Sm³.

    The ideal gas law, n = pV / (RT), as pint's own ``Sm3`` above; flows likewise.
    """
    import pint

    per_volume = ureg.Quantity(101325, "Pa") / (
        ureg.molar_gas_constant * ureg.Quantity(293.15, "K")
    )
    context = pint.Context("gas")
    for suffix in ("", " / [time]"):
        context.add_transformation(
            f"[substance]{suffix}", f"[length] ** 3{suffix}", lambda _u, x: x / per_volume
        )
        context.add_transformation(
            f"[length] ** 3{suffix}", f"[substance]{suffix}", lambda _u, x: x * per_volume
        )
    return context


# Unit names as Russian (GOST 8.417) and Azerbaijani texts write them, so that "12 Гкал" or
# "5 kVt·saat" typed on a plant's keyboard reads as it would in Latin letters. Whole words only.
_LOCAL_NAMES = {
    # Russian
    "Вт": "W", "кВт": "kW", "МВт": "MW", "ГВт": "GW",
    "кВтч": "kWh", "МВтч": "MWh", "ГВтч": "GWh",
    "кал": "cal", "ккал": "kcal", "Мкал": "Mcal", "Гкал": "Gcal",
    "Дж": "J", "кДж": "kJ", "МДж": "MJ", "ГДж": "GJ", "ТДж": "TJ",
    "тут": "tce", "тнэ": "toe",
    "м": "m", "мм": "mm", "см": "cm", "дм": "dm", "км": "km",
    "л": "L", "мл": "mL",
    "т": "t", "кг": "kg", "г": "g", "мг": "mg",
    "тонна": "t", "тонны": "t", "тонн": "t", "тонну": "t", "килограмм": "kg", "литр": "L",
    "литра": "L", "литров": "L",
    "с": "s", "мин": "min", "ч": "h", "сут": "day", "год": "year",
    "Па": "Pa", "кПа": "kPa", "МПа": "MPa", "бар": "bar", "атм": "atm", "ат": "at", "кгс": "kgf",
    "В": "V", "кВ": "kV", "А": "A", "К": "K",
    # Azerbaijani
    "Vt": "W", "kVt": "kW", "MVt": "MW", "QVt": "GW", "GVt": "GW",
    "Gkal": "Gcal", "Qkal": "Gcal",
    "kq": "kg", "ton": "t", "saat": "h", "dəq": "min", "saniyə": "s", "gün": "day", "il": "year",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
# "куб. м", "куб.м" (the customary Russian abbreviation of a cubic metre) and "kub.m" (Azerbaijani).
_CUBIC_METRE = re.compile(r"(?<![^\W\d_])(?:куб|kub)\.?\s*(?:м|m)(?![^\W\d_])")
# Gas amounts (Nm3, Sm3) before "³" becomes "**3": "Nm³" must not read as newton-metre cubed.
_GAS = re.compile(r"(?<![^\W\d_])(?:([NS])m|([Нн])м)(?:³|3)(?!\d)")
# "m3" and "cm2" as typed without superscripts.
_POWER = re.compile(r"(?<![^\W\d_])(m|cm|mm|dm|km|ft|in)([23])(?!\d)")


# Watt-hours written as a product (кВт·ч, MW·h, kVt·saat) are the registry's kWh, MWh, GWh.
_WATT_HOURS = re.compile(r"(?<![^\W\d_])([kMGкМГ]?)(?:W|Вт|Vt)\s*[·*×.]\s*(?:h|ч|saat)(?![^\W\d_])")
_PREFIX = {"к": "k", "М": "M", "Г": "G"}


def normalize_unit_text(text: str) -> str:
    """Rewrite typed unit spellings (m³, m3, °C, ·, Гкал, kVt·saat) into pint's syntax."""
    out = _GAS.sub(lambda m: f"{m.group(1) or 'N'}m3", text.strip())
    out = _WATT_HOURS.sub(lambda m: f"{_PREFIX.get(m.group(1), m.group(1))}Wh", out)
    out = out.replace("°С", "°C")  # a Cyrillic С after the degree sign
    for old, new in _SPELLINGS:
        out = out.replace(old, new)
    out = _CUBIC_METRE.sub("m**3", out)
    out = _WORD.sub(lambda m: _LOCAL_NAMES.get(m.group(0), m.group(0)), out)
    return _POWER.sub(r"\1**\2", out)


@cache  # units are immutable, and parsing is the slow part of every conversion
def parse_unit(text: str) -> pint.Unit:
    """Parse a unit such as ``kWh``, ``m³/h`` or ``kgf/cm²``; :class:`UnitError` if unknown."""
    ureg = registry()
    cleaned = normalize_unit_text(text)
    if not cleaned:
        return ureg.dimensionless
    try:
        unit = ureg.Unit(cleaned)
    except Exception as exc:  # pint raises several unrelated types for bad text
        raise UnitError(f"unknown unit '{text}'", "unknown_unit", unit=text) from exc
    if not isinstance(unit, ureg.Unit):  # "2" parses as a number, not a unit
        raise UnitError(f"unknown unit '{text}'", "unknown_unit", unit=text)
    return unit


def parse_number(text: str, language: str = "en") -> float:
    """Parse a number as ``language`` writes it (see :mod:`~recp_desktop.domain.numbers`):
    ``12``, ``1,234.5`` (en), ``1 234,5`` (ru), ``1/8``; raise :class:`UnitError`."""
    try:
        return _parse_number(text, language)
    except NumberError as exc:
        raise UnitError(str(exc), exc.reason, text=text, example=exc.example) from None


def parse_quantity(
    text: str, default_unit: str | None = None, *, language: str = "en"
) -> pint.Quantity:
    """Parse ``"6 bar"``, ``"20 °C"``, ``"1/8 in"`` or a bare number (in ``default_unit``).

    The number is read by ``language``'s rule (``"1,500 kWh"`` is 1500 kWh in English, 1.5 kWh
    in Russian). Offset temperatures parse as the temperature typed (not a difference). Raises
    :class:`UnitError` for any text that is not a finite number with a known unit, and for a
    temperature below absolute zero (0 K = −273.15 °C = −459.67 °F; reason ``below_absolute_zero``).
    """
    match = _NUMBER.match(text or "")
    if not match:
        raise _no_number(text)
    value = parse_number(match["num"], language)
    unit_text = match["unit"] or default_unit or ""
    quantity = registry().Quantity(value, parse_unit(unit_text))
    # A tolerance so that an exact -273.15 °C, converted through floating point, stays valid.
    below_zero = _is_temperature(quantity.units) and not _is_delta(quantity.units)
    if below_zero and quantity.to("kelvin").magnitude < -1e-9:
        raise UnitError(
            f"'{text}' is below absolute zero (−273.15 °C)", "below_absolute_zero", text=text
        )
    return quantity


def to_unit(quantity: pint.Quantity, unit: str | pint.Unit) -> pint.Quantity:
    """``quantity`` converted to ``unit``; :class:`UnitError` in words if it cannot be.

    Catches what pint raises (a dimension mismatch, a temperature difference such as
    ``20 delta_degC`` where a temperature is asked, an overflow), so no pint formula reaches
    the user.
    """
    target = parse_unit(unit) if isinstance(unit, str) else unit
    try:
        converted = quantity.to(target)
    except Exception as exc:  # DimensionalityError, OffsetUnitCalculusError, OverflowError…
        raise _mismatch(quantity.units, target) from exc
    if not _finite(converted.magnitude):
        raise UnitError(f"'{quantity}' is too large", "too_large", text=str(quantity))
    return converted


def _finite(value: object) -> bool:
    import math

    try:
        return math.isfinite(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return False


def _mismatch(source: object, target: object) -> UnitError:
    src, dst = _label(source), _label(target)
    if _is_dimensionless(source):
        return UnitError(
            f"a number without a unit cannot be given in {dst}; type its unit, e.g. 12 {dst}",
            "wrong_unit",
            unit="",
            expected=dst,
        )
    # The temperature wording only when both sides are temperatures (12 Gcal asked as a
    # temperature difference is not "a temperature").
    if (
        _is_delta(source) != _is_delta(target)
        and _is_temperature(source)
        and _is_temperature(target)
    ):
        return UnitError(
            f"{src} is a temperature difference, not a temperature"
            if _is_delta(source)
            else f"{src} is a temperature, not a temperature difference",
            "wrong_unit",
            unit=src,
            expected=dst,
        )
    return UnitError(
        f"{src} does not measure the same thing as {dst}", "wrong_unit", unit=src, expected=dst
    )


def _is_temperature(unit: object) -> bool:
    try:
        dims = registry().Quantity(1.0, unit).dimensionality
    except Exception:  # an unparsable unit is no temperature
        return False
    return dict(dims) == {"[temperature]": 1}


def _is_dimensionless(unit: object) -> bool:
    try:
        return registry().Quantity(1.0, unit).dimensionless
    except Exception:  # an unparsable unit is not a bare number
        return False


def _is_delta(unit: object) -> bool:
    return "delta_" in str(unit)


def _label(unit: object) -> str:
    from recp_desktop.domain.unit_labels import unit_label

    text = unit if isinstance(unit, str) else f"{unit:~}"
    return unit_label(text.replace(" ", "")) or str(unit)


def same_dimension(unit_a: str | pint.Unit, unit_b: str | pint.Unit) -> bool:
    """Whether a value in one unit can be given in the other (kWh and Gcal can, Nm³ and m³ of
    gas can, kWh and m³ cannot, nor a temperature difference and a temperature)."""
    try:
        _linear_conversion(str(unit_a), str(unit_b))
    except UnitError as exc:
        if exc.reason == "unknown_unit":
            raise
        return False
    return True


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a magnitude between two units of the same dimension; raise :class:`UnitError`."""
    source, target = from_unit, to_unit
    scale, offset = _linear_conversion(source, target)
    if offset:  # temperatures: let pint do it, so that 20 degC is exactly 68 degF
        return to_unit_magnitude(registry().Quantity(value, parse_unit(source)), target)
    result = value * scale
    if not _finite(result):
        raise UnitError(f"{value:g} {source} is too large", "too_large", text=str(value))
    return result


def to_unit_magnitude(quantity: pint.Quantity, unit: str) -> float:
    """The magnitude of ``quantity`` in ``unit`` (see :func:`to_unit`)."""
    return float(to_unit(quantity, unit).magnitude)


@cache
def _linear_conversion(source_text: str, target_text: str) -> tuple[float, float]:
    """Every unit conversion is ``y = scale * x + offset`` (offset only for temperatures)."""
    source, target = parse_unit(source_text), parse_unit(target_text)
    quantity = registry().Quantity
    offset = float(to_unit(quantity(0.0, source), target).magnitude)
    scale = float(to_unit(quantity(1.0, source), target).magnitude) - offset
    return scale, offset


# Units offered in unit choosers, by the dimension of a question's unit. Any other unit of the
# right dimension can still be typed; these are the ones plants use.
_COMMON_UNITS: tuple[str, ...] = (
    "kWh",
    "MWh",
    "GWh",
    "Gcal",
    "Mcal",
    "GJ",
    "MJ",
    "tce",
    "toe",
    "Btu",
    "W",
    "kW",
    "MW",
    "Gcal/h",
    "hp",
    "m**3",
    "L",
    "ML",
    "gal",
    "m**3/h",
    "m**3/d",
    "L/s",
    "L/min",
    "L/h",
    "cfm",
    "gal/min",
    "Nm3",
    "Sm3",
    "scf",
    "Nm3/h",
    "Sm3/h",
    "scfm",
    "kg",
    "t",
    "g",
    "lb",
    "kg/h",
    "t/h",
    "t/d",
    "t/yr",
    "kg/d",
    "lb/h",
    "bar",
    "kPa",
    "MPa",
    "kgf/cm**2",
    "psi",
    "atm",
    "mmHg",
    "mmH2O",
    "degC",
    "degF",
    "K",
    "mm",
    "cm",
    "m",
    "in",
    "ft",
    "km",
    "m**2",
    "ft**2",
    "h",
    "min",
    "s",
    "d",
    "week",
    "month",
    "yr",
    "V",
    "kV",
    "A",
    "percent",
    "dimensionless",
    "mg/L",
    "g/m**3",
    "kg/m**3",
)


def compatible_units(unit: str) -> list[str]:
    """Common units of the same dimension as ``unit``, ``unit`` itself first."""
    target = parse_unit(unit)
    found = [unit]
    for candidate in _COMMON_UNITS:
        if candidate != unit and parse_unit(candidate).dimensionality == target.dimensionality:
            found.append(candidate)
    return found


def split_quantity(text: str) -> tuple[str, str]:
    """Split ``"12,5 Gcal"`` into ``("12,5", "Gcal")``; raise :class:`UnitError` if no number."""
    match = _NUMBER.match(text or "")
    if not match:
        raise _no_number(text)
    return match["num"], match["unit"]


_NOT_FINITE = re.compile(r"\s*[-+\u2212]?(?:inf(?:inity)?|nan|∞)(?![^\W\d_])", re.IGNORECASE)


def _no_number(text: str) -> UnitError:
    if _NOT_FINITE.match(text or ""):
        return UnitError(f"'{text}' is not a finite number", "not_finite", text=text)
    return UnitError(f"'{text}' is not a number with a unit", "not_a_number", text=text)
