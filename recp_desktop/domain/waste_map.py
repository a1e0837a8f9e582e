"""Waste by region: which streams a map measure counts, totals per region, and class breaks.

Pure functions over :class:`StreamRow` (one live waste stream with its company's region), so the
window, the report and ``recp waste map`` draw the same figures. Tonnes are the streams'
``tonnes_per_year`` (:mod:`recp_desktop.domain.waste`); a stream without tonnes counts in
``streams`` but adds nothing to ``tonnes``.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

from recp_desktop.domain.ewc import chapters
from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.vocabulary import TREATMENT_CODES

MEASURE_KINDS = ("all", "hazardous", "chapter", "treatment")
"""What a map can show: all waste, hazardous waste, one EWC chapter, one treatment route."""

ROUTES = ("R", "D", "none")
"""Treatment routes besides the single codes: any recovery (R1–R13), any disposal (D1–D15),
or none recorded."""

PALETTE = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
"""Map class colours, light to dark: ColorBrewer's 5-class sequential "YlOrRd" (C. A. Brewer,
colorbrewer2.org, Apache-2.0), legible in grey and for common colour-vision deficiencies."""

NO_DATA = "#e6e6e6"
"""The colour of a region with no positive value."""


def class_colours(count: int) -> list[str]:
    """``count`` colours spread over :data:`PALETTE` light to dark (one class: the middle)."""
    if count <= 0:
        return []
    if count >= len(PALETTE):
        return list(PALETTE)
    if count == 1:
        return [PALETTE[len(PALETTE) // 2]]
    step = (len(PALETTE) - 1) / (count - 1)
    return [PALETTE[round(i * step)] for i in range(count)]


@dataclass(frozen=True)
class StreamRow:
    """One live waste stream placed on the map: its company's ``region`` (ISO 3166-2 code or
    free text) and ``country``, the EWC code and hazard flag, tonnes per year (None if not
    known), the treatment code (None if not recorded) and the company."""

    region: str
    country: str
    ewc_code: str
    hazardous: bool
    tonnes: float | None
    treatment: str | None
    enterprise_id: str


@dataclass(frozen=True)
class Site:
    """A company placed by its own coordinates (WGS 84 degrees), drawn as a point on the map."""

    enterprise_id: str
    name: str
    country: str
    latitude: float
    longitude: float


def tonnes_by_company(rows: Iterable[StreamRow], measure: Measure) -> dict[str, float]:
    """Tonnes per year per company (enterprise id) of the rows ``measure`` counts; a company
    whose counted streams have no tonnes has 0."""
    out: dict[str, float] = {}
    for row in rows:
        if measure.counts(row):
            out[row.enterprise_id] = out.get(row.enterprise_id, 0.0) + (row.tonnes or 0.0)
    return out


def located(
    sites: Iterable[Site], rows: Iterable[StreamRow], measure: Measure
) -> tuple[tuple[Site, ...], frozenset[str]]:
    """The ``sites`` of companies that have streams among ``rows`` (a report's selection), and
    the ids of those whose streams ``measure`` counts (drawn filled; the others hollow)."""
    rows = list(rows)
    present = {row.enterprise_id for row in rows}
    counted = frozenset(tonnes_by_company(rows, measure))
    return tuple(s for s in sites if s.enterprise_id in present), counted


@dataclass(frozen=True)
class Measure:
    """``kind`` in :data:`MEASURE_KINDS`; ``value`` a chapter ("02") for ``chapter``, a code
    ("R5") or route in :data:`ROUTES` for ``treatment``, else "". Raises ValueError if unknown."""

    kind: str = "all"
    value: str = ""

    def __post_init__(self) -> None:
        if self.kind not in MEASURE_KINDS:
            raise ValueError(f"Unknown map measure '{self.kind}'.")
        if self.kind == "chapter" and self.value not in {c.code for c in chapters()}:
            raise ValueError(f"'{self.value}' is not a chapter of the List of Waste.")
        if self.kind == "treatment" and self.value not in (*ROUTES, *TREATMENT_CODES):
            raise ValueError(f"'{self.value}' is not a treatment code (R1–R13, D1–D15).")
        if self.kind in ("all", "hazardous") and self.value:
            raise ValueError(f"The measure '{self.kind}' takes no value.")

    def counts(self, row: StreamRow) -> bool:
        """Whether ``row`` belongs to this measure."""
        if self.kind == "hazardous":
            return row.hazardous
        if self.kind == "chapter":
            return row.ewc_code[:2] == self.value
        if self.kind == "treatment":
            if self.value == "none":
                return not row.treatment
            if self.value in ("R", "D"):
                return bool(row.treatment) and row.treatment[0] == self.value
            return row.treatment == self.value
        return True


@dataclass
class RegionFigures:
    """One region's totals for a measure: tonnes per year, streams, companies (distinct)."""

    region: str
    country: str
    tonnes: float = 0.0
    streams: int = 0
    without_tonnes: int = 0
    enterprises: set[str] = field(default_factory=set)

    @property
    def companies(self) -> int:
        return len(self.enterprises)


def aggregate(rows: Iterable[StreamRow], measure: Measure) -> dict[str, RegionFigures]:
    """Totals per ``region`` (as stored: an ISO code, or free text for older companies) of the
    rows ``measure`` counts; regions with no counted stream are absent."""
    out: dict[str, RegionFigures] = {}
    for row in rows:
        if not measure.counts(row):
            continue
        figures = out.get(row.region)
        if figures is None:
            figures = out[row.region] = RegionFigures(row.region, row.country)
        figures.streams += 1
        figures.enterprises.add(row.enterprise_id)
        if row.tonnes is None:
            figures.without_tonnes += 1
        else:
            figures.tonnes += row.tonnes
    return out


def class_breaks(values: Iterable[float], classes: int = 5) -> list[float]:
    """Upper bounds of up to ``classes`` quantile classes of the positive ``values``, ascending,
    the last being the maximum; [] when no value is positive.

    Quantile classification (equal counts per class; T. A. Slocum et al., *Thematic
    Cartography and Geovisualization*, 3rd ed., 2009, §5.3), cut points by
    :func:`statistics.quantiles` (``method="inclusive"``); never more classes than distinct
    values, and repeated cut points are merged, so no class of the legend is empty.
    """
    positive = sorted(v for v in values if v > 0)
    if not positive:
        return []
    classes = min(classes, len(set(positive)))  # two regions' figures make two classes, not five
    if len(positive) == 1 or classes <= 1:
        return [positive[-1]]
    cuts = statistics.quantiles(positive, n=classes, method="inclusive")
    bounds = sorted({*cuts, positive[-1]})
    return [b for b in bounds if b >= positive[0]]


def class_of(value: float, breaks: list[float]) -> int | None:
    """Index of the class ``value`` falls in (a value equal to a bound belongs to that class),
    or None for no positive value."""
    if value <= 0 or not breaks:
        return None
    for index, bound in enumerate(breaks):
        if value <= bound:
            return index
    return len(breaks) - 1


def class_labels(breaks: list[float], minimum: float, language: str = "en") -> list[str]:
    """The legend text of each class of ``breaks`` (upper bounds, ascending), the first class
    starting at ``minimum`` (the smallest mapped value): "17 – 36.8", numbers to three
    significant digits in ``language``'s format. A class whose two ends read the same (one
    region, or all regions equal) is labelled with that one value ("431"), not "431 – 431"."""
    out = []
    lower = minimum
    for bound in breaks:
        low = format_number(lower, language, significant=3)
        high = format_number(bound, language, significant=3)
        out.append(high if low == high else f"{low} – {high}")
        lower = bound
    return out


__all__ = [
    "MEASURE_KINDS",
    "NO_DATA",
    "PALETTE",
    "ROUTES",
    "Measure",
    "RegionFigures",
    "Site",
    "StreamRow",
    "aggregate",
    "class_breaks",
    "class_colours",
    "class_labels",
    "class_of",
    "located",
    "tonnes_by_company",
]
