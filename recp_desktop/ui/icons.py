"""The app's icons: Tabler Icons (MIT, ``resources/icons/tabler``) drawn in the palette's colours.

``icon("home")`` is ``resources/icons/tabler/home.svg``. The outline icons are drawn with
``currentColor``, which is replaced by the palette's text colour (a faded one for the disabled
state), so every icon has the same weight and follows light and dark themes. Icons are drawn
when Qt first asks for a size, crisp at any size and screen scale, and kept.
Files are found through :func:`recp_desktop.paths.resource_path`, so frozen builds work too.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from recp_desktop.paths import resource_path

log = logging.getLogger(__name__)

APP_ICON = "app.svg"
AREA_ICONS = {"energy": "bolt", "water": "droplet", "materials": "package", "waste": "recycle"}
"""The icon of each checklist area."""


def icon_path(name: str):  # -> Path
    return resource_path("icons", "tabler", f"{name}.svg")


class _SvgEngine(QIconEngine):
    """Draws one SVG; ``currentColor`` becomes the palette's text colour for each mode."""

    def __init__(self, svg: bytes, recolour: bool = True) -> None:
        super().__init__()
        self._svg = svg
        self._recolour = recolour
        self._renderers: dict[QIcon.Mode, tuple[QSvgRenderer, float]] = {}
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> tuple[QSvgRenderer, float]:
        found = self._renderers.get(mode)
        if found is None:
            svg, opacity = self._svg, 1.0
            if self._recolour:
                palette = QGuiApplication.palette()
                colour = palette.color(QPalette.Active, QPalette.WindowText)
                if mode == QIcon.Disabled:
                    opacity = 0.38
                svg = svg.replace(b"currentColor", colour.name().encode("ascii"))
            elif mode == QIcon.Disabled:
                opacity = 0.5
            found = self._renderers[mode] = (QSvgRenderer(QByteArray(svg)), opacity)
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer, opacity = self._renderer(mode)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setOpacity(painter.opacity() * opacity)
        renderer.render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.transparent)
            painter = QPainter(pixmap)
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
            painter.end()
            self._pixmaps[key] = pixmap
        return QPixmap(pixmap)

    def scaledPixmap(  # noqa: N802
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._svg, self._recolour)


def _svg_icon(path, recolour: bool) -> QIcon:  # path: Path
    try:
        svg = path.read_bytes()
    except OSError as exc:  # a missing icon must not stop the app (or its crash dialog)
        log.warning("no icon at %s: %s", path, exc)
        return QIcon()
    return QIcon(_SvgEngine(svg, recolour))


@cache
def icon(name: str) -> QIcon:
    """The Tabler icon ``name`` (its file name without ``.svg``) in the palette's text colour."""
    return _svg_icon(icon_path(name), recolour=True)


@cache
def app_icon() -> QIcon:
    """The window icon: a leaf on green (``resources/icons/app.svg``)."""
    return _svg_icon(resource_path("icons", APP_ICON), recolour=False)
