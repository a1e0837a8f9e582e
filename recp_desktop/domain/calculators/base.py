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

from recp_desktop.domain.limits import at_least, at_most, exceeds
from recp_desktop.domain.messages import Message, msg, quantity, term
from recp_desktop.domain.percent import fraction_or_percent
from recp_desktop.domain.units import (
    UnitError,
    parse_number,
    parse_quantity,
    parse_unit,
    registry,
    split_quantity,
    to_unit,
)

if TYPE_CHECKING:
    import pint

Value = Any  # pint.Quantity | str | int | None


class CalculationError(ValueError):
    """Input a calculator cannot work with; ``input`` names the culprit (None: the whole call).

    ``msg`` is the structured :class:`~recp_desktop.domain.messages.Message` each surface renders
    in its language (:meth:`render`); ``message`` is its English text.
    """

    def __init__(self, input_name: str | None, message: Message) -> None:
        self.input = input_name
        self.msg = message
        self.message = message.render("en")
        super().__init__(f"{input_name}: {self.message}" if input_name else self.message)

    def render(self, language: str = "en") -> str:
        """The message alone (without the input's label) in ``language``."""
        return self.msg.render(language)

    def label(self, language: str = "en") -> str:
        """The culprit input's label in ``language`` (its name if it has none)."""
        if self.input is None:
            return ""
        return label_of(self.input, language)


def label_of(input_name: str, language: str = "en") -> str:
    """An input's label (``Pressure (gauge)``, ``Давление (избыточное)``)."""
    text = Message(f"input.{input_name}").render(language)
    return input_name if text == f"input.{input_name}" else text


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
    usual: tuple[float, float] | None = None  # in ``unit``; outside it computes with a warning
    currency: bool = False  # the unit's currency part may be any ISO 4217 code
    bare: bool = False  # a bare number is read in ``unit`` (drips "per minute" typed as 60)

    def spec(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
            "description": self.description,
        }
        for key in ("unit", "default", "choices", "minimum", "maximum", "usual"):
            value = getattr(self, key)
            if value not in (None, ()):
                out[key] = list(value) if isinstance(value, tuple) else value
        out["required"] = self.required and self.default is None
        return out


@dataclass
class Result:
    """What a measure saves per year (``values``), the assumptions behind the figures and the
    warnings about inputs outside their usual range (messages, rendered by each surface)."""

    values: dict[str, pint.Quantity]
    assumptions: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)

    def magnitude(self, key: str, unit: str) -> float:
        return float(self.values[key].to(unit).magnitude)


def _dimensionality_without_currency(quantity: pint.Quantity) -> dict[str, float]:
    return {
        dim: exp for dim, exp in quantity.dimensionality.items() if not dim.startswith("[currency_")
    }


def currency_of(quantity: pint.Quantity) -> str | None:
    """The ISO code in a money quantity's unit (``AZN`` of ``0.11 AZN/kWh``), or None.

    Raises :class:`UnitError` if the unit mixes currencies.
    """
    codes = [
        d[len("[currency_") : -1] for d in quantity.dimensionality if d.startswith("[currency_")
    ]
    if len(codes) > 1:
        raise UnitError(f"'{quantity.units}' mixes currencies {', '.join(codes)}")
    return codes[0] if codes else None


# Beyond this (in an input's declared unit) a typed value is no measurement but a slip.
ABSURD = 1e12
# The kinds of quantity a calculator asks for, named in refusals ("'6 kg' is not a pressure").
_KINDS = (
    ("mm", "length"),
    ("bar", "pressure"),
    ("degC", "temperature"),
    ("h", "duration"),
    ("L", "volume"),
    ("L/s", "flow_rate"),
    ("kW", "power"),
    ("kWh", "energy"),
    ("m/s", "speed"),
    ("kg", "mass"),
    ("A", "current"),
    ("V", "voltage"),
    ("1/min", "frequency"),
    ("W/(m*K)", "conductivity"),
    ("kW/(m**3/min)", "specific_power"),
    ("g/kWh", "emission_factor"),
    ("dimensionless", "plain_number"),
)


def _kind(spec: Input) -> Message:
    if spec.unit == "percent":
        return Message("kind.percentage")
    wanted = parse_unit(spec.unit or "").dimensionality
    for unit_text, kind in _KINDS:
        if parse_unit(unit_text).dimensionality == wanted:
            return Message(f"kind.{kind}")
    return msg("kind.other", unit={"unit": spec.unit or ""})


def example(spec: Input, currency: str = "EUR") -> dict[str, Any] | str:
    """A value to show as an example in a refusal: the default, or 12 of the declared unit."""
    if spec.kind == "count":
        return spec.default or "1"
    if spec.kind != "quantity" or not spec.unit:
        return spec.default or ""
    if spec.default:
        try:
            number, unit_text = split_quantity(spec.default)
            return quantity(parse_number(number), unit_text or spec.unit)
        except UnitError:
            pass
    unit_text = spec.unit.split("|")[0]
    if spec.currency:
        return quantity(0.1 if "/" in unit_text else 1000, unit_text.replace("USD", currency))
    return quantity(12, unit_text)


