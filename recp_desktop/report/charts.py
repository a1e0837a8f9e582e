"""The report's charts (reportlab.graphics): horizontal bars with their values written on them.

Horizontal bars keep long labels (option titles, CP techniques in Russian) readable, and a
value printed at the end of every bar means nobody has to read figures off an axis.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from recp_desktop.checklists.model import CP_TECHNIQUES
from recp_desktop.report.data import ReportData
from recp_desktop.report.fmt import Formatter
from recp_desktop.report.fonts import BOLD, REGULAR
from recp_desktop.report.styles import ACCENT, FRAME_WIDTH, MUTED, PRIMARY, RULE
from recp_desktop.report.texts import baseline_label, technique_label, text

BAR_PITCH = 15  # points per bar
LABEL_SIZE = 7.5
MAX_LABEL_SHARE = 0.45  # of the drawing's width, for the category labels


def _short(label: str, width: float) -> str:
    """``label`` cut with an ellipsis to fit ``width`` points."""
    if stringWidth(label, REGULAR, LABEL_SIZE) <= width:
        return label
    while label and stringWidth(label + "…", REGULAR, LABEL_SIZE) > width:
        label = label[:-1]
    return label.rstrip() + "…"


def hbar(
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    value_text: Callable[[float], str],
    colour: colors.Color = ACCENT,
    width: float = FRAME_WIDTH,
) -> Drawing:
    """Bars top to bottom in the order given, each labelled and with its value at the end."""
    count = len(values)
    plot_height = max(1, count) * BAR_PITCH
    height = plot_height + 34
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=10, fillColor=PRIMARY))
    longest = max((stringWidth(label, REGULAR, LABEL_SIZE) for label in labels), default=0.0)
    label_width = min(longest, width * MAX_LABEL_SHARE) + 8
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 6
    chart.width = width - label_width - 10
    chart.height = plot_height
    # reportlab draws the first category at the bottom: reverse so the first is on top
    chart.data = [list(reversed([float(v) for v in values]))]
    texts = list(reversed([value_text(v) for v in values]))
    names = [_short(label, label_width - 8) for label in labels]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = False
    top = max([float(v) for v in values] + [0.0])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.3 if top > 0 else 1
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 4
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelArray = [texts]  # the values in the report's number format
    chart.barLabelFormat = "values"
    drawing.add(chart)
    return drawing


def cost_breakdown(data: ReportData) -> Drawing | None:
    """Annual cost of each baseline line, largest first; None when no line has a cost."""
    fmt = Formatter(data.language)
    rows = sorted((r for r in data.baseline if r.cost), key=lambda r: r.cost or 0, reverse=True)
    if not rows:
        return None
    total = sum(r.cost or 0 for r in rows)
    return hbar(
        text(data.language, "chart.costs") + f", {data.assessment.currency}",
        [baseline_label(data.language, r.key) for r in rows],
        [r.cost or 0 for r in rows],
        lambda v: f"{fmt.number(v)} ({fmt.percent(v / total)})",
        colour=PRIMARY,
    )


def savings_by_option(data: ReportData, limit: int = 15) -> Drawing | None:
    """Money saved per year by each option that saves money, largest first (at most ``limit``)."""
    fmt = Formatter(data.language)
    rows = sorted(
        (o for o in data.options if o.status != "rejected" and (o.money or 0) > 0),
        key=lambda o: o.money or 0,
        reverse=True,
    )[:limit]
    if not rows:
        return None
    return hbar(
        text(data.language, "chart.savings")
        + ", "
        + text(data.language, "chart.per_year", currency=data.assessment.currency),
        [f"{o.number}. {o.title}" for o in rows],
        [o.money or 0 for o in rows],
        fmt.number,
    )


def options_by_technique(data: ReportData) -> Drawing | None:
    """How many options (rejected ones left out) each of the eight CP techniques has."""
    counts = Counter(o.technique for o in data.options if o.status != "rejected")
    if not counts:
        return None
    techniques = list(CP_TECHNIQUES) + sorted(set(counts) - set(CP_TECHNIQUES))
    return hbar(
        text(data.language, "chart.techniques"),
        [technique_label(data.language, t) for t in techniques],
        [counts.get(t, 0) for t in techniques],
        lambda v: str(int(v)),
        colour=colors.HexColor("#2a9d8f"),
    )
