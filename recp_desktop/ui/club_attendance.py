"""The attendance grid: participants down, sessions across, a tick where someone attended.

Keyboard: arrows move, Space ticks or clears the selected cells (all of them at once), Delete
clears them; every change is saved at once and is one step on the window's undo stack
(Ctrl+Z / Ctrl+Shift+Z), so a wrong tick is undone with the data it wrote.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from recp_desktop.storage import clubs
from recp_desktop.storage.database import Database
from recp_desktop.ui.i18n import current_language


class AttendanceModel(QAbstractTableModel):
    """The grid of one club (:class:`~recp_desktop.storage.clubs.ClubView`)."""

    sig_changed = Signal()
    """Emitted after a mark was saved (or undone), so that progress can be refreshed."""

    def __init__(self, db: Database, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.db, self.undo = db, undo
        self.view: clubs.ClubView | None = None

    def load(self, view: clubs.ClubView | None) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.view is None else len(self.view.members)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.view is None else len(self.view.sessions)

    def key(self, index: QModelIndex) -> tuple[str, str]:
        assert self.view is not None
        return (self.view.sessions[index.column()].id, self.view.members[index.row()].id)

    def present(self, index: QModelIndex) -> bool:
        return bool(self.view and self.view.attendance.get(self.key(index)))

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or self.view is None:
            return None
        if role == Qt.CheckStateRole:
            return Qt.Checked if self.present(index) else Qt.Unchecked
        if role == Qt.AccessibleTextRole:
            return self.tr("attended") if self.present(index) else self.tr("absent")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if self.view is None or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        if orientation == Qt.Horizontal:
            if section >= len(self.view.sessions):
                return None
            s = self.view.sessions[section]
            from babel.dates import format_date

            shown = format_date(s.held_on, "medium", locale=current_language())
            if role == Qt.ToolTipRole:
                return f"{shown}: {s.topic}"
            topic = s.topic if len(s.topic) <= 18 else s.topic[:17] + "…"
            return f"{shown}\n{topic}"
        if section >= len(self.view.members):
            return None
        m = self.view.members[section]
        return f"{m.name} ({m.company})"

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if role != Qt.CheckStateRole or not index.isValid():
            return False
        wanted = Qt.CheckState(value) == Qt.Checked
        self.set_marks([index], wanted)
        return True

    def set_marks(self, indexes: list[QModelIndex], present: bool) -> None:
        """Mark ``indexes`` present or absent: one undo step, saved now."""
        changes = [
            (self.key(i), self.present(i))
            for i in indexes
            if i.isValid() and self.present(i) != present
        ]
        if changes:
            self.undo.push(_MarkCommand(self, changes, present))

    def write(self, key: tuple[str, str], present: bool) -> None:
        assert self.view is not None
        clubs.set_attendance(self.db, key[0], key[1], present)
        self.view.attendance[key] = present
        column = next(i for i, s in enumerate(self.view.sessions) if s.id == key[0])
        row = next(i for i, m in enumerate(self.view.members) if m.id == key[1])
        index = self.index(row, column)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])


class _MarkCommand(QUndoCommand):
    def __init__(self, model: AttendanceModel, changes, present: bool) -> None:
        text = (
            QCoreApplication.translate("UndoCommands", "Mark %n attended", "", len(changes))
            if present
            else QCoreApplication.translate("UndoCommands", "Mark %n absent", "", len(changes))
        )
        super().__init__(text)
        self.model, self.changes, self.present = model, changes, present

    def redo(self) -> None:
        for key, _old in self.changes:
            self.model.write(key, self.present)
        self.model.sig_changed.emit()

    def undo(self) -> None:
        for key, old in self.changes:
            self.model.write(key, old)
        self.model.sig_changed.emit()


class AttendanceView(QTableView):
    """The grid's view: Space toggles the selection, Delete clears it."""

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.horizontalHeader().setDefaultSectionSize(130)
        self.setAccessibleName(self.tr("Attendance"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        model: AttendanceModel = self.model()
        selected = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        if event.key() in (Qt.Key_Space, Qt.Key_Select):
            present = not all(model.present(i) for i in selected if i.isValid())
            model.set_marks(selected, present)
            event.accept()
            return
        if event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
            model.set_marks(selected, False)
            event.accept()
            return
        super().keyPressEvent(event)
