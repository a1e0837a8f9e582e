"""The table model of the waste-streams page and its undoable edits (Qt model/view)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QUndoCommand, QUndoStack

from recp_desktop.domain import ewc
from recp_desktop.domain.numbers import NumberError, format_amount, format_number
from recp_desktop.domain.units import UnitError, parse_number, split_quantity
from recp_desktop.domain.waste import (
    DESTINATIONS,
    FIELDS,
    FREQUENCIES,
    WasteError,
    check_stream,
    unit_kind,
)
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.models import WasteStream
from recp_desktop.storage.repository import ValidationError
from recp_desktop.storage.waste import (
    add_waste_stream,
    list_waste_streams,
    set_waste_stream_deleted,
    update_waste_stream,
)
from recp_desktop.ui.ewc_picker import HAZARD_COLOUR
from recp_desktop.ui.waste_errors import explain_waste
from recp_desktop.ui.waste_labels import destination_label, frequency_label, treatment_label

(
    COL_CODE,
    COL_DESCRIPTION,
    COL_NAME,
    COL_QUANTITY,
    COL_FACTOR,
    COL_FREQUENCY,
    COL_TONNES,
    COL_TREATMENT,
    COL_DESTINATION,
    COL_COST,
    COL_NOTE,
) = range(11)
EDITABLE = (
    COL_NAME,
    COL_QUANTITY,
    COL_FACTOR,
    COL_FREQUENCY,
    COL_TREATMENT,
    COL_DESTINATION,
    COL_COST,
    COL_NOTE,
)
CHOICES = {
    COL_FREQUENCY: FREQUENCIES,
    COL_TREATMENT: ("", *(t.code for t in ewc.treatment_codes())),
    COL_DESTINATION: ("", *DESTINATIONS),
}
LABELS = {
    COL_FREQUENCY: frequency_label,
    COL_TREATMENT: treatment_label,
    COL_DESTINATION: destination_label,
}
SIMPLE = {
    COL_NAME: "name",
    COL_FREQUENCY: "frequency",
    COL_TREATMENT: "treatment",
    COL_DESTINATION: "destination",
    COL_COST: "annual_cost",
    COL_NOTE: "note",
}


def _factor_field(stream: WasteStream) -> str | None:
    """Which conversion the stream's unit needs: density (volumes), piece mass, or none."""
    try:
        kind = unit_kind(stream.unit) if stream.unit else "mass"
    except WasteError:
        return None
    return {"volume": "density_kg_m3", "pieces": "piece_mass_kg"}.get(kind)


class EditStream(QUndoCommand):
    """Some fields of one stream changed; undo writes the old values back (a new revision)."""

    def __init__(self, model: WasteModel, stream_id: str, old: dict, new: dict) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "edit waste stream"))
        self.model, self.stream_id, self.old, self.new = model, stream_id, old, new

    def redo(self) -> None:
        self.model.write(self.stream_id, self.new)

    def undo(self) -> None:
        self.model.write(self.stream_id, self.old)


class DeleteStream(QUndoCommand):
    def __init__(self, model: WasteModel, stream_id: str, deleted: bool) -> None:
        text = (
            QCoreApplication.translate("UndoCommands", "delete waste stream")
            if deleted
            else QCoreApplication.translate("UndoCommands", "add waste stream")
        )
        super().__init__(text)
        self.model, self.stream_id, self.deleted = model, stream_id, deleted
        self._first = not deleted  # an added stream exists when the command is pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.model.set_deleted(self.stream_id, self.deleted)

    def undo(self) -> None:
        self.model.set_deleted(self.stream_id, not self.deleted)


