"""A choropleth of the shipped regions drawn offline with QGraphicsView (no tiles, no network).

Each region of ``domain.boundaries`` is one :class:`RegionItem` (a QGraphicsPathItem) in an
equirectangular projection: x = longitude × cos 45°, y = −latitude (degrees × ``SCALE``) —
at the latitudes of the six countries (38–56° N) east–west distances are then within ±25 % of
true, which is what a regional overview needs. Colours: ``domain.waste_map.PALETTE``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsView,
    QWidget,
)

from recp_desktop.domain.boundaries import Boundary, boundaries
from recp_desktop.domain.waste_map import NO_DATA, class_colours, class_of

SCALE = 100.0
"""Scene units per degree (keeps the 0.001° coordinates well above float rounding)."""

BORDER = "#6f6f6f"
HIGHLIGHT = "#1f5fbf"

_COS = math.cos(math.radians(45.0))


def project(lon: float, lat: float) -> QPointF:
    """Scene point of a (longitude, latitude) in degrees."""
    return QPointF(lon * _COS * SCALE, -lat * SCALE)


def _path(outline: Boundary) -> QPainterPath:
    # One addPolygon per ring, not a lineTo per point: PySide6 6.12 on Python 3.11 drops a
    # reference to None on every call of a method returning void (None is immortal only from
    # 3.12), and thousands of such calls end the process with "deallocating None".
    path = QPainterPath()
    path.setFillRule(Qt.OddEvenFill)
    for polygon in outline.polygons:
        for ring in polygon:
            path.addPolygon(QPolygonF([project(lon, lat) for lon, lat in ring]))
    return path


class RegionItem(QGraphicsPathItem):
    """One region; hover thickens its border and shows its tooltip."""

    def __init__(self, outline: Boundary) -> None:
        super().__init__(_path(outline))
        self.code = outline.code
        self.country = outline.country
        self.setAcceptHoverEvents(True)
        self._pen = QPen(QColor(BORDER), 0)  # cosmetic: one pixel at any zoom
        self._hover_pen = QPen(QColor(HIGHLIGHT), 2.5)
        self._hover_pen.setCosmetic(True)
        self.selected = False
        self.setPen(self._pen)
        self.setBrush(QBrush(QColor(NO_DATA)))

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.setPen(self._hover_pen if selected else self._pen)
        self.setZValue(2 if selected else 0)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.setPen(self._hover_pen)
        self.setZValue(1 if not self.selected else 2)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.set_selected(self.selected)
        super().hoverLeaveEvent(event)


POINT = "#08306b"
"""A located company with counted waste: dark blue (ColorBrewer "Blues" darkest), apart from
the yellow–red classes; one without counted waste is drawn white with the same outline."""
POINT_SIZE = 9.0
"""Diameter of a company point in pixels, at any zoom and in the exported image."""


class CompanyPoint(QGraphicsEllipseItem):
    """A company at its own coordinates; hovering shows its name (and figures) as tooltip."""

    def __init__(self, enterprise_id: str, country: str, lon: float, lat: float) -> None:
        half = POINT_SIZE / 2
        super().__init__(-half, -half, POINT_SIZE, POINT_SIZE)
        self.enterprise_id = enterprise_id
        self.country = country
        self.counted: bool | None = None  # set by set_counted
        self.setPos(project(lon, lat))
        self.setFlag(QGraphicsItem.ItemIgnoresTransformations)  # same size at any zoom
        self.setZValue(10)
        self.setAcceptHoverEvents(True)
        pen = QPen(QColor("white"), 1.5)
        pen.setCosmetic(True)
        self.setPen(pen)

    def set_counted(self, counted: bool) -> None:
        """Filled when the measure counts waste of this company, else hollow."""
        if self.counted is counted:  # only what changed (see _path)
            return
        self.counted = counted
        self.setBrush(QBrush(QColor(POINT if counted else "white")))
        pen = QPen(QColor("white" if counted else POINT), 1.5)
        pen.setCosmetic(True)
        self.setPen(pen)


class RegionMapView(QGraphicsView):
    """The map. :meth:`set_values` colours it; clicking a region emits its code."""

    sig_region_clicked = Signal(str)
    """A region was clicked: its ISO 3166-2 code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.Antialiasing)
        self.setBackgroundBrush(QColor("#f7fbff"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.items_by_code: dict[str, RegionItem] = {}
        for code, outline in boundaries().items():
            item = RegionItem(outline)
            self.scene().addItem(item)
            self.items_by_code[code] = item
        self.country = ""
        self.selected = ""
        self.points: dict[str, CompanyPoint] = {}

    # -- colouring ---------------------------------------------------------------------------
    def set_values(
        self, values: dict[str, float], breaks: list[float], tooltips: dict[str, str]
    ) -> None:
        """Colour each region by the class of ``values[code]`` among ``breaks`` (see
        ``domain.waste_map.class_breaks``); ``tooltips`` by code (every region gets one)."""
        colours = [QBrush(QColor(c)) for c in class_colours(len(breaks))]
        empty = QBrush(QColor(NO_DATA))
        for code, item in self.items_by_code.items():  # only what changed (see _path)
            index = class_of(values.get(code, 0.0), breaks)
            brush = empty if index is None else colours[index]
            if item.brush().color() != brush.color():
                item.setBrush(brush)
            tip = tooltips.get(code, "")
            if item.toolTip() != tip:
                item.setToolTip(tip)

    def set_points(self, points: list[tuple[str, str, float, float, str, bool]]) -> None:
        """Draw located companies as points: (enterprise id, country, longitude, latitude,
        tooltip, has counted waste) each; points not listed are removed."""
        wanted = {p[0] for p in points}
        for gone in set(self.points) - wanted:
            self.scene().removeItem(self.points.pop(gone))
        for enterprise_id, country, lon, lat, tip, counted in points:
            item = self.points.get(enterprise_id)
            if item is None or (item.country, item.pos()) != (country, project(lon, lat)):
                if item is not None:
                    self.scene().removeItem(item)
                item = self.points[enterprise_id] = CompanyPoint(enterprise_id, country, lon, lat)
                self.scene().addItem(item)
            item.set_counted(counted)
            if item.toolTip() != tip:
                item.setToolTip(tip)
            shown = not self.country or country == self.country
            if item.isVisible() != shown:
                item.setVisible(shown)

    def select(self, code: str) -> None:
        """Outline region ``code`` (none for "")."""
        if self.selected in self.items_by_code:
            self.items_by_code[self.selected].set_selected(False)
        self.selected = code if code in self.items_by_code else ""
        if self.selected:
            self.items_by_code[self.selected].set_selected(True)

    # -- extent ------------------------------------------------------------------------------
    def show_country(self, country: str) -> None:
        """Fit the view to one country's regions ("" for all six)."""
        self.country = country
        for item in (*self.items_by_code.values(), *self.points.values()):
            item.setVisible(not country or item.country == country)
        self.fit()

    def extent(self) -> QRectF:
        rect = QRectF()
        for item in self.items_by_code.values():
            if item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        return rect

    def fit(self) -> None:
        rect = self.extent()
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def render_image(self, width: int, height: int) -> QImage:
        """The visible regions drawn into a ``width`` × ``height`` image (white background)."""
        image = QImage(width, height, QImage.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing)
        rect = self.extent().adjusted(-20, -20, 20, 20)
        scale = min(width / rect.width(), height / rect.height())
        w, h = rect.width() * scale, rect.height() * scale
        target = QRectF((width - w) / 2, (height - h) / 2, w, h)  # centred, aspect kept
        self.scene().render(painter, target, rect, Qt.KeepAspectRatio)
        painter.end()
        return image

    # -- interaction -------------------------------------------------------------------------
    def region_at(self, pos) -> str:
        """The code of the region under view position ``pos``, or ""."""
        for item in self.items(pos):
            if isinstance(item, RegionItem):
                return item.code
        return ""

    def mousePressEvent(self, event) -> None:  # noqa: N802
        code = self.region_at(event.position().toPoint())
        if code and event.button() == Qt.LeftButton:
            self.sig_region_clicked.emit(code)
        super().mousePressEvent(event)
