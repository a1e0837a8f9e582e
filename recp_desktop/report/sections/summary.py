"""The executive summary: what resources cost today, what the options save, where to start."""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from recp_desktop.checklists.model import CP_TECHNIQUES
from recp_desktop.domain.savings import Savings
from recp_desktop.report.data import OptionRow
from recp_desktop.report.sections.common import Context, esc
from recp_desktop.report.styles import ACCENT_LIGHT, FRAME_WIDTH, PRIMARY
from recp_desktop.report.texts import technique_label

FIRST_STEPS = 3


def _live(ctx: Context) -> list[OptionRow]:
    return [o for o in ctx.data.options if o.status != "rejected"]


def summary(ctx: Context) -> list[Flowable]:
    data, fmt = ctx.data, ctx.fmt
    totals = data.totals
    out: list[Flowable] = [ctx.heading(ctx.t("summary"))]
    if data.baseline_cost:
        out.append(
            ctx.para(
                esc(
                    ctx.t(
                        "summary.today",
                        company=data.company.name,
                        cost=fmt.money(data.baseline_cost, ctx.currency),
                    )
                )
            )
        )
    if totals.count and totals.money:
        sentence = ctx.t(
            "summary.options",
            count=totals.count,
            money=fmt.money(totals.money, ctx.currency),
            investment=fmt.money(totals.investment, ctx.currency),
            payback=fmt.payback(totals.payback_years),
        )
        if data.baseline_cost:
            share = fmt.percent(totals.money / data.baseline_cost, 1)
            sentence += " " + ctx.t("summary.share", share=share)
        out.append(ctx.para(esc(sentence)))
        housekeeping = sum(o.money or 0 for o in _live(ctx) if o.technique == "good_housekeeping")
        if housekeeping:
            out.append(
                ctx.para(
                    esc(
                        ctx.t(
                            "summary.housekeeping",
                            share=fmt.percent(housekeeping / totals.money),
                            money=fmt.money(housekeeping, ctx.currency),
                        )
                    )
                )
            )
        if data.projected.count and data.projected.count != totals.count:
            projected = fmt.money(data.projected.money, ctx.currency)
            out.append(
                ctx.para(
                    esc(ctx.t("summary.projected", count=data.projected.count, money=projected))
                )
            )
    out.append(
        ctx.para(
            esc(
                ctx.t(
                    "summary.findings",
                    answered=data.answered,
                    questions=data.questions,
                    findings=len(data.findings),
                    photos=data.photo_count,
                )
            )
        )
    )
    if totals.count:
        out += [Spacer(1, 3 * mm), _tiles(ctx, totals), Spacer(1, 4 * mm)]
        out += _savings_table(ctx)
        out += _first_steps(ctx)
        out += _techniques(ctx)
    missing = data.missing()
    if missing:
        out += [Spacer(1, 5 * mm), ctx.missing_box(missing)]
    return out


def _tiles(ctx: Context, totals: Savings) -> Table:
    """Four key figures in large type: savings, investment, payback, CO2."""
    fmt = ctx.fmt
    big = ParagraphStyle("tile", parent=ctx.st.h2, fontSize=15, leading=18, spaceBefore=0)
    figures = [
        (fmt.money(totals.money, ctx.currency), ctx.t("kpi.money") + ", " + ctx.t("kpi.per_year")),
        (fmt.money(totals.investment, ctx.currency), ctx.t("kpi.investment")),
        (fmt.payback(totals.payback_years), ctx.t("kpi.payback")),
        (
            fmt.quantity(totals.co2_t, "t") if totals.co2_t else "—",
            ctx.t("kpi.co2") + ", " + ctx.t("kpi.per_year"),
        ),
    ]
    cells = [
        [Paragraph(esc(value), big), Paragraph(esc(label), ctx.st.small)]
        for value, label in figures
    ]
    tiles = Table([cells], colWidths=[FRAME_WIDTH / 4] * 4)
    tiles.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEABOVE", (0, 0), (-1, 0), 2, PRIMARY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return tiles


def _savings_table(ctx: Context) -> list[Flowable]:
    """Savings of all live options and of the recommended/implemented ones, per resource."""
    fmt, data = ctx.fmt, ctx.data
    columns = (data.totals, data.projected)
    rows = [
        [ctx.t("kpi.money")] + [fmt.money(t.money, ctx.currency) for t in columns],
        [ctx.t("kpi.energy")] + [_saved(ctx, t.energy_mwh, "MWh") for t in columns],
        [ctx.t("kpi.water")] + [_saved(ctx, t.water_m3, "m**3") for t in columns],
        [ctx.t("kpi.materials")] + [_saved(ctx, t.materials_t, "t") for t in columns],
        [ctx.t("kpi.co2")] + [_saved(ctx, t.co2_t, "t") for t in columns],
        [ctx.t("kpi.investment")] + [fmt.money(t.investment, ctx.currency) for t in columns],
        [ctx.t("kpi.payback")] + [fmt.payback(t.payback_years) for t in columns],
    ]
    header = [
        ctx.t("summary.savings"),
        ctx.t("summary.all_options"),
        ctx.t("summary.recommended"),
    ]
    widths = [FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.3]
    return [ctx.table(header, rows, widths, right=(1, 2)), Spacer(1, 4 * mm)]


def _saved(ctx: Context, value: float, unit: str) -> str:
    return ctx.fmt.quantity(value, unit) if value else "—"


def _first_steps(ctx: Context) -> list[Flowable]:
    fmt = ctx.fmt
    ranked = [o for o in _live(ctx) if o.payback is not None][:FIRST_STEPS]
    if not ranked:
        return []
    out: list[Flowable] = [Paragraph(esc(ctx.t("summary.first")), ctx.st.h3)]
    for option in ranked:
        line = ctx.t(
            "summary.first_line",
            title=f"{option.number}. {option.title}",
            money=fmt.money(option.money, ctx.currency),
            payback=fmt.payback(option.payback),
        )
        out.append(Paragraph(esc(line), ctx.st.bullet, bulletText="•"))
    return [*out, Spacer(1, 3 * mm)]


def _techniques(ctx: Context) -> list[Flowable]:
    fmt = ctx.fmt
    count: dict[str, int] = defaultdict(int)
    money: dict[str, float] = defaultdict(float)
    for option in _live(ctx):
        count[option.technique] += 1
        money[option.technique] += option.money or 0
    total = sum(money.values())
    order = [t for t in CP_TECHNIQUES if t in count] + sorted(set(count) - set(CP_TECHNIQUES))
    rows = [
        [
            technique_label(ctx.language, t),
            str(count[t]),
            fmt.money(money[t], ctx.currency),
            fmt.percent(money[t] / total) if total else "—",
        ]
        for t in order
    ]
    header = [
        ctx.t("col.technique"),
        ctx.t("col.count"),
        ctx.t("col.saving_year"),
        ctx.t("col.share"),
    ]
    widths = [FRAME_WIDTH * 0.46, FRAME_WIDTH * 0.12, FRAME_WIDTH * 0.26, FRAME_WIDTH * 0.16]
    return [
        Paragraph(esc(ctx.t("summary.by_technique")), ctx.st.h3),
        ctx.table(header, rows, widths, right=(1, 2, 3)),
    ]
