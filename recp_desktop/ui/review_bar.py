"""The review bar at the top of an assessment (issue 14 §1), and the guard that asks before a
submitted or approved assessment is edited.

The bar shows the review state; a returned assessment shows the supervisor's comment as a
banner where the expert works; the buttons take the steps the state allows
(:data:`recp_desktop.domain.review.STEPS`: submit, withdraw a submission, reopen an approved
assessment, approve, return with a comment), each reachable with Tab and an Alt+letter. The
rules and the history are ``storage.review``'s; the name recorded is the user name exported
packages carry.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain import review as rules
from recp_desktop.domain.fields import parse_timestamp
from recp_desktop.storage import review
from recp_desktop.storage.database import Database, StorageError

BANNER_STYLE = (
    "QFrame#reviewBanner { background: #fff4ce; border: 1px solid #e0b400; border-radius: 4px; }"
)


def reviewer_name(db: Database) -> str:
    """Who takes a review step here: the user name exported packages carry, else the device."""
    from recp_desktop.exchange.writer import default_author

    return default_author() or db.device_name


class ReviewBar(QWidget):
    """The review state of one assessment and the steps it allows."""

    sig_changed = Signal(str)
    """Emitted with the new state after a step was taken here."""
    sig_message = Signal(str)

    def __init__(self, db: Database, assessment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        self.status = review.status(db, assessment_id)
        self.state_label = QLabel()
        self.state_label.setObjectName("reviewState")
        self.state_label.setStyleSheet("font-weight: 600;")
        self.btn_submit = QPushButton()
        self.btn_withdraw = QPushButton()
        self.btn_reopen = QPushButton()
        self.btn_approve = QPushButton()
        self.btn_return = QPushButton()
        self.btn_history = QPushButton()
        self.btn_submit.clicked.connect(lambda: self.take("submitted"))
        self.btn_withdraw.clicked.connect(lambda: self.take("draft"))
        self.btn_reopen.clicked.connect(self.reopen)
        self.btn_approve.clicked.connect(lambda: self.take("approved"))
        self.btn_return.clicked.connect(self.send_back)
        self.btn_history.clicked.connect(self.show_history)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state_label)
        row.addStretch(1)
        for button in self._buttons():
            button.setAutoDefault(False)
            row.addWidget(button)
        self.banner = QFrame()
        self.banner.setObjectName("reviewBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        self.retranslate()

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.btn_submit,
            self.btn_withdraw,
            self.btn_reopen,
            self.btn_approve,
            self.btn_return,
            self.btn_history,
        )

    def state_text(self, state: str) -> str:
        return {
            "draft": self.tr("Draft"),
            "submitted": self.tr("Submitted for review"),
            "approved": self.tr("Approved"),
            "returned": self.tr("Returned to the expert"),
        }[state]

    def _when(self, at: str) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(parse_timestamp(at).timestamp())).toLocalTime()
        return QLocale().toString(moment, QLocale.ShortFormat)

    def retranslate(self) -> None:
        self.btn_submit.setText(self.tr("&Submit for review"))
        self.btn_withdraw.setText(self.tr("&Withdraw submission"))
        self.btn_reopen.setText(self.tr("Re&open for editing…"))
        self.btn_approve.setText(self.tr("Appro&ve"))
        self.btn_return.setText(self.tr("Re&turn…"))
        self.btn_history.setText(self.tr("Review &history…"))
        self.refresh()

    def refresh(self) -> None:
        """Show the state as stored (after a step, an import or a reload)."""
        self.status = review.status(self.db, self.assessment_id)
        state = self.status.state
        self.state_label.setText(self.tr("Review: %1").replace("%1", self.state_text(state)))
        # Each button is a step the rules allow from this state. Back to draft is "withdraw the
        # submission" while submitted; an approved assessment has no submission to withdraw, it
        # is reopened (which withdraws the approval, and says so before).
        allowed = {to for (start, to) in rules.STEPS if start == state}
        self.btn_submit.setVisible("submitted" in allowed)
        self.btn_withdraw.setVisible("draft" in allowed and state == "submitted")
        self.btn_reopen.setVisible("draft" in allowed and state == "approved")
        self.btn_approve.setVisible("approved" in allowed)
        self.btn_return.setVisible("returned" in allowed)
        self.btn_history.setEnabled(bool(self.status.history))
        lines = []
        event = self.status.event
        if state == "returned" and event is not None:
            lines.append(
                self.tr("Returned by %1 on %2:")
                .replace("%1", event.by or "?")
                .replace("%2", self._when(event.at))
            )
            lines.append(event.comment)
        if self.status.concurrent:
            lines.append(
                self.tr(
                    "Review steps were taken on two devices without seeing each other; this "
                    "state stands until the next step."
                )
            )
        self.banner_text.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))

    def take(self, to: str, comment: str = "") -> bool:
        """Take a review step now; False (with the reason shown) if it was refused."""
        reopened = to == "draft" and self.status.state == "approved"
        try:
            review.take_step(
                self.db, self.assessment_id, to, by=reviewer_name(self.db), comment=comment
            )
        except (rules.ReviewError, StorageError, LookupError) as exc:
            QMessageBox.warning(self, self.tr("Review"), str(exc))
            self.refresh()
            return False
        self.refresh()
        self.sig_message.emit(
            self.tr(
                "Approval withdrawn: the assessment is a draft again, to be submitted and "
                "reviewed again."
            )
            if reopened
            else {
                "submitted": self.tr("Submitted for review."),
                "draft": self.tr("Submission withdrawn: the assessment is a draft again."),
                "approved": self.tr("Approved."),
                "returned": self.tr("Returned to the expert."),
            }[to]
        )
        self.sig_changed.emit(to)
        return True

    def reopen(self) -> bool:
        """Ask, then take an approved assessment back to draft (its approval is withdrawn)."""
        title, text, _ = self.edit_question()
        box = QMessageBox(
            QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.No, self.window()
        )
        box.setDefaultButton(QMessageBox.No)
        return box.exec() == QMessageBox.Yes and self.take("draft")

    def edit_question(self) -> tuple[str, str, str]:
        """What to ask before a submitted or approved assessment goes back to draft: the title,
        the question, and what the status bar says when the answer is No. Here (not in
        :class:`ReviewGuard`) so that the translations' context is this class's."""
        if self.status.state == "approved":
            return (
                self.tr("Reopen the approved assessment?"),
                self.tr(
                    "This assessment is approved. Editing it withdraws the approval: it goes "
                    "back to draft, to be submitted and reviewed again. Withdraw and edit?"
                ),
                self.tr("Not edited: reopen the approved assessment to edit it."),
            )
        return (
            self.tr("Withdraw the submission?"),
            self.tr(
                "This assessment is submitted for review. Editing it withdraws the submission: "
                "it goes back to draft, to be submitted again when done. Withdraw and edit?"
            ),
            self.tr("Not edited: withdraw the submission to edit this assessment."),
        )

    def send_back(self) -> bool:
        """Ask for the comment and return the assessment to the expert."""
        comment, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return the assessment"), self.tr("What should the expert change?")
        )
        if not ok:
            return False
        if not comment.strip():
            QMessageBox.warning(
                self, self.tr("Review"), self.tr("Write what the expert should change.")
            )
            return False
        return self.take("returned", comment)

    def show_history(self) -> None:
        lines = []
        for e in self.status.history:
            line = f"{self._when(e.at)}  {self.state_text(e.state)}  {e.by}"
            lines.append(line + (f"\n    {e.comment}" if e.comment else ""))
        box = QMessageBox(QMessageBox.Information, self.tr("Review history"), "\n".join(lines))
        box.setParent(self, box.windowFlags())
        box.exec()


NAVIGATION_KEYS = {
    Qt.Key_Up,
    Qt.Key_Down,
    Qt.Key_Left,
    Qt.Key_Right,
    Qt.Key_PageUp,
    Qt.Key_PageDown,
    Qt.Key_Home,
    Qt.Key_End,
    Qt.Key_Tab,
    Qt.Key_Backtab,
    Qt.Key_Escape,
    Qt.Key_Shift,
    Qt.Key_Control,
    Qt.Key_Alt,
    Qt.Key_Meta,
    Qt.Key_AltGr,
    Qt.Key_CapsLock,
}
READING_SHORTCUTS = {Qt.Key_C, Qt.Key_A, Qt.Key_F, *(getattr(Qt, f"Key_{n}") for n in range(10))}
"""Ctrl+C (copy), Ctrl+A, Ctrl+F, Ctrl+digit (pages): they change nothing."""
EDITORS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit)


class ReviewGuard(QObject):
    """Asks before an edit of a submitted or approved assessment: withdraw, then edit.

    Watches the key presses and clicks that would edit anything inside ``pages`` (every page but
    the overview): typing, Delete, F2, a double click, a click on a button, a field, a box or
    a check box of a table. Navigation (arrows, Tab, page keys, Ctrl+C, Ctrl+digit) and plain
    clicks that only select pass. Answering "withdraw" takes the step and lets the edit through;
    otherwise the edit is dropped and the status bar says why.
    """

    def __init__(self, bar: ReviewBar, pages: list[QWidget]) -> None:
        super().__init__(bar)
        self.bar = bar
        self.pages = pages
        self.asking = False
        QApplication.instance().installEventFilter(self)
        bar.destroyed.connect(self._stop)

    def _stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _inside(self, widget: QObject) -> bool:
        while widget is not None:
            if widget in self.pages:
                return True
            widget = widget.parent()
        return False

    def _edits(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key in NAVIGATION_KEYS:
                return False
            return not (mods & Qt.ControlModifier and key in READING_SHORTCUTS)
        if kind == QEvent.MouseButtonDblClick:
            return True
        if kind == QEvent.MouseButtonPress:
            if isinstance(watched, EDITORS):
                return True
            view = watched.parent() if isinstance(watched, QWidget) else None
            if isinstance(view, QAbstractItemView) and watched is view.viewport():
                index = view.indexAt(event.position().toPoint())
                if index.isValid() and index.flags() & Qt.ItemIsUserCheckable:
                    return True
                selected = view.selectionModel() and view.selectionModel().isSelected(index)
                return bool(index.isValid() and index.flags() & Qt.ItemIsEditable and selected)
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.asking or event.type() not in (
            QEvent.KeyPress,
            QEvent.MouseButtonPress,
            QEvent.MouseButtonDblClick,
        ):
            return False
        if self.bar.status.state not in rules.LOCKED or not self.bar.isVisible():
            return False
        if not isinstance(watched, QWidget) or not self._inside(watched):
            return False
        if not self._edits(watched, event):
            return False
        return not self.ask()

    def ask(self) -> bool:
        """Ask to withdraw; True if the assessment may now be edited."""
        self.asking = True
        try:
            title, text, not_edited = self.bar.edit_question()
            box = QMessageBox(
                QMessageBox.Question,
                title,
                text,
                QMessageBox.Yes | QMessageBox.No,
                self.bar.window(),
            )
            box.setDefaultButton(QMessageBox.No)
            if box.exec() == QMessageBox.Yes:
                return self.bar.take("draft")
            self.bar.sig_message.emit(not_edited)
            return False
        finally:
            self.asking = False