# The quantity parser's refusals that say more than "not a quantity" (domain/units.py reasons).
_PARSER_REFUSALS = {
    "too_large": "error.absurd",
    "not_finite": "error.not_finite",
    "below_absolute_zero": "error.below_absolute_zero",
}


def _as_quantity(spec: Input, raw: Value, currency: str, language: str) -> pint.Quantity:
    """``raw`` read as a quantity; a refusal that names what was expected if it is none."""
    ureg = registry()
    if isinstance(raw, ureg.Quantity):
        return raw
    if isinstance(raw, int | float):
        return ureg.Quantity(float(raw), parse_unit(spec.unit or ""))
    text = str(raw).strip()
    refusal = _refuse_ambiguous_fraction(spec, text, language)
    if refusal is not None:
        raise CalculationError(spec.name, refusal)
    shown = example(spec, currency)
    try:
        return parse_quantity(text, default_unit=_default_unit(spec), language=language)
    except UnitError as exc:  # a number no plant measures, or a temperature no body has
        refusal = _PARSER_REFUSALS.get(exc.reason)
        if refusal is not None:
            raise CalculationError(spec.name, msg(refusal, typed=text, example=shown)) from None
    except Exception:  # whatever pint raises on odd text: explained below
        pass
    try:
        number, unit_text = split_quantity(text)
    except Exception:
        raise CalculationError(
            spec.name, msg("error.not_a_quantity", typed=text, example=shown)
        ) from None
    try:
        parse_number(number, language)
    except Exception:
        raise CalculationError(
            spec.name, msg("error.not_a_number", typed=text, example=shown)
        ) from None
    try:
        parse_unit(unit_text)
    except Exception:
        raise CalculationError(
            spec.name, msg("error.unknown_unit", unit=unit_text, example=shown)
        ) from None
    raise CalculationError(spec.name, msg("error.cannot_read", typed=text, example=shown))


def _parse_quantity(
    spec: Input,
    raw: Value,
    currency: str = "EUR",
    warnings: list[Message] | None = None,
    language: str = "en",
) -> pint.Quantity:
    text = str(raw).strip() if not isinstance(raw, int | float) else repr(raw)
    quantity_ = _as_quantity(spec, raw, currency, language)
    if not math.isfinite(float(quantity_.magnitude)):
        raise CalculationError(spec.name, msg("error.not_finite", typed=text))
    if spec.currency:
        return _check_price(spec, quantity_, text, currency)
    expected = parse_unit(spec.unit or "")
    shown = example(spec, currency)
    if "delta_" in str(quantity_.units) and "delta_" not in str(expected):
        raise CalculationError(
            spec.name, msg("error.temperature_difference", typed=text, example=shown)
        )
    if quantity_.dimensionality != expected.dimensionality:
        raise CalculationError(
            spec.name, msg("error.wrong_kind", typed=text, kind=_kind(spec), example=shown)
        )
    try:
        value = float(to_unit(quantity_, expected).magnitude)
    except Exception:  # an offset unit pint will not convert this way, an overflow
        raise CalculationError(
            spec.name, msg("error.cannot_read", typed=text, example=shown)
        ) from None
    if not math.isfinite(value):
        raise CalculationError(spec.name, msg("error.not_finite", typed=text))
    if abs(value) > ABSURD:
        raise CalculationError(spec.name, msg("error.absurd", typed=text, example=shown))
    unit_text = spec.unit or ""
    if spec.minimum is not None:
        if spec.exclusive_minimum and not exceeds(value, spec.minimum):
            raise CalculationError(
                spec.name, msg("error.above", minimum=quantity(spec.minimum, unit_text))
            )
        if not at_least(value, spec.minimum):
            raise CalculationError(
                spec.name, msg("error.at_least", minimum=quantity(spec.minimum, unit_text))
            )
    if spec.maximum is not None and not at_most(value, spec.maximum):
        raise CalculationError(
            spec.name, msg("error.at_most", maximum=quantity(spec.maximum, unit_text))
        )
    if spec.usual is not None and warnings is not None:
        low, high = spec.usual
        if not (at_least(value, low) and at_most(value, high)):
            warnings.append(
                msg(
                    "warning.unusual",
                    value=quantity(float(f"{value:.4g}"), unit_text),
                    low=quantity(low, unit_text),
                    high=quantity(high, unit_text),
                    label=term(f"input.{spec.name}"),
                )
            )
    return quantity_


