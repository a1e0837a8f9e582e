"""A region field: the country's first-level divisions to pick from (stored as the ISO 3166-2
code), or free text as typed (kept for companies recorded before the list existed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from recp_desktop.domain.regions import region, regions_of
from recp_desktop.ui.i18n import current_language


class RegionBox(QComboBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.country = ""

    def set_country(self, country: str) -> None:
        """List ``country``'s divisions; a division of another country is cleared, free text
        is kept."""
        kept = self.value()
        self.country = country
        self.clear()
        language = current_language()
        for entry in sorted(regions_of(country), key=lambda r: r.name(language).casefold()):
            self.addItem(entry.name(language), entry.code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.setCompleter(completer)
        found = region(kept)
        self.set_value("" if found and found.country != country else kept)

    def set_value(self, stored: str) -> None:
        """Show a stored region: a known code selects its division, other text stays as is."""
        index = self.findData(stored.strip().upper()) if stored else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(stored)

    def value(self) -> str:
        """What to store: the ISO 3166-2 code of a listed division, else the text typed."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFixedString)
        return self.itemData(index) if index >= 0 else text
