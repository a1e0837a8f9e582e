"""The parks tab of the symbiosis window: each eco-industrial park with its companies
(assessments, completed, waste streams, tonnes per year) and the exchanges between them
(``storage.parks``).

Columns: the park, company or exchange; companies; assessments; completed; waste streams;
t/year; the exchange's decision. A park's row sums its companies' figures; numbers are
right-aligned. The window reads the overview in the background and hands it to
:meth:`ParksView.show_parks`; a decision updates its exchange's row only (:meth:`set_decision`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from recp_desktop.domain.nace import code_label
from recp_desktop.domain.numbers import format_number
from recp_desktop.storage.database import Database
from recp_desktop.storage.parks import ParkOverview, park_overviews
from recp_desktop.storage.symbiosis_decisions import Decision

NUMBERS = (1, 2, 3, 4, 5)
"""The columns holding numbers (right-aligned)."""


class ParksView(QTreeWidget):
    """Parks as top-level rows, companies and exchanges under them."""

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.language = language
        self.setObjectName("parksTree")
        self.setColumnCount(7)
        self.header().setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, 7):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.parks: list[ParkOverview] = []
        self.exchange_items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self.retranslate()

    def _t(self, value: float) -> str:
        return format_number(value, self.language, significant=3)

    def _n(self, value: int) -> str:
        return format_number(value, self.language)

    def reload(self) -> None:
        """Read the parks again (in the calling thread) and rebuild the tree."""
        self.show_parks(park_overviews(self.db))

    def _item(self, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        for column in NUMBERS:
            item.setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
        return item

    def _state(self, decision: Decision | None) -> str:
        return {
            None: self.tr("open"),
            "confirmed": self.tr("confirmed"),
            "dismissed": self.tr("dismissed"),
        }[decision.status if decision else None]

    def show_parks(self, parks: list[ParkOverview]) -> None:
        """Show ``parks`` (``storage.parks.park_overviews``), all expanded."""
        self.parks = parks
        self.exchange_items = {}
        self.clear()
        for park in parks:
            companies = park.companies
            top = self._item(
                [
                    park.name,
                    self._n(len(companies)),
                    self._n(sum(c.assessments for c in companies)),
                    self._n(sum(c.completed for c in companies)),
                    self._n(sum(c.streams for c in companies)),
                    self._t(park.tonnes),
                    self.tr("{count} confirmed").format(count=self._n(len(park.confirmed))),
                ]
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.addTopLevelItem(top)
            for c in companies:
                item = self._item(
                    [
                        f"{c.name} ({code_label(c.nace, self.language)})",
                        "",
                        self._n(c.assessments),
                        self._n(c.completed),
                        self._n(c.streams),
                        self._t(c.tonnes),
                        "",
                    ]
                )
                item.setToolTip(0, item.text(0))  # the column elides a long division name
                top.addChild(item)
            for candidate, decision in park.exchanges:
                text = (
                    f"⇄ {candidate.stream.company.name}: {candidate.stream.name} → "
                    f"{candidate.receiver.name}"
                )
                item = self._item([text, "", "", "", "", "", self._state(decision)])
                self.exchange_items[candidate.key] = item
                top.addChild(item)
        self.expandAll()

    def set_decision(self, key: tuple[str, str], decision: Decision | None) -> None:
        """Show a new decision on the exchange ``key`` (if it is one of the parks')."""
        item = self.exchange_items.get(key)
        if item is None:
            return
        item.setText(6, self._state(decision))
        park = item.parent()
        confirmed = self.tr("confirmed")
        count = sum(park.child(i).text(6) == confirmed for i in range(park.childCount()))
        park.setText(6, self.tr("{count} confirmed").format(count=self._n(count)))

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("Park, company or exchange"),
                self.tr("Companies"),
                self.tr("Assessments"),
                self.tr("Completed"),
                self.tr("Waste streams"),
                self.tr("t/year"),
                self.tr("Exchange"),
            ]
        )
        for column in NUMBERS:
            self.headerItem().setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
