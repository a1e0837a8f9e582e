"""The parks tab of the symbiosis window: each eco-industrial park with its companies
(assessments, completed, waste streams, tonnes per year) and the exchanges between them
(``storage.parks``)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from recp_desktop.domain.nace import code_label
from recp_desktop.domain.numbers import format_number
from recp_desktop.storage.database import Database
from recp_desktop.storage.parks import ParkOverview, park_overviews


class ParksView(QTreeWidget):
    """Parks as top-level rows, companies and exchanges under them."""

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.language = language
        self.setObjectName("parksTree")
        self.setColumnCount(5)
        self.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.parks: list[ParkOverview] = []
        self.retranslate()

    def _t(self, value: float) -> str:
        return format_number(value, self.language, significant=3)

    def reload(self) -> None:
        """Read the parks again and rebuild the tree (all expanded)."""
        self.parks = park_overviews(self.db)
        self.clear()
        for park in self.parks:
            top = QTreeWidgetItem(
                [
                    park.name,
                    self.tr("companies: {count}").format(count=len(park.companies)),
                    "",
                    "",
                    self._t(park.tonnes),
                ]
            )
            self.addTopLevelItem(top)
            for c in park.companies:
                item = QTreeWidgetItem(
                    [
                        f"{c.name} ({code_label(c.nace, self.language)})",
                        str(c.assessments),
                        str(c.completed),
                        str(c.streams),
                        self._t(c.tonnes),
                    ]
                )
                item.setToolTip(0, item.text(0))  # the column elides a long division name
                top.addChild(item)
            for candidate, decision in park.exchanges:
                state = {
                    None: self.tr("open"),
                    "confirmed": self.tr("confirmed"),
                    "dismissed": self.tr("dismissed"),
                }[decision.status if decision else None]
                text = (
                    f"⇄ {candidate.stream.company.name}: {candidate.stream.name} → "
                    f"{candidate.receiver.name}"
                )
                top.addChild(QTreeWidgetItem([text, state, "", "", ""]))
        self.expandAll()

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("Park, company or exchange"),
                self.tr("Assessments"),
                self.tr("Completed"),
                self.tr("Waste streams"),
                self.tr("t/year"),
            ]
        )
