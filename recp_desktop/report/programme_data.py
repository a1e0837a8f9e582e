"""What a programme report shows, read once: totals, breakdowns, indicators, the assessments.

The PDF (:mod:`.programme_pdf`), the workbook (:mod:`.programme_workbook`) and ``recp programme
--json`` all lay out one :class:`ProgrammeData`, so they show the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from recp_desktop.domain.programme import Consolidation, ProgrammeFilter
from recp_desktop.domain.programme_indicators import ProgrammeIndicator
from recp_desktop.domain.savings import ExchangeRate
from recp_desktop.report.fmt import Formatter
from recp_desktop.report.waste_map import Exchange, MapFigures
from recp_desktop.storage.database import Database
from recp_desktop.storage.programme import ProgrammeRow


@dataclass(frozen=True)
class ProgrammeData:
    """``totals`` in ``totals.currency``; ``rows`` the assessments counted (money in their own
    currencies); ``review`` the review states counted (None: all)."""

    totals: Consolidation
    indicators: list[ProgrammeIndicator]
    rows: list[ProgrammeRow]
    review: tuple[str, ...] | None
    filter: ProgrammeFilter
    language: str = "en"
    centre_name: str = ""
    today: date = field(default_factory=date.today)
    waste: MapFigures | None = None  # the counted assessments' waste by region (issue 15)
    exchanges: tuple[Exchange, ...] = ()  # confirmed symbiosis exchanges


def gather_programme(
    db: Database,
    flt: ProgrammeFilter,
    currency: str,
    rates: Sequence[ExchangeRate] = (),
    *,
    language: str = "en",
    centre_name: str = "",
    today: date | None = None,
) -> ProgrammeData:
    """Read the programme ``flt`` selects, in ``currency``.

    Raises :class:`~recp_desktop.domain.programme.MissingRateError` naming a currency with no
    rate into ``currency``.
    """
    from recp_desktop.storage.programme import consolidate_programme, programme_rows
    from recp_desktop.storage.programme_indicators import programme_indicators

    totals = consolidate_programme(db, flt, currency, rates)
    rows = programme_rows(db, flt)
    waste, exchanges = _waste(db, {r.id for r in rows})
    return ProgrammeData(
        totals=totals,
        indicators=programme_indicators(db, flt, currency, rates),
        rows=rows,
        review=flt.review,
        filter=flt,
        language=language,
        centre_name=centre_name,
        today=today or date.today(),
        waste=waste,
        exchanges=exchanges,
    )


def _waste(
    db: Database, assessment_ids: set[str]
) -> tuple[MapFigures | None, tuple[Exchange, ...]]:
    """The counted assessments' waste by region (None without waste streams) and the confirmed
    symbiosis exchanges whose waste comes from them."""
    from recp_desktop.domain.ewc import display_code
    from recp_desktop.domain.waste_map import Measure, aggregate, located
    from recp_desktop.storage.symbiosis import confirmed_exchanges
    from recp_desktop.storage.waste_map import company_sites, map_rows

    rows = map_rows(db, assessment_ids)
    shown, counted = located(company_sites(db), rows, Measure())
    waste = (
        MapFigures.of(aggregate(rows, Measure()), Measure(), len(rows), shown, counted)
        if rows
        else None
    )
    companies = {r.enterprise_id for r in rows}
    confirmed, lost = confirmed_exchanges(db)
    exchanges = tuple(
        Exchange(
            c.stream.company.name,
            f"{c.stream.name} ({display_code(c.stream.ewc_code)})",
            c.receiver.name,
            c.stream.tonnes,
            decision.comment,
        )
        for c, decision in confirmed
        if c.stream.company.id in companies
    ) + tuple(
        Exchange(
            x.giver,
            f"{x.stream} ({x.ewc_code})" if x.ewc_code else x.stream,
            x.receiver,
            x.tonnes,
            x.decision.comment,
            lost=x.reason,
        )
        for x in lost
        if x.assessment_id in assessment_ids
    )
    return waste, exchanges


def rate_text(fmt: Formatter, rate: float) -> str:
    """A rate with the decimals it was given (up to six): ``0.63``, ``0.095``, ``1,234.5``."""
    decimals = len(f"{rate:.6f}".rstrip("0").partition(".")[2])
    return fmt.number(rate, decimals)
