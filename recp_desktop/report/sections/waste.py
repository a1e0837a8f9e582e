"""The waste streams: EWC code (hazardous marked), what it is, tonnes per year, treatment,
destination and yearly cost, with totals."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from recp_desktop.report.data import WasteRow
from recp_desktop.report.sections.common import Context, esc

WIDTHS = (20 * mm, 0, None, None, None, None)  # "11 01 05*" on one line; text takes the rest
FONT_SIZE = 7.5
HAZARD = "#b3261e"


def waste(ctx: Context, number: str) -> list[Flowable]:
    rows = ctx.data.waste
    out: list[Flowable] = [ctx.heading(ctx.t("waste"), 0, number)]
    out.append(ctx.para(esc(ctx.t("waste.intro"))))
    header = [
        ctx.t("waste.code"),
        ctx.t("waste.description"),
        ctx.t("waste.tonnes"),
        ctx.t("waste.treatment"),
        ctx.t("waste.destination"),
        ctx.t("waste.cost", currency=ctx.currency),
    ]
    body = [_row(ctx, row) for row in rows]
    tonnes = sum((r.tonnes or 0.0 for r in rows), 0.0)
    hazardous = sum((r.tonnes or 0.0 for r in rows if r.hazardous), 0.0)
    cost = sum((r.cost or 0.0 for r in rows), 0.0)
    body.append(
        [
            "",
            f"{ctx.t('waste.total')} ({ctx.t('waste.hazardous_total')}: "
            f"{ctx.fmt.sig(hazardous, 3)} {ctx.t('waste.tonnes')})",
            ctx.fmt.sig(tonnes, 3),
            "",
            "",
            ctx.fmt.number(cost),
        ]
    )
    out.append(ctx.table(header, body, WIDTHS, right=(2, 5), total=True, font_size=FONT_SIZE))
    return out


def _row(ctx: Context, row: WasteRow) -> list:
    style = ParagraphStyle(
        "waste", parent=ctx.st.cell, fontSize=FONT_SIZE, leading=FONT_SIZE * 1.25
    )
    code = (
        f'<font color="{HAZARD}"><b>{esc(row.code)}</b></font>' if row.hazardous else esc(row.code)
    )
    name = f"<b>{esc(row.name)}</b><br/>" if row.name else ""
    tonnes = ctx.fmt.sig(row.tonnes, 3) if row.tonnes is not None else "—"
    if row.tonnes is None:
        name += f'<font size="6.5" color="#777">{esc(ctx.t("waste.no_tonnes"))}</font><br/>'
    return [
        Paragraph(code, style),
        Paragraph(f"{name}{esc(row.description)}", style),
        tonnes,
        row.treatment or "—",
        ctx.t(f"destination.{row.destination}") if row.destination else "—",
        ctx.fmt.number(row.cost) if row.cost is not None else "—",
    ]
