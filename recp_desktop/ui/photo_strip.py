"""Thumbnails of a question's photos, with add (file dialog or drag and drop) and remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from recp_desktop.storage.photos import photo_file

THUMBNAIL = 112


def thumbnail(path: Path, size: int = THUMBNAIL) -> QPixmap:
    """A small pixmap of an image file, decoded at reduced size (cheap for big photos)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid():
        reader.setScaledSize(original.scaled(size, size, Qt.KeepAspectRatio))
    return QPixmap.fromImage(reader.read())


class PhotoStrip(QListWidget):
    """Icons of photos; accepts image files dropped onto it."""

    sig_files_dropped = Signal(list)
    """Emitted with the local paths of files dropped on the strip."""
    sig_remove_requested = Signal(str)
    """Emitted with a photo id when the user presses Delete on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.IconMode)
        self.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.setResizeMode(QListWidget.Adjust)
        self.setMovement(QListWidget.Static)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DropOnly)
        self.setFixedHeight(THUMBNAIL + 40)
        self._cache: dict[str, QIcon] = {}

    def show_photos(self, folder: Path, photos: list) -> None:  # list[Photo]
        self.clear()
        for photo in photos:
            icon = self._cache.get(photo.sha256)
            if icon is None:
                icon = QIcon(thumbnail(photo_file(folder, photo.sha256, photo.media_type)))
                self._cache[photo.sha256] = icon
            item = QListWidgetItem(icon, photo.filename)
            item.setData(Qt.UserRole, photo.id)
            item.setToolTip(f"{photo.filename}\n{photo.width}×{photo.height}")
            self.addItem(item)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.sig_files_dropped.emit(paths)
        else:
            super().dropEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        item = self.currentItem()
        if event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and item is not None:
            self.sig_remove_requested.emit(item.data(Qt.UserRole))
            return
        super().keyPressEvent(event)
