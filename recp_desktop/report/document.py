"""The PDF document: a cover page, body pages with header and footer, a table of contents,
PDF bookmarks, and "page X of Y" numbers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from recp_desktop.report.fonts import BOLD, REGULAR
from recp_desktop.report.styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    PRIMARY,
    RULE,
    styles,
)

COVER_BAND = 92 * mm
EXPECTED_PASSES = 3  # layout passes until the table of contents settles (usually 2-3)
Progress = Callable[[float], None]


class Heading(Paragraph):
    """A heading that goes into the table of contents and the PDF outline."""

    def __init__(self, text: str, plain: str, level: int, key: str) -> None:
        style = styles().h1 if level == 0 else styles().h2
        super().__init__(text, style)
        self.toc_level = level
        self.toc_text = plain
        self.bookmark = key


def contents() -> TableOfContents:
    toc = TableOfContents()
    toc.levelStyles = [styles().toc1, styles().toc2]
    toc.dotsMinLevel = 0
    return toc


def numbered_canvas(label: Callable[[int, int], str]) -> type[Canvas]:
    """A canvas class that writes ``label(page, pages)`` in the footer of every page but the
    cover, once the number of pages is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self.setFont(REGULAR, 7.5)
                    self.setFillColor(MUTED)
                    text = label(self._pageNumber, total)
                    self.drawRightString(PAGE[0] - MARGIN_X, MARGIN_BOTTOM - 10 * mm, text)
                super().showPage()
            super().save()

    return NumberedCanvas


class ReportDocument(BaseDocTemplate):
    """A4 pages: ``cover`` (a coloured band, no header) and ``body`` (header and footer)."""

    def __init__(
        self,
        target: Any,
        *,
        title: str,
        subject: str,
        header_left: str,
        header_right: str,
        footer_left: str,
        cover_kicker: str,
        cover_title: str,
        language: str,
        progress: Progress | None = None,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author=footer_left,
            creator="RECP Desktop",
            lang=language,
        )
        self.header_left = header_left
        self.header_right = header_right
        self.footer_left = footer_left
        self.cover_kicker = cover_kicker
        self.cover_title = cover_title
        self._progress = progress
        width, height = PAGE
        body = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            width - 2 * MARGIN_X,
            height - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            width - 2 * MARGIN_X,
            height - COVER_BAND - 14 * mm - MARGIN_BOTTOM,
            id="cover",
            leftPadding=0,
            rightPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover], onPage=self._draw_cover),
                PageTemplate("body", [body], onPage=self._draw_body),
            ]
        )
        if progress is not None:
            self.setProgressCallBack(self._on_progress)
        self._size = 1
        self._pass = 0
        self._done = 0.0

    def _on_progress(self, kind: str, value: int) -> None:
        """Report the layout's progress over all passes (the last pass may come early)."""
        if kind == "PASS":
            self._pass = value - 1
        elif kind == "SIZE_EST":
            self._size = max(1, value)
        elif kind == "PROGRESS" and self._progress is not None:
            done = (self._pass + min(1.0, value / self._size)) / EXPECTED_PASSES
            self._done = max(self._done, min(1.0, done))  # split flowables grow the count
            self._progress(self._done)

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        key = flowable.bookmark
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.toc_text, key, level=level, closed=False)
        self.notify("TOCEntry", (level, flowable.toc_text, self.page, key))

    def _draw_cover(self, canvas: Canvas, _doc: Any) -> None:
        width, height = PAGE
        canvas.saveState()
        canvas.setFillColor(PRIMARY)
        canvas.rect(0, height - COVER_BAND, width, COVER_BAND, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont(REGULAR, 11)
        canvas.drawString(MARGIN_X, height - 30 * mm, self.cover_kicker)
        size = 26  # smaller for a title that would run past the margin
        while size > 16 and canvas.stringWidth(self.cover_title, BOLD, size) > width - 2 * MARGIN_X:
            size -= 1
        canvas.setFont(BOLD, size)
        canvas.drawString(MARGIN_X, height - 44 * mm, self.cover_title)
        canvas.setStrokeColorRGB(1, 1, 1)
        canvas.setLineWidth(2)
        canvas.line(MARGIN_X, height - 52 * mm, MARGIN_X + 40 * mm, height - 52 * mm)
        canvas.restoreState()

    def _draw_body(self, canvas: Canvas, _doc: Any) -> None:
        width, height = PAGE
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        top = height - MARGIN_TOP + 8 * mm
        canvas.drawString(MARGIN_X, top, _fit(canvas, self.header_left, width / 2 - MARGIN_X))
        canvas.drawRightString(width - MARGIN_X, top, self.header_right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        bottom = MARGIN_BOTTOM - 6 * mm
        canvas.line(MARGIN_X, bottom, width - MARGIN_X, bottom)
        canvas.drawString(
            MARGIN_X, bottom - 4 * mm, _fit(canvas, self.footer_left, width * 0.6 - MARGIN_X)
        )
        canvas.restoreState()


def printable(text: str) -> str:
    """``text`` without control characters (Unicode category Cc, e.g. BEL or ESC pasted from
    another program), which no font draws and which would print as empty boxes; a tab becomes a
    space, line feeds stay."""
    import unicodedata

    return "".join(
        " " if c == "\t" else c
        for c in text
        if c == "\n" or c == "\t" or unicodedata.category(c) != "Cc"
    )


def _fit(canvas: Canvas, text: str, width: float) -> str:
    """``text`` without control characters, shortened with an ellipsis to fit ``width`` in the
    canvas's current font."""
    text = printable(text)
    if canvas.stringWidth(text) <= width:
        return text
    while text and canvas.stringWidth(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"
