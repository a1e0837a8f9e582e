"""The self-audit's start page: the path (company → bills → walkthrough → quick wins), what is
done and what is next.

It stands where a full assessment shows its overview, with the same signals and slots (the
workspace feeds it the checklists' progress and asks it to refresh after each save), and no
indicators table: those are the expert's, in the full view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.checklists import AREAS
from recp_desktop.domain.club import STEPS, StepState, homework_state, next_step, profile_state
from recp_desktop.domain.numbers import format_number
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, Enterprise
from recp_desktop.ui.club_labels import step_help, step_label
from recp_desktop.ui.i18n import current_language


class ClubPathPage(QWidget):
    sig_step_requested = Signal(str)
    """Emitted with a step (``homework``, ``walkthrough``, ``quick_wins``) to go to."""
    sig_edit_company_requested = Signal()
    """Emitted when the user asks to edit the company's details (the profile step)."""
    sig_edit_assessment_requested = Signal()
    """Emitted when the user asks to edit the assessment's details."""

    def __init__(self, assessment: Assessment, enterprise: Enterprise, parent=None) -> None:
        super().__init__(parent)
        self.assessment, self.enterprise = assessment, enterprise
        self.progress: dict[str, tuple[int, int]] = {area: (0, 0) for area in AREAS}
        self.states: dict[str, StepState] = {}
        self.money = 0.0
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        grid = QGridLayout()
        self.marks: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, step in enumerate(STEPS):
            mark, text, button = QLabel(), QLabel(), QPushButton()
            mark.setObjectName(f"mark_{step}")
            mark.setStyleSheet("font-size: 16pt;")
            text.setWordWrap(True)
            button.setObjectName(f"go_{step}")
            button.clicked.connect(lambda _c=False, s=step: self.go(s))
            grid.addWidget(mark, row, 0, Qt.AlignTop)
            grid.addWidget(text, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignTop)
            self.marks[step], self.texts[step], self.buttons[step] = mark, text, button
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(14)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet("font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        self.retranslate()

    def go(self, step: str) -> None:
        if step == "profile":
            self.sig_edit_company_requested.emit()
        else:
            self.sig_step_requested.emit(step)

    # --- the workspace's overview interface ------------------------------------------------
    def set_progress(self, area: str, answered: int, total: int) -> None:
        self.progress[area] = (answered, total)
        self._render()

    def show_figures(self, db: Database, assessment_id: str) -> None:
        """Recompute what is done from what is stored."""
        from recp_desktop.storage.baseline import load_baseline
        from recp_desktop.storage.bills import resources_in_use
        from recp_desktop.storage.options import list_options, option_totals

        lines = load_baseline(db, assessment_id)
        used = sorted(resources_in_use(db, assessment_id))
        options = list_options(db, assessment_id)
        totals = option_totals(options, self.assessment.currency)
        self.money = totals.money
        e = self.enterprise
        self.states = {
            "profile": profile_state(e.city, e.products, e.employees),
            "homework": homework_state(used, {k: v.quantity for k, v in lines.items()}),
            "quick_wins": StepState("quick_wins", totals.count > 0, totals.count, totals.count),
        }
        self._render()

    def _walkthrough(self) -> StepState:
        answered = sum(a for a, _t in self.progress.values())
        total = sum(t for _a, t in self.progress.values())
        return StepState("walkthrough", total > 0 and answered == total, answered, total)

    def step_states(self) -> list[StepState]:
        """The four steps in order, each done or not."""
        states = {**self.states, "walkthrough": self._walkthrough()}
        return [states.get(step, StepState(step, False, 0, 0)) for step in STEPS]

    def _render(self) -> None:
        states = self.step_states()
        upcoming = next_step(states)
        for number, state in enumerate(states, 1):
            step = state.step
            if state.done:
                mark, colour = "✓", "#1a7f37"
            elif step == upcoming:
                mark, colour = "→", "#1f6feb"
            else:
                mark, colour = "○", "#888"
            self.marks[step].setText(f"<span style='color:{colour}'>{mark}</span>")
            name, status = html.escape(step_label(step)), html.escape(self._status(state))
            self.texts[step].setText(
                f"<b>{number}. {name}</b> — {status}<br>"
                f"<span style='color:#555'>{html.escape(step_help(step))}</span>"
            )
            self.buttons[step].setDefault(step == upcoming)
        if upcoming is None:
            self.next_label.setText(
                self.tr("All four steps are done. Export the package (Ctrl+E) for the club.")
            )
        else:
            self.next_label.setText(
                self.tr("Next: {step}. Press Enter to go there.").format(step=step_label(upcoming))
            )

    def _status(self, state: StepState) -> str:
        if state.step == "profile":
            return self.tr("done") if state.done else self.tr("to complete")
        if state.step == "homework":
            if not state.total:
                return self.tr("nothing ticked yet")
            return self.tr("{filled} of {total} resources have figures").format(
                filled=state.done_count, total=state.total
            )
        if state.step == "walkthrough":
            return self.tr("{answered} of {total} questions answered").format(
                answered=state.done_count, total=state.total
            )
        if not state.done:
            return self.tr("none saved yet")
        return self.tr("%n saved, worth {money} {currency} a year", "", state.done_count).format(
            money=format_number(self.money, current_language(), 0),
            currency=self.assessment.currency,
        )

    def focus_next(self) -> None:
        """Give the keyboard to the next step's button (Enter then goes there)."""
        upcoming = next_step(self.step_states())
        if upcoming is not None:
            self.buttons[upcoming].setFocus(Qt.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_next)  # once the page switch has settled

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("{company}: self-audit").format(company=self.enterprise.name))
        self.intro.setText(
            self.tr("Four steps, one after the other. Each shows ✓ when done; → marks the next.")
        )
        labels = {
            "profile": self.tr("Edit the company…"),
            "homework": self.tr("Go to the bills"),
            "walkthrough": self.tr("Go to the checklists"),
            "quick_wins": self.tr("Go to my quick wins"),
        }
        for step, button in self.buttons.items():
            button.setText(labels[step])
        self._render()
