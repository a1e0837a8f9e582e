"""The baseline form: production output, value added, and each resource's annual use and cost."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain.baseline import (
    BASELINE_KEYS,
    BaselineKey,
    baseline_units,
    canonical_quantity,
    read_quantity,
)
from recp_desktop.domain.club import months_given
from recp_desktop.domain.numbers import format_number, read_number
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.domain.units import UnitError, parse_number, split_quantity
from recp_desktop.storage.baseline import BaselineValue, load_baseline, save_baseline
from recp_desktop.storage.bills import load_bills
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.repository import ValidationError
from recp_desktop.ui.input_errors import explain, read_as
from recp_desktop.ui.labels import baseline_label
from recp_desktop.ui.written_edit import WrittenEdit

_Index = QModelIndex | QPersistentModelIndex
COL_RESOURCE, COL_QUANTITY, COL_UNIT, COL_COST = range(4)


class BaselineModel(QAbstractTableModel):
    sig_message = Signal(str)
    """Emitted with a message when an entry was refused or could not be saved."""
    sig_saved = Signal()
    """Emitted after a line was stored."""

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
        self.db, self.assessment_id, self.currency, self.language = (
            db,
            assessment_id,
            currency,
            language,
        )
        self.undo_stack = undo_stack
        self.values = load_baseline(db, assessment_id)
        # lines a club participant gave month by month: their bills stay with the year total
        self.months = {
            k: months_given(b.quantities) for k, b in load_bills(db, assessment_id).items()
        }
        self.errors: dict[tuple[str, int], str] = {}  # (line, column) -> why it was refused

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(BASELINE_KEYS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (
            self.tr("Line"),
            self.tr("Annual quantity"),
            self.tr("Unit"),
            self.tr("Annual cost, {currency}").format(currency=self.currency),
        )[section]

    def spec(self, row: int) -> BaselineKey:
        return BASELINE_KEYS[row]

    def unit_of(self, spec: BaselineKey) -> str:
        if spec.key == "value_added":
            return self.currency
        value = self.values.get(spec.key)
        return value.unit if value and value.unit else spec.unit

    def flags(self, index: _Index) -> Qt.ItemFlags:
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        spec = self.spec(index.row())
        if index.column() == COL_QUANTITY:
            return base | Qt.ItemIsEditable
        if index.column() == COL_UNIT and spec.key != "value_added":
            return base | Qt.ItemIsEditable
        if index.column() == COL_COST and spec.has_cost:
            return base | Qt.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        spec = self.spec(index.row())
        value = self.values.get(spec.key, BaselineValue())
        column = index.column()
        if role == Qt.UserRole:
            return spec
        error = self.errors.get((spec.key, column))
        if role == Qt.ToolTipRole and error:
            return error
        if role == Qt.ToolTipRole and column == COL_QUANTITY and spec.key in self.months:
            return self.tr(
                "The sum of %n monthly bill(s), kept with the line.", "", self.months[spec.key]
            )
        if role == Qt.ForegroundRole and error:
            return QBrush(QColor("#b00020"))
        if role not in (Qt.DisplayRole, Qt.EditRole):
            return None
        if column == COL_RESOURCE:
            return baseline_label(spec.key)
        if column == COL_QUANTITY:
            if role == Qt.DisplayRole and error:
                return "⚠ " + error
            return "" if value.quantity is None else format_number(value.quantity, self.language)
        if column == COL_UNIT:
            unit = self.unit_of(spec)
            return unit_label(unit, self.language) if role == Qt.DisplayRole else unit
        if column == COL_COST:
            if not spec.has_cost:
                return ""
            if role == Qt.DisplayRole and error:
                return "⚠ " + error
            return "" if value.cost is None else format_number(value.cost, self.language, 2)
        return None

    def setData(self, index: _Index, raw, role: int = Qt.EditRole) -> bool:  # noqa: N802
        spec = self.spec(index.row())
        column = index.column()
        old = self.values.get(spec.key, BaselineValue(unit=self.unit_of(spec)))
        text = str(raw or "").strip()
        unit = old.unit or self.unit_of(spec)
        try:
            if column == COL_QUANTITY:
                number, unit = (
                    read_quantity(spec, text, unit, self.language, self.currency)
                    if text
                    else (None, unit)
                )
                new = BaselineValue(number, unit, old.cost)
            elif column == COL_UNIT:
                if text and spec.key != "value_added":
                    canonical_quantity(spec, 1.0, text)  # an unknown unit or one of another kind
                new = BaselineValue(old.quantity, text, old.cost)
            elif column == COL_COST:
                new = BaselineValue(old.quantity, unit, self._cost(text))
            else:
                return False
            typed = {COL_QUANTITY: new.quantity, COL_COST: new.cost}.get(column)
            if typed is not None and typed < 0:
                raise ValidationError(self.tr("a negative figure cannot be saved."))
            if spec.key == "value_added":
                new = BaselineValue(new.quantity, self.currency, None)
            save_baseline(self.db, self.assessment_id, spec.key, new)
        except UnitError as exc:
            expected = self.currency if column == COL_COST else unit
            return self._refuse(index, explain(exc, "", expected, self.language))
        except ValidationError as exc:
            return self._refuse(index, str(exc))
        except StorageError as exc:
            self.sig_message.emit(str(exc))
            return False
        before = self.values.get(spec.key, BaselineValue(unit=self.unit_of(spec)))
        self._written(spec.key, new)
        if self.undo_stack is not None and new != before:
            self.undo_stack.push(
                WrittenEdit(
                    QCoreApplication.translate("UndoCommands", "edit baseline"),
                    self.write,
                    spec.key,
                    before,
                    new,
                )
            )
        self._echo(text)
        return True

    def write(self, key: str, value: BaselineValue) -> None:
        """Store ``value`` as line ``key`` (undo and redo); a failed write is said, not raised."""
        try:
            save_baseline(self.db, self.assessment_id, key, value)
        except (StorageError, ValidationError) as exc:
            self.sig_message.emit(str(exc))
            return
        self._written(key, value)

    def _written(self, key: str, value: BaselineValue) -> None:
        for col in (COL_QUANTITY, COL_UNIT, COL_COST):
            self.errors.pop((key, col), None)
        self.values[key] = value
        self._row_changed([spec.key for spec in BASELINE_KEYS].index(key))
        self.sig_saved.emit()

    def _cost(self, text: str) -> float | None:
        """A cost typed bare or with the assessment's currency (``1 500 AZN``)."""
        if not text:
            return None
        number, code = split_quantity(text)
        if code and code.strip().upper() != self.currency.upper():
            raise UnitError(
                f"costs are in {self.currency}", "wrong_unit", unit=code, expected=self.currency
            )
        return parse_number(number, self.language)

    def _echo(self, text: str) -> None:
        """A number that another language would read differently is said back as read."""
        try:
            reading = read_number(split_quantity(text)[0], self.language)
        except ValueError:  # UnitError or NumberError: nothing to say back
            return
        if reading.ambiguous:
            self.sig_message.emit(read_as(text, reading.echo))

    def _label(self, spec: BaselineKey, column: int) -> str:
        header = self.headerData(column, Qt.Horizontal)
        # The language's case rules (ICU through QLocale): Azerbaijani "İllik" is "illik", where
        # str.lower() gives "i̇llik" with a stray combining dot.
        column_name = QLocale(self.language).toLower(str(header).split(",")[0])
        return f"{baseline_label(spec.key)}, {column_name}"

    def _refuse(self, index: _Index, message: str) -> bool:
        """Mark the cell with ``message`` (the row and column say which input) and say it, with
        the input's name, in the status bar."""
        spec = self.spec(index.row())
        self.errors[(spec.key, index.column())] = message
        self.sig_message.emit(f"{self._label(spec, index.column())}: {message}")
        self._row_changed(index.row())
        return False

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def set_language(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Horizontal, 0, 3)
        self.dataChanged.emit(self.index(0, 0), self.index(len(BASELINE_KEYS) - 1, 3))