class WasteModel(QAbstractTableModel):
    sig_changed = Signal()
    """Emitted after any stream was written."""
    sig_error = Signal(str)
    """Emitted with a message when an edit was refused or could not be saved."""

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
        self.db, self.assessment_id, self.currency = db, assessment_id, currency
        self.undo_stack, self.language = undo_stack, language
        self.streams: list[WasteStream] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.streams = list_waste_streams(self.db, self.assessment_id)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.streams)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 11

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (
            self.tr("EWC code"),
            self.tr("Description (List of Waste)"),
            self.tr("Name at the plant"),
            self.tr("Quantity"),
            self.tr("Density, kg/m³ or kg/piece"),
            self.tr("Per"),
            self.tr("t/yr"),
            self.tr("Treatment"),
            self.tr("Destination"),
            self.tr("Cost, {currency}/yr").format(currency=self.currency),
            self.tr("Note"),
        )[section]

    def _number(self, value: float | None) -> str:
        """As typed: the shortest text that reads back as ``value``, in the UI language."""
        return "" if value is None else format_number(value, self.language)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        stream = self.streams[index.row()]
        column = index.column()
        entry = ewc.lookup(stream.ewc_code)
        if role == Qt.ForegroundRole and column == COL_CODE and entry.hazardous:
            return QBrush(HAZARD_COLOUR)
        if role == Qt.ToolTipRole:
            if column == COL_CODE and entry.hazardous:
                return self.tr("Hazardous waste (marked * in the List of Waste)")
            if column == COL_TONNES and stream.tonnes_per_year is None and stream.quantity:
                return self.tr("Enter the density (or mass per piece) to count it in tonnes.")
            if column == COL_DESCRIPTION:
                return entry.description(self.language)
            return None
        if role == Qt.TextAlignmentRole and column in (COL_TONNES, COL_COST, COL_FACTOR):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.EditRole:
            if column in CHOICES:
                return getattr(stream, SIMPLE[column]) or ""
            return self.data(index, Qt.DisplayRole)
        if role != Qt.DisplayRole:
            return None
        if column == COL_CODE:
            return entry.display
        if column == COL_DESCRIPTION:
            return entry.description(self.language)
        if column == COL_QUANTITY:
            if stream.quantity is None:
                return ""
            return f"{self._number(stream.quantity)} {stream.unit}".strip()
        if column == COL_FACTOR:
            field = _factor_field(stream)
            return self._number(getattr(stream, field)) if field else ""
        if column == COL_TONNES:
            if stream.tonnes_per_year is None:
                return "?" if stream.quantity else ""
            return format_amount(stream.tonnes_per_year, self.language)
        if column == COL_COST:
            return self._number(stream.annual_cost)
        if column in LABELS:
            return LABELS[column](getattr(stream, SIMPLE[column]) or "")
        return getattr(stream, SIMPLE[column])

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        flags = super().flags(index)
        editable = index.isValid() and index.column() in EDITABLE
        if editable and (index.column() != COL_FACTOR or _factor_field(self.streams[index.row()])):
            flags |= Qt.ItemIsEditable
        return flags

    def _read_number(self, text: str) -> float | None:
        return parse_number(text, self.language) if text else None

    def _parse(self, stream: WasteStream, column: int, value) -> dict:
        """The fields an edit of ``column`` to ``value`` sets; raises UnitError/WasteError."""
        text = str(value).strip()
        if column == COL_QUANTITY:
            if not text:
                return {"quantity": None, "unit": stream.unit}
            number, unit = split_quantity(text)
            unit = unit.strip() or stream.unit or "t"
            unit_kind(unit)
            return {"quantity": parse_number(number, self.language), "unit": unit}
        if column == COL_FACTOR:
            return {_factor_field(stream): self._read_number(text)}
        if column == COL_COST:
            return {"annual_cost": self._read_number(text)}
        if column in CHOICES:
            return {SIMPLE[column]: value or None if column != COL_FREQUENCY else value}
        return {SIMPLE[column]: text}

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.EditRole or index.column() not in EDITABLE:
            return False
        stream = self.streams[index.row()]
        field = {COL_QUANTITY: "quantity", COL_COST: "annual_cost"}.get(index.column(), "")
        if index.column() == COL_FACTOR:
            field = _factor_field(stream) or ""
        try:
            new = self._parse(stream, index.column(), value)
            # The whole stream checked before the edit becomes an undo step: a refused edit
            # leaves the stack as it was, so the next Ctrl+Z undoes the last real change.
            check_stream({name: getattr(stream, name) for name in FIELDS} | new)
        except (UnitError, NumberError, WasteError) as exc:
            self.sig_error.emit(explain_waste(exc, self.language, field or "quantity"))
            return False
        old = {name: getattr(stream, name) for name in new}
        if old == new:
            return False
        self.undo_stack.push(EditStream(self, stream.id, old, new))
        return True

    def write(self, stream_id: str, fields: dict) -> None:
        try:
            update_waste_stream(self.db, stream_id, **fields)
        except (ValidationError, StorageError) as exc:
            self.sig_error.emit(explain_waste(exc, self.language))
        fresh = {s.id: s for s in list_waste_streams(self.db, self.assessment_id)}
        self.streams = [fresh.get(s.id, s) for s in self.streams]
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 10))
        self.sig_changed.emit()

    def set_deleted(self, stream_id: str, deleted: bool) -> None:
        try:
            set_waste_stream_deleted(self.db, stream_id, deleted)
        except StorageError as exc:
            self.sig_error.emit(str(exc))
        self.reload()
        self.sig_changed.emit()

    def add(self, code: str) -> int | None:
        """Record a new stream of EWC ``code`` (undoable); its row, or None if refused."""
        try:
            stream = add_waste_stream(self.db, self.assessment_id, ewc_code=code)
        except (ValidationError, StorageError) as exc:
            self.sig_error.emit(explain_waste(exc, self.language))
            return None
        self.reload()
        self.sig_changed.emit()
        self.undo_stack.push(DeleteStream(self, stream.id, deleted=False))
        return next(i for i, s in enumerate(self.streams) if s.id == stream.id)

    def delete(self, row: int) -> None:
        self.undo_stack.push(DeleteStream(self, self.streams[row].id, deleted=True))
