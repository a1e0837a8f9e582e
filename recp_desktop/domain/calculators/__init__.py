"""Quick-win calculators: what fixing one thing saves per year.

Each calculator is a module with ``NAME``, ``TITLE``, ``INPUTS`` and a pure ``calculate``
function over pint quantities (its docstring gives the formula, source and assumptions).
:func:`run` parses typed texts, calls the calculator and returns a :class:`Calculation` that
serialises to the JSON the command line prints.
"""

from __future__ import annotations

import importlib
import math
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from recp_desktop.domain.calculators.base import (
    CalculationError,
    Input,
    Result,
    label_of,
    parse_inputs,
)
from recp_desktop.domain.messages import Message, msg

__all__ = [
    "NAMES",
    "Calculation",
    "CalculationError",
    "Input",
    "Result",
    "calculator",
    "label_of",
    "run",
]

_MODULES = {
    "compressed-air-leak": "compressed_air_leak",
    "compressor-pressure-reduction": "compressor_pressure",
    "steam-leak": "steam_leak",
    "water-leak": "water_leak",
    "lighting": "lighting",
    "electric-load": "electric_load",
    "pipe-insulation": "pipe_insulation",
    "economics": "economics",
}
NAMES: tuple[str, ...] = tuple(_MODULES)


@cache
def calculator(name: str) -> ModuleType:
    """The module of calculator ``name``; :class:`CalculationError` if there is none."""
    if name not in _MODULES:
        raise CalculationError(
            None, msg("error.unknown_calculator", name=name, names=", ".join(NAMES))
        )
    return importlib.import_module(f"{__name__}.{_MODULES[name]}")


def inputs(name: str) -> tuple[Input, ...]:
    module = calculator(name)
    specs = module.INPUTS
    return specs() if callable(specs) else specs


@dataclass
class Calculation:
    """A calculator run: the inputs as typed (defaults filled in) and the result."""

    calculator: str
    inputs: dict[str, str]
    result: Result

    def notes(self) -> list[Message]:
        """What an option stores as its assumptions: the warnings first, then the assumptions."""
        return [*self.result.warnings, *self.result.assumptions]

    def to_json(self) -> dict[str, Any]:
        """Inputs, results (value and unit) and the messages (id, params and English text)."""
        return {
            "calculator": self.calculator,
            "inputs": self.inputs,
            "results": {
                key: {"value": float(value.magnitude), "unit": f"{value.units:~}"}
                for key, value in self.result.values.items()
            },
            "warnings": [_stored(note) for note in self.result.warnings],
            "assumptions": [_stored(note) for note in self.notes()],
        }


def _stored(message: Message) -> dict[str, Any]:
    return {**message.to_json(), "text": message.render("en")}


def run(
    name: str, raw: dict[str, Any], language: str = "en", *, currency: str = "EUR"
) -> Calculation:
    """Parse ``raw`` (texts such as ``"6 bar"``, numbers as ``language`` writes them) and run
    calculator ``name``.

    Any text gives a :class:`Calculation` with finite results or a :class:`CalculationError`
    whose message names what was expected. ``currency`` is used only in examples of refusals.
    """
    module = calculator(name)
    warnings: list[Message] = []
    values, texts = parse_inputs(inputs(name), raw, language, currency=currency, warnings=warnings)
    try:
        result = module.calculate(**{k: v for k, v in values.items() if v is not None})
    except ZeroDivisionError:
        raise CalculationError(None, msg("error.division_by_zero")) from None
    except OverflowError:
        raise CalculationError(None, msg("error.overflow")) from None
    if not all(math.isfinite(float(value.magnitude)) for value in result.values.values()):
        raise CalculationError(None, msg("error.overflow"))
    result.warnings[:0] = warnings
    return Calculation(name, texts, result)