class _UnitDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        if index.column() != COL_UNIT:
            return super().createEditor(parent, option, index)
        spec: BaselineKey = index.data(Qt.UserRole)
        box = QComboBox(parent)
        box.setEditable(True)
        language = getattr(index.model(), "language", "en")
        for unit in baseline_units(spec):
            box.addItem(unit_label(unit, language), unit)
        box.activated.connect(lambda _i, b=box: self._done(b))
        return box

    def _done(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box, QAbstractItemDelegate.SubmitModelCache)

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.EditRole))
            editor.setCurrentIndex(max(position, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            data, text = editor.currentData(), editor.currentText()
            language = getattr(model, "language", "en")
            model.setData(
                index, data if data is not None and unit_label(data, language) == text else text
            )
        else:
            super().setModelData(editor, model, index)


class BaselinePage(QWidget):
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
        self.model = BaselineModel(db, assessment_id, currency, language, self, undo_stack)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(_UnitDelegate(self.view))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.view.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def set_language(self, language: str) -> None:
        self.model.set_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Baseline"))
        self.hint.setText(
            self.tr(
                "Annual figures for the baseline year. Pick the unit the plant's bills use "
                "(e.g. Gcal for heat); costs are in the assessment's currency."
            )
        )
        self.model.set_language(self.model.language)
