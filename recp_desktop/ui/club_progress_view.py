"""The Progress tab of the club window: homework per company, who qualifies, quick wins.

Homework not done after its due date is marked overdue (⚠). Money is summed per currency,
never converted (:func:`recp_desktop.domain.clubs.quick_wins`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain.clubs import HomeworkStatus
from recp_desktop.domain.numbers import format_money, format_number
from recp_desktop.storage.club_progress import ClubProgress
from recp_desktop.ui.i18n import current_language


def new_table(columns: int) -> QTableWidget:
    """A read-only table selecting whole rows, columns sized to their contents."""
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], ids: list[str] | None = None) -> None:
    """Put ``rows`` into ``table``; ``ids`` go into the first column's user data."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if ids is not None and c == 0:
                item.setData(Qt.UserRole, ids[r])
            table.setItem(r, c, item)


class ClubProgressView(QWidget):
    """Two tables and a line: companies' homework, participants' eligibility, quick wins."""

    sig_company_open_requested = Signal(str)
    """Emitted with an enterprise id when its row is activated (double-click or Enter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companies = new_table(3)
        self.companies.activated.connect(self._activated)
        self.people = new_table(4)
        self.quick_wins = QLabel()
        self.quick_wins.setWordWrap(True)
        self.companies_label, self.people_label = QLabel(), QLabel()
        layout = QVBoxLayout(self)
        for widget in (
            self.companies_label,
            self.companies,
            self.people_label,
            self.people,
            self.quick_wins,
        ):
            layout.addWidget(widget)
        self.retranslate()

    def _activated(self, index) -> None:
        item = self.companies.item(index.row(), 0)
        if item is not None and item.data(Qt.UserRole):
            self.sig_company_open_requested.emit(item.data(Qt.UserRole))

    def mark(self, status: HomeworkStatus, today: date) -> str:
        """A homework cell: ``✓ 8/8`` done, ``3/8`` under way, ``⚠ 0/1`` overdue."""
        due = status.homework.due_on
        overdue = not status.done and due is not None and due < today
        prefix = "✓ " if status.done else ("⚠ " if overdue else "")
        return f"{prefix}{status.count}/{status.total}"

    def show_state(self, state: ClubProgress | None, kind_label: Callable[[str], str]) -> None:
        """Show ``state`` (None: no club)."""
        if state is None:
            self.companies.setRowCount(0)
            self.people.setRowCount(0)
            self.quick_wins.clear()
            return
        homework = state.view.homework
        self.companies.setColumnCount(3 + len(homework))
        self.companies.setHorizontalHeaderLabels(
            [self.tr("Company"), self.tr("Self-audits"), self.tr("Homework done")]
            + [h.title or kind_label(h.kind) for h in homework]
        )
        rows = []
        today = date.today()
        for c in state.companies:
            marks = [self.mark(h, today) for h in c.homework]
            rows.append([c.name, str(c.assessments), f"{c.done}/{len(homework)}", *marks])
        fill_table(self.companies, rows, [c.enterprise_id for c in state.companies])
        self.companies.setToolTip(
            self.tr("Double-click a company (or press Enter) to open its self-audit.")
        )
        people = []
        for p in state.participants:
            e = p.eligibility
            verdict = self.tr("Yes") if e.eligible else self.tr("Not yet")
            people.append(
                [
                    p.member.name,
                    p.member.company,
                    f"{e.attended}/{len(state.view.sessions)}",
                    verdict,
                ]
            )
        fill_table(self.people, people)
        for r, p in enumerate(state.participants):
            self.people.item(r, 3).setToolTip(self.missing_text(p.eligibility))
        language = current_language()
        if not state.quick_wins:
            self.quick_wins.setText(self.tr("Quick wins: none recorded yet."))
        else:
            parts = [
                self.tr(
                    "{money} a year from %n option(s) ({kwh} kWh, {m3} m³)", "", t.options
                ).format(
                    money=format_money(t.money, t.currency, language),
                    kwh=format_number(t.energy_kwh, language),
                    m3=format_number(t.water_m3, language),
                )
                for t in state.quick_wins.values()
            ]
            self.quick_wins.setText(self.tr("The club's quick wins: ") + "; ".join(parts))

    def missing_text(self, e) -> str:
        """What a participant still lacks for a certificate, in words ("" when eligible)."""
        parts = []
        if e.attended < e.min_sessions:
            parts.append(
                self.tr("attended {attended} of the {needed} sessions required").format(
                    attended=e.attended, needed=e.min_sessions
                )
            )
        if e.homework_done < e.homework_needed:
            parts.append(
                self.tr("his or her company did {done} of the {needed} homework required").format(
                    done=e.homework_done, needed=e.homework_needed
                )
            )
        return "; ".join(parts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.people.setHorizontalHeaderLabels(
            [
                self.tr("Participant"),
                self.tr("Company"),
                self.tr("Attended"),
                self.tr("Certificate"),
            ]
        )
        self.companies_label.setText(self.tr("Homework per company"))
        self.people_label.setText(self.tr("Participants"))
