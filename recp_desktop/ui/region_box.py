"""A region field: the country's first-level divisions to pick from (stored as the ISO 3166-2
code) — the same list the waste map draws — searched as you type by English or Russian name,
other names in use ("Brest", "Baku City") or code, apostrophes and case ignored. Two divisions
of one name show their kind ("Şəki (city)", "Şəki (rayon)"). Text that names no division, or
several, is stored as typed (kept for companies recorded before the list existed), and
:attr:`RegionBox.note` says plainly that such a company is not on the map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel

from recp_desktop.domain.countries import country_name
from recp_desktop.domain.regions import find_region, region, regions_named, regions_of
from recp_desktop.ui.i18n import current_language

SEARCH_ROLE = Qt.UserRole + 1
"""Item data the completer matches against: the label, both names and the other names in use,
each also without apostrophes, and the code."""


class _RegionCompleter(QCompleter):
    """Matches on :data:`SEARCH_ROLE` anywhere in the text; puts the shown name in the field."""

    def pathFromIndex(self, index) -> str:  # noqa: N802
        return index.data(Qt.DisplayRole) or ""


class RegionBox(QComboBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.country = ""
        self.note = QLabel(self, objectName="regionNote", wordWrap=True)
        """Shown under the field when its text names no division of the country; a form that
        wants it adds it (``form.addRow("", box.note)``)."""
        self.note.setStyleSheet("color: #a33a00;")
        self.note.hide()
        self.editTextChanged.connect(lambda _text: self._update_note())

    def set_country(self, country: str) -> None:
        """List ``country``'s divisions; a division of another country is cleared, free text
        is kept."""
        kept = self.value()
        self.country = country
        self.blockSignals(True)
        self.clear()
        language = current_language()
        for entry in sorted(regions_of(country), key=lambda r: r.label(language).casefold()):
            self.addItem(entry.label(language), entry.code)
            names = {entry.label(language), entry.name_en, entry.name_ru, *entry.aliases}
            plain = {n.replace("'", "").replace("’", "") for n in names}
            words = " | ".join(sorted({*names, *plain, entry.code} - {""}))
            self.setItemData(self.count() - 1, words, SEARCH_ROLE)
        self.blockSignals(False)
        completer = _RegionCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
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
        self._update_note()

    def value(self) -> str:
        """What to store: the ISO 3166-2 code of the division the text names (by name in
        either language or by code, see ``domain.regions.find_region``), else the text typed."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and text == self.itemText(index).strip():  # picked: its code, not a
            return self.itemData(index)  # search by name (two divisions may share one)
        found = find_region(text, self.country) if text else None
        return found.code if found else text

    def on_map(self) -> bool:
        """Whether the value is a division of the list (empty counts as not placed, no note)."""
        return region(self.value()) is not None

    def _update_note(self) -> None:
        if self.note.parentWidget() is self:  # not placed in a form (a club's region): no note
            return
        text = self.currentText().strip()
        if not text or self.on_map():
            self.note.hide()
            return
        country = country_name(self.country, current_language())
        if len(regions_named(text, self.country)) > 1:
            message = self.tr(
                "“{text}” names more than one region of {country}: pick the one from the list, "
                "or the company will not be on the waste map."
            )
        else:
            message = self.tr(
                "“{text}” is not one of the regions of {country}: the company will not be on "
                "the waste map. Pick a region from the list."
            )
        self.note.setText(message.format(text=text, country=country))
        if self.note.isHidden():
            self.note.show()
            window = self.window()
            if window is not self:  # make room for the wrapped note (Qt does not grow a
                width = window.width()  # window for a label's height-for-width by itself)
                window.adjustSize()
                window.resize(max(width, window.width()), window.height())
