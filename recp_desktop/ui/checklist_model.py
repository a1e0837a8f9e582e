"""The Qt model of one area's checklist: one row per visible question, saved as edited.

Each edit becomes an :class:`AnswerCommand` on the workspace's undo stack; applying it writes one
transaction. If the disk refuses the write (read-only, full), the answer stays on screen as
*pending* and is retried until it is stored.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from recp_desktop.checklists import Question, Template, localized
from recp_desktop.checklists.answers import (
    EMPTY,
    AnswerError,
    AnswerState,
    check_value,
    parse_number_answer,
)
from recp_desktop.domain.numbers import format_number, read_number
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.domain.units import UnitError, same_dimension, split_quantity
from recp_desktop.storage.answers import load_answers, save_answer
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.ui import input_errors
from recp_desktop.ui.labels import answer_label

_Index = QModelIndex | QPersistentModelIndex

COL_GROUP, COL_QUESTION, COL_ANSWER, COL_UNIT, COL_OPPORTUNITY, COL_NOTE, COL_PHOTOS = range(7)
QUESTION_ROLE = Qt.UserRole + 1
RETRY_MS = 2000

FINDING = QColor("#fde7d9")
ERROR = QColor("#b00020")


UNDO_TEXT_CHARS = 48


class AnswerCommand(QUndoCommand):
    """One change to one answer, undoable."""

    def __init__(self, model: ChecklistModel, question_id: str, old: AnswerState, new: AnswerState):
        super().__init__()
        self.model, self.question_id, self.old, self.new = model, question_id, old, new
        text = localized(model.template.question(question_id).text, model.language)
        text = " ".join(text.split())
        if len(text) > UNDO_TEXT_CHARS:  # the Edit menu and the toolbar show it
            text = text[: UNDO_TEXT_CHARS - 1].rstrip() + "…"
        self.setText(
            QCoreApplication.translate("UndoCommands", "answer to “{question}”").format(
                question=text
            )
        )

    def redo(self) -> None:
        self.model.apply_state(self.question_id, self.new)

    def undo(self) -> None:
        self.model.apply_state(self.question_id, self.old)


def conflicted_questions(db: Database, assessment_id: str) -> set[str]:
    """The questions of an assessment whose answer has an open conflict (package or hub)."""
    from recp_desktop.exchange.conflicts import list_conflicts

    return {
        str((c.local or c.incoming).get("question_id"))
        for c in list_conflicts(db, assessment_id=assessment_id)
        if c.record_type == "answer"
    }


class ChecklistModel(QAbstractTableModel):
    sig_saved = Signal()
    """Emitted after an answer was written to the database."""
    sig_save_failed = Signal(str)
    """Emitted with the reason when an answer could not be written (it stays pending)."""
    sig_rejected = Signal(str, str)
    """Emitted with question id and message when input was refused (nothing stored)."""
    sig_read_as = Signal(str)
    """Emitted with "Read “1,500” as 1,5." when a number two languages read differently was read."""
    sig_progress_changed = Signal(int, int)
    """Emitted with answered and total visible questions after any change."""
    sig_rows_reset = Signal()
    """Emitted after skip logic changed which questions are shown."""

    COLUMNS = 7

    def __init__(
        self,
        db: Database,
        assessment_id: str,
        kind: str,
        template: Template,
        undo_stack: QUndoStack,
        language: str = "en",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.db, self.assessment_id, self.kind, self.template = db, assessment_id, kind, template
        self.undo_stack = undo_stack
        self.language = language
        self.answers: dict[str, AnswerState] = {
            qid: state
            for qid, state in load_answers(db, assessment_id).items()
            if template.has_question(qid)
        }
        self.pending: dict[str, AnswerState] = {}
        self.errors: dict[str, str] = {}
        self.photo_counts: dict[str, int] = {}
        self.conflicted = conflicted_questions(db, assessment_id)  # marked until settled
        self.visible: list[Question] = self._compute_visible()
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_pending)

    # --- state -------------------------------------------------------------------------------
    def state(self, question_id: str) -> AnswerState:
        return self.pending.get(question_id) or self.answers.get(question_id, EMPTY)

    def _values(self) -> dict[str, str | None]:
        ids = set(self.answers) | set(self.pending)
        return {qid: self.state(qid).value for qid in ids}

    def _compute_visible(self) -> list[Question]:
        return self.template.visible(self.kind, self._values())

    def progress(self) -> tuple[int, int]:
        answered = sum(1 for q in self.visible if self.state(q.id).answered)
        return answered, len(self.visible)

    def progress_by_area(self) -> dict[str, tuple[int, int]]:
        """``{area: (answered, total)}`` of the visible questions, areas in template order (a
        park checklist's categories, a sector checklist's areas)."""
        result = {q.area: (0, 0) for q in self.template.questions_for(self.kind)}
        for q in self.visible:
            answered, total = result.get(q.area, (0, 0))
            result[q.area] = (answered + bool(self.state(q.id).answered), total + 1)
        return result

    def question_at(self, row: int) -> Question:
        return self.visible[row]

    def row_of(self, question_id: str) -> int:
        for row, question in enumerate(self.visible):
            if question.id == question_id:
                return row
        return -1

    # --- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Vertical:
            if role == Qt.DisplayRole:
                return str(section + 1)
            return None
        if role != Qt.DisplayRole:
            return None
        return (
            self.tr("Group"),
            self.tr("Question"),
            self.tr("Answer"),
            self.tr("Unit"),
            self.tr("Opportunity"),
            self.tr("Note"),
            self.tr("Photos"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        question = self.visible[index.row()]
        column = index.column()
        if column in (COL_ANSWER, COL_NOTE):
            return base | Qt.ItemIsEditable
        if column == COL_UNIT and question.answer_type == "number":
            return base | Qt.ItemIsEditable
        if column == COL_OPPORTUNITY:
            return base | Qt.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        question = self.visible[index.row()]
        state = self.state(question.id)
        column = index.column()
        if role == QUESTION_ROLE:
            return question
        if role == Qt.DisplayRole:
            return self._display(index.row(), question, state, column)
        if role == Qt.EditRole:
            return self._edit_value(question, state, column)
        if role == Qt.CheckStateRole and column == COL_OPPORTUNITY:
            return Qt.Checked if state.opportunity else Qt.Unchecked
        if role == Qt.DecorationRole and column == COL_QUESTION and question.id in self.conflicted:
            from recp_desktop.ui.icons import icon

            return icon("arrows-diff")
        if role == Qt.ToolTipRole:
            if column == COL_QUESTION and question.id in self.conflicted:
                return self.tr(
                    "Edited here and elsewhere apart: File > Conflicts… to choose the outcome."
                )
            if column == COL_ANSWER and question.id in self.errors:
                return self.errors[question.id]
            if column == COL_QUESTION:
                return question.wording(self.language, self.kind)
            if question.id in self.pending:
                return self.tr("Not saved yet: the disk refused the write; retrying.")
        if role == Qt.ForegroundRole and column == COL_ANSWER and question.id in self.errors:
            return QBrush(ERROR)
        if role == Qt.FontRole and (
            (column == COL_GROUP) or (column == COL_ANSWER and question.id in self.pending)
        ):
            font = QFont()
            font.setBold(column == COL_GROUP)
            font.setItalic(column == COL_ANSWER)
            return font
        if role == Qt.BackgroundRole and self._is_finding(question, state):
            return QBrush(FINDING)
        return None

    def _is_finding(self, question: Question, state: AnswerState) -> bool:
        if question.good and state.value in ("yes", "no") and state.value != question.good:
            return True
        return state.opportunity

    def _display(self, row: int, question: Question, state: AnswerState, column: int):
        if column == COL_GROUP:
            previous = self.visible[row - 1] if row else None
            if previous is None or previous.group != question.group:
                return localized(question.group, self.language)
            return ""
        if column == COL_QUESTION:
            return question.wording(self.language, self.kind)
        if column == COL_ANSWER:
            if question.id in self.errors:
                return "⚠ " + self.errors[question.id]
            return self._answer_text(question, state)
        if column == COL_UNIT:
            if question.answer_type != "number":
                return ""
            return unit_label(state.unit or question.unit or "", self.language)
        if column == COL_NOTE:
            return state.note
        if column == COL_PHOTOS:
            count = self.photo_counts.get(question.id, 0)
            return str(count) if count else ""
        return None

    def _answer_text(self, question: Question, state: AnswerState) -> str:
        if question.answer_type == "yes_no_na":
            return answer_label(state.value) if state.value else ""
        if question.answer_type in ("choice", "multi"):
            return question.option_label(state.value, self.language) if state.value else ""
        if question.answer_type == "number":
            if state.number is None:
                return ""
            return format_number(state.number, self.language)
        return state.value or ""

    def _edit_value(self, question: Question, state: AnswerState, column: int):
        if column == COL_ANSWER:
            if question.answer_type == "number":
                return "" if state.number is None else format_number(state.number, self.language)
            return state.value or ""
        if column == COL_UNIT:
            return state.unit or question.unit or ""
        if column == COL_NOTE:
            return state.note
        return None

    def setData(self, index: _Index, value, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        question = self.visible[index.row()]
        old = self.state(question.id)
        column = index.column()
        try:
            if column == COL_ANSWER and role == Qt.EditRole:
                new = self._parse_answer(question, old, value)
            elif column == COL_UNIT and role == Qt.EditRole:
                new = self._parse_unit(question, old, str(value))
            elif column == COL_NOTE and role == Qt.EditRole:
                new = old.with_changes(note=str(value or "").strip())
            elif column == COL_OPPORTUNITY and role == Qt.CheckStateRole:
                checked = value in (Qt.Checked, Qt.CheckState.Checked, 2, True)
                new = old.with_changes(opportunity=checked)
            else:
                return False
        except AnswerError as exc:
            message = self.explain(exc)
            self.errors[question.id] = message
            self._row_changed(question.id)
            self.sig_rejected.emit(question.id, message)
            return False
        return self.submit_state(question.id, new)

    def explain(self, error: AnswerError) -> str:
        """The refusal in the interface language (the core's text is English)."""
        details = error.details
        unit = unit_label(str(details.get("unit") or ""), self.language)
        if error.reason == "not_a_number":
            return self.tr(
                "Not a number: type e.g. 12.5 or 12.5 {unit}. Nothing was saved."
            ).format(unit=unit)
        if error.reason == "unknown_unit":
            return self.tr("Unknown unit {unit}. Nothing was saved.").format(unit=unit)
        if error.reason == "wrong_unit":
            return self.tr(
                "{unit} does not measure the same thing as {expected}. Nothing was saved."
            ).format(
                unit=unit, expected=unit_label(str(details.get("expected", "")), self.language)
            )
        if error.reason == "ambiguous_percent":  # the domain's one percent rule, in its words
            from recp_desktop.domain.messages import render
            from recp_desktop.ui.i18n import current_language

            return render(details.get("question") or str(error), current_language())
        if error.reason in ("too_small", "too_large"):
            limit = format_number(float(details.get("limit", 0)), self.language)
            text = (
                self.tr("The value must be at least {limit} {unit}. Nothing was saved.")
                if error.reason == "too_small"
                else self.tr("The value must be at most {limit} {unit}. Nothing was saved.")
            )
            return text.format(limit=limit, unit=unit)
        if error.reason == "not_finite":
            return input_errors.explain(
                UnitError(str(error), "not_finite", text=details.get("text", "")),
                "",
                "",
                self.language,
            )
        return self.tr("This answer does not fit the question. Nothing was saved.")

    def submit_state(self, question_id: str, new: AnswerState) -> bool:
        """Record a change through the undo stack (no-op if nothing changed)."""
        self.errors.pop(question_id, None)
        old = self.state(question_id)
        if new == old:
            self._row_changed(question_id)
            return True
        self.undo_stack.push(AnswerCommand(self, question_id, old, new))
        return True

    def set_answer_value(self, row: int, value: str | None) -> None:
        """Answer a yes/no/na question (keyboard shortcut path)."""
        question = self.visible[row]
        self.submit_state(question.id, self.state(question.id).with_changes(value=value))

    def _parse_answer(self, question: Question, old: AnswerState, value) -> AnswerState:
        text = "" if value is None else str(value).strip()
        if question.answer_type == "number":
            if not text:
                return old.with_changes(number=None, unit="")
            number, unit = parse_number_answer(
                question, text, old.unit or question.unit, self.language
            )
            self._echo(text)
            return old.with_changes(number=number, unit=unit)
        if question.answer_type in ("yes_no_na", "choice", "multi"):
            return old.with_changes(value=check_value(question, text or None))
        return old.with_changes(value=text or None)

    def _echo(self, text: str) -> None:
        """Say how a number that another language reads differently (``1,500``) was read."""
        try:
            reading = read_number(split_quantity(text)[0], self.language)
        except ValueError:
            return
        if reading.ambiguous:
            self.sig_read_as.emit(input_errors.read_as(text, reading.echo))

    def _parse_unit(self, question: Question, old: AnswerState, unit: str) -> AnswerState:
        unit = unit.strip()
        try:
            ok = same_dimension(unit, question.unit or "")
        except UnitError as exc:
            raise AnswerError(str(exc), "unknown_unit", unit=unit) from exc
        if not ok:
            raise AnswerError("wrong unit", "wrong_unit", unit=unit, expected=question.unit)
        return old.with_changes(unit=unit)

    # --- persistence ---------------------------------------------------------------------------
    def apply_state(self, question_id: str, state: AnswerState) -> None:
        """Write ``state`` now; keep it pending (on screen) if the disk refuses."""
        try:
            saved = save_answer(self.db, self.assessment_id, self.template, question_id, state)
        except StorageError as exc:
            self.pending[question_id] = state
            self._retry.start()
            self.sig_save_failed.emit(str(exc))
        except AnswerError as exc:
            self.errors[question_id] = self.explain(exc)
            self.sig_rejected.emit(question_id, self.errors[question_id])
        else:
            self.answers[question_id] = saved
            self.pending.pop(question_id, None)
            self.sig_saved.emit()
        self._after_change(question_id)

    def retry_pending(self) -> None:
        for question_id, state in list(self.pending.items()):
            try:
                saved = save_answer(self.db, self.assessment_id, self.template, question_id, state)
            except StorageError as exc:
                self.sig_save_failed.emit(str(exc))
                return
            self.answers[question_id] = saved
            del self.pending[question_id]
            self._row_changed(question_id)
            self.sig_saved.emit()
        self._retry.stop()

    def _after_change(self, question_id: str) -> None:
        visible = self._compute_visible()
        if [q.id for q in visible] != [q.id for q in self.visible]:
            self.beginResetModel()
            self.visible = visible
            self.endResetModel()
            self.sig_rows_reset.emit()
        else:
            self._row_changed(question_id)
        self.sig_progress_changed.emit(*self.progress())

    def _row_changed(self, question_id: str) -> None:
        row = self.row_of(question_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def set_photo_counts(self, counts: dict[str, int]) -> None:
        self.photo_counts = counts
        if self.visible:
            top, bottom = self.index(0, COL_PHOTOS), self.index(len(self.visible) - 1, COL_PHOTOS)
            self.dataChanged.emit(top, bottom)

    def set_language(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.COLUMNS - 1)
        if self.visible:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.visible) - 1, self.COLUMNS - 1)
            )
