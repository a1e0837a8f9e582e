"""The waste map's legend, and the map with its legend as an image (PNG export, ``recp waste
map -o map.png``).

The legend's texts come from ``report.waste_map`` in the language asked for — the PDF's own
words — so an exported image speaks the window's language whatever Qt translation is loaded.
Class labels are ``domain.waste_map.class_labels``.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

from recp_desktop.domain.regions import region
from recp_desktop.domain.waste_map import NO_DATA, class_colours, class_labels
from recp_desktop.report.waste_map import measure_title, waste_text
from recp_desktop.ui.map_view import POINT, POINT_SIZE, RegionMapView

LINE = 22.0
"""Height of one legend line in pixels."""


class Legend(QWidget):
    """Class swatches with their ranges in tonnes per year, and 'no waste recorded'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.breaks: list[float] = []
        self.minimum = 0.0
        self.language = "en"
        self.title = ""
        self.sites = False  # whether company points are drawn (adds their entry)
        self.hollow = False  # whether some are drawn hollow (no waste for the measure)

    def set_breaks(self, breaks: list[float], minimum: float, language: str, title: str) -> None:
        """Show ``breaks`` (class upper bounds); ``minimum`` is the smallest mapped value."""
        self.breaks, self.minimum, self.language, self.title = breaks, minimum, language, title
        self.updateGeometry()
        self.update()

    def labels(self) -> list[tuple[str, str]]:
        """(colour, text) per class, then the no-data entry, in the legend's ``language``
        (the same texts as the PDF's legend, so an exported PNG speaks the window's language
        whatever translation Qt has loaded)."""
        texts = class_labels(self.breaks, self.minimum, self.language)
        out = list(zip(class_colours(len(self.breaks)), texts, strict=True))
        out.append((NO_DATA, waste_text(self.language, "none")))
        return out

    def set_sites(self, shown: bool, hollow: bool = False) -> None:
        """Whether to explain the company points (drawn when a company has coordinates) and
        the hollow ones (companies with no waste the measure counts)."""
        hollow = shown and hollow
        if (shown, hollow) != (self.sites, self.hollow):
            self.sites, self.hollow = shown, hollow
            self.updateGeometry()
            self.update()

    def lines(self) -> int:
        """Lines drawn: the title, the classes, "none recorded", and the points' entries."""
        return 1 + len(self.labels()) + (1 if self.sites else 0) + (1 if self.hollow else 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, int(LINE * self.lines()) + 8)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        self.draw(painter, QRectF(self.rect()))
        painter.end()

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        line = LINE
        painter.setPen(self.palette().windowText().color())
        painter.drawText(rect.adjusted(4, 2, 0, 0), Qt.AlignLeft | Qt.AlignTop, self.title)
        y = rect.top() + line + 4
        for colour, text in self.labels():
            painter.setBrush(QColor(colour))
            painter.setPen(QColor("#6f6f6f"))
            painter.drawRect(QRectF(rect.left() + 4, y + 3, 28, 14))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(rect.left() + 40, y, rect.width() - 40, line),
                             Qt.AlignLeft | Qt.AlignVCenter, text)  # fmt: skip
            y += line
        if self.sites:
            painter.setBrush(QColor(POINT))
            painter.setPen(QColor("white"))
            painter.drawEllipse(QPointF(rect.left() + 18, y + 10), POINT_SIZE / 2, POINT_SIZE / 2)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(rect.left() + 40, y, rect.width() - 40, line),
                             Qt.AlignLeft | Qt.AlignVCenter,
                             waste_text(self.language, "site"))  # fmt: skip
            y += line
        if self.hollow:
            painter.setBrush(QColor("white"))
            painter.setPen(QColor(POINT))
            painter.drawEllipse(QPointF(rect.left() + 18, y + 10), POINT_SIZE / 2, POINT_SIZE / 2)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(rect.left() + 40, y, rect.width() - 40, line),
                             Qt.AlignLeft | Qt.AlignVCenter,
                             waste_text(self.language, "site_none"))  # fmt: skip


def compose_image(
    view: RegionMapView, legend: Legend, width: int = 1600, height: int = 1000
) -> QImage:
    """``view``'s visible regions with ``legend`` in the lower left corner, on white, the
    measure as a title above and the boundaries' source in the lower right corner. A region
    selected in the window is not outlined in the image."""
    from recp_desktop.report.waste_map import SOURCE, waste_text

    selected = view.selected
    view.select("")
    try:
        image = view.render_image(width, height)
    finally:
        view.select(selected)
    painter = QPainter(image)
    legend_height = LINE * legend.lines() + 8
    box = QRectF(12, height - legend_height - 12, 420, legend_height)
    painter.fillRect(box, QColor(255, 255, 255, 230))
    legend.draw(painter, box)
    painter.setPen(QColor("#1d1d1d"))
    font = painter.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    painter.setFont(font)
    title = waste_text(legend.language, "title")
    painter.drawText(QRectF(16, 10, width - 32, 40), Qt.AlignLeft | Qt.AlignTop, title)
    font.setBold(False)
    font.setPointSizeF(font.pointSizeF() / 1.6 * 0.9)
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    source = SOURCE.get(legend.language, SOURCE["en"])
    advance = painter.fontMetrics().horizontalAdvance(source)
    painter.fillRect(QRectF(width - 22 - advance, height - 30, advance + 12, 24),
                     QColor(255, 255, 255, 230))  # fmt: skip
    painter.drawText(QRectF(width / 2, height - 28, width / 2 - 16, 20),
                     Qt.AlignRight | Qt.AlignVCenter, source)  # fmt: skip
    painter.end()
    return image


def map_legend(data, language: str = "en") -> Legend:
    """The legend of ``data`` (a ``report.waste_map.MapFigures``) in ``language``: the
    measure as title, the classes from the smallest mapped value, and "none recorded"."""
    mapped = [f.tonnes for f in data.figures.values() if region(f.region) and f.tonnes > 0]
    legend = Legend()
    title = measure_title(data.measure, language)
    legend.set_breaks(data.breaks, min(mapped, default=0.0), language, title)
    return legend


def write_map_png(data, target, language: str = "en") -> None:
    """Draw ``data`` (a ``report.waste_map.MapFigures``) as the window would, with its legend,
    into a 1600 × 1000 PNG at ``target``, without a window (offscreen when there is no display).

    Raises OSError if the image cannot be saved.
    """
    import os

    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication.instance() or QApplication(["recp"])
    view = RegionMapView()
    view.set_values({c: f.tonnes for c, f in data.figures.items()}, data.breaks, {})
    view.set_points([(s.enterprise_id, s.country, s.longitude, s.latitude, s.name,
                      s.enterprise_id in data.counted) for s in data.sites])  # fmt: skip
    legend = map_legend(data, language)
    legend.set_sites(bool(data.sites), any(s.enterprise_id not in data.counted for s in data.sites))
    try:
        if not compose_image(view, legend).save(str(target), "PNG"):
            raise OSError(0, "the image could not be saved")
    finally:
        view.deleteLater()
        legend.deleteLater()


__all__ = ["Legend", "compose_image", "map_legend", "write_map_png"]