def _check_price(spec: Input, price: pint.Quantity, text: str, currency: str) -> pint.Quantity:
    ureg = registry()
    try:
        code = currency_of(price)
    except UnitError:
        codes = [
            d[len("[currency_") : -1] for d in price.dimensionality if d.startswith("[currency_")
        ]
        raise CalculationError(
            spec.name, msg("error.mixed_currencies", typed=text, codes=", ".join(codes))
        ) from None
    alternatives = (spec.unit or "").split("|")
    wanted = [
        _dimensionality_without_currency(ureg.Quantity(1, parse_unit(unit_text)))
        for unit_text in alternatives
    ]
    if code is None or _dimensionality_without_currency(price) not in wanted:
        shown = example(spec, code or currency)
        if all("/" not in unit_text for unit_text in alternatives):
            raise CalculationError(spec.name, msg("error.not_money", typed=text, example=shown))
        per = [{"unit": _per(unit_text)} for unit_text in alternatives]
        raise CalculationError(
            spec.name, msg("error.not_a_price", typed=text, per=per, example=shown)
        )
    if price.magnitude < 0:
        raise CalculationError(spec.name, msg("error.negative"))
    if abs(price.magnitude) > ABSURD:
        shown = example(spec, code)
        raise CalculationError(spec.name, msg("error.absurd", typed=text, example=shown))
    return price


def _refuse_ambiguous_fraction(spec: Input, text: str, language: str = "en") -> Message | None:
    """A bare 0.85 for a percentage: 85 % or 0.85 %? Ask (the one rule of domain/percent.py)."""
    if spec.unit != "percent":
        return None
    try:
        value = parse_number(text, language)
    except Exception:
        return None  # not bare: it has a unit, or is no number (reported by the parser)
    return fraction_or_percent(text, value)


def _default_unit(spec: Input) -> str | None:
    """Bare numbers are read in the declared unit only when it is dimensionless."""
    if spec.unit and (spec.bare or parse_unit(spec.unit).dimensionless):
        return spec.unit
    return None


def _per(unit_text: str) -> str:
    return unit_text.split("/", 1)[1] if "/" in unit_text else unit_text


def _parse_count(spec: Input, raw: Value, language: str = "en") -> int:
    text = str(raw).strip()
    shown = spec.default or "1"
    try:
        number = float(raw) if isinstance(raw, int) else parse_number(text, language)
    except Exception:
        refusal = msg("error.not_whole", typed=text, example=shown)
        raise CalculationError(spec.name, refusal) from None
    if not math.isfinite(number) or not number.is_integer():
        raise CalculationError(spec.name, msg("error.not_whole", typed=text, example=shown))
    if abs(number) > ABSURD:
        raise CalculationError(spec.name, msg("error.absurd", typed=text, example=shown))
    count = int(number)
    if spec.minimum is not None and count < spec.minimum:
        raise CalculationError(spec.name, msg("error.at_least", minimum=spec.minimum))
    if spec.maximum is not None and count > spec.maximum:
        raise CalculationError(spec.name, msg("error.at_most", maximum=spec.maximum))
    return count


def parse_inputs(
    specs: tuple[Input, ...],
    raw: Mapping[str, Value],
    language: str = "en",
    *,
    currency: str = "EUR",
    warnings: list[Message] | None = None,
) -> tuple[dict[str, Value], dict[str, str]]:
    """Parse ``raw`` texts against ``specs``: the values to calculate with, and their texts.

    Numbers are read as ``language`` writes them (:mod:`recp_desktop.domain.numbers`).

    Unknown names, missing required inputs, text that is no quantity, wrong dimensions and
    out-of-range values raise :class:`CalculationError` naming the input; values outside an
    input's usual range are appended to ``warnings``. ``currency`` is only used in examples.
    """
    by_name = {spec.name: spec for spec in specs}
    unknown = sorted(set(raw) - set(by_name))
    if unknown:
        raise CalculationError(unknown[0], msg("error.unknown_input", names=", ".join(by_name)))
    values: dict[str, Value] = {}
    texts: dict[str, str] = {}
    for spec in specs:
        given = raw.get(spec.name)
        reading = language
        if given is None or (isinstance(given, str) and not given.strip()):
            given, reading = spec.default, "en"  # defaults are written in English notation
        if given is None:
            if spec.required:
                raise CalculationError(spec.name, msg("error.required"))
            values[spec.name] = None
            continue
        texts[spec.name] = str(given)
        if spec.kind == "quantity":
            values[spec.name] = _parse_quantity(spec, given, currency, warnings, reading)
        elif spec.kind == "count":
            values[spec.name] = _parse_count(spec, given, reading)
        elif spec.kind == "choice":
            choice = str(given).strip()
            if choice not in spec.choices:
                raise CalculationError(
                    spec.name,
                    msg("error.not_a_choice", choice=choice, choices=", ".join(spec.choices)),
                )
            values[spec.name] = choice
        else:
            values[spec.name] = str(given).strip()
    return values, texts


def require(name: str, value: Value) -> Any:
    """``value``, or a :class:`CalculationError` saying that input ``name`` is needed."""
    if value is None:
        raise CalculationError(name, msg("error.required"))
    return value
