"""File dialogs that start in the user's Documents and then where the user last went.

The last folder, like the window's geometry, is kept in the data folder's ``window.ini``
(:func:`window_state`), a QSettings file of the window's own: it travels with the data folder
(``recp --data-dir``) and tests get a fresh one with their temporary folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER = "dialogs/last_folder"


def window_state(folder: Path) -> QSettings:
    """The window's remembered state (geometry, last folder) for the data folder ``folder``."""
    return QSettings(str(folder / "window.ini"), QSettings.IniFormat)


def documents_folder() -> str:
    """The user's Documents folder (the home folder where a system has none)."""
    return QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or QDir.homePath()


def _state(parent: QWidget | None) -> QSettings | None:
    window = parent.window() if parent is not None else None
    return getattr(window, "ui_state", None)


def start_folder(parent: QWidget | None) -> str:
    """Where a file dialog opens: the last folder used, if it still exists, else Documents."""
    state = _state(parent)
    last = str(state.value(LAST_FOLDER, "") or "") if state is not None else ""
    return last if last and Path(last).is_dir() else documents_folder()


def remember_folder(parent: QWidget | None, path: str | Path) -> None:
    state = _state(parent)
    if state is None:
        return
    path = Path(path)
    state.setValue(LAST_FOLDER, str(path if path.is_dir() else path.parent))
    state.sync()


def save_file_name(parent: QWidget, title: str, name: str, filters: str) -> str:
    """Ask where to save a file suggested as ``name``; "" when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(start_folder(parent)) / name), filters
    )
    if chosen:
        remember_folder(parent, chosen)
    return chosen


def open_file_names(parent: QWidget, title: str, filters: str) -> list[str]:
    """Ask for files to open; [] when cancelled."""
    paths, _filter = QFileDialog.getOpenFileNames(parent, title, start_folder(parent), filters)
    if paths:
        remember_folder(parent, paths[0])
    return paths
