"""The assessment at a glance: company, assessment, and progress per area."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from recp_desktop.checklists import AREAS
from recp_desktop.domain.countries import COUNTRIES
from recp_desktop.storage.models import Assessment, Enterprise
from recp_desktop.ui.labels import area_label, kind_label, status_label


class OverviewPage(QWidget):
    def __init__(self, assessment: Assessment, enterprise: Enterprise, parent=None) -> None:
        super().__init__(parent)
        self.assessment, self.enterprise = assessment, enterprise
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.progress_form = QFormLayout()
        self.bars: dict[str, QProgressBar] = {}
        self.bar_labels: dict[str, QLabel] = {}
        for area in AREAS:
            bar = QProgressBar()
            bar.setFormat("%v / %m")
            label = QLabel()
            self.bars[area], self.bar_labels[area] = bar, label
            self.progress_form.addRow(label, bar)
        self.progress_title = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addSpacing(12)
        layout.addWidget(self.progress_title)
        layout.addLayout(self.progress_form)
        layout.addStretch()
        self.retranslate()

    def set_progress(self, area: str, answered: int, total: int) -> None:
        self.bars[area].setMaximum(max(total, 1))
        self.bars[area].setValue(answered)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        a, e = self.assessment, self.enterprise
        self.title.setText(f"{e.name} — {a.title}")
        rows = [
            (self.tr("Country"), f"{e.country} {COUNTRIES.get(e.country, '')}"),
            (self.tr("Region, city"), ", ".join(x for x in (e.region, e.city) if x)),
            (self.tr("NACE sector"), e.nace),
            (self.tr("Employees"), "" if e.employees is None else str(e.employees)),
            (self.tr("Products"), e.products),
            (self.tr("Eco-industrial park"), e.eco_park),
            (self.tr("Kind"), kind_label(a.kind)),
            (self.tr("Status"), status_label(a.status)),
            (self.tr("Dates"), " – ".join(str(d) for d in (a.start_date, a.end_date) if d)),
            (self.tr("Team"), a.team),
            (self.tr("Currency"), a.currency),
        ]
        self.details.setText(
            "<table cellspacing=4>"
            + "".join(
                f"<tr><td style='color:#555'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
                for k, v in rows
                if v
            )
            + "</table>"
        )
        self.progress_title.setText("<b>{}</b>".format(html.escape(self.tr("Checklists"))))
        for area in AREAS:
            self.bar_labels[area].setText(area_label(area))
