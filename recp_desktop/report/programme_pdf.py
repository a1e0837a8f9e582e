"""The programme report (PDF): totals, breakdowns, charts, indicators, rates, assessments.

Laid out like the assessment report (:mod:`recp_desktop.report.document`: cover, header,
footer, "page X of Y", bookmarks; the same fonts, styles and Babel formatting), from one
:class:`~recp_desktop.report.programme_data.ProgrammeData`. Written next to the target and
renamed over it when complete, so a failure leaves no half-written file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from recp_desktop.domain.nace import sector_label
from recp_desktop.domain.programme import Figures
from recp_desktop.files import new_export_temporary
from recp_desktop.report.build import ReportError
from recp_desktop.report.charts import hbar
from recp_desktop.report.document import ReportDocument, numbered_canvas
from recp_desktop.report.fmt import NBSP
from recp_desktop.report.fonts import BOLD, REGULAR
from recp_desktop.report.programme_data import ProgrammeData, rate_text
from recp_desktop.report.sections.common import Context, esc, facts
from recp_desktop.report.styles import ACCENT, FRAME_WIDTH, MUTED, PRIMARY, RULE
from recp_desktop.report.texts import LANGUAGES, country_name, technique_label, text

Progress = Callable[[float, str], None]


class ProgrammeContext(Context):
    """The report's context over a :class:`ProgrammeData` (money in the reporting currency)."""

    @property
    def currency(self) -> str:
        return self.data.totals.currency


def group_label(language: str, dimension: str, key: str) -> str:
    """How a breakdown's group is named: a country's name, ``C 10 — Manufacture of food
    products`` (the division's published name in ``language``, :mod:`recp_desktop.domain.nace`),
    a technique, an area."""
    if not key:
        return text(language, "prog.unknown")
    if dimension == "country":
        return country_name(language, key)
    if dimension == "sector":
        return sector_label(key, language)
    if dimension == "technique":
        return technique_label(language, key)
    if dimension == "area":
        return text(language, f"area.{key}")
    return key


def unit_text(ctx: Context, unit: str) -> str:
    """An indicator's unit as printed, each part in the language's spelling, kept on one line:
    ``AZN/MWh`` -> ``AZN/МВт·ч``, ``t/1000 AZN``."""
    parts = unit.split("/")
    shown = [ctx.fmt.unit(part) if part in ("MWh", "m**3", "t") else part for part in parts]
    return "/".join(shown).replace("m**3", "m³").replace(" ", NBSP)


def write_programme_pdf(
    data: ProgrammeData, path: str | os.PathLike[str], progress: Progress | None = None
) -> None:
    """Write the programme report of ``data`` in ``data.language`` to ``path``.

    Raises :class:`~recp_desktop.report.build.ReportError` for a language without texts, a
    missing folder or a file that cannot be written.
    """
    if data.language not in LANGUAGES:
        raise ReportError(
            f"Reports can be written in {', '.join(LANGUAGES)}, not '{data.language}'."
        )
    target = Path(path)
    if not target.parent.is_dir():
        raise ReportError(f"The folder {target.parent} does not exist.")
    notify = progress or (lambda _f, _s: None)
    ctx = ProgrammeContext(data)
    title = ctx.t("prog.title")
    try:
        temporary = str(new_export_temporary(target))
    except OSError as exc:
        raise ReportError(f"Cannot write the report to {target}: {exc.strerror or exc}.") from exc
    try:
        doc = ReportDocument(
            temporary,
            title=title,
            subject=ctx.t("prog.header"),
            header_left=data.centre_name or ctx.t("prog.header"),
            header_right=title,
            footer_left=data.centre_name or ctx.t("footer.app"),
            cover_kicker=ctx.t("cover.kicker"),
            cover_title=title,
            language=data.language,
            progress=lambda fraction: notify(0.05 + 0.9 * fraction, "layout"),
        )
        label = numbered_canvas(lambda p, n: text(data.language, "footer.page", page=p, pages=n))
        doc.multiBuild(_story(ctx), canvasmaker=label)
        os.replace(temporary, target)
    except OSError as exc:
        raise ReportError(
            f"Cannot write the report to {target}: {exc.strerror or exc}. If the file is open "
            "in a PDF viewer, close it, or choose another name."
        ) from exc
    finally:
        Path(temporary).unlink(missing_ok=True)
    notify(1.0, "done")


