"""The assessment at a glance: company, assessment, and progress per area."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.checklists import AREAS
from recp_desktop.domain.countries import country_name
from recp_desktop.domain.indicators import Indicators
from recp_desktop.domain.numbers import format_number, format_percent
from recp_desktop.domain.regions import region_name
from recp_desktop.domain.savings import Savings
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, Enterprise
from recp_desktop.ui.i18n import current_language, payback_text
from recp_desktop.ui.labels import area_label, kind_label, status_label


class OverviewPage(QWidget):
    sig_edit_company_requested = Signal()
    """Emitted when the user asks to edit the company's details."""
    sig_edit_assessment_requested = Signal()
    """Emitted when the user asks to edit the assessment's details."""

    def __init__(self, assessment: Assessment, enterprise: Enterprise, parent=None) -> None:
        super().__init__(parent)
        self.assessment, self.enterprise = assessment, enterprise
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.edit_company = QPushButton()
        self.edit_company.clicked.connect(self.sig_edit_company_requested)
        self.edit_assessment = QPushButton()
        self.edit_assessment.clicked.connect(self.sig_edit_assessment_requested)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.progress_form = QFormLayout()
        self.bars: dict[str, QProgressBar] = {}
        self.bar_labels: dict[str, QLabel] = {}
        self.checklist_titles: dict[str, QLabel] = {}
        for area in AREAS:
            bar = QProgressBar()
            bar.setFormat("%v / %m")
            label = QLabel()
            self.bars[area], self.bar_labels[area] = bar, label
            self.progress_form.addRow(label, bar)
        self.progress_title = QLabel()
        self.figures_title = QLabel()
        self.savings = QLabel()
        self.savings.setWordWrap(True)
        self.indicators = QTableWidget(0, 5)
        self.indicators.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.indicators.verticalHeader().setVisible(False)
        self.indicators.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.indicators.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #8a5a00")
        self._figures: tuple[Indicators, Savings] | None = None
        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.edit_company)
        title_row.addWidget(self.edit_assessment)
        layout.addLayout(title_row)
        layout.addWidget(self.details)
        layout.addSpacing(12)
        layout.addWidget(self.progress_title)
        layout.addLayout(self.progress_form)
        layout.addSpacing(12)
        layout.addWidget(self.figures_title)
        layout.addWidget(self.savings)
        layout.addWidget(self.missing)
        layout.addWidget(self.indicators, 1)
        self.retranslate()

    def set_progress(self, area: str, answered: int, total: int) -> None:
        self.bars[area].setMaximum(max(total, 1))
        self.bars[area].setValue(answered)

    def set_checklist_progress(
        self, checklist: str, title: str, part: str, label: str, answered: int, total: int
    ) -> None:
        """Progress of one part (``part``, shown as ``label``) of a further checklist (id
        ``checklist``, shown as ``title``), e.g. a park checklist's ``social`` category: rows
        added below the areas' when first set, under a row with the checklist's title."""
        if checklist not in self.checklist_titles:
            self.checklist_titles[checklist] = QLabel()
            self.progress_form.addRow(self.checklist_titles[checklist])
        self.checklist_titles[checklist].setText(html.escape(title))
        key = f"{checklist}/{part}"
        if key not in self.bars:
            self.bars[key], self.bar_labels[key] = QProgressBar(), QLabel()
            self.bars[key].setFormat("%v / %m")
            self.bar_labels[key].setIndent(16)
            self.progress_form.addRow(self.bar_labels[key], self.bars[key])
        self.bar_labels[key].setText(label)
        self.set_progress(key, answered, total)

    def show_figures(self, db: Database, assessment_id: str) -> None:
        from recp_desktop.domain.indicators import compute
        from recp_desktop.storage.baseline import load_baseline
        from recp_desktop.storage.options import list_options, option_totals, projected_totals

        options = list_options(db, assessment_id)
        indicators = compute(
            load_baseline(db, assessment_id),
            country=self.enterprise.country,
            currency=self.assessment.currency,
            savings=projected_totals(options, self.assessment.currency),
        )
        self._figures = (indicators, option_totals(options, self.assessment.currency))
        self._render_figures()

    def _render_figures(self) -> None:
        if self._figures is None:
            return
        indicators, totals = self._figures
        language = current_language()

        def number(value: float | None, digits: int = 4) -> str:
            return format_number(value, language, significant=digits)

        payback = totals.payback_years
        self.savings.setText(
            self.tr(
                "{count} options (not rejected) save {money} {currency}, {energy} MWh, "
                "{water} m³ and {co2} t CO2 per year for {investment} {currency}; "
                "payback {payback}."
            ).format(
                count=totals.count,
                money=format_number(totals.money, language, 0),
                currency=self.assessment.currency,
                energy=format_number(totals.energy_mwh, language, 1),
                water=format_number(totals.water_m3, language, 0),
                co2=format_number(totals.co2_t, language, 1),
                investment=format_number(totals.investment, language, 0),
                payback=payback_text(payback),
            )
        )
        names = {
            "energy_productivity": self.tr("Energy productivity"),
            "water_productivity": self.tr("Water productivity"),
            "materials_productivity": self.tr("Materials productivity"),
            "waste_intensity": self.tr("Waste intensity"),
            "wastewater_intensity": self.tr("Wastewater intensity"),
            "co2_intensity": self.tr("CO2 intensity"),
        }
        self.indicators.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Unit"),
                self.tr("Baseline"),
                self.tr("With recommended options"),
                self.tr("Change"),
            ]
        )
        self.indicators.setRowCount(len(indicators.items))
        for row, item in enumerate(indicators.items):
            change = item.change
            cells = (
                names.get(item.key, item.key),
                unit_label(item.unit, language),
                number(item.baseline),
                number(item.projected),
                ""
                if change is None
                else ("+" if change > 0 else "") + format_percent(change, language, 1),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= 2:
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.indicators.setItem(row, column, cell)
        missing_names = {
            "production_output": self.tr("production output"),
            "value_added": self.tr("value added"),
            "energy": self.tr("energy use"),
            "water": self.tr("water use"),
            "materials": self.tr("materials"),
            "waste": self.tr("waste"),
            "wastewater": self.tr("wastewater"),
        }
        if indicators.missing:
            self.missing.setText(
                self.tr("The baseline lacks {what}: fill it in for the indicators.").format(
                    what=", ".join(missing_names.get(m, m) for m in indicators.missing)
                )
            )
            self.missing.show()
        else:
            self.missing.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.edit_company.setText(self.tr("Edit company…"))
        self.edit_assessment.setText(self.tr("Edit assessment…"))
        a, e = self.assessment, self.enterprise
        self.title.setText(f"{e.name} — {a.title}")
        rows = [
            (self.tr("Country"), f"{e.country} {country_name(e.country, current_language())}"),
            (
                self.tr("Region, city"),
                ", ".join(x for x in (region_name(e.region, current_language()), e.city) if x),
            ),
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
        self.figures_title.setText(
            "<b>{}</b>".format(html.escape(self.tr("Savings and RECP indicators")))
        )
        self._render_figures()
