"""Quick-win calculators: what fixing one thing saves per year.

Each calculator is a module with ``NAME``, ``TITLE``, ``INPUTS`` and a pure ``calculate``
function over pint quantities (its docstring gives the formula, source and assumptions).
:func:`run` parses typed texts, calls the calculator and returns a :class:`Calculation` that
serialises to the JSON the command line prints.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from recp_desktop.domain.calculators.base import (
    CalculationError,
    Input,
    Result,
    parse_inputs,
)

__all__ = [
    "NAMES",
    "Calculation",
    "CalculationError",
    "Input",
    "Result",
    "calculator",
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
        raise CalculationError(None, f"unknown calculator '{name}'; known: {', '.join(NAMES)}")
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

    def to_json(self) -> dict[str, Any]:
        return {
            "calculator": self.calculator,
            "inputs": self.inputs,
            "results": {
                key: {"value": float(value.magnitude), "unit": f"{value.units:~}"}
                for key, value in self.result.values.items()
            },
            "assumptions": list(self.result.assumptions),
        }


def run(name: str, raw: dict[str, Any], language: str = "en") -> Calculation:
    """Parse ``raw`` (texts such as ``"6 bar"``, numbers as ``language`` writes them) and run
    calculator ``name``."""
    module = calculator(name)
    values, texts = parse_inputs(inputs(name), raw, language)
    try:
        result = module.calculate(**{k: v for k, v in values.items() if v is not None})
    except ZeroDivisionError as exc:
        raise CalculationError(None, f"the inputs lead to a division by zero ({exc})") from None
    return Calculation(name, texts, result)
