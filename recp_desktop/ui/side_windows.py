"""The main window's side windows (waste map, symbiosis candidates) follow the data.

After a save, an import, a sync or the demo, :func:`refresh_later` asks each open side window
to ``reload()`` — once, :data:`DELAY_MS` after the last of a burst of saves (typing answers
saves often), so a window does not re-read the database on every keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

DELAY_MS = 500


def refresh_later(owner: QWidget, names: tuple[str, ...]) -> None:
    """Reload ``owner``'s attributes ``names`` that are visible windows, after a short delay
    (restarted by each call)."""
    timer = getattr(owner, "_side_refresh_timer", None)
    if timer is None:
        timer = QTimer(owner)
        timer.setSingleShot(True)
        timer.setInterval(DELAY_MS)
        timer.timeout.connect(lambda: refresh_now(owner, names))
        owner._side_refresh_timer = timer
    timer.start()


def refresh_now(owner: QWidget, names: tuple[str, ...]) -> None:
    """Reload each of ``owner``'s side windows ``names`` that is open and visible."""
    for name in names:
        window = getattr(owner, name, None)
        if window is not None and window.isVisible():
            window.reload()
