"""Programme menu: the programme view (Ctrl+Shift+P) and the exchange rates, wired into the
main window with two lines (``ProgrammeMenu(window)``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from recp_desktop.report.texts import text
from recp_desktop.ui.i18n import current_language


class ProgrammeMenu(QMenu):
    """Opens the window's :class:`~recp_desktop.ui.programme_page.ProgrammePage` (made on
    first use, and again after the database was replaced, e.g. by a restore)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.page = None
        self.act_view = QAction(self, shortcut=QKeySequence("Ctrl+Shift+P"))
        self.act_view.triggered.connect(self.show_programme)
        self.act_rates = QAction(self)
        self.act_rates.triggered.connect(self.edit_rates)
        self.addAction(self.act_view)
        self.addAction(self.act_rates)
        self.retranslate()

    def programme_page(self):  # -> ProgrammePage | None
        from recp_desktop.ui.programme_page import ProgrammePage

        window = self.window_
        if window.db is None:
            return None
        if self.page is not None and self.page.db is not window.db:
            window.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        if self.page is None:
            self.page = ProgrammePage(window.db, window.tasks)
            self.page.sig_assessment_open_requested.connect(window.open_assessment)
            self.page.sig_message.connect(lambda m: window.statusBar().showMessage(m, 15000))
            window.stack.addWidget(self.page)
        return self.page

    def show_programme(self) -> None:
        page = self.programme_page()
        if page is None:
            return
        page.refresh()
        self.window_.stack.setCurrentWidget(page)
        page.table.setFocus()

    def edit_rates(self) -> None:
        page = self.programme_page()
        if page is not None:
            if not page.model.all_rows:
                page.refresh()
            page.edit_rates()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = current_language()
        self.setTitle(text(language, "prog.ui.menu"))
        self.act_view.setText(text(language, "prog.ui.view"))
        self.act_rates.setText(text(language, "prog.ui.rates"))
