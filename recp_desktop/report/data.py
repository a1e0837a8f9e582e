"""Everything a report shows, as plain data: no database, no reportlab.

:func:`recp_desktop.report.gather.gather` fills a :class:`ReportData` from the database; the
layout modules only read it. Texts that come from checklists (questions, choices) are already in
the report's language; codes (CP techniques, statuses, baseline keys) are kept as codes and
named by :mod:`recp_desktop.report.texts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from recp_desktop.domain.indicators import Indicators
from recp_desktop.domain.savings import Savings, payback_years


@dataclass(frozen=True)
class Company:
    name: str
    country: str
    region: str = ""
    city: str = ""
    nace: str = ""
    employees: int | None = None
    products: str = ""
    eco_park: str = ""


@dataclass(frozen=True)
class AssessmentInfo:
    id: str
    title: str
    kind: str
    start: date | None
    end: date | None
    team: str
    currency: str
    status: str


@dataclass(frozen=True)
class BaselineRow:
    key: str
    group: str  # output | energy | water | materials | waste
    quantity: float | None
    unit: str
    cost: float | None


@dataclass(frozen=True)
class PhotoRef:
    """A photo file to show, with what it shows (question text or caption)."""

    path: Path
    filename: str
    sha256: str
    caption: str = ""

    @property
    def exists(self) -> bool:
        return self.path.is_file()


@dataclass(frozen=True)
class Finding:
    """A checklist item answered with the non-good answer, or flagged as an opportunity."""

    question_id: str
    area: str
    group: str
    text: str
    answer: str  # as shown: "No", "12 m³", a choice's label
    note: str
    opportunity: bool
    not_good: bool
    techniques: tuple[str, ...]
    photos: tuple[PhotoRef, ...] = ()
    options: tuple[int, ...] = ()  # numbers of the options (register order) it led to


@dataclass(frozen=True)
class OptionRow:
    number: int  # position in the register (sorted by payback)
    title: str
    technique: str
    area: str
    status: str
    calculator: str | None
    investment: float | None
    money: float | None
    energy_kwh: float | None
    water_m3: float | None
    materials_t: float | None
    co2_t: float | None
    note: str = ""
    question_id: str | None = None
    inputs: dict[str, str] = field(default_factory=dict)
    assumptions: tuple[dict[str, Any] | str, ...] = ()  # messages, or old English sentences

    @property
    def payback(self) -> float | None:
        return payback_years(self.investment, self.money)


@dataclass(frozen=True)
class FactorRow:
    """An emission factor or fuel property used, with where it comes from."""

    kind: str  # grid | fuel | ncv | density
    subject: str  # country code or fuel name
    value: float
    unit: str
    source: str
    year: int | None


@dataclass(frozen=True)
class Method:
    """A calculator used by at least one option: its title, documentation and the options."""

    name: str
    title: str
    doc: str
    options: tuple[int, ...]


@dataclass(frozen=True)
class WasteRow:
    """One waste stream: EWC code as printed (``11 01 05*``), its description in the report's
    language (English if none), tonnes per year (None: not convertible yet), R/D code,
    destination code and yearly cost in the assessment's currency."""

    code: str
    hazardous: bool
    description: str
    name: str
    tonnes: float | None
    treatment: str
    destination: str
    cost: float | None


@dataclass
class ReportData:
    language: str
    centre_name: str
    created: date
    company: Company
    assessment: AssessmentInfo
    baseline: list[BaselineRow]
    indicators: Indicators
    options: list[OptionRow]
    totals: Savings  # every option but the rejected ones
    projected: Savings  # recommended and implemented options
    findings: list[Finding]
    other_photos: list[PhotoRef]
    answered: int
    questions: int
    factors: list[FactorRow]
    methods: list[Method]
    waste: list[WasteRow] = field(default_factory=list)

    @property
    def baseline_cost(self) -> float:
        return float(sum(row.cost or 0.0 for row in self.baseline))

    @property
    def photo_count(self) -> int:
        return sum(len(f.photos) for f in self.findings) + len(self.other_photos)

    def missing(self) -> list[str]:
        """What the report cannot show, as text keys (``missing.<key>``), most important first."""
        out = []
        if not any(row.quantity is not None for row in self.baseline):
            out.append("baseline")
        else:
            out += [f"indicator.{key}" for key in self.indicators.missing]
        if not self.options:
            out.append("options")
        elif not self.totals.money:
            out.append("option_money")
        if not self.answered:
            out.append("answers")
        if not self.photo_count:
            out.append("photos")
        return out
