"""What every calculator shares: its input specification, parsing, results and errors.

A calculator module defines ``NAME``, ``TITLE``, ``INPUTS`` (a tuple of :class:`Input`) and a
pure function ``calculate(**inputs) -> Result`` over pint quantities. :func:`parse_inputs` turns
the texts a user typed (``"1/8 in"``, ``"6 bar"``, ``"20 °C"``) into those quantities, checking
each against its declared dimension and range, and fills in the defaults.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from recp_desktop.domain.units import (
    UnitError,
    parse_number,
    parse_quantity,
    parse_unit,
    registry,
    to_unit,
)

if TYPE_CHECKING:
    import pint

Value = Any  # pint.Quantity | str | int | None


class CalculationError(ValueError):
    """Input a calculator cannot work with; ``input`` names the culprit (None: the whole call)."""

    def __init__(self, input_name: str | None, message: str) -> None:
        super().__init__(f"{input_name}: {message}" if input_name else message)
        self.input = input_name
        self.message = message


@dataclass(frozen=True)
class Input:
    """One input of a calculator.

    ``unit`` fixes the dimension of a quantity input: any unit of that dimension is accepted
    (``"kgf/cm**2"`` where ``bar`` is declared). ``kind`` is ``quantity``, ``count`` (a whole
    number), ``choice`` (one of ``choices``) or ``code`` (a short identifier such as a country).
    """

    name: str
    description: str
    unit: str | None = None
    kind: str = "quantity"
    default: str | None = None
    required: bool = True
    choices: tuple[str, ...] = ()
    minimum: float | None = None  # in ``unit``; values below are refused
    exclusive_minimum: bool = False
    maximum: float | None = None  # in ``unit``; values above are refused
    currency: bool = False  # the unit's currency part may be any ISO 4217 code
    bare: bool = False  # a bare number is read in ``unit`` (drips "per minute" typed as 60)

    def spec(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
            "description": self.description,
        }
        for key in ("unit", "default", "choices", "minimum", "maximum"):
            value = getattr(self, key)
            if value not in (None, ()):
                out[key] = list(value) if isinstance(value, tuple) else value
        out["required"] = self.required and self.default is None
        return out


@dataclass
class Result:
    """What a measure saves per year (``values``), and the assumptions behind the figures."""

    values: dict[str, pint.Quantity]
    assumptions: list[str] = field(default_factory=list)

    def magnitude(self, key: str, unit: str) -> float:
        return float(self.values[key].to(unit).magnitude)


def _dimensionality_without_currency(quantity: pint.Quantity) -> dict[str, float]:
    return {
        dim: exp for dim, exp in quantity.dimensionality.items() if not dim.startswith("[currency_")
    }


def currency_of(quantity: pint.Quantity) -> str | None:
    """The ISO code in a money quantity's unit (``AZN`` of ``0.11 AZN/kWh``), or None."""
    codes = [
        d[len("[currency_") : -1] for d in quantity.dimensionality if d.startswith("[currency_")
    ]
    if len(codes) > 1:
        raise UnitError(f"'{quantity.units}' mixes currencies {', '.join(codes)}")
    return codes[0] if codes else None


def _parse_quantity(spec: Input, raw: Value, language: str = "en") -> pint.Quantity:
    ureg = registry()
    if isinstance(raw, ureg.Quantity):
        quantity = raw
    elif isinstance(raw, int | float):
        quantity = ureg.Quantity(float(raw), parse_unit(spec.unit or ""))
    else:
        text = str(raw).strip()
        _refuse_bare_fraction(spec, text, language)
        try:
            quantity = parse_quantity(text, default_unit=_default_unit(spec), language=language)
        except UnitError as exc:
            raise CalculationError(spec.name, str(exc)) from None
    if spec.currency:
        try:
            code = currency_of(quantity)
        except UnitError as exc:
            raise CalculationError(spec.name, str(exc)) from None
        alternatives = (spec.unit or "").split("|")
        wanted = [
            _dimensionality_without_currency(ureg.Quantity(1, parse_unit(unit)))
            for unit in alternatives
        ]
        if code is None or _dimensionality_without_currency(quantity) not in wanted:
            per = " or ".join(_per(unit) for unit in alternatives)
            raise CalculationError(spec.name, f"'{raw}' is not a price in a currency per {per}")
        if quantity.magnitude < 0:
            raise CalculationError(spec.name, "must not be negative")
        return quantity
    expected = parse_unit(spec.unit or "")
    if quantity.dimensionality != expected.dimensionality:
        raise CalculationError(
            spec.name, f"'{raw}' is not {_dimension_words(spec.unit or '')} (e.g. {spec.unit})"
        )
    try:
        value = to_unit(quantity, expected).magnitude  # "20 delta_degC" for a temperature
    except UnitError as exc:
        raise CalculationError(spec.name, f"'{raw}': {exc}") from None
    if not math.isfinite(value):
        raise CalculationError(spec.name, f"'{raw}' is not a finite number")
    if spec.minimum is not None and (
        value < spec.minimum or (spec.exclusive_minimum and value == spec.minimum)
    ):
        bound = "above" if spec.exclusive_minimum else "at least"
        raise CalculationError(spec.name, f"must be {bound} {spec.minimum:g} {spec.unit}")
    if spec.maximum is not None and value > spec.maximum:
        raise CalculationError(spec.name, f"must be at most {spec.maximum:g} {spec.unit}")
    return quantity