def _story(ctx: ProgrammeContext) -> list[Flowable]:
    story = _cover(ctx) + _summary(ctx)
    story += [PageBreak(), *_breakdowns(ctx)]
    story += [PageBreak(), *_indicators(ctx), *_rates(ctx)]
    story += [PageBreak(), *_assessments(ctx)]
    if ctx.data.waste is not None:
        story += [PageBreak(), *_waste_map(ctx)]
    return story


def _waste_map(ctx: ProgrammeContext) -> list[Flowable]:
    """Waste by region (the map, its legend, the regions) and the confirmed exchanges."""
    from recp_desktop.report.waste_map import (
        SOURCE,
        exchange_table,
        map_drawing,
        region_table,
        waste_text,
    )

    data, language = ctx.data.waste, ctx.data.language
    out: list[Flowable] = [
        ctx.heading(waste_text(language, "title")),
        map_drawing(data, FRAME_WIDTH, FRAME_WIDTH * 0.8, language),
        Spacer(1, 3 * mm),
        region_table(data, language),
    ]
    if ctx.data.exchanges:
        out += [
            Spacer(1, 3 * mm),
            ctx.heading(waste_text(language, "exchanges"), level=1),
            exchange_table(list(ctx.data.exchanges), language),
        ]
    out.append(Spacer(1, 2 * mm))
    out.append(ctx.para(SOURCE.get(language, SOURCE["en"]), "small"))
    return out


def _cover(ctx: ProgrammeContext) -> list[Flowable]:
    data, fmt = ctx.data, ctx.fmt
    countries = sorted({r.country for r in data.rows})
    scope = "prog.scope.all" if data.review is None else "prog.scope.approved"
    rows = [
        (ctx.t("prog.scope"), f"{data.totals.assessments} — {ctx.t(scope)}"),
        (ctx.t("prog.countries"), ", ".join(country_name(ctx.language, c) for c in countries)),
        (ctx.t("prog.currency"), data.totals.currency),
        (ctx.t("cover.prepared"), data.centre_name),
        (ctx.t("prog.date"), fmt.date(data.today)),
    ]
    return [
        Spacer(1, 10 * mm),
        facts(ctx, rows, 48 * mm),
        NextPageTemplate("body"),
        PageBreak(),
    ]


def _totals_rows(ctx: ProgrammeContext, figures: Figures) -> list[tuple[str, str]]:
    fmt, s, cur = ctx.fmt, figures.savings, ctx.currency
    return [
        (ctx.t("prog.assessments"), fmt.number(figures.assessments or 0)),
        (ctx.t("prog.options"), fmt.number(figures.options)),
        (ctx.t("prog.implemented"), fmt.number(figures.implemented)),
        (ctx.t("prog.investment"), fmt.money(s.investment, cur)),
        (ctx.t("prog.money"), fmt.money(s.money, cur)),
        (ctx.t("prog.energy"), fmt.quantity(s.energy_mwh, "MWh")),
        (ctx.t("prog.water"), fmt.quantity(s.water_m3, "m**3")),
        (ctx.t("prog.materials"), fmt.quantity(s.materials_t, "t")),
        (ctx.t("prog.waste"), fmt.quantity(s.waste_t, "t")),
        (ctx.t("prog.co2"), fmt.quantity(s.co2_t, "t")),
        (ctx.t("prog.payback"), fmt.payback(figures.payback_years)),
    ]


