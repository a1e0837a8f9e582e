"""Page geometry, colours and paragraph styles of the report."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from recp_desktop.report.fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

PRIMARY = colors.HexColor("#1d5b79")  # headings, table headers
ACCENT = colors.HexColor("#3c9d5d")  # bars, highlights
ACCENT_LIGHT = colors.HexColor("#e8f4ec")
MUTED = colors.HexColor("#5f6b73")
RULE = colors.HexColor("#c9d3da")
ZEBRA = colors.HexColor("#f3f6f8")
WARN_BG = colors.HexColor("#fff6e0")
WARN_LINE = colors.HexColor("#e0a526")
SERIES = (
    colors.HexColor("#1d5b79"),
    colors.HexColor("#3c9d5d"),
    colors.HexColor("#e0a526"),
    colors.HexColor("#c8553d"),
    colors.HexColor("#7a5c99"),
    colors.HexColor("#2a9d8f"),
    colors.HexColor("#8d99ae"),
    colors.HexColor("#b5838d"),
)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    bullet: ParagraphStyle
    formula: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_company: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13.5, spaceAfter=5, alignment=TA_LEFT
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    head = ParagraphStyle("cell_head", parent=cell, fontName=BOLD, textColor=colors.white)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        note=ParagraphStyle("note", parent=body, fontName=ITALIC, fontSize=8.5, leading=11.5),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=17,
            leading=21,
            spaceBefore=4,
            spaceAfter=10,
            textColor=PRIMARY,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=6,
            textColor=PRIMARY,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=head,
        cell_head_right=ParagraphStyle("cell_head_right", parent=head, alignment=TA_RIGHT),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3),
        formula=ParagraphStyle(
            "formula",
            parent=body,
            fontSize=8.5,
            leading=12,
            leftIndent=14,
            backColor=ZEBRA,
            borderPadding=(4, 6, 4, 6),
            spaceBefore=4,
            spaceAfter=8,
        ),
        toc1=ParagraphStyle("toc1", parent=body, fontName=BOLD, fontSize=10.5, leading=17),
        toc2=ParagraphStyle("toc2", parent=body, fontSize=9.5, leading=14, leftIndent=14),
        cover_kicker=ParagraphStyle(
            "cover_kicker", parent=body, fontSize=11, leading=14, textColor=colors.white
        ),
        cover_title=ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=BOLD,
            fontSize=26,
            leading=31,
            textColor=colors.white,
        ),
        cover_company=ParagraphStyle(
            "cover_company",
            parent=body,
            fontName=BOLD,
            fontSize=22,
            leading=27,
            textColor=PRIMARY,
            spaceAfter=4,
        ),
        cover_label=ParagraphStyle(
            "cover_label", parent=body, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0
        ),
        cover_value=ParagraphStyle("cover_value", parent=body, fontSize=10.5, leading=14),
    )
