"""The options register of an assessment: a Qt model/view table, edited in place, with totals."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.checklists.model import AREAS, CP_TECHNIQUES
from recp_desktop.domain.numbers import MAX_MAGNITUDE, format_number
from recp_desktop.domain.options import STATUSES, payback_years
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.domain.units import UnitError, parse_number
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.models import CPOption
from recp_desktop.storage.options import (
    add_option,
    list_options,
    option_totals,
    set_option_deleted,
    update_option,
)
from recp_desktop.storage.repository import ValidationError
from recp_desktop.ui.i18n import current_language, payback_text
from recp_desktop.ui.input_errors import explain
from recp_desktop.ui.labels import area_label, option_status_label, technique_label

(
    COL_TITLE,
    COL_AREA,
    COL_TECHNIQUE,
    COL_STATUS,
    COL_INVESTMENT,
    COL_MONEY,
    COL_ENERGY,
    COL_WATER,
    COL_MATERIALS,
    COL_CO2,
    COL_PAYBACK,
) = range(11)
FIELD_OF = {
    COL_TITLE: "title",
    COL_AREA: "area",
    COL_TECHNIQUE: "technique",
    COL_STATUS: "status",
    COL_INVESTMENT: "investment",
    COL_MONEY: "saving_money",
    COL_ENERGY: "saving_energy_kwh",
    COL_WATER: "saving_water_m3",
    COL_MATERIALS: "saving_materials_t",
    COL_CO2: "saving_co2_t",
}
CHOICES = {COL_AREA: AREAS, COL_TECHNIQUE: CP_TECHNIQUES, COL_STATUS: STATUSES}
NUMBER_COLUMNS = (COL_INVESTMENT, COL_MONEY, COL_ENERGY, COL_WATER, COL_MATERIALS, COL_CO2)


def _choice_label(column: int, value: str) -> str:
    if column == COL_AREA:
        return area_label(value)
    if column == COL_TECHNIQUE:
        return technique_label(value)
    return option_status_label(value)


class EditOption(QUndoCommand):
    """One field of one option changed; undo puts the old value back (a new revision)."""

    def __init__(self, model: OptionsModel, option_id: str, field: str, old, new) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "edit option"))
        self.model, self.option_id, self.field, self.old, self.new = (
            model,
            option_id,
            field,
            old,
            new,
        )

    def redo(self) -> None:
        self.model.write(self.option_id, self.field, self.new)

    def undo(self) -> None:
        self.model.write(self.option_id, self.field, self.old)


class DeleteOption(QUndoCommand):
    def __init__(self, model: OptionsModel, option_id: str) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "delete option"))
        self.model, self.option_id = model, option_id

    def redo(self) -> None:
        self.model.set_deleted(self.option_id, True)

    def undo(self) -> None:
        self.model.set_deleted(self.option_id, False)


class AddOption(QUndoCommand):
    """An option just recorded (New option, or *Add as option* in a calculator): undo
    tombstones it, redo brings it back. The option exists when the command is pushed."""

    def __init__(self, model: OptionsModel, option_id: str, title: str) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "add option “{title}”").format(title=title)
        )
        self.model, self.option_id = model, option_id
        self._first = True

    def redo(self) -> None:
        if self._first:  # already written by whoever created it
            self._first = False
            return
        self.model.set_deleted(self.option_id, False)

    def undo(self) -> None:
        self.model.set_deleted(self.option_id, True)


class OptionsModel(QAbstractTableModel):
    sig_changed = Signal()
    """Emitted after any option was written (totals and indicators follow)."""
    sig_error = Signal(str)
    """Emitted with a message when an edit was refused or could not be saved."""

    def __init__(
        self, db: Database, assessment_id: str, currency: str, undo_stack: QUndoStack, parent=None
    ) -> None:
        super().__init__(parent)
        self.db, self.assessment_id, self.currency = db, assessment_id, currency
        self.undo_stack = undo_stack
        self.options: list[CPOption] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.options = list_options(self.db, self.assessment_id)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.options)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 11

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (
            self.tr("Option"),
            self.tr("Area"),
            self.tr("CP technique"),
            self.tr("Status"),
            self.tr("Investment, {currency}").format(currency=self.currency),
            self.tr("Saving, {currency}/yr").format(currency=self.currency),
            self.tr("Energy, {unit}").format(unit=unit_label("kWh/yr", current_language())),
            self.tr("Water, {unit}").format(unit=unit_label("m**3/yr", current_language())),
            self.tr("Materials, {unit}").format(unit=unit_label("t/yr", current_language())),
            self.tr("CO2, {unit}").format(unit=unit_label("t/yr", current_language())),
            self.tr("Payback"),
        )[section]

    def option_at(self, row: int) -> CPOption:
        return self.options[row]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        option = self.options[index.row()]
        column = index.column()
        if role == Qt.TextAlignmentRole and (column in NUMBER_COLUMNS or column == COL_PAYBACK):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.EditRole and column in FIELD_OF:
            value = getattr(option, FIELD_OF[column])
            return "" if value is None else value
        if role != Qt.DisplayRole:
            return None
        if column == COL_PAYBACK:
            payback = payback_years(option.investment, option.saving_money)
            return payback_text(payback)
        value = getattr(option, FIELD_OF[column])
        if column in CHOICES:
            return _choice_label(column, value)
        if column in NUMBER_COLUMNS:
            if value is None:
                return ""
            decimals = 2 if column == COL_CO2 else (1 if column == COL_MATERIALS else 0)
            return format_number(float(value), current_language(), decimals)
        return value

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        flags = super().flags(index)
        if index.isValid() and index.column() in FIELD_OF:
            option = self.options[index.row()]
            calculated = option.calculator and index.column() in NUMBER_COLUMNS[1:]
            if not calculated:  # savings of a calculated option come from its calculation
                flags |= Qt.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.EditRole or index.column() not in FIELD_OF:
            return False
        option = self.options[index.row()]
        field = FIELD_OF[index.column()]
        if index.column() in NUMBER_COLUMNS:
            try:
                new = _number(value)
            except UnitError as exc:
                label = str(self.headerData(index.column(), Qt.Horizontal))
                self.sig_error.emit(explain(exc, label, "", current_language()))
                return False
        else:
            new = str(value).strip() if index.column() == COL_TITLE else value
        old = getattr(option, field)
        if new == old:
            return False
        if index.column() == COL_TITLE and not new:
            self.sig_error.emit(self.tr("The option needs a title."))
            return False
        if index.column() == COL_INVESTMENT and new is not None and new < 0:
            self.sig_error.emit(self.tr("The investment cannot be negative."))
            return False
        self.undo_stack.push(EditOption(self, option.id, field, old, new))
        return True

    def write(self, option_id: str, field: str, value) -> None:
        try:
            update_option(self.db, option_id, **{field: value})
        except (ValidationError, StorageError) as exc:
            self.sig_error.emit(str(exc))
        self._refresh_keeping_order()

    def set_deleted(self, option_id: str, deleted: bool) -> None:
        try:
            set_option_deleted(self.db, option_id, deleted)
        except StorageError as exc:
            self.sig_error.emit(str(exc))
        self.reload()
        self.sig_changed.emit()

    def delete(self, row: int) -> None:
        self.undo_stack.push(DeleteOption(self, self.options[row].id))

    def add_manual(self, area: str) -> CPOption | None:
        try:
            option = add_option(
                self.db,
                self.assessment_id,
                title=self.tr("New option"),
                technique="good_housekeeping",
                area=area,
            )
        except (ValidationError, StorageError) as exc:
            self.sig_error.emit(str(exc))
            return None
        self.reload()
        self.sig_changed.emit()
        self.record_added(option)
        return option

    def record_added(self, option: CPOption) -> None:
        """Make the creation of ``option`` (already stored) undoable."""
        self.undo_stack.push(AddOption(self, option.id, option.title))

    def _refresh_keeping_order(self) -> None:
        fresh = {o.id: o for o in list_options(self.db, self.assessment_id)}
        self.options = [fresh[o.id] for o in self.options if o.id in fresh] + [
            o for i, o in fresh.items() if i not in {x.id for x in self.options}
        ]
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 10))
        self.sig_changed.emit()


class ChoiceDelegate(QStyledItemDelegate):
    """Combo boxes for area, technique and status."""

    def createEditor(self, parent, option, index):  # noqa: N802
        if index.column() not in CHOICES:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for value in CHOICES[index.column()]:
            box.addItem(_choice_label(index.column(), value), value)
        box.activated.connect(lambda _i, b=box: self._commit(b))
        return box

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.EditRole)
        else:
            model.setData(index, editor.text(), Qt.EditRole)


class OptionsPage(QWidget):
    sig_message = Signal(str)
    """Emitted with a message for the status bar."""

    def __init__(
        self, db: Database, assessment_id: str, currency: str, undo_stack: QUndoStack, parent=None
    ) -> None:
        super().__init__(parent)
        self.model = OptionsModel(db, assessment_id, currency, undo_stack, self)
        self.model.sig_error.connect(self.sig_message)
        self.model.sig_changed.connect(self._show_totals)
        self.model.modelReset.connect(self._show_totals)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.Stretch)
        header.setMinimumSectionSize(60)
        self.view.setColumnWidth(COL_TITLE, 320)
        self.view.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.RichText)
        self.totals.setWordWrap(True)  # long in Russian; the window must fit a 1366 px screen
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_option)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555")
        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        self.retranslate()

    def add_option(self) -> None:
        option = self.model.add_manual("energy")
        if option is not None:
            row = next(i for i, o in enumerate(self.model.options) if o.id == option.id)
            index = self.model.index(row, COL_TITLE)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def delete_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        title = self.model.option_at(index.row()).title
        answer = QMessageBox.question(
            self,
            self.tr("Delete option"),
            self.tr("Delete “{title}”? Edit > Undo brings it back.").format(title=title),
        )
        if answer == QMessageBox.Yes:
            self.model.delete(index.row())

    def _show_totals(self) -> None:
        totals = option_totals(self.model.options, self.model.currency)
        language = current_language()

        def number(value: float, decimals: int = 0) -> str:
            return format_number(float(value), language, decimals)

        payback = totals.payback_years
        self.totals.setText(
            self.tr(
                "<b>Total of {count} options (not rejected):</b> {money} {currency}/yr saved for "
                "{investment} {currency} invested · {energy} kWh · {water} m³ · {materials} t · "
                "{co2} t CO2 per year · payback {payback}"
            ).format(
                count=totals.count,
                money=number(totals.money),
                currency=self.model.currency,
                investment=number(totals.investment),
                energy=number(totals.energy_kwh),
                water=number(totals.water_m3),
                materials=number(totals.materials_t, 1),
                co2=number(totals.co2_t, 1),
                payback=payback_text(payback),
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Options"))
        self.add_button.setText(self.tr("New option"))
        self.delete_button.setText(self.tr("Delete"))
        self.hint.setText(
            self.tr(
                "Options come from the calculators (Ctrl+K on a checklist question) or are added "
                "here. Double-click a cell to edit; Ctrl+Z undoes."
            )
        )
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, 10)
        self._show_totals()


def _number(value: object) -> float | None:
    """A number typed in the register (as the display language writes it), or None if blank.

    Raises:
        UnitError: not a number, not finite or absurdly large (the reason says which).
    """
    if isinstance(value, int | float) and not isinstance(value, bool):  # a spin-box editor
        text = repr(value)
        if not abs(value) <= MAX_MAGNITUDE:  # also inf and nan
            raise UnitError(f"'{text}' is not a finite number", "not_finite", text=text)
        return float(value)
    text = str(value or "").strip()
    return parse_number(text, current_language()) if text else None
