"""The options register, sorted by payback, with the savings charts."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from recp_desktop.domain.savings import Savings
from recp_desktop.report.charts import options_by_technique, savings_by_option
from recp_desktop.report.data import OptionRow
from recp_desktop.report.sections.common import Context, esc
from recp_desktop.report.texts import technique_label

WIDTHS = (None, 0, None, None, None, None, None, None)  # the option takes what is left
FONT_SIZE = 7.5


def options(ctx: Context, number: str) -> list[Flowable]:
    data = ctx.data
    out: list[Flowable] = [ctx.heading(ctx.t("options"), 0, number)]
    if not data.options:
        return [*out, ctx.missing_box(["options"])]
    charts = [c for c in (savings_by_option(data), options_by_technique(data)) if c is not None]
    for index, chart in enumerate(charts):
        heading = [ctx.heading(ctx.t("options.charts"), 1, f"{number}.1")] if index == 0 else []
        out += [KeepTogether([*heading, chart]), Spacer(1, 5 * mm)]
    out.append(ctx.heading(ctx.t("options.register"), 1, f"{number}.{2 if charts else 1}"))
    out.append(ctx.para(esc(ctx.t("options.intro"))))
    rows = [_row(ctx, o) for o in data.options]
    rows.append(_total_row(ctx, data.totals))
    currency = ctx.currency
    header = [
        ctx.t("options.number"),
        ctx.t("options.title"),
        ctx.t("options.investment", currency=currency),
        ctx.t("options.money", currency=currency),
        ctx.t("options.physical"),
        ctx.t("options.co2"),
        ctx.t("options.payback"),
        ctx.t("options.status"),
    ]
    out.append(
        ctx.table(
            header,
            rows,
            WIDTHS,
            right=(0, 2, 3, 4, 5, 6),
            total=True,
            font_size=FONT_SIZE,
        )
    )
    return out


def _physical(ctx: Context, item: OptionRow | Savings) -> Paragraph:
    fmt = ctx.fmt
    lines = []
    energy_mwh = item.energy_mwh if isinstance(item, Savings) else (item.energy_kwh or 0) / 1000
    if energy_mwh:
        lines.append(fmt.quantity(energy_mwh, "MWh"))
    if item.water_m3:
        lines.append(fmt.quantity(item.water_m3, "m**3"))
    if item.materials_t:
        lines.append(fmt.quantity(item.materials_t, "t"))
    style = ParagraphStyle(
        "physical", parent=ctx.st.cell_right, fontSize=FONT_SIZE, leading=FONT_SIZE * 1.25
    )
    return Paragraph("<br/>".join(esc(line) for line in lines) or "—", style)


def _row(ctx: Context, option: OptionRow) -> list:
    fmt, st = ctx.fmt, ctx.st
    detail = [technique_label(ctx.language, option.technique), ctx.t(f"area.{option.area}")]
    note = f"<br/><i>{esc(option.note)}</i>" if option.note else ""
    title = Paragraph(
        f"<b>{esc(option.title)}</b><br/>"
        f'<font size="7" color="#3c9d5d">{esc(" · ".join(detail))}</font>{note}',
        ParagraphStyle("option", parent=st.cell, fontSize=FONT_SIZE, leading=FONT_SIZE * 1.25),
    )
    return [
        str(option.number),
        title,
        fmt.number(option.investment) if option.investment is not None else "—",
        fmt.number(option.money) if option.money is not None else "—",
        _physical(ctx, option),
        fmt.sig(option.co2_t, 3) if option.co2_t else "—",
        fmt.payback(option.payback),
        ctx.t(f"option.{option.status}"),
    ]


def _total_row(ctx: Context, totals: Savings) -> list:
    fmt = ctx.fmt
    return [
        "",
        ctx.t("options.total"),
        fmt.number(totals.investment),
        fmt.number(totals.money),
        _physical(ctx, totals),
        fmt.sig(totals.co2_t, 3) if totals.co2_t else "—",
        fmt.payback(totals.payback_years),
        "",
    ]
