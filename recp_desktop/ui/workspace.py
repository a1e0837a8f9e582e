"""The assessment workspace: overview, baseline, the four area checklists, options and any
further checklists (sector or a centre's own) the assessment uses, after the options."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.checklists import AREAS, Template, builtin_templates, localized
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import get_assessment
from recp_desktop.storage.templates import assessment_templates
from recp_desktop.ui.baseline_page import BaselinePage
from recp_desktop.ui.checklist_page import ChecklistPage
from recp_desktop.ui.club_baseline import ClubBaselinePage
from recp_desktop.ui.club_path import ClubPathPage
from recp_desktop.ui.club_view import QuickWinsPage, plain_nav_texts, plain_workspace
from recp_desktop.ui.icons import AREA_ICONS, icon
from recp_desktop.ui.labels import area_label
from recp_desktop.ui.options_page import OptionsPage
from recp_desktop.ui.overview_page import OverviewPage
from recp_desktop.ui.review_bar import ReviewBar, ReviewGuard
from recp_desktop.ui.waste_page import WastePage

PAGE_OVERVIEW, PAGE_BASELINE = 0, 1
PAGE_OPTIONS = 2 + len(AREAS)
PAGE_WASTE = PAGE_OPTIONS + 1
NAV_TITLE = 18  # characters of an added checklist's title shown in the page list
EXTRA_ICON = "building-factory-2"  # sector and other added checklists, after the options


class Workspace(QWidget):
    sig_message = Signal(str)
    """Emitted with a message for the status bar."""
    sig_saved = Signal()
    """Emitted whenever something was written to the database."""
    sig_save_failed = Signal(str)
    """Emitted with the reason when a write failed (the input is kept and retried)."""

    def __init__(
        self, db: Database, assessment_id: str, language: str, parent=None, *, view: str = ""
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment, self.enterprise = get_assessment(db, assessment_id)
        # A club self-audit shows the guided path (ui/club_*.py) unless opened as a full one.
        self.view = view or self.assessment.kind
        self.undo_stack = QUndoStack(self)
        self.nav = QListWidget()
        self.nav.setFixedWidth(170)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.nav.setObjectName("workspaceNav")
        self.stack = QStackedWidget()
        club = self.view == "club"
        self.overview = (ClubPathPage if club else OverviewPage)(self.assessment, self.enterprise)
        self.baseline = (
            ClubBaselinePage(
                db, assessment_id, self.assessment.currency, language, undo_stack=self.undo_stack
            )
            if club
            else BaselinePage(
                db, assessment_id, self.assessment.currency, language, undo_stack=self.undo_stack
            )
        )
        self.baseline.model.sig_message.connect(self.sig_message)
        self.baseline.model.sig_saved.connect(self.sig_saved)
        self.pages: dict[str, ChecklistPage] = {}
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.baseline)
        self.language = language
        chosen = {t.id: t for t in assessment_templates(db, assessment_id)}
        self.extra_pages: dict[str, ChecklistPage] = {}
        for area, default in builtin_templates().items():
            page = self._checklist_page(chosen.pop(area, default))
            page.model.sig_progress_changed.connect(
                lambda answered, total, a=area: self._area_progress(a, answered, total)
            )
            self.pages[area] = page
            self.stack.addWidget(page)
        self.options = (QuickWinsPage if club else OptionsPage)(
            db, assessment_id, self.assessment.currency, self.undo_stack
        )
        self.options.sig_message.connect(self.sig_message)
        self.options.model.sig_changed.connect(self.sig_saved)
        self.options.model.sig_changed.connect(self.refresh_figures)
        self.stack.addWidget(self.options)
        self.waste = WastePage(
            db, assessment_id, self.assessment.currency, self.undo_stack, language
        )
        self.waste.sig_message.connect(self.sig_message)
        self.waste.model.sig_changed.connect(self.sig_saved)
        self.stack.addWidget(self.waste)
        for template in chosen.values():
            self._add_extra(template)
        for page in self.pages.values():
            page.sig_option_added.connect(self._option_added)
        for page in self.extra_pages.values():
            page.sig_option_added.connect(self._option_added)
        self.baseline.model.sig_saved.connect(self.refresh_figures)
        for name in (
            "layout-dashboard",
            "chart-bar",
            *(AREA_ICONS[a] for a in AREAS),
            "bulb",
            "recycle",
        ):
            self.nav.addItem(QListWidgetItem(icon(name), ""))
        for _template_id in self.extra_pages:
            self.nav.addItem(QListWidgetItem(icon(EXTRA_ICON), ""))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        # The review state and steps on top; edits of a submitted assessment ask first.
        self.review_bar = ReviewBar(db, assessment_id)
        self.review_bar.sig_message.connect(self.sig_message)
        self.review_bar.sig_changed.connect(lambda _state: self.sig_saved.emit())
        self.review_guard = ReviewGuard(self.review_bar, [self.stack])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.review_bar)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        for number in range(1, 9):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.show_page(n - 1))
        self.retranslate()
        for area, page in self.pages.items():
            self._area_progress(area, *page.model.progress())
        self.refresh_figures()
        if club:
            plain_workspace(self)
        self.nav.setCurrentRow(PAGE_OVERVIEW)

    def _checklist_page(self, template: Template) -> ChecklistPage:
        page = ChecklistPage(
            self.db,
            self.assessment.id,
            self.view,
            template,
            self.undo_stack,
            self.language,
        )
        page.sig_message.connect(self.sig_message)
        page.model.sig_saved.connect(self.sig_saved)
        page.sig_saved.connect(self.sig_saved)  # photos
        page.model.sig_save_failed.connect(self.sig_save_failed)
        return page

    def _add_extra(self, template: Template) -> ChecklistPage:
        page = self._checklist_page(template)
        page.model.sig_progress_changed.connect(
            lambda answered, total, t=template.id: self._extra_progress(t, answered, total)
        )
        self.extra_pages[template.id] = page
        self.stack.addWidget(page)
        return page

    def add_checklist(self, template: Template) -> ChecklistPage:
        """Show a checklist just added to the assessment (after the options) and open it."""
        page = self._add_extra(template)
        page.sig_option_added.connect(self._option_added)
        self.nav.addItem(QListWidgetItem(icon(EXTRA_ICON), ""))
        self._extra_progress(template.id, *page.model.progress())
        self._fit_nav()
        self.show_page(self.stack.indexOf(page))
        return page

    def _extra_progress(self, template_id: str, answered: int, total: int) -> None:
        page = self.extra_pages[template_id]
        if hasattr(self.overview, "set_checklist_progress"):  # a bar per area it covers
            title = localized(page.template.title, self.language)
            parts = page.model.progress_by_area()
            if set(parts) <= set(AREAS):  # a sector checklist: the areas in their usual order
                parts = {area: parts[area] for area in AREAS if area in parts}
            for area, (done, count) in parts.items():
                self.overview.set_checklist_progress(
                    template_id, title, area, area_label(area), done, count
                )
        item = self.nav.item(self.stack.indexOf(page))
        if item is not None:
            title = localized(page.template.title, self.language)
            item.setToolTip(title)
            if len(title) > NAV_TITLE:  # the list stays narrow; the page shows the whole title
                title = title[: NAV_TITLE - 1].rstrip() + "…"
            item.setText(f"{title}   {answered}/{total}")

    def refresh_figures(self) -> None:
        """Recompute the overview's indicators and option totals from what is stored."""
        self.overview.show_figures(self.db, self.assessment.id)

    def _option_added(self, option_id: str) -> None:
        self.options.model.reload()
        added = next((o for o in self.options.model.options if o.id == option_id), None)
        if added is not None:
            self.options.model.record_added(added)  # Edit > Undo takes it back
        self.sig_saved.emit()
        self.refresh_figures()
        if self.view == "club":
            self.sig_message.emit(self.tr("Quick win saved; see My quick wins (Ctrl+7)."))
        else:
            self.sig_message.emit(self.tr("Option recorded; see Options (Ctrl+7)."))

    def show_options(self) -> OptionsPage:
        self.show_page(PAGE_OPTIONS)
        return self.options

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def show_area(self, area: str) -> ChecklistPage:
        self.show_page(2 + AREAS.index(area))
        page = self.pages[area]
        page.view.setFocus(Qt.OtherFocusReason)
        return page

    def pending_count(self) -> int:
        pages = (*self.pages.values(), *self.extra_pages.values())
        return sum(len(page.model.pending) for page in pages)

    def retry_pending(self) -> None:
        for page in (*self.pages.values(), *self.extra_pages.values()):
            page.model.retry_pending()

    def _area_progress(self, area: str, answered: int, total: int) -> None:
        self.overview.set_progress(area, answered, total)
        item = self.nav.item(2 + AREAS.index(area))
        item.setText(f"{area_label(area)}   {answered}/{total}")

    def set_language(self, language: str) -> None:
        self.baseline.set_language(language)
        self.language = language
        for page in (*self.pages.values(), *self.extra_pages.values()):
            page.set_language(language)
        self.waste.set_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.nav.item(PAGE_OVERVIEW).setText(self.tr("Overview"))
        self.nav.item(PAGE_BASELINE).setText(self.tr("Baseline"))
        self.nav.item(PAGE_OPTIONS).setText(self.tr("Options"))
        self.nav.item(PAGE_WASTE).setText(self.tr("Waste streams"))
        self.review_bar.retranslate()
        if self.view == "club":
            plain_nav_texts(self)
        for area, page in self.pages.items():
            self._area_progress(area, *page.model.progress())
        for template_id, page in self.extra_pages.items():
            self._extra_progress(template_id, *page.model.progress())
        self._fit_nav()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._fit_nav()  # the style sheet's font applies once shown
        super().showEvent(event)

    def _fit_nav(self) -> None:
        """Wide enough for the longest entry in this language, icon and "26/34" included."""
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16
        self.nav.setFixedWidth(max(170, width))
