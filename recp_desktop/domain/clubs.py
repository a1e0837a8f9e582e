"""RECP Club progress: homework done per company, quick wins, and who earns a certificate.

Pure functions over plain data (no database, no Qt); :mod:`recp_desktop.storage.club_progress`
reads the facts from the participants' club self-audits and calls these. The rules, as the
Belarus RECP Clubs ran them (seeds: homework "related to the collection of data on resource
consumption", "mini audits using checklists", certificates of attendance for those who completed
the course):

* **baseline data** is done when the company's club self-audit records the yearly quantity of at
  least one resource (any baseline line but production output and value added);
* **a checklist** (template id) is done when every question the club asks from it is answered
  (a value or a number) — ``required`` is the set of those question ids, given by the caller
  from the template (its club questions, or all of them if it has none marked, less the
  follow-ups its skip logic hides given the company's answers);
* **a quick-win calculation** (calculator id) is done when an option made with that calculator
  exists.

A participant is eligible for a certificate when they attended at least ``min_sessions`` sessions
and their company has done at least ``min_homework`` assignments (all of them when ``None``).
Quick wins are summed per currency: money in different currencies is never added together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

HOMEWORK_KINDS = ("baseline", "checklist", "calculator")
NOT_RESOURCES = frozenset({"production_output", "value_added"})


class ClubRuleError(ValueError):
    """A club, homework or criterion that cannot be as given; the message says why."""


@dataclass(frozen=True)
class Homework:
    """An assignment: ``kind`` one of :data:`HOMEWORK_KINDS`; ``target`` the template or
    calculator id ("" for baseline data); ``due_on`` the due date or None."""

    id: str
    kind: str
    target: str = ""
    title: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class OptionSaving:
    """One CP option's yearly savings: money in ``currency`` (ISO 4217), kWh, m³, t CO2."""

    currency: str
    money: float | None = None
    energy_kwh: float | None = None
    water_m3: float | None = None
    co2_t: float | None = None


@dataclass(frozen=True)
class CompanyData:
    """What a company's club self-audits hold, merged over all of them.

    ``baseline``: keys of baseline lines with a quantity; ``answered``: per template id, the ids
    of answered questions (``values``: their values, for skip logic); ``calculators``: ids of
    calculators that made an option; ``options``: every option's savings.
    """

    baseline: frozenset[str] = frozenset()
    answered: Mapping[str, frozenset[str]] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, str | None]] = field(default_factory=dict)
    calculators: frozenset[str] = frozenset()
    options: tuple[OptionSaving, ...] = ()
    assessments: int = 0


@dataclass(frozen=True)
class HomeworkStatus:
    """``done`` and how far: ``count`` of ``total`` (resource lines, questions, options)."""

    homework: Homework
    done: bool
    count: int
    total: int


def homework_status(
    homework: Homework, data: CompanyData, required: frozenset[str] = frozenset()
) -> HomeworkStatus:
    """Whether ``data`` completes ``homework``; ``required`` the checklist's question ids.

    Raises :class:`ClubRuleError` for an unknown kind.
    """
    if homework.kind == "baseline":
        resources = len(data.baseline - NOT_RESOURCES)
        return HomeworkStatus(homework, resources >= 1, resources, 1)
    if homework.kind == "checklist":
        answered = len(required & data.answered.get(homework.target, frozenset()))
        total = len(required)
        return HomeworkStatus(homework, total > 0 and answered == total, answered, total)
    if homework.kind == "calculator":
        made = 1 if homework.target in data.calculators else 0
        return HomeworkStatus(homework, made == 1, made, 1)
    raise ClubRuleError(
        f"Unknown homework kind '{homework.kind}'; use one of {', '.join(HOMEWORK_KINDS)}."
    )


@dataclass(frozen=True)
class Totals:
    """Summed yearly savings of some options in one currency."""

    currency: str
    options: int
    money: float
    energy_kwh: float
    water_m3: float
    co2_t: float


def quick_wins(options: Iterable[OptionSaving]) -> dict[str, Totals]:
    """The options' yearly savings summed per currency (never converted), by currency code."""
    sums: dict[str, list[float]] = {}
    for o in options:
        row = sums.setdefault(o.currency, [0, 0.0, 0.0, 0.0, 0.0])
        row[0] += 1
        for i, value in enumerate((o.money, o.energy_kwh, o.water_m3, o.co2_t), start=1):
            row[i] += value or 0.0
    return {c: Totals(c, int(r[0]), r[1], r[2], r[3], r[4]) for c, r in sorted(sums.items())}


@dataclass(frozen=True)
class Eligibility:
    """Whether a participant earns a certificate, with the numbers behind it."""

    eligible: bool
    attended: int
    min_sessions: int
    homework_done: int
    homework_needed: int

    @property
    def missing(self) -> list[str]:
        """What is still missing, in words (empty when eligible)."""
        out = []
        if self.attended < self.min_sessions:
            out.append(f"attended {self.attended} of the {self.min_sessions} sessions required")
        if self.homework_done < self.homework_needed:
            out.append(
                f"company did {self.homework_done} of the {self.homework_needed} homework "
                "assignments required"
            )
        return out


def eligibility(
    attended: int,
    homework_done: int,
    homework_total: int,
    min_sessions: int,
    min_homework: int | None,
) -> Eligibility:
    """The club's criteria applied: ``min_homework`` None means all ``homework_total``.

    A criterion above what the club has (more homework than assigned) is capped at what exists,
    so a club is never impossible to complete by a slip in its settings.
    """
    needed = homework_total if min_homework is None else min(min_homework, homework_total)
    ok = attended >= min_sessions and homework_done >= needed
    return Eligibility(ok, attended, min_sessions, homework_done, needed)


def check_criteria(min_sessions: int, min_homework: int | None) -> None:
    """Raises :class:`ClubRuleError` for a negative criterion."""
    if min_sessions < 0:
        raise ClubRuleError("The minimum number of sessions cannot be negative.")
    if min_homework is not None and min_homework < 0:
        raise ClubRuleError("The minimum number of homework assignments cannot be negative.")
