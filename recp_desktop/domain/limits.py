"""Comparing a value with a limit after a unit conversion, without failing on its rounding.

A limit of 150 °C typed as 302 °F converts to 150.00000000000003 °C; compared exactly it would
be refused although it is the limit itself. Every limit check (calculators, checklist answers)
goes through these functions, which treat values within a relative 1e-9 (or an absolute 1e-12)
of the limit as equal to it — far below any measurement's precision, far above a double's
rounding after a few conversions.
"""

from __future__ import annotations

import math

__all__ = ["at_least", "at_most", "exceeds", "same"]

REL_TOL = 1e-9
ABS_TOL = 1e-12


def same(value: float, limit: float) -> bool:
    """Whether ``value`` equals ``limit`` up to conversion rounding."""
    return math.isclose(value, limit, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def at_least(value: float, minimum: float) -> bool:
    """``value >= minimum``, a value a rounding below ``minimum`` included."""
    return value >= minimum or same(value, minimum)


def at_most(value: float, maximum: float) -> bool:
    """``value <= maximum``, a value a rounding above ``maximum`` included."""
    return value <= maximum or same(value, maximum)


def exceeds(value: float, minimum: float) -> bool:
    """``value > minimum`` by more than a rounding (an exclusive minimum)."""
    return value > minimum and not same(value, minimum)
