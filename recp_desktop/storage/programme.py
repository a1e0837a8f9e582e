"""A programme's assessments and totals, read in SQL: the filter, the rows, the ``GROUP BY``.

:func:`programme_rows` lists the assessments a :class:`ProgrammeFilter` selects, each with its
company, progress and its options' yearly savings (one query, the options and answers summed
per assessment in SQL). :func:`consolidate_programme` sums the options of the same assessments
in one ``GROUP BY`` (currency × country × NACE division × year × CP technique × area) and rolls
the groups up with :func:`recp_desktop.domain.programme.consolidate`. Money stays in each
assessment's currency until the rollup converts it at the supervisor's rates.

The year of an assessment is the year it started (else ended), read from SQLite's ISO dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from sqlalchemy import (
    Integer,
    Select,
    String,
    Subquery,
    and_,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from recp_desktop.domain.nace import division
from recp_desktop.domain.programme import (
    AssessmentGroup,
    Consolidation,
    OptionGroup,
    ProgrammeFilter,
    consolidate,
)
from recp_desktop.domain.savings import ExchangeRate
from recp_desktop.domain.vocabulary import OPTION_STATUSES
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Answer, Assessment, CPOption, Enterprise

ID_CHUNK = 20_000
"""Assessment ids per ``IN (…)`` (SQLite allows 32,766 bound values in one statement)."""

_A, _E, _O = Assessment, Enterprise, CPOption
YEAR = func.coalesce(func.substr(func.coalesce(_A.start_date, _A.end_date), 1, 4), "")
SECTOR = func.substr(func.trim(_E.nace), 1, 2)


class ProgrammeRow(NamedTuple):
    """One assessment of the programme view, its options' savings in its own ``currency``
    (money and investment), MWh, m³, t and t CO2; ``answered`` checklist questions."""

    id: str
    company: str
    country: str
    region: str
    city: str
    nace: str
    kind: str
    title: str
    expert: str
    start_date: str | None  # ISO 8601, as SQLite keeps it: "2026-03-01"
    end_date: str | None
    status: str
    review: str
    currency: str
    answered: int
    options: int
    implemented: int
    investment: float
    money: float
    energy_mwh: float
    water_m3: float
    materials_t: float
    waste_t: float
    co2_t: float

    @property
    def year(self) -> str:
        when = self.start_date or self.end_date
        return when[:4] if when else ""

    @property
    def sector(self) -> str:
        return division(self.nace)


def conditions(flt: ProgrammeFilter) -> list[Any]:
    """The ``WHERE`` conditions on ``assessment`` and ``enterprise`` for ``flt`` (no ids)."""
    where: list[Any] = [~_A.deleted, ~_E.deleted]
    if flt.review is not None:
        where.append(_A.review_state.in_(flt.review))
    for values, column in (
        (flt.countries, _E.country),
        (flt.regions, _E.region),
        (flt.kinds, _A.kind),
        (flt.statuses, _A.status),
        (flt.experts, _A.team),
        (flt.years, YEAR),
    ):
        if values:
            where.append(column.in_(values))
    if flt.sectors:
        known = [s for s in flt.sectors if s]
        where.append(or_(SECTOR.in_(known), *([SECTOR == ""] if "" in flt.sectors else [])))
    return where


def chunked_conditions(flt: ProgrammeFilter) -> Iterator[list[Any]]:
    """The conditions for ``flt``, once, or once per chunk of its ids."""
    where = conditions(flt)
    if flt.ids is None:
        yield where
        return
    ids = sorted(flt.ids)
    for start in range(0, len(ids), ID_CHUNK):
        yield [*where, _A.id.in_(ids[start : start + ID_CHUNK])]


def _joined(stmt: Select) -> Select:
    return stmt.join(_E, _A.enterprise_id == _E.id)


def _counted(statuses: Sequence[str]) -> Any:
    """Options whose savings count: one comparison for the usual "all but rejected"."""
    if set(statuses) == set(OPTION_STATUSES) - {"rejected"}:
        return _O.status != "rejected"
    return _O.status.in_(tuple(statuses))


def option_sums(statuses: Sequence[str]) -> list[Any]:
    """The summed columns of options: counts, then investment, money, kWh→MWh, m³, t, t, t.

    ``statuses`` are the options whose savings count (a 0/1 factor: ``sum`` skips NULLs);
    every live option counts as identified.
    """
    counted = _counted(statuses)

    def saved(column: Any, factor: Any = counted) -> Any:
        return func.coalesce(func.sum(column * factor), 0.0)

    return [
        func.count(_O.id),
        func.coalesce(func.sum(type_coerce(_O.status == "implemented", Integer)), 0),
        saved(_O.investment),
        saved(_O.saving_money),
        saved(_O.saving_energy_kwh) / 1000.0,
        saved(_O.saving_water_m3),
        saved(_O.saving_materials_t, and_(counted, _O.area != "waste")),
        saved(_O.saving_materials_t, and_(counted, _O.area == "waste")),
        saved(_O.saving_co2_t),
    ]


def per_assessment(statuses: Sequence[str]) -> Subquery:
    """Each assessment's options summed (:func:`option_sums` as ``v0``…``v8``), keyed by
    ``aid``: a ``GROUP BY`` that reads the options in the order of their assessment index."""
    sums = option_sums(statuses)
    return (
        select(_O.assessment_id.label("aid"), *(s.label(f"v{i}") for i, s in enumerate(sums)))
        .where(~_O.deleted)
        .group_by(_O.assessment_id)
        .subquery()
    )


def by_assessment(
    session: Session, flt: ProgrammeFilter
) -> tuple[list[OptionGroup], list[AssessmentGroup]]:
    """The filtered assessments and their options' sums per currency, country, NACE division
    and year: the options summed per assessment first, then the assessments per group."""
    keys = [_A.currency, _E.country, SECTOR, YEAR]
    sums = per_assessment(flt.option_statuses)
    options: list[OptionGroup] = []
    groups: list[AssessmentGroup] = []
    for where in chunked_conditions(flt):
        stmt = _joined(
            select(
                *keys,
                func.count(),
                *(func.coalesce(func.sum(sums.c[f"v{i}"]), 0) for i in range(9)),
            ).select_from(_A)
        ).outerjoin(sums, sums.c.aid == _A.id)
        for row in session.execute(stmt.where(*where).group_by(*keys)):
            currency, country, sector, year, count = row[:5]
            sector = sector if (sector or "").isdigit() else ""
            groups.append(AssessmentGroup(currency, country, sector, year, count))
            options.append(OptionGroup(currency, country, sector, year, "", "", *row[5:]))
    return options, groups


def by_option(session: Session, flt: ProgrammeFilter) -> list[OptionGroup]:
    """The options of the filtered assessments summed per currency, CP technique and area
    (country, sector and year left empty): one ``GROUP BY`` per chunk of ids, by status too,
    with plain sums — which statuses count, and tonnes of the waste area as waste, is decided
    here over the few groups rather than in SQL over every option."""
    keys = [_A.currency, _O.technique, _O.area, _O.status]
    sums = [
        func.count(),
        *(func.coalesce(func.sum(c), 0.0) for c in (_O.investment, _O.saving_money)),
        func.coalesce(func.sum(_O.saving_energy_kwh), 0.0) / 1000.0,
        *(
            func.coalesce(func.sum(c), 0.0)
            for c in (_O.saving_water_m3, _O.saving_materials_t, _O.saving_co2_t)
        ),
    ]
    counted = set(flt.option_statuses)
    out: list[OptionGroup] = []
    for where in chunked_conditions(flt):
        stmt = (
            select(*keys, *sums)
            .select_from(_O)
            .join(_A, _O.assessment_id == _A.id)
            .join(_E, _A.enterprise_id == _E.id)
            .where(~_O.deleted, *where)
            .group_by(*keys)
        )
        for (
            currency,
            technique,
            area,
            status,
            n,
            inv,
            money,
            mwh,
            m3,
            tonnes,
            co2,
        ) in session.execute(stmt):
            implemented = n if status == "implemented" else 0
            if status not in counted:
                inv = money = mwh = m3 = tonnes = co2 = 0.0
            materials, waste = (0.0, tonnes) if area == "waste" else (tonnes, 0.0)
            out.append(
                OptionGroup(
                    currency,
                    "",
                    "",
                    "",
                    technique,
                    area,
                    n,
                    implemented,
                    inv,
                    money,
                    mwh,
                    m3,
                    materials,
                    waste,
                    co2,
                )
            )
    return out


def consolidate_programme(
    db: Database,
    flt: ProgrammeFilter,
    currency: str,
    rates: Sequence[ExchangeRate] = (),
) -> Consolidation:
    """Totals and breakdowns of the assessments ``flt`` selects, in ``currency``.

    Raises :class:`~recp_desktop.domain.programme.MissingRateError` naming a currency of the
    counted assessments that ``rates`` cannot convert into ``currency``.
    """
    with db.session() as session:
        options, assessments = by_assessment(session, flt)
        per_option = by_option(session, flt)
    return consolidate(options, assessments, currency, rates, by_option=per_option)


def programme_rows(db: Database, flt: ProgrammeFilter) -> list[ProgrammeRow]:
    """Every assessment ``flt`` selects, by company then start date, with its options' savings
    (in the statuses of ``flt.option_statuses``) and its answered questions."""
    per_option = per_assessment(flt.option_statuses)
    answered = (
        select(Answer.assessment_id.label("aid"), func.count().label("n"))
        .where(~Answer.deleted)
        .group_by(Answer.assessment_id)
        .subquery()
    )
    zero = literal(0)
    columns = [
        _A.id,
        _E.name,
        _E.country,
        _E.region,
        _E.city,
        _E.nace,
        _A.kind,
        _A.title,
        _A.team,
        type_coerce(_A.start_date, String),  # read as the text it is: no date objects
        type_coerce(_A.end_date, String),
        _A.status,
        _A.review_state,
        _A.currency,
        func.coalesce(answered.c.n, zero),
        *(func.coalesce(per_option.c[f"v{i}"], zero) for i in range(9)),
    ]
    out: list[ProgrammeRow] = []
    with db.session() as session:
        for where in chunked_conditions(flt):
            stmt = (
                select(*columns)
                .select_from(_A)
                .join(_E, _A.enterprise_id == _E.id)
                .outerjoin(per_option, per_option.c.aid == _A.id)
                .outerjoin(answered, answered.c.aid == _A.id)
                .where(*where)
                .order_by(_E.name, _A.start_date, _A.id)
            )
            out.extend(ProgrammeRow._make(row) for row in session.execute(stmt))
    if flt.ids is not None and len(flt.ids) > ID_CHUNK:
        out.sort(key=lambda r: (r.company, r.start_date or "", r.id))
    return out


def consolidate_rows(
    rows: Iterable[ProgrammeRow],
    currency: str,
    rates: Sequence[ExchangeRate] = (),
    review: Sequence[str] | None = ("approved",),
) -> Consolidation:
    """Totals of ``rows`` already read (the programme view's), in ``currency``: those in a
    ``review`` state (None: all), with breakdowns by country, sector and year (the rows hold no
    technique or area). Raises :class:`~recp_desktop.domain.programme.MissingRateError`."""
    groups: dict[tuple[str, str, str, str], list[Any]] = {}
    for row in rows:
        if review is not None and row.review not in review:
            continue
        key = (row.currency, row.country, row.sector, row.year)
        sums = groups.setdefault(key, [0] * 10)
        sums[0] += 1
        for i, value in enumerate(row[15:], start=1):
            sums[i] += value
    options = [OptionGroup(*key, "", "", *sums[1:]) for key, sums in groups.items()]
    counts = [AssessmentGroup(*key, sums[0]) for key, sums in groups.items()]
    return consolidate(options, counts, currency, rates)


def distinct_values(db: Database, flt: ProgrammeFilter | None = None) -> dict[str, list[str]]:
    """The values each filter can take among the live assessments (for the filter lists):
    ``countries``, ``regions``, ``sectors``, ``kinds``, ``statuses``, ``years``, ``experts``,
    ``review`` and ``currencies``, each sorted."""
    flt = replace(flt or ProgrammeFilter(), review=None)
    where = conditions(replace(flt, countries=(), regions=(), sectors=(), years=(), experts=()))
    columns = {
        "countries": _E.country,
        "regions": _E.region,
        "sectors": SECTOR,
        "kinds": _A.kind,
        "statuses": _A.status,
        "years": YEAR,
        "experts": _A.team,
        "review": _A.review_state,
        "currencies": _A.currency,
    }
    found: dict[str, set[str]] = {name: set() for name in columns}
    with db.session() as session:  # one pass: the distinct combinations, split here
        stmt = _joined(select(*columns.values()).select_from(_A)).where(*where).distinct()
        for row in session.execute(stmt):
            for name, value in zip(columns, row, strict=True):
                found[name].add(value or "")
    found["sectors"] = {v if v.isdigit() else "" for v in found["sectors"]}
    return {name: sorted(values) for name, values in found.items()}


def currencies(db: Database, flt: ProgrammeFilter) -> list[str]:
    """The currencies of the assessments ``flt`` selects, sorted."""
    found: set[str] = set()
    with db.session() as session:
        for where in chunked_conditions(flt):
            stmt = _joined(select(_A.currency).select_from(_A)).where(*where).distinct()
            found.update(session.scalars(stmt))
    return sorted(found)


__all__ = [
    "ProgrammeRow",
    "by_assessment",
    "by_option",
    "conditions",
    "consolidate_programme",
    "consolidate_rows",
    "currencies",
    "distinct_values",
    "per_assessment",
    "programme_rows",
]