def _refuse_bare_fraction(spec: Input, text: str, language: str = "en") -> None:
    """A bare 0.1 for a percentage is 10 % in a spreadsheet but 0.1 % here: ask which.

    Bare numbers of percent inputs are read in percent; one between 0 and 1 is far more often a
    fraction typed out of habit than a fraction of a percent, and the two differ a hundredfold.
    """
    if spec.unit != "percent":
        return
    try:
        value = parse_number(text, language)
    except UnitError:
        return  # not bare: it has a unit, or is no number (reported by the parser)
    if 0 < abs(value) < 1:
        raise CalculationError(
            spec.name,
            f"'{text}' would be read as {text} %; type {value * 100:g} for {value * 100:g} %, "
            f"or '{text} %' if you mean a fraction of a percent",
        )


def _default_unit(spec: Input) -> str | None:
    """Bare numbers are read in the declared unit only when it is dimensionless."""
    if spec.unit and (spec.bare or parse_unit(spec.unit).dimensionless):
        return spec.unit
    return None


def _per(unit: str) -> str:
    return unit.split("/", 1)[1] if "/" in unit else unit


def _dimension_words(unit: str) -> str:
    dims = str(parse_unit(unit).dimensionality)
    words = {
        "[length]": "a length",
        "[mass] / [length] / [time] ** 2": "a pressure",
        "[temperature]": "a temperature",
        "[time]": "a duration",
        "[length] ** 3": "a volume",
        "[length] ** 3 / [time]": "a flow rate",
        "[mass] * [length] ** 2 / [time] ** 3": "a power",
        "[mass] * [length] ** 2 / [time] ** 2": "an energy",
        "[length] / [time]": "a speed",
        "[mass]": "a mass",
        "[current]": "a current",
        "dimensionless": "a plain number",
    }
    return words.get(dims, f"of the same kind as {unit}")  # never a pint formula


def _parse_count(spec: Input, raw: Value, language: str = "en") -> int:
    try:
        number = raw if isinstance(raw, int) else parse_number(str(raw), language)
    except UnitError:
        raise CalculationError(spec.name, f"'{raw}' is not a whole number") from None
    if not number.is_integer():
        raise CalculationError(spec.name, f"'{raw}' is not a whole number")
    count = int(number)
    if spec.minimum is not None and count < spec.minimum:
        raise CalculationError(spec.name, f"must be at least {spec.minimum:g}")
    if spec.maximum is not None and count > spec.maximum:
        raise CalculationError(spec.name, f"must be at most {spec.maximum:g}")
    return count


def parse_inputs(
    specs: tuple[Input, ...], raw: Mapping[str, Value], language: str = "en"
) -> tuple[dict[str, Value], dict[str, str]]:
    """Parse ``raw`` texts against ``specs``: the values to calculate with, and their texts.

    Numbers are read as ``language`` writes them (:mod:`recp_desktop.domain.numbers`).

    Unknown names, missing required inputs, wrong dimensions and out-of-range values raise
    :class:`CalculationError` naming the input.
    """
    by_name = {spec.name: spec for spec in specs}
    unknown = sorted(set(raw) - set(by_name))
    if unknown:
        raise CalculationError(
            unknown[0], f"unknown input; this calculator takes {', '.join(by_name)}"
        )
    values: dict[str, Value] = {}
    texts: dict[str, str] = {}
    for spec in specs:
        given = raw.get(spec.name)
        if given is None or (isinstance(given, str) and not given.strip()):
            given = spec.default
        if given is None:
            if spec.required:
                raise CalculationError(spec.name, f"is required ({spec.description})")
            values[spec.name] = None
            continue
        texts[spec.name] = str(given)
        if spec.kind == "quantity":
            values[spec.name] = _parse_quantity(spec, given, language)
        elif spec.kind == "count":
            values[spec.name] = _parse_count(spec, given, language)
        elif spec.kind == "choice":
            choice = str(given).strip()
            if choice not in spec.choices:
                raise CalculationError(
                    spec.name, f"'{choice}' is not one of {', '.join(spec.choices)}"
                )
            values[spec.name] = choice
        else:
            values[spec.name] = str(given).strip()
    return values, texts


def require(name: str, value: Value) -> Any:
    """``value``, or a :class:`CalculationError` saying that input ``name`` is needed."""
    if value is None:
        raise CalculationError(name, "is required")
    return value
