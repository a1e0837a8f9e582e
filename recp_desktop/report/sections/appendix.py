"""Appendix: each calculator used with its formula and the inputs of each option, the emission
factors with source and year, and the assumptions behind the indicators."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from recp_desktop.domain.indicators import PURCHASED_HEAT_EFFICIENCY
from recp_desktop.domain.messages import render
from recp_desktop.report.data import FactorRow, Method
from recp_desktop.report.methods import (
    formula_markup,
    inline_markup,
    input_label,
    input_value,
    parse_doc,
)
from recp_desktop.report.sections.common import Context, esc
from recp_desktop.report.styles import FRAME_WIDTH
from recp_desktop.report.texts import country_name, fuel_label, has_text


def appendix(ctx: Context, number: str) -> list[Flowable]:
    out: list[Flowable] = [ctx.heading(ctx.t("appendix"), 0)]
    out.append(ctx.heading(ctx.t("appendix.calculators"), 1, f"{number}.1"))
    if not ctx.data.methods:
        out.append(ctx.para(esc(ctx.t("appendix.no_calculators"))))
    elif ctx.language != "en":
        out.append(ctx.para(esc(ctx.t("appendix.english")), "small"))
    for method in ctx.data.methods:
        out += _method(ctx, method)
    out.append(ctx.heading(ctx.t("appendix.factors"), 1, f"{number}.2"))
    out += _factors(ctx)
    out.append(ctx.heading(ctx.t("appendix.indicators"), 1, f"{number}.3"))
    for sentence in _assumptions(ctx):
        out.append(Paragraph(esc(sentence), ctx.st.bullet, bulletText="•"))
    return out


def _method(ctx: Context, method: Method) -> list[Flowable]:
    st = ctx.st
    key = f"calc.{method.name}"
    title = ctx.t(key) if has_text(key) else method.title
    numbers = ", ".join(str(n) for n in method.options)
    out: list[Flowable] = [
        Paragraph(esc(title), st.h3),
        Paragraph(esc(ctx.t("appendix.used_for", numbers=numbers)), st.small),
    ]
    for block in parse_doc(method.doc):
        if block.kind == "formula":
            out.append(Paragraph(formula_markup(block.text), st.formula))
        elif block.kind == "heading":
            out.append(Paragraph(f"<b>{inline_markup(block.text)}</b>", st.body))
        elif block.kind == "term":
            out.append(Paragraph(f"<b>{inline_markup(block.term)}</b>", st.body))
            out.append(Paragraph(inline_markup(block.text), _indented(ctx)))
        elif block.kind == "desc":
            out.append(Paragraph(inline_markup(block.text), _indented(ctx)))
        else:
            out.append(Paragraph(inline_markup(block.text), st.body))
    for option in (o for o in ctx.data.options if o.number in method.options):
        part: list[Flowable] = [
            Paragraph(
                f"<b>{esc(ctx.t('appendix.inputs', number=option.number))}</b>: "
                f"{esc(option.title)}",
                st.small,
            )
        ]
        if option.inputs:
            part.append(_inputs_table(ctx, option.inputs, method.name))
        if option.assumptions:
            part.append(Spacer(1, 2 * mm))
            part.append(Paragraph(f"<b>{esc(ctx.t('appendix.assumptions'))}</b>", st.small))
            part += [
                Paragraph(esc(render(line, ctx.language)), st.bullet, bulletText="•")
                for line in option.assumptions
            ]
        out += [Spacer(1, 2 * mm), KeepTogether(part)]
    out.append(Spacer(1, 4 * mm))
    return out


def _inputs_table(ctx: Context, inputs: dict[str, str], calculator: str) -> Table:
    """The inputs as typed, two label/value pairs to a row to keep the appendix short.

    Labels, the named choices (method, fuel, compressor) and the units are in the report's
    language; the numbers are as typed.
    """
    pairs = [
        (input_label(name, ctx.language), input_value(calculator, name, value, ctx.language))
        for name, value in inputs.items()
    ]
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:] + [("", "")] * (2 * half - len(pairs))
    rows = [[a, b, c, d] for (a, b), (c, d) in zip(left, right, strict=True)]
    head = [ctx.t("appendix.input"), ctx.t("appendix.value")] * 2
    return ctx.table(head, rows, [FRAME_WIDTH * w for w in (0.27, 0.23, 0.27, 0.23)])


def _indented(ctx: Context) -> ParagraphStyle:
    return ParagraphStyle("indented", parent=ctx.st.body, leftIndent=14)


def _subject(ctx: Context, row: FactorRow) -> str:
    if row.kind == "grid":
        return country_name(ctx.language, row.subject)
    return fuel_label(ctx.language, row.subject)


def _factors(ctx: Context) -> list[Flowable]:
    factors = ctx.data.factors
    if not factors:
        return [ctx.para(esc(ctx.t("appendix.no_factors")))]
    fmt = ctx.fmt
    rows = [
        [
            ctx.t(f"factor.{row.kind}"),
            _subject(ctx, row),
            f"{fmt.amount(row.value)}\u00a0{fmt.unit(row.unit)}",
            row.source,
            str(row.year) if row.year else "—",
        ]
        for row in factors
    ]
    header = [
        ctx.t("appendix.factor"),
        ctx.t("appendix.for"),
        ctx.t("appendix.value"),
        ctx.t("appendix.source"),
        ctx.t("appendix.year"),
    ]
    widths = [0.21, 0.14, 0.15, 0.42, 0.08]
    return [ctx.table(header, rows, [FRAME_WIDTH * w for w in widths], right=(2, 4))]


def _assumptions(ctx: Context) -> list[str]:
    from recp_desktop.domain.emissions import natural_gas_density

    data, fmt = ctx.data, ctx.fmt
    keys = {row.key for row in data.baseline if row.quantity is not None}
    out = []
    if data.indicators.totals.get("energy_kwh") is not None:
        density = natural_gas_density().to("kg/m**3").magnitude
        out.append(ctx.t("assume.energy", density=fmt.number(density, 2)))
    if "heat" in keys:
        out.append(ctx.t("assume.heat", efficiency=fmt.percent(PURCHASED_HEAT_EFFICIENCY)))
    if "electricity" in keys:
        country = country_name(ctx.language, data.company.country)
        has_grid = any(r.kind == "grid" and r.subject == data.company.country for r in data.factors)
        out.append(ctx.t("assume.grid" if has_grid else "assume.no_grid", country=country))
    if data.projected.count:
        out.append(ctx.t("assume.projected"))
    out.append(ctx.t("assume.money", currency=ctx.currency))
    return out
