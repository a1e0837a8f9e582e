"""The workspace of a club self-audit, in plain words: the page list names the path's steps,
the options register is "my quick wins" without the expert's columns, and the waste-streams
register (EWC codes) stays in the full view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from recp_desktop.ui.options_page import (
    COL_AREA,
    COL_MATERIALS,
    COL_STATUS,
    COL_TECHNIQUE,
    OptionsPage,
)

if TYPE_CHECKING:
    from recp_desktop.ui.workspace import Workspace

EXPERT_COLUMNS = (COL_AREA, COL_TECHNIQUE, COL_STATUS, COL_MATERIALS)
"""Columns of the options register a club participant does not see (the full view does)."""


class QuickWinsPage(OptionsPage):
    """The options register as "my quick wins": what to fix, its cost, what it saves."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for column in EXPERT_COLUMNS:
            self.view.setColumnHidden(column, True)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("My quick wins"))
        self.add_button.setText(self.tr("New quick win"))
        self.hint.setText(
            self.tr(
                "Quick wins come from the calculators: on a checklist question, Ctrl+K. "
                "Double-click a cell to change it; Ctrl+Z undoes."
            )
        )


def plain_workspace(workspace: Workspace) -> None:
    """Hide what the club view leaves to the full one."""
    from recp_desktop.ui.workspace import PAGE_WASTE

    workspace.nav.setRowHidden(PAGE_WASTE, True)
    workspace.overview.sig_step_requested.connect(lambda step: go_to_step(workspace, step))
    workspace.stack.currentChanged.connect(lambda _i: focus_page(workspace))


def focus_page(workspace: Workspace) -> None:
    """Give the keyboard to the shown page's main widget (Ctrl+1…7 go straight to work)."""
    page = workspace.stack.currentWidget()
    target = getattr(page, "view", None) or getattr(page, "resources", None)
    if target is not None:
        target.setFocus(Qt.ShortcutFocusReason)


def go_to_step(workspace: Workspace, step: str) -> None:
    """Show a step's page: the bills, the first checklist with questions left, the quick wins."""
    from recp_desktop.checklists import AREAS
    from recp_desktop.ui.workspace import PAGE_BASELINE, PAGE_OPTIONS

    if step == "homework":
        workspace.show_page(PAGE_BASELINE)
        workspace.baseline.resources.setFocus()
    elif step == "walkthrough":
        left = [a for a in AREAS if _left(workspace, a)]
        workspace.show_area(left[0] if left else AREAS[0])
    elif step == "quick_wins":
        workspace.show_page(PAGE_OPTIONS)
        workspace.options.view.setFocus()


def _left(workspace: Workspace, area: str) -> bool:
    answered, total = workspace.pages[area].model.progress()
    return answered < total


def plain_nav_texts(workspace: Workspace) -> None:
    """The page list in the path's words."""
    from recp_desktop.ui.workspace import PAGE_BASELINE, PAGE_OPTIONS, PAGE_OVERVIEW

    workspace.nav.item(PAGE_OVERVIEW).setText(
        QCoreApplication.translate("Club", "Start: the steps")
    )
    workspace.nav.item(PAGE_BASELINE).setText(QCoreApplication.translate("Club", "Your bills"))
    workspace.nav.item(PAGE_OPTIONS).setText(QCoreApplication.translate("Club", "My quick wins"))
