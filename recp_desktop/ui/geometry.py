"""The main window's size and place: remembered between runs, always inside the screen.

A saved geometry is restored only if it fits the screen the window lands on; otherwise (first
start, a smaller screen since, a monitor unplugged) the window takes the default 1280×800 or, on
a smaller screen, the whole available area (a 1366×768 laptop shows the status bar).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

GEOMETRY = "window/geometry"
MAXIMIZED = "window/maximized"
DEFAULT_SIZE = (1280, 800)


def fit(frame: QRect, available: QRect) -> QRect:
    """``frame`` moved and, if needed, shrunk to lie inside ``available``."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    left = min(max(frame.left(), available.left()), available.right() - width + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


def _frame_margins(window: QWidget) -> tuple[int, int]:
    """Width and height the window manager adds around the window (0 before it is shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return frame.width() - inner.width(), frame.height() - inner.height()


def restore_geometry(window: QWidget, state: QSettings, available: QRect | None = None) -> None:
    """Give ``window`` its remembered geometry, fitted to ``available`` (by default the screen's
    area less task bars and docks)."""
    saved = state.value(GEOMETRY)
    if available is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
    if saved is not None and window.restoreGeometry(saved):
        window.setGeometry(fit(window.geometry(), available))
    else:
        extra_w, extra_h = _frame_margins(window)
        width = min(DEFAULT_SIZE[0], available.width() - extra_w)
        height = min(DEFAULT_SIZE[1], available.height() - extra_h - 30)  # title bar
        window.resize(width, height)
        left = available.left() + (available.width() - width) // 2
        top = available.top() + max(0, (available.height() - height) // 2 - 15)
        window.move(left, top)
    if str(state.value(MAXIMIZED, "false")).lower() == "true":
        window.setWindowState(window.windowState() | Qt.WindowMaximized)


def save_geometry(window: QWidget, state: QSettings) -> None:
    state.setValue(GEOMETRY, window.saveGeometry())
    state.setValue(MAXIMIZED, window.isMaximized())
    state.sync()
