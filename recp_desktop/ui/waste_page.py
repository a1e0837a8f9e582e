"""The waste streams of an assessment: an EWC picker (code or words, as you type) above a table
edited in place, undoable like the options register, with yearly totals."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain import ewc
from recp_desktop.domain.numbers import format_number
from recp_desktop.storage.database import Database
from recp_desktop.storage.waste import waste_totals
from recp_desktop.ui.ewc_picker import EwcPicker
from recp_desktop.ui.i18n import current_language
from recp_desktop.ui.options_page import ChoiceDelegate
from recp_desktop.ui.waste_model import (
    CHOICES,
    COL_DESCRIPTION,
    COL_NAME,
    COL_NOTE,
    COL_QUANTITY,
    LABELS,
    WasteModel,
)


class WasteDelegate(ChoiceDelegate):
    """Combo boxes for frequency, treatment and destination, labelled in the UI language."""

    def createEditor(self, parent, option, index):  # noqa: N802
        if index.column() not in CHOICES:
            return super(ChoiceDelegate, self).createEditor(parent, option, index)
        box = QComboBox(parent)
        for value in CHOICES[index.column()]:
            box.addItem(LABELS[index.column()](value), value)
        box.activated.connect(lambda _i, b=box: self._commit(b))
        return box


class WastePage(QWidget):
    sig_message = Signal(str)
    """Emitted with a message for the status bar."""

    def __init__(
        self,
        db: Database,
        assessment_id: str,
        currency: str,
        undo_stack: QUndoStack,
        language: str = "en",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.model = WasteModel(db, assessment_id, currency, undo_stack, language, self)
        self.model.sig_error.connect(self.sig_message)
        self.model.sig_changed.connect(self._show_totals)
        self.model.modelReset.connect(self._show_totals)
        self.picker = EwcPicker(language)
        self.picker.sig_picked.connect(self.add_stream)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(WasteDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setMinimumSectionSize(60)
        self.view.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.pick_label = QLabel()
        self.pick_label.setBuddy(self.picker.line)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.RichText)
        self.totals.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.pick_label)
        pick_row.addSpacing(12)
        pick_row.addWidget(self.picker.count)
        pick_row.addStretch()
        layout.addLayout(pick_row)
        layout.addWidget(self.picker)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        from recp_desktop.ui.wanted_panel import WantedPanel  # wanted inputs (symbiosis)

        self.wanted = WantedPanel(db, assessment_id, language, self)
        self.wanted.sig_message.connect(self.sig_message)
        self.wanted.sig_saved.connect(self.model.sig_changed)  # the "saved" label, side windows
        layout.addWidget(self.wanted)
        self.retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for column, width in ((COL_NAME, 140), (COL_NOTE, 140), (COL_QUANTITY, 90)):
            self.view.setColumnWidth(column, max(width, self.view.columnWidth(column)))
        self.view.setColumnWidth(COL_DESCRIPTION, 300)

    def add_stream(self, code: str) -> None:
        row = self.model.add(code)
        if row is None:
            return
        self._fit_columns()
        index = self.model.index(row, COL_QUANTITY)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.OtherFocusReason)
        self.sig_message.emit(
            self.tr("Waste stream {code} added; type its quantity, e.g. 12 t or 3 m³.").format(
                code=ewc.lookup(code).display
            )
        )

    def delete_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.delete(index.row())
            self.sig_message.emit(self.tr("Waste stream deleted; Edit > Undo brings it back."))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key_Delete and self.view.hasFocus():
            self.delete_selected()
            return
        super().keyPressEvent(event)

    def _show_totals(self) -> None:
        totals = waste_totals(self.model.streams, self.model.currency)
        language = current_language()
        text = self.tr(
            "<b>{count} waste streams:</b> {tonnes} t/yr, of which hazardous {hazardous} t/yr · "
            "cost {cost} {currency}/yr"
        ).format(
            count=totals.count,
            tonnes=format_number(float(totals.tonnes), language, 1),
            hazardous=format_number(float(totals.hazardous_tonnes), language, 1),
            cost=format_number(float(totals.cost), language, 0),
            currency=totals.currency,
        )
        if totals.without_tonnes:
            text += " · " + self.tr("{n} without tonnes (density missing)").format(
                n=totals.without_tonnes
            )
        self.totals.setText(text)

    def set_language(self, language: str) -> None:
        self.model.language = language
        self.wanted.set_language(language)
        self.picker.set_language(language)
        self.model.dataChanged.emit(
            self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 10)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Waste streams"))
        self.pick_label.setText(self.tr("&Add a waste stream: type an EWC code or words"))
        self.picker.line.setPlaceholderText(self.tr("e.g. 17 05 or oil sludge"))
        self.delete_button.setText(self.tr("Delete"))
        self.hint.setText(
            self.tr(
                "Up/Down choose an entry and Enter adds it; hazardous entries (*) are red. In the "
                "table, type a quantity as 12 t, 850 kg, 3 m³ or 40 pcs; volumes and pieces need "
                "a density. Ctrl+Z undoes."
            )
        )
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, 10)
        self._show_totals()