def _summary(ctx: ProgrammeContext) -> list[Flowable]:
    data, fmt = ctx.data, ctx.fmt
    totals = data.totals.totals
    s = totals.savings
    out: list[Flowable] = [ctx.heading(ctx.t("prog.summary"))]
    if not data.totals.assessments:
        return [*out, ctx.para(esc(ctx.t("prog.none")))]
    sentence = ctx.t(
        "prog.sentence",
        count=fmt.number(data.totals.assessments),
        options=fmt.number(totals.options),
        implemented=fmt.number(totals.implemented),
        money=fmt.money(s.money, ctx.currency),
        investment=fmt.money(s.investment, ctx.currency),
        payback=fmt.payback(totals.payback_years),
        energy=fmt.quantity(s.energy_mwh, "MWh"),
        water=fmt.quantity(s.water_m3, "m**3"),
        co2=fmt.quantity(s.co2_t, "t"),
    )
    out += [ctx.para(esc(sentence)), ctx.heading(ctx.t("prog.totals"), 1)]
    out.append(
        ctx.table(
            [ctx.t("prog.figure"), ctx.t("prog.value")],
            _totals_rows(ctx, totals),
            [0, 60 * mm],
            right=(1,),
        )
    )
    out.append(Spacer(1, 6 * mm))
    for dimension, key in (("technique", "prog.chart.technique"), ("sector", "prog.chart.sector")):
        rows = [f for f in data.totals.breakdowns[dimension] if f.savings.money > 0]
        if rows:
            out += [
                hbar(
                    ctx.t(key, currency=ctx.currency),
                    [group_label(ctx.language, dimension, f.key) for f in rows],
                    [f.savings.money for f in rows],
                    fmt.number,
                    colour=ACCENT if dimension == "technique" else PRIMARY,
                ),
                Spacer(1, 4 * mm),
            ]
    out.append(ctx.para(esc(ctx.t("prog.method")), "small"))
    return out


def _breakdowns(ctx: ProgrammeContext) -> list[Flowable]:
    fmt, cur = ctx.fmt, ctx.currency
    out: list[Flowable] = [ctx.heading(ctx.t("prog.breakdowns"))]
    header = [
        ctx.t("prog.col.key"),
        ctx.t("prog.col.n"),
        ctx.t("prog.col.options"),
        ctx.t("prog.col.investment", currency=cur),
        ctx.t("prog.col.money", currency=cur),
        ctx.t("prog.col.energy"),
        ctx.t("prog.col.water"),
        ctx.t("prog.col.co2"),
        ctx.t("prog.col.payback"),
    ]
    for dimension in ("country", "sector", "technique", "area", "year"):
        rows = [
            [
                group_label(ctx.language, dimension, f.key),
                "—" if f.assessments is None else fmt.number(f.assessments),
                f"{fmt.number(f.options)}{NBSP}({fmt.number(f.implemented)})",
                fmt.number(f.savings.investment),
                fmt.number(f.savings.money),
                fmt.amount(f.savings.energy_mwh),
                fmt.amount(f.savings.water_m3),
                fmt.amount(f.savings.co2_t),
                fmt.payback(f.payback_years),
            ]
            for f in ctx.data.totals.breakdowns[dimension]
        ]
        t = ctx.data.totals.totals
        rows.append(
            [
                ctx.t("prog.total"),
                "—" if dimension in ("technique", "area") else fmt.number(t.assessments or 0),
                f"{fmt.number(t.options)}{NBSP}({fmt.number(t.implemented)})",
                fmt.number(t.savings.investment),
                fmt.number(t.savings.money),
                fmt.amount(t.savings.energy_mwh),
                fmt.amount(t.savings.water_m3),
                fmt.amount(t.savings.co2_t),
                fmt.payback(t.payback_years),
            ]
        )
        out += [
            ctx.heading(ctx.t(f"prog.by.{dimension}"), 1),
            ctx.table(header, rows, [0, *([None] * 8)], right=range(1, 9), total=True, font_size=7),
        ]
        if dimension == "sector":
            out.append(ctx.para(esc(ctx.t("prog.nace_source")), "small"))
    return out


