"""The bills of one resource as a table model: twelve months and the year, amount and cost.

Month by month, the year row is the sum (read-only) and each edit stores the months and the
line's year total together (:func:`recp_desktop.storage.bills.save_bills`); with only the year's
total, the year row is the one edited (the baseline line itself).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack
from PySide6.QtWidgets import QAbstractItemDelegate, QTableView

from recp_desktop.domain.baseline import BY_KEY, read_quantity
from recp_desktop.domain.club import month_total, months_given
from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.domain.units import UnitError, convert, parse_number, split_quantity
from recp_desktop.domain.vocabulary import MONTHS
from recp_desktop.storage.baseline import BaselineValue, load_baseline, save_baseline
from recp_desktop.storage.bills import EMPTY, Bills, drop_bills, load_bills, save_bills
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.repository import ValidationError
from recp_desktop.ui.club_labels import month_label, resource_label
from recp_desktop.ui.input_errors import explain
from recp_desktop.ui.written_edit import WrittenEdit

YEAR_ROW = MONTHS  # the row after December
COL_AMOUNT, COL_COST = 0, 1


Figures = tuple[bool, Bills, BaselineValue]
"""What one resource's bills hold: month by month?, the months, the year's line."""


class BillsModel(QAbstractTableModel):
    """One resource's bills: twelve months and the year (rows), amount and cost (columns)."""

    sig_message = Signal(str)
    """Emitted with a message (a refused entry, a failed save) for the status bar."""
    sig_saved = Signal()
    """Emitted after something was stored."""
    sig_show = Signal(str)
    """Emitted with a resource's key when undo or redo changed a resource not on show."""

    def __init__(
        self,
        db: Database,
        assessment_id: str,
        currency: str,
        language: str,
        parent=None,
        undo_stack: QUndoStack | None = None,
    ):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.db, self.assessment_id = db, assessment_id
        self.currency, self.language = currency, language
        self.key = ""
        self.monthly = True
        self.bills = Bills("")
        self.year = BaselineValue()

    def show_resource(self, key: str) -> None:
        """Edit ``key``'s figures (empty key: none)."""
        self.beginResetModel()
        self.key = key
        lines = load_baseline(self.db, self.assessment_id) if key else {}
        bills = load_bills(self.db, self.assessment_id).get(key) if key else None
        self.year = lines.get(key, BaselineValue())
        unit = self.year.unit or (BY_KEY[key].unit if key else "")
        self.monthly = bills is not None or self.year.quantity is None
        self.bills = bills or Bills(unit)
        self.endResetModel()

    @property
    def unit(self) -> str:
        return self.bills.unit if self.monthly else (self.year.unit or self.bills.unit)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self.key else MONTHS + 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            unit = unit_label(self.unit, self.language)
            return (
                self.tr("Amount, {unit}").format(unit=unit),
                self.tr("Cost, {currency}").format(currency=self.currency),
            )[section]
        return month_label(section + 1) if section < MONTHS else self.tr("Year")

    def flags(self, index) -> Qt.ItemFlags:
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        editable = (index.row() == YEAR_ROW) != self.monthly
        return base | Qt.ItemIsEditable if editable else base

    def _value(self, row: int, column: int) -> float | None:
        if row == YEAR_ROW:
            if self.monthly:
                series = self.bills.quantities if column == COL_AMOUNT else self.bills.costs
                return month_total(series)
            return self.year.quantity if column == COL_AMOUNT else self.year.cost
        series = self.bills.quantities if column == COL_AMOUNT else self.bills.costs
        return series[row]

    def data(self, index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.FontRole and index.row() == YEAR_ROW:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ForegroundRole and not (self.flags(index) & Qt.ItemIsEditable):
            return QBrush(QColor("#555"))
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role not in (Qt.DisplayRole, Qt.EditRole):
            return None
        value = self._value(index.row(), index.column())
        decimals = 2 if index.column() == COL_COST else None
        return "" if value is None else format_number(value, self.language, decimals)

    def setData(self, index, raw, role: int = Qt.EditRole) -> bool:  # noqa: N802
        text = str(raw or "").strip()
        row, column = index.row(), index.column()
        spec = BY_KEY[self.key]
        before: Figures = (self.monthly, self.bills, self.year)
        try:
            number = self._read(text, column) if text else None
            if number is not None and number < 0:
                raise ValidationError(self.tr("a negative figure cannot be saved."))
            if self.monthly:
                quantities, costs = list(self.bills.quantities), list(self.bills.costs)
                (quantities if column == COL_AMOUNT else costs)[row] = number
                bills = Bills(self.unit, tuple(quantities), tuple(costs))
                self.year = save_bills(self.db, self.assessment_id, self.key, bills)
                self.bills = bills
            else:
                quantity = number if column == COL_AMOUNT else self.year.quantity
                cost = number if column == COL_COST else self.year.cost
                year = BaselineValue(quantity, self.unit, cost)
                save_baseline(self.db, self.assessment_id, self.key, year)
                self.year = year
        except UnitError as exc:
            expected = self.currency if column == COL_COST else self.unit
            self.sig_message.emit(
                f"{resource_label(spec.key)}: {explain(exc, '', expected, self.language)}"
            )
            return False
        except (ValidationError, StorageError) as exc:
            self.sig_message.emit(f"{resource_label(spec.key)}: {exc}")
            return False
        self.dataChanged.emit(self.index(row, column), self.index(YEAR_ROW, COL_COST))
        self.sig_saved.emit()
        after: Figures = (self.monthly, self.bills, self.year)
        if self.undo_stack is not None and after != before:
            self.undo_stack.push(
                WrittenEdit(
                    QCoreApplication.translate("UndoCommands", "edit bills"),
                    self.restore,
                    self.key,
                    before,
                    after,
                )
            )
        return True

    def restore(self, key: str, figures: Figures) -> None:
        """Write ``figures`` back as resource ``key``'s (undo, redo) and show that resource; a
        failed write is said, not raised."""
        monthly, bills, year = figures
        try:
            if monthly:
                year = save_bills(self.db, self.assessment_id, key, bills)
            else:
                save_baseline(self.db, self.assessment_id, key, year)
        except (ValidationError, StorageError) as exc:
            self.sig_message.emit(f"{resource_label(key)}: {exc}")
            return
        if key == self.key:
            self.beginResetModel()
            self.monthly, self.bills, self.year = monthly, bills, year
            self.endResetModel()
        else:  # the page shows that resource, read back from what was just written
            self.sig_show.emit(key)
        self.sig_saved.emit()

    def _read(self, text: str, column: int) -> float:
        """A typed amount in the resource's unit (``12 MWh`` converted), or a cost."""
        if column == COL_COST:
            number, code = split_quantity(text)
            if code and code.strip().upper() != self.currency.upper():
                raise UnitError(
                    f"costs are in {self.currency}", "wrong_unit", unit=code, expected=self.currency
                )
            return parse_number(number, self.language)
        spec = BY_KEY[self.key]
        number, typed = read_quantity(spec, text, self.unit, self.language, self.currency)
        return number if typed == self.unit else convert(number, typed, self.unit)

    def set_monthly(self, monthly: bool) -> None:
        """Switch between month by month and the year's total; months already typed are kept
        (hidden) when switching to the total, which keeps their sum."""
        if monthly == self.monthly or not self.key:
            return
        try:
            if not monthly:
                drop_bills(self.db, self.assessment_id, self.key)
        except StorageError as exc:
            self.sig_message.emit(str(exc))
            return
        self.beginResetModel()
        self.monthly = monthly
        if monthly:
            self.bills = Bills(self.year.unit or BY_KEY[self.key].unit, EMPTY, EMPTY)
        self.endResetModel()
        self.sig_saved.emit()

    def set_unit(self, unit: str) -> None:
        """The unit the bills count in (the figures are kept as typed)."""
        if not self.key or unit == self.unit:
            return
        try:
            if self.monthly:
                bills = Bills(unit, self.bills.quantities, self.bills.costs)
                if months_given(bills.quantities) or months_given(bills.costs):
                    self.year = save_bills(self.db, self.assessment_id, self.key, bills)
                self.bills = bills
            else:
                year = BaselineValue(self.year.quantity, unit, self.year.cost)
                save_baseline(self.db, self.assessment_id, self.key, year)
                self.year = year
        except (ValidationError, StorageError) as exc:
            self.sig_message.emit(str(exc))
            return
        self.headerDataChanged.emit(Qt.Horizontal, 0, 1)
        self.sig_saved.emit()


class BillsView(QTableView):
    """Enter stores the cell and moves down a month, as on paper."""

    def closeEditor(self, editor, hint) -> None:  # noqa: N802
        super().closeEditor(editor, QAbstractItemDelegate.NoHint)
        if hint == QAbstractItemDelegate.SubmitModelCache:
            below = self.model().index(self.currentIndex().row() + 1, self.currentIndex().column())
            if below.isValid() and below.flags() & Qt.ItemIsEditable:
                self.setCurrentIndex(below)
