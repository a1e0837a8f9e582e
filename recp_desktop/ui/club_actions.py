"""View > Open as a full assessment: an expert sees a club self-audit as a full assessment.

The assessment's kind stays "club" (it is still the participant's self-audit, and the club
counts it); only the view changes, for this window, until toggled back. Everything the
participant entered is there in the full view (the bills' year totals as baseline lines, the
answers, the quick wins as options), and what the expert adds stays when the club view returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from recp_desktop.ui.main_window import MainWindow
    from recp_desktop.ui.workspace import Workspace


class ExpertView(QObject):
    """The checkable action, and which club assessments are shown as full ones."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.full: set[str] = set()  # assessment ids of club self-audits opened as full
        self.action = QAction(window, checkable=True, enabled=False)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.action.setObjectName("actExpertView")
        self.action.toggled.connect(self._toggled)
        window.view_menu.addAction(self.action)
        self.retranslate()

    def view_for(self, assessment_id: str) -> str:
        """The view to open an assessment in: "full" if toggled, else its own kind ("")."""
        return "full" if assessment_id in self.full else ""

    def workspace_opened(self, workspace: Workspace) -> None:
        club = workspace.assessment.kind == "club"
        self.action.setEnabled(club)
        self.action.blockSignals(True)
        self.action.setChecked(club and workspace.view == "full")
        self.action.blockSignals(False)

    def _toggled(self, checked: bool) -> None:
        workspace = self.window.workspace
        if workspace is None or workspace.assessment.kind != "club":
            return
        assessment_id = workspace.assessment.id
        if checked:
            self.full.add(assessment_id)
        else:
            self.full.discard(assessment_id)
        page = workspace.stack.currentIndex()
        self.window.open_assessment(assessment_id).show_page(page)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Open as a &full assessment"))
        self.action.setToolTip(
            self.tr("Show this self-audit as a full RECP assessment (for the expert); toggle back")
        )
