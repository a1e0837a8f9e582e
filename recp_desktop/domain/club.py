"""The RECP Club self-audit's plain view of an assessment: resources, bills and steps.

A club participant (an SME's engineer or manager, not an auditor) answers "which of these does
the company use?" and copies the figures from the bills, month by month when they have them.
The assessment underneath is an ordinary one: each resource is a baseline line
(:mod:`recp_desktop.domain.baseline`) holding the year total, so an expert can open it as a full
assessment with nothing lost. No I/O, no Qt.

Source of the path (company → homework data → walkthrough → quick wins): the RECP Club
programme as run by the Belarus RECP Centre under EU4Environment (clubs in Borisov and Orsha,
2021): sessions, homework on resource consumption, mini audits with checklists.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from recp_desktop.domain.vocabulary import MONTHS

CLUB_RESOURCES: tuple[str, ...] = (
    "electricity",
    "natural_gas",
    "heat",
    "water",
    "wastewater",
    "fuel_oil",
    "coal",
    "diesel",
    "raw_materials",
    "chemicals",
    "packaging",
    "waste_nonhazardous",
    "waste_hazardous",
)
"""The baseline lines a participant is asked about, in the order asked: those with a bill or an
invoice. Production output and value added are the expert's (full view only)."""

STEPS = ("profile", "homework", "walkthrough", "quick_wins")
"""The self-audit's path, in order."""


def month_total(values: Sequence[float | None]) -> float | None:
    """The year's figure from ``values`` (12 months, None where no bill): the sum of those
    given, None if none is. Raises ``ValueError`` for a count other than 12 or a figure that is
    negative or not finite."""
    if len(values) != MONTHS:
        raise ValueError(f"{MONTHS} months expected, not {len(values)}")
    given = [v for v in values if v is not None]
    for value in given:
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"a month's figure must be a finite number ≥ 0, not {value}")
    return math.fsum(given) if given else None


def months_given(values: Sequence[float | None]) -> int:
    """How many of the 12 months have a figure."""
    return sum(1 for v in values if v is not None)


@dataclass(frozen=True)
class StepState:
    """One step of the path: done or not, and what counts (``done_count`` of ``total``)."""

    step: str
    done: bool
    done_count: int
    total: int


def next_step(states: Sequence[StepState]) -> str | None:
    """The first step not done (the one to do next), or None when all are."""
    return next((s.step for s in states if not s.done), None)


def homework_state(used: Sequence[str], totals: dict[str, float | None]) -> StepState:
    """The homework step: done when at least one resource is chosen and each chosen one has a
    year figure. ``totals`` maps a line to its year quantity (None: not yet given)."""
    filled = sum(1 for key in used if totals.get(key) is not None)
    return StepState("homework", bool(used) and filled == len(used), filled, len(used))


def profile_state(city: str, products: str, employees: int | None) -> StepState:
    """The profile step: where the company is, what it makes and how many work there."""
    parts = (bool(city.strip()), bool(products.strip()), employees is not None)
    return StepState("profile", all(parts), sum(parts), len(parts))
