"""What every section uses: the context (data, language, formatter), escaping, tables."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from recp_desktop.report.data import ReportData
from recp_desktop.report.document import Heading, printable
from recp_desktop.report.fmt import Formatter
from recp_desktop.report.styles import (
    ACCENT_LIGHT,
    FRAME_WIDTH,
    PRIMARY,
    RULE,
    WARN_BG,
    WARN_LINE,
    ZEBRA,
    Styles,
    styles,
)
from recp_desktop.report.texts import text

Cell = str | Flowable


def esc(value: object) -> str:
    """Text from the user made safe for a Paragraph (``&``, ``<``, line breaks kept, control
    characters dropped: see :func:`printable`)."""
    return escape(printable(str(value))).replace("\n", "<br/>")


@dataclass
class Context:
    data: ReportData
    thumbnails: dict[str, Any] = field(default_factory=dict)  # sha256 -> Thumbnail | None
    _keys: itertools.count = field(default_factory=itertools.count)

    @property
    def language(self) -> str:
        return self.data.language

    @property
    def fmt(self) -> Formatter:
        return Formatter(self.data.language)

    @property
    def st(self) -> Styles:
        return styles()

    @property
    def currency(self) -> str:
        return self.data.assessment.currency

    def t(self, key: str, **values: object) -> str:
        return text(self.data.language, key, **values)

    def heading(self, title: str, level: int = 0, number: str = "") -> Heading:
        plain = f"{number} {title}".strip()
        return Heading(esc(plain), plain, level, f"h{next(self._keys)}")

    def para(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, getattr(self.st, style))

    def missing_box(self, keys: Sequence[str], title_key: str = "summary.missing") -> Table:
        """A highlighted box listing what the report lacks, one sentence per key."""
        rows: list[list[Cell]] = [[self.para(f"<b>{esc(self.t(title_key))}</b>", "small")]]
        rows += [
            [Paragraph(esc(self.t(f"missing.{k}")), self.st.bullet, bulletText="•")] for k in keys
        ]
        box = Table(rows, colWidths=[FRAME_WIDTH])
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), WARN_BG),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, WARN_LINE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return box

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float | None],
        *,
        right: Sequence[int] = (),
        total: bool = False,
        group_rows: Sequence[int] = (),
        font_size: float | None = None,
    ) -> Table:
        """A data table: a coloured header repeated on every page, zebra rows, numbers right.

        ``total`` makes the last row a bold total; ``group_rows`` are sub-heading rows (indices
        into ``rows``) that span the table. A width of None sizes the column to its longest
        word (so no word is ever broken, whatever the language), and the first column whose
        width is ``0`` takes what is left of the frame.
        """
        st = self.st
        normal, normal_right = st.cell, st.cell_right
        head, head_right = st.cell_head, st.cell_head_right
        if font_size is not None:
            normal, normal_right, head, head_right = (
                ParagraphStyle(
                    f"{s.name}-{font_size}", parent=s, fontSize=font_size, leading=font_size * 1.25
                )
                for s in (normal, normal_right, head, head_right)
            )

        def cell(value: Cell, column: int, head_row: bool = False, bold: bool = False) -> Cell:
            if not isinstance(value, str):
                return value
            if head_row:
                style = head_right if column in right else head
            else:
                style = normal_right if column in right else normal
            return Paragraph(f"<b>{esc(value)}</b>" if bold else esc(value), style)

        body = [
            [
                cell(v, c, bold=(total and r == len(rows) - 1) or r in group_rows)
                for c, v in enumerate(row)
            ]
            for r, row in enumerate(rows)
        ]
        data = [[cell(v, c, head_row=True) for c, v in enumerate(header)], *body]
        result = Table(data, colWidths=_fit_widths(data, widths), repeatRows=1, hAlign="LEFT")
        commands: list[tuple] = [
            ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ]
        for r in range(len(rows)):
            if r % 2 == 1:
                commands.append(("BACKGROUND", (0, r + 1), (-1, r + 1), ZEBRA))
        for r in group_rows:
            commands += [
                ("SPAN", (0, r + 1), (-1, r + 1)),
                ("BACKGROUND", (0, r + 1), (-1, r + 1), ACCENT_LIGHT),
            ]
        if total and rows:
            commands.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 1, PRIMARY))
        result.setStyle(TableStyle(commands))
        return result


PADDING = 4  # points, left and right of every cell


def _fit_widths(data: list[list[Cell]], widths: Sequence[float | None]) -> list[float]:
    out = []
    for column, width in enumerate(widths):
        if width is None:
            words = [
                row[column].minWidth()
                for row in data
                if isinstance(row[column], Paragraph) and row[column].getPlainText().strip()
            ]
            width = max(words, default=0.0) + 2 * PADDING + 1
        out.append(float(width))
    if 0 in out:
        flexible = out.index(0)
        out[flexible] = max(FRAME_WIDTH * 0.2, FRAME_WIDTH - sum(out))
    return out


def facts(ctx: Context, rows: Sequence[tuple[str, str]], label_width: float) -> Table:
    """A two-column table of labels and values (rows with an empty value are left out)."""
    st = ctx.st
    table = Table(
        [
            [Paragraph(esc(label), st.small), Paragraph(esc(value), st.cell)]
            for label, value in rows
            if value
        ],
        colWidths=[label_width, FRAME_WIDTH - label_width],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
