"""The checklist table: inline editors per answer type, filled from the keyboard alone.

Keys (when not editing): Y, N, A answer yes, no, not applicable and move on; Enter moves to the
next question; typing starts editing a number, text or note; Space toggles the opportunity flag
or opens a choice. Positional equivalents on a Russian keyboard (Н, Т, Ф) work too.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from recp_desktop.checklists import Question, localized
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.domain.units import compatible_units
from recp_desktop.ui.checklist_model import (
    COL_ANSWER,
    COL_GROUP,
    COL_NOTE,
    COL_OPPORTUNITY,
    COL_PHOTOS,
    COL_QUESTION,
    COL_UNIT,
    QUESTION_ROLE,
    ChecklistModel,
)
from recp_desktop.ui.labels import answer_label

_Index = QModelIndex | QPersistentModelIndex

# Text of the key -> answer; the Cyrillic letters sit on the same keys of a Russian keyboard.
ANSWER_KEYS = {"y": "yes", "n": "no", "a": "na", "н": "yes", "т": "no", "ф": "na"}


class AnswerDelegate(QStyledItemDelegate):
    """Editors per answer type: a list for yes/no/na and choices, a line for numbers and text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        question: Question = index.data(QUESTION_ROLE)
        column = index.column()
        language = index.model().language
        if column == COL_ANSWER and question.answer_type in ("yes_no_na", "choice"):
            box = QComboBox(parent)
            box.addItem("—", "")
            if question.answer_type == "yes_no_na":
                for value in ("yes", "no", "na"):
                    box.addItem(answer_label(value), value)
            else:
                for choice in question.options:
                    box.addItem(localized(choice.label, language), choice.id)
            box.activated.connect(lambda _i, b=box: self._commit_and_close(b))
            return box
        if column == COL_ANSWER and question.answer_type == "multi":
            return _MultiEditor(question, language, parent)
        if column == COL_UNIT:
            box = QComboBox(parent)
            box.setEditable(True)
            for unit in compatible_units(question.unit or ""):
                box.addItem(unit_label(unit, language), unit)
            box.activated.connect(lambda _i, b=box: self._commit_and_close(b))
            return box
        editor = QLineEdit(parent)
        if column == COL_ANSWER and question.answer_type == "number":
            editor.setPlaceholderText(unit_label(question.unit or "", language))
        return editor

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.SubmitModelCache)

    def updateEditorGeometry(self, editor: QWidget, option, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, _MultiEditor):  # a list of boxes: as tall as its options
            rect = option.rect
            rows = editor.count()
            height = min(editor.sizeHintForRow(0) * rows + 2 * editor.frameWidth() + 2, 240)
            rect.setHeight(max(rect.height(), height))
            editor.setGeometry(rect)
            return
        super().updateEditorGeometry(editor, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        value = index.data(Qt.EditRole)
        if isinstance(editor, _MultiEditor):
            editor.set_value(str(value or ""))
            return
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            if position >= 0:
                editor.setCurrentIndex(position)
            elif editor.isEditable():
                editor.setEditText(str(value or ""))
            if not editor.isEditable():
                editor.showPopup()
            return
        if isinstance(editor, QLineEdit) and not editor.text():
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, _MultiEditor):
            value = editor.value()
        elif isinstance(editor, QComboBox):
            if editor.isEditable():
                data = editor.currentData()
                text = editor.currentText()
                language = getattr(model, "language", "en")
                value = data if data is not None and unit_label(data, language) == text else text
            else:
                value = editor.currentData()
        else:
            value = editor.text()
        model.setData(index, value, Qt.EditRole)


class _MultiEditor(QListWidget):
    """Several choices: a box per option (Space toggles); the answer is saved on leaving."""

    def __init__(self, question: Question, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        for choice in question.options:
            item = QListWidgetItem(localized(choice.label, language), self)
            item.setData(Qt.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
        self.setCurrentRow(0)

    def set_value(self, value: str) -> None:
        chosen = set(value.split())
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in chosen else Qt.Unchecked)

    def value(self) -> str:
        items = (self.item(row) for row in range(self.count()))
        return " ".join(i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked)


class ChecklistView(QTableView):
    """A QTableView that answers from the keyboard and moves on after each answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(AnswerDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        # Uniform rows of two text lines: per-row sizing would lay out every question's text
        # (seconds for 2,000 questions). The full text is in the tooltip and the guidance panel.
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        self.setTabKeyNavigation(True)

    def setModel(self, model: ChecklistModel) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_GROUP, QHeaderView.Interactive)
        header.setSectionResizeMode(COL_QUESTION, QHeaderView.Stretch)
        header.setSectionResizeMode(COL_ANSWER, QHeaderView.Interactive)
        for column in (COL_UNIT, COL_OPPORTUNITY, COL_PHOTOS, COL_NOTE):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
        metrics = self.fontMetrics()
        widths = {
            COL_GROUP: 130,
            COL_ANSWER: 130,
            COL_UNIT: 60,
            COL_OPPORTUNITY: metrics.horizontalAdvance(
                model.headerData(COL_OPPORTUNITY, Qt.Horizontal)
            )
            + 24,
            COL_NOTE: 170,
            COL_PHOTOS: metrics.horizontalAdvance(model.headerData(COL_PHOTOS, Qt.Horizontal)) + 24,
        }
        for column, width in widths.items():
            self.setColumnWidth(column, width)

    def model(self) -> ChecklistModel:
        return super().model()  # type: ignore[return-value]

    def go_to_row(self, row: int, column: int = COL_ANSWER) -> None:
        row = max(0, min(row, self.model().rowCount() - 1))
        index = self.model().index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def next_question(self) -> None:
        current = self.currentIndex()
        self.go_to_row(current.row() + 1 if current.isValid() else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() == QAbstractItemView.EditingState:
            super().keyPressEvent(event)
            return
        index = self.currentIndex()
        model = self.model()
        key_text = event.text().lower()
        plain = not (event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
        if index.isValid() and plain:
            question: Question = index.data(QUESTION_ROLE)
            if (
                key_text in ANSWER_KEYS
                and question.answer_type == "yes_no_na"
                and index.column()
                in (
                    COL_ANSWER,
                    COL_QUESTION,
                    COL_GROUP,
                )
            ):
                row_id = question.id
                model.set_answer_value(index.row(), ANSWER_KEYS[key_text])
                self.go_to_row(model.row_of(row_id) + 1)
                return
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.next_question()
                return
            if event.key() == Qt.Key_Space:
                if index.column() == COL_OPPORTUNITY:
                    checked = index.data(Qt.CheckStateRole) == Qt.Checked
                    model.setData(index, Qt.Unchecked if checked else Qt.Checked, Qt.CheckStateRole)
                    return
                if index.flags() & Qt.ItemIsEditable:
                    self.edit(index)
                    return
            if (
                index.column() in (COL_QUESTION, COL_GROUP)
                and event.text().strip()
                and question.answer_type in ("number", "text")
            ):
                self.setCurrentIndex(model.index(index.row(), COL_ANSWER))
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(
            editor,
            QAbstractItemDelegate.NoHint
            if hint == QAbstractItemDelegate.SubmitModelCache
            else hint,
        )
        if (
            hint == QAbstractItemDelegate.SubmitModelCache
            and self.currentIndex().column() == COL_ANSWER
        ):
            question_id = self.currentIndex().data(QUESTION_ROLE).id
            if question_id not in self.model().errors:
                self.go_to_row(self.model().row_of(question_id) + 1)
