"""Below the waste streams: what this company would take from other companies' waste.

Each line is a wanted input (``storage.wanted``: an EWC code, sub-chapter or chapter, the
material in words, tonnes per year) that travels in packages and feeds the supervisor's
symbiosis candidates. Added and removed at once (each stored when made; removal is a tombstone).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain import ewc
from recp_desktop.domain.numbers import NumberError, format_number, parse_number
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import ValidationError
from recp_desktop.storage.wanted import (
    add_wanted_input,
    list_wanted_inputs,
    set_wanted_input_deleted,
)
from recp_desktop.ui.waste_errors import explain_waste


class WantedPanel(QWidget):
    """The list, a line to add one (code, material, t/year) and Remove."""

    sig_message = Signal(str)
    """A refusal or confirmation for the status bar."""
    sig_saved = Signal()
    """A wanted input was added or removed (stored): the window's "saved" label follows."""

    def __init__(self, db: Database, assessment_id: str, language: str = "en", parent=None):
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        self.language = language
        self.ids: list[str] = []
        self.title = QLabel(objectName="wantedTitle")
        self.table = QTableWidget(0, 3, objectName="wantedTable")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setMaximumHeight(140)
        self.code = QLineEdit(objectName="wantedCode")
        self.material = QLineEdit(objectName="wantedMaterial")
        self.tonnes = QLineEdit(objectName="wantedTonnes")
        self.add_button = QPushButton(objectName="wantedAdd")
        self.remove_button = QPushButton(objectName="wantedRemove")
        self.add_button.clicked.connect(self.add_from_fields)
        self.tonnes.returnPressed.connect(self.add_from_fields)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.code)
        row.addWidget(self.material, 1)
        row.addWidget(self.tonnes)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        rows = list_wanted_inputs(self.db, self.assessment_id)
        self.ids = [w.id for w in rows]
        self.table.setRowCount(len(rows))
        for i, w in enumerate(rows):
            code = w.ewc_code
            try:
                title = (
                    ewc.lookup(code).description(self.language)
                    if len(code) == 6
                    else ewc.heading(code).title(self.language)
                )
            except ewc.UnknownWasteCodeError:
                title = ""
            spaced = ewc.display_code(code)  # 13 02 05* for a hazardous entry
            tonnes = (
                "—"
                if w.tonnes_per_year is None
                else format_number(w.tonnes_per_year, self.language, significant=3)
            )
            for column, text in enumerate((spaced, w.material or title, tonnes)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(title)
                    if spaced.endswith("*"):  # red, as the waste streams' codes
                        from recp_desktop.ui.ewc_picker import HAZARD_COLOUR

                        item.setForeground(HAZARD_COLOUR)
                        item.setToolTip(
                            title
                            + "\n"
                            + self.tr("Hazardous waste (marked * in the List of Waste)")
                        )
                if column == 2:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(i, column, item)

    def add_from_fields(self) -> bool:
        """Store the typed wanted input; False (and a message) if something is wrong."""
        text = self.tonnes.text().strip()
        try:
            tonnes = parse_number(text, self.language) if text else None
        except NumberError as exc:
            self.sig_message.emit(explain_waste(exc, self.language, "tonnes_per_year"))
            return False
        try:
            added = add_wanted_input(self.db, self.assessment_id, ewc_code=self.code.text(),
                                     material=self.material.text(),
                                     tonnes_per_year=tonnes)  # fmt: skip
        except ValidationError as exc:
            self.sig_message.emit(explain_waste(exc, self.language))
            return False
        for field in (self.code, self.material, self.tonnes):
            field.clear()
        self.code.setFocus()
        self.reload()
        self.sig_saved.emit()
        self.sig_message.emit(self.tr("Wanted input added: {what}.").format(what=self._what(added)))
        return True

    def _what(self, w) -> str:
        """``13 02 05* engine oil, up to 100 t/year`` in the panel's language."""
        text = ewc.display_code(w.ewc_code)
        if w.material:
            text += f" {w.material}"
        if w.tonnes_per_year is not None:
            amount = format_number(w.tonnes_per_year, self.language, significant=3)
            text += ", " + self.tr("up to {tonnes} t/year").format(tonnes=amount)
        return text

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids):
            gone = next(w for w in list_wanted_inputs(self.db, self.assessment_id)
                        if w.id == self.ids[row])  # fmt: skip
            set_wanted_input_deleted(self.db, self.ids[row])
            self.reload()
            self.sig_saved.emit()
            what = self._what(gone)
            self.sig_message.emit(self.tr("Wanted input removed: {what}.").format(what=what))

    def set_language(self, language: str) -> None:
        self.language = language
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Inputs this company would take from others' waste"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("EWC"), self.tr("Material"), self.tr("t/year")]
        )
        self.code.setPlaceholderText(self.tr("EWC code, e.g. 02 05 01 or 10 01"))
        self.material.setPlaceholderText(self.tr("material, in the company's words"))
        self.tonnes.setPlaceholderText(self.tr("t/year"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))

    def changeEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
