"""A search-as-you-type picker over the European List of Waste (code prefix or words)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain import ewc

HAZARD_COLOUR = QColor("#b3261e")
PICKER_ROWS = 60  # matches shown at once; typing more narrows them


class EwcPicker(QWidget):
    """A line to type a code (``17 05``) or words (``soil hazardous``) and the matching entries
    of the List of Waste below it; Up/Down choose, Enter picks. Hazardous entries in red."""

    sig_picked = Signal(str)
    """Emitted with the six-digit code picked."""

    def __init__(self, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.line = QLineEdit()
        self.line.setClearButtonEnabled(True)
        self.line.textChanged.connect(self.refresh)
        self.line.installEventFilter(self)
        self.matches = QListWidget()
        self.matches.setMaximumHeight(170)
        self.matches.itemActivated.connect(self._activated)
        self.count = QLabel()  # "12 of 40": the page places it
        self.count.setStyleSheet("color: #555")
        # The list's descriptions exist in English only (resources/ewc/README.md): in another
        # language the picker says so, and says how to search when a local word finds nothing.
        self.note = QLabel(objectName="ewcLanguageNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.note)
        layout.addWidget(self.matches)
        self._show_note(found_nothing=False)

    def _show_note(self, found_nothing: bool) -> None:
        text = self.line.text()
        if found_nothing and any(c.isalpha() and not c.isascii() for c in text):
            self.note.setText(
                self.tr(
                    "Nothing found: the descriptions are in English, so search by code "
                    "(13 02) or by English words (oil sludge)."
                )
            )
        elif self.language in ewc.DESCRIPTION_LANGUAGES:
            self.note.setText("")
        else:
            self.note.setText(
                self.tr(
                    "The descriptions of the List of Waste are in English: no official "
                    "translation is published. Search by code or by English words."
                )
            )
        self.note.setVisible(bool(self.note.text()))

    def refresh(self) -> None:
        found = ewc.search(self.line.text(), self.language)
        self.matches.clear()
        for entry in found[:PICKER_ROWS]:
            item = QListWidgetItem(f"{entry.display}  {entry.description(self.language)}")
            item.setData(Qt.UserRole, entry.code)
            if entry.hazardous:
                item.setForeground(QBrush(HAZARD_COLOUR))
                item.setToolTip(self.tr("Hazardous waste (marked * in the List of Waste)"))
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
        shown = min(len(found), PICKER_ROWS)
        text = self.line.text().strip()
        self.count.setText(
            self.tr("{shown} of {count}").format(shown=shown, count=len(found)) if text else ""
        )
        self.count.setMinimumWidth(self.count.sizeHint().width())
        self._show_note(found_nothing=bool(text) and not found)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.line and event.type() == QEvent.KeyPress:
            key = event.key()
            if key in (Qt.Key_Down, Qt.Key_Up, Qt.Key_PageDown, Qt.Key_PageUp):
                row = self.matches.currentRow()
                step = {Qt.Key_Down: 1, Qt.Key_Up: -1, Qt.Key_PageDown: 8, Qt.Key_PageUp: -8}
                last = self.matches.count() - 1
                self.matches.setCurrentRow(max(0, min(last, row + step[key])))
                return True
            if key in (Qt.Key_Return, Qt.Key_Enter):
                item = self.matches.currentItem()
                if item is not None:
                    self._activated(item)
                return True
        return super().eventFilter(watched, event)

    def _activated(self, item: QListWidgetItem) -> None:
        self.sig_picked.emit(item.data(Qt.UserRole))
        self.line.clear()

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self._show_note(found_nothing=False)
        super().changeEvent(event)
