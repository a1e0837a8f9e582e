"""The programme view: the supervisor's table of every assessment, its filters, the totals of
what is shown, the exchange rates, and the programme report as PDF or Excel.

Texts come from the report's vocabulary (:mod:`recp_desktop.report.texts`, ``prog.*`` keys) in
the interface's language, so the view and the report name things alike. Totals are those of
the rows shown (approved ones, unless every review state is asked for), computed from the rows
already read (:func:`recp_desktop.storage.programme.consolidate_rows`); exports read the same
assessments again with every breakdown and run in the background with a progress dialog.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain.nace import sector_label
from recp_desktop.domain.programme import MissingRateError, ProgrammeFilter
from recp_desktop.report.texts import country_name, text
from recp_desktop.storage.database import Database
from recp_desktop.storage.programme import consolidate_rows, distinct_values
from recp_desktop.storage.rates import list_rates
from recp_desktop.ui.i18n import current_language
from recp_desktop.ui.programme_model import ProgrammeModel
from recp_desktop.ui.tasks import Progress, TaskProgress, TaskRunner

# filter box: the ProgrammeFilter field, distinct_values key, label text key
FILTERS = (
    ("countries", "countries", "prog.list.country"),
    ("regions", "regions", "prog.col.region"),
    ("sectors", "sectors", "prog.list.nace"),
    ("kinds", "kinds", "prog.col.kind"),
    ("experts", "experts", "prog.col.expert"),
    ("review", "review", "prog.list.review"),
    ("years", "years", "prog.list.year"),
)
TOTALS = (
    "assessments",
    "options",
    "implemented",
    "investment",
    "money",
    "energy",
    "water",
    "materials",
    "waste",
    "co2",
    "payback",
)


class ProgrammePage(QWidget):
    """The programme view; ``runner`` runs the exports."""

    sig_assessment_open_requested = Signal(str)
    """Emitted with an assessment id on Enter or a double click (drill-down)."""
    sig_message = Signal(str)
    """Emitted with a sentence for the status bar (an export written or failed)."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.task = None
        self.model = ProgrammeModel(db, self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count_all = QCheckBox()
        self.currency = QComboBox()
        self.rates_button = QPushButton()
        self.pdf_button = QPushButton()
        self.xlsx_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for widget in (
            self.count_all,
            self.currency,
            self.rates_button,
            self.pdf_button,
            self.xlsx_button,
        ):
            top.addWidget(widget)
        self.filter_boxes: dict[str, QComboBox] = {}
        self.filter_labels: dict[str, QLabel] = {}
        filters = QHBoxLayout()
        for field, _values, _key in FILTERS:
            label, box = QLabel(), QComboBox()
            box.setMinimumContentsLength(10)
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box.currentIndexChanged.connect(self._filters_changed)
            # the box is narrower than a long name ("C 25 — Manufacture of fabricated…")
            box.currentIndexChanged.connect(lambda _i, b=box: b.setToolTip(b.currentText()))
            label.setBuddy(box)
            self.filter_boxes[field], self.filter_labels[field] = box, label
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)  # by company, as read
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setResizeContentsPrecision(50)  # rows measured to fit
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.shown = QLabel()
        self.totals_title = QLabel()
        self.totals_title.setWordWrap(True)
        self.totals_title.setObjectName("sectionTitle")
        self.totals_form = QFormLayout()
        self.total_labels = {name: (QLabel(), QLabel()) for name in TOTALS}
        for name in TOTALS:
            label, value = self.total_labels[name]
            value.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.totals_form.addRow(label, value)
        self.rates_text = QLabel()
        self.rates_text.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("errorText")
        panel = QWidget()
        panel.setMinimumWidth(330)  # "Energy saved per year   24,960 MWh" on one line
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.totals_title)
        panel_layout.addLayout(self.totals_form)
        panel_layout.addWidget(self.problem)
        panel_layout.addWidget(self.rates_text)
        panel_layout.addStretch()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.shown)

        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.table.setFocus)
        QShortcut(QKeySequence.Find, self, activated=self.search.setFocus)
        self.count_all.toggled.connect(lambda _on: self.update_totals())
        self.currency.currentIndexChanged.connect(lambda _i: self.update_totals())
        self.rates_button.clicked.connect(self.edit_rates)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.model.sig_rows_changed.connect(self.update_totals)
        self._loading = False
        self.retranslate()

    # --- loading and filters -------------------------------------------------------------
    def refresh(self) -> None:
        """Read the assessments again (after an import, or when the page is opened)."""
        self._loading = True
        try:
            self._fill_filters()
        finally:
            self._loading = False
        self.model.reload()
        self.table.resizeColumnsToContents()

    def _fill_filters(self) -> None:
        language = current_language()
        values = distinct_values(self.db)
        all_text = text(language, "prog.ui.all")
        for field, key, _label in FILTERS:
            box = self.filter_boxes[field]
            chosen = box.currentData()
            box.clear()
            box.addItem(all_text, None)
            for value in values[key]:
                label = self._value_label(field, value)
                box.addItem(label, value)
                box.setItemData(box.count() - 1, label, Qt.ToolTipRole)  # the box elides
            index = box.findData(chosen) if chosen is not None else 0
            box.setCurrentIndex(max(0, index))
        chosen = self.currency.currentText()
        codes = values["currencies"] or ["EUR"]
        self.currency.blockSignals(True)  # the totals follow once the rows are read
        try:
            self.currency.clear()
            self.currency.addItems(codes)
            if chosen in codes:
                self.currency.setCurrentText(chosen)
        finally:
            self.currency.blockSignals(False)

    def _value_label(self, field: str, value: str) -> str:
        language = current_language()
        if not value:
            return text(language, "prog.unknown")
        if field == "countries":
            return f"{country_name(language, value)} ({value})"
        if field == "sectors":
            return sector_label(value, language)  # "C 10 — Manufacture of food products"
        if field == "kinds":
            return text(language, f"kind.{value}")
        if field == "review":
            return text(language, f"prog.review.{value}")
        return value

    def _filters_changed(self) -> None:
        if self._loading:
            return
        changes = {}
        for field, _key, _label in FILTERS:
            value = self.filter_boxes[field].currentData()
            if field == "review":
                changes[field] = None if value is None else (value,)
            else:
                changes[field] = () if value is None else (value,)
        self.model.set_filter(**changes)

    def _open(self, index) -> None:
        if index.isValid():
            self.sig_assessment_open_requested.emit(self.model.row(index).id)

    # --- totals ----------------------------------------------------------------------------
    def totals_review(self) -> tuple[str, ...] | None:
        """The review states the totals count: approved, unless every state is asked for."""
        return None if self.count_all.isChecked() else ("approved",)

    def export_filter(self) -> ProgrammeFilter:
        """The assessments the totals count, as a filter for the report (search included)."""
        shown = self.model.filter.review
        review = self.totals_review()
        if shown is not None:
            review = shown if review is None else tuple(s for s in shown if s in review)
        return replace(self.model.filter, review=review, ids=self.model.searched_ids())

    def update_totals(self) -> None:
        from recp_desktop.report.fmt import Formatter
        from recp_desktop.report.programme_data import rate_text

        language = current_language()
        fmt, currency = Formatter(language), self.currency.currentText() or "EUR"
        self.shown.setText(
            text(
                language,
                "prog.ui.shown",
                shown=len(self.model.rows),
                total=len(self.model.all_rows),
            )
        )
        rates = list_rates(self.db, currency)
        try:
            result = consolidate_rows(self.model.rows, currency, rates, self.totals_review())
        except MissingRateError as exc:
            self.problem.setText(
                text(language, "prog.ui.missing_rate", currency=exc.currency, target=exc.target)
            )
            for _label, value in self.total_labels.values():
                value.setText("—")
            return
        self.problem.setText("")
        scope = text(
            language, "prog.scope.all" if self.count_all.isChecked() else "prog.scope.approved"
        )
        self.totals_title.setText(
            text(
                language, "prog.ui.totals", count=result.assessments, scope=scope, currency=currency
            )
        )
        t, s = result.totals, result.totals.savings
        values = {
            "assessments": fmt.number(result.assessments),
            "options": fmt.number(t.options),
            "implemented": fmt.number(t.implemented),
            "investment": fmt.money(s.investment, currency),
            "money": fmt.money(s.money, currency),
            "energy": fmt.quantity(s.energy_mwh, "MWh"),
            "water": fmt.quantity(s.water_m3, "m**3"),
            "materials": fmt.quantity(s.materials_t, "t"),
            "waste": fmt.quantity(s.waste_t, "t"),
            "co2": fmt.quantity(s.co2_t, "t"),
            "payback": fmt.payback(t.payback_years),
        }
        for name, (_label, value) in self.total_labels.items():
            value.setText(values[name])
        used = [
            f"1 {r.source} = {rate_text(fmt, r.rate)} {r.target}"
            + (
                f" ({fmt.date(r.on)}{', ' + r.origin if r.origin else ''})"
                if r.on or r.origin
                else ""
            )
            for r in result.rates
        ]
        self.rates_text.setText(
            text(language, "prog.rates") + ":\n" + "\n".join(used) if used else ""
        )

    def edit_rates(self) -> bool:
        """Open the rates dialog for the currencies of the rows shown; True if saved."""
        from recp_desktop.ui.programme_rates import RatesDialog

        currencies = sorted({row.currency for row in self.model.rows})
        dialog = RatesDialog(self.db, self.currency.currentText() or "EUR", currencies, self)
        saved = dialog.exec() == RatesDialog.Accepted
        if saved:
            self.update_totals()
        return saved

    # --- export ------------------------------------------------------------------------------
    def export(self, kind: str, path: Path | None = None) -> bool:
        """Write the programme report (``pdf``) or workbook (``xlsx``) of what is shown to
        ``path`` (asked for if None) in the background; False if nothing was started."""
        from recp_desktop.ui.file_dialogs import save_file_name

        language = current_language()
        if self.task is not None:
            return False
        if path is None:
            name = f"{text(language, 'prog.title')}.{kind}"
            pattern = "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)"
            chosen = save_file_name(self, text(language, "prog.ui.save_as"), name, pattern)
            if not chosen:
                return False
            path = Path(chosen)
            if path.suffix.lower() != f".{kind}":
                path = path.with_name(f"{path.name}.{kind}")
        db, flt = self.db, self.export_filter()
        currency = self.currency.currentText() or "EUR"
        rates = list_rates(db, currency)

        def work(progress: Progress) -> Path:
            from recp_desktop.report.programme_data import gather_programme
            from recp_desktop.report.programme_pdf import write_programme_pdf
            from recp_desktop.report.programme_workbook import write_programme_workbook

            progress(0.0, "data")
            data = gather_programme(db, flt, currency, rates, language=language)
            progress(0.05, "layout")
            if kind == "pdf":
                write_programme_pdf(data, path, progress)
            else:
                write_programme_workbook(data, path)
            progress(1.0, "done")
            return path

        self.task = self.runner.prepare(work, self._written, self._failed)
        TaskProgress(
            self.task,
            text(language, "prog.ui.working"),
            self,
            cancel=text(language, "prog.ui.cancel"),
            delay_ms=400,
        )
        self.runner.start(self.task)
        return True

    def _written(self, path: Path) -> None:
        self.task = None
        self.sig_message.emit(text(current_language(), "prog.ui.written", path=str(path)))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        reason = str(exc)
        if isinstance(exc, MissingRateError):
            reason = text(
                current_language(), "prog.ui.missing_rate", currency=exc.currency, target=exc.target
            )
        self.problem.setText(text(current_language(), "prog.ui.failed", reason=reason))
        self.sig_message.emit(self.problem.text())

    # --- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = current_language()
        self.search.setPlaceholderText(text(language, "prog.ui.search"))
        self.count_all.setText(text(language, "prog.ui.count_all"))
        self.rates_button.setText(text(language, "prog.ui.rates").replace("&", ""))
        self.pdf_button.setText(text(language, "prog.ui.pdf"))
        self.xlsx_button.setText(text(language, "prog.ui.xlsx"))
        for field, _key, label_key in FILTERS:
            self.filter_labels[field].setText(text(language, label_key))
        names = {
            "assessments": "prog.assessments",
            "options": "prog.options",
            "implemented": "prog.implemented",
            "investment": "prog.investment",
            "money": "prog.money",
            "energy": "prog.energy",
            "water": "prog.water",
            "materials": "prog.materials",
            "waste": "prog.waste",
            "co2": "prog.co2",
            "payback": "prog.payback",
        }
        for name, (label, _value) in self.total_labels.items():
            label.setText(text(language, names[name]))
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, self.model.columnCount() - 1)
        self.model.forget_texts()
        if self.db is not None and self.model.all_rows:
            self.update_totals()
