"""Company profile, the baseline table with units, and the resource cost breakdown."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from recp_desktop.domain.baseline import BY_KEY
from recp_desktop.report.charts import cost_breakdown
from recp_desktop.report.data import BaselineRow
from recp_desktop.report.sections.common import Context, esc, facts
from recp_desktop.report.styles import FRAME_WIDTH
from recp_desktop.report.texts import baseline_label, country_name

GROUPS = ("output", "energy", "water", "materials", "waste")


def profile(ctx: Context, number: str) -> list[Flowable]:
    company, fmt = ctx.data.company, ctx.fmt
    rows = [
        (ctx.t("profile.name"), company.name),
        (ctx.t("profile.country"), country_name(ctx.language, company.country)),
        (ctx.t("profile.region"), company.region),
        (ctx.t("profile.city"), company.city),
        (ctx.t("profile.nace"), company.nace),
        (
            ctx.t("profile.employees"),
            fmt.number(company.employees) if company.employees is not None else "",
        ),
        (ctx.t("profile.products"), company.products),
        (ctx.t("profile.eco_park"), company.eco_park),
        (ctx.t("profile.currency"), ctx.currency),
    ]
    out: list[Flowable] = [
        ctx.heading(ctx.t("profile"), 0, number),
        ctx.heading(ctx.t("profile.company"), 1, f"{number}.1"),
        facts(ctx, rows, 48 * mm),
        Spacer(1, 4 * mm),
        ctx.heading(ctx.t("baseline"), 1, f"{number}.2"),
    ]
    if not ctx.data.baseline:
        out.append(ctx.missing_box(["baseline"]))
        return out
    out.append(_baseline_table(ctx))
    chart = cost_breakdown(ctx.data)
    out.append(Spacer(1, 6 * mm))
    if chart is None:
        out.append(ctx.para(esc(ctx.t("chart.costs_empty")), "small"))
    else:
        out.append(KeepTogether([chart]))
    return out


def _unit(ctx: Context, row: BaselineRow) -> str:
    if row.key == "value_added":
        return ctx.currency
    return ctx.fmt.unit(row.unit or BY_KEY[row.key].unit)


def _baseline_table(ctx: Context) -> Table:
    fmt = ctx.fmt
    total = ctx.data.baseline_cost
    rows: list[list[str]] = []
    group_rows: list[int] = []
    for group in GROUPS:
        lines = [r for r in ctx.data.baseline if r.group == group]
        if not lines:
            continue
        group_rows.append(len(rows))
        rows.append([ctx.t(f"group.{group}"), "", "", "", ""])
        for row in lines:
            rows.append(
                [
                    baseline_label(ctx.language, row.key),
                    fmt.amount(row.quantity),
                    _unit(ctx, row),
                    fmt.number(row.cost) if row.cost is not None else "",
                    fmt.percent(row.cost / total, 1) if row.cost and total else "",
                ]
            )
    rows.append(
        [ctx.t("baseline.total"), "", "", fmt.number(total), fmt.percent(1) if total else ""]
    )
    header = [
        ctx.t("baseline.line"),
        ctx.t("baseline.quantity"),
        ctx.t("indicators.unit"),
        ctx.t("baseline.cost", currency=ctx.currency),
        ctx.t("baseline.share"),
    ]
    widths = [0.34, 0.18, 0.12, 0.2, 0.16]
    return ctx.table(
        header,
        rows,
        [FRAME_WIDTH * w for w in widths],
        right=(1, 3, 4),
        total=True,
        group_rows=group_rows,
    )