def indicator_chart(ctx: ProgrammeContext) -> Drawing | None:
    """Each indicator after the options as a percentage of before (before = 100)."""
    items = [i for i in ctx.data.indicators if i.before and i.after is not None]
    if not items:
        return None
    labels = [ctx.t(f"ind.{i.key}") for i in items]
    width, pitch = FRAME_WIDTH, 24
    height = len(items) * pitch + 50
    drawing = Drawing(width, height)
    drawing.add(
        String(
            0,
            height - 12,
            ctx.t("prog.chart.indicators"),
            fontName=BOLD,
            fontSize=10,
            fillColor=PRIMARY,
        )
    )
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 24
    chart.width, chart.height = width - 190, len(items) * pitch
    chart.data = [
        [100.0] * len(items),
        [100.0 * (i.after or 0) / (i.before or 1) for i in items],
    ]
    chart.data = [list(reversed(series)) for series in chart.data]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(110.0, *chart.data[1]) * 1.1
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.bars[0].fillColor = MUTED
    chart.bars[1].fillColor = ACCENT
    for series in (0, 1):
        chart.bars[series].strokeColor = None
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    chart.barLabelFormat = lambda v: ctx.fmt.number(v, 1)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x, 10
    legend.fontName, legend.fontSize = REGULAR, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.colorNamePairs = [(MUTED, ctx.t("prog.ind.before")), (ACCENT, ctx.t("prog.ind.after"))]
    drawing.add(legend)
    return drawing


def _indicators(ctx: ProgrammeContext) -> list[Flowable]:
    fmt = ctx.fmt
    out: list[Flowable] = [
        ctx.heading(ctx.t("prog.indicators")),
        ctx.para(esc(ctx.t("prog.indicators.intro")), "small"),
    ]
    rows = [
        [
            ctx.t(f"ind.{i.key}"),
            unit_text(ctx, i.unit),
            fmt.sig(i.before),
            fmt.sig(i.after),
            fmt.change(i.change),
            fmt.number(i.assessments),
        ]
        for i in ctx.data.indicators
    ]
    header = [
        ctx.t(f"prog.ind.{k}") for k in ("indicator", "unit", "before", "after", "change", "n")
    ]
    out.append(ctx.table(header, rows, [0, None, None, None, None, None], right=(2, 3, 4, 5)))
    chart = indicator_chart(ctx)
    if chart is not None:
        out += [Spacer(1, 5 * mm), chart]
    return out


def _rates(ctx: ProgrammeContext) -> list[Flowable]:
    fmt, rates = ctx.fmt, ctx.data.totals.rates
    out: list[Flowable] = [ctx.heading(ctx.t("prog.rates"), 1)]
    if not rates:
        return [*out, ctx.para(esc(ctx.t("prog.rates.none", currency=ctx.currency)))]
    rows = [
        [f"1 {r.source}", f"{rate_text(fmt, r.rate)} {r.target}", fmt.date(r.on), r.origin or "—"]
        for r in rates
    ]
    header = [ctx.t(f"prog.rate.{k}") for k in ("currency", "rate", "date", "source")]
    out += [
        ctx.para(esc(ctx.t("prog.rates.intro")), "small"),
        ctx.table(header, rows, [24 * mm, 36 * mm, 36 * mm, 0], right=(1,)),
    ]
    return out


def _assessments(ctx: ProgrammeContext) -> list[Flowable]:
    fmt = ctx.fmt
    rows = [
        [
            r.company,
            r.country,
            r.nace or "—",
            r.year or "—",
            ctx.t(f"prog.review.{r.review}") if r.review else "—",
            fmt.number(r.options),
            fmt.money(r.money, r.currency),
        ]
        for r in ctx.data.rows
    ]
    header = [ctx.t(f"prog.list.{k}") for k in ("company", "country", "nace", "year", "review")] + [
        ctx.t("prog.col.options"),
        ctx.t("prog.list.money"),
    ]
    return [
        ctx.heading(ctx.t("prog.list")),
        ctx.table(header, rows, [0, None, None, None, None, None, None], right=(5, 6), font_size=7),
    ]
