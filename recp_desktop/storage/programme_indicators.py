"""The programme's RECP indicators read in SQL (three ``GROUP BY`` queries), then aggregated by
:func:`recp_desktop.domain.programme_indicators.aggregate`."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import case, func, select

from recp_desktop.domain.options import PROJECTED_STATUSES
from recp_desktop.domain.programme import ProgrammeFilter
from recp_desktop.domain.programme_indicators import (
    GROUP_OF,
    ProgrammeIndicator,
    ResourceLine,
    ValueAdded,
    aggregate,
)
from recp_desktop.domain.savings import ExchangeRate, Savings
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, BaselineItem, CPOption, Enterprise
from recp_desktop.storage.programme import chunked_conditions, option_sums

_A, _E, _B = Assessment, Enterprise, BaselineItem


def programme_indicators(
    db: Database, flt: ProgrammeFilter, currency: str, rates: Sequence[ExchangeRate] = ()
) -> list[ProgrammeIndicator]:
    """The indicators of the assessments ``flt`` selects that recorded their value added.

    Raises :class:`~recp_desktop.domain.programme.MissingRateError` for value added in a
    currency without a rate into ``currency``.
    """
    va = (
        select(_B.assessment_id.label("aid"), _B.quantity_canonical.label("va"))
        .where(_B.key == "value_added", _B.quantity_canonical > 0, ~_B.deleted)
        .subquery()
    )
    live = (~_B.deleted, _B.quantity_canonical.is_not(None), _B.key.in_(tuple(GROUP_OF)))
    group = case(*((_B.key == key, name) for key, name in GROUP_OF.items()))
    per_group = (
        select(_B.assessment_id.label("aid"), group.label("grp")).where(*live).distinct().subquery()
    )
    lines: list[ResourceLine] = []
    added: list[ValueAdded] = []
    saved: list[Savings] = []
    with db.session() as session:
        for where in chunked_conditions(flt):
            stmt = (
                select(_A.currency, _E.country, _B.key, func.sum(_B.quantity_canonical))
                .select_from(_B)
                .join(va, va.c.aid == _B.assessment_id)
                .join(_A, _A.id == _B.assessment_id)
                .join(_E, _E.id == _A.enterprise_id)
                .where(*live, *where)
                .group_by(_A.currency, _E.country, _B.key)
            )
            lines += [ResourceLine(*row) for row in session.execute(stmt)]
            stmt = (
                select(_A.currency, per_group.c.grp, func.sum(va.c.va), func.count())
                .select_from(per_group)
                .join(va, va.c.aid == per_group.c.aid)
                .join(_A, _A.id == per_group.c.aid)
                .join(_E, _E.id == _A.enterprise_id)
                .where(*where)
                .group_by(_A.currency, per_group.c.grp)
            )
            added += [ValueAdded(*row) for row in session.execute(stmt)]
            stmt = (
                select(*option_sums(PROJECTED_STATUSES))
                .select_from(CPOption)
                .join(va, va.c.aid == CPOption.assessment_id)
                .join(_A, _A.id == CPOption.assessment_id)
                .join(_E, _E.id == _A.enterprise_id)
                .where(~CPOption.deleted, *where)
            )
            row = session.execute(stmt).one()
            saved.append(
                Savings(energy_mwh=row[4], water_m3=row[5], materials_t=row[6], waste_t=row[7],
                        co2_t=row[8])
            )  # fmt: skip
    return aggregate(lines, added, Savings.total(saved), currency, rates)


__all__ = ["programme_indicators"]
