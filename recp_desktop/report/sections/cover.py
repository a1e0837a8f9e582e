"""The cover page and the table of contents."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from recp_desktop.report.document import contents
from recp_desktop.report.sections.common import Context, esc
from recp_desktop.report.styles import FRAME_WIDTH, RULE
from recp_desktop.report.texts import country_name


def site_line(ctx: Context) -> str:
    company = ctx.data.company
    parts = [company.city, company.region, country_name(ctx.language, company.country)]
    return ", ".join(p for p in parts if p)


def cover(ctx: Context) -> list[Flowable]:
    data, st = ctx.data, ctx.st
    assessment = data.assessment
    out: list[Flowable] = [
        Spacer(1, 4 * mm),
        Paragraph(esc(ctx.t("cover.for")), st.cover_label),
        Spacer(1, 2 * mm),
        Paragraph(esc(data.company.name), st.cover_company),
        Paragraph(esc(site_line(ctx)), st.cover_value),
    ]
    subtitle = " · ".join(p for p in (assessment.title, ctx.t(f"kind.{assessment.kind}")) if p)
    out += [Spacer(1, 2 * mm), Paragraph(esc(subtitle), st.cover_value), Spacer(1, 18 * mm)]
    rows = [
        ("cover.period", ctx.fmt.date_range(assessment.start, assessment.end)),
        ("cover.team", assessment.team),
        ("cover.status", ctx.t(f"status.{assessment.status}")),
        ("cover.prepared", data.centre_name),
        ("cover.date", ctx.fmt.date(data.created)),
    ]
    table = Table(
        [
            [Paragraph(esc(ctx.t(key)), st.cover_label), Paragraph(esc(value), st.cover_value)]
            for key, value in rows
            if value
        ],
        colWidths=[48 * mm, FRAME_WIDTH - 48 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out += [table, NextPageTemplate("body"), PageBreak()]
    out += [Paragraph(esc(ctx.t("toc")), st.h1), contents(), PageBreak()]
    return out
