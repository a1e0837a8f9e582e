"""View > Waste map: a supervisor's choropleth of waste by region, its legend and table.

Figures come from ``storage.waste_map`` (every live stream of every company, placed by the
company's region) and ``domain.waste_map`` (totals per measure, quantile class breaks); the map
is ``ui.map_view``. Companies whose region is free text (typed before the region list) appear in
the table, marked as not on the map.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain import ewc
from recp_desktop.domain.countries import country_name
from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.regions import COUNTRIES, region, region_name
from recp_desktop.domain.vocabulary import TREATMENT_CODES
from recp_desktop.domain.waste_map import (
    Measure,
    RegionFigures,
    Site,
    StreamRow,
    aggregate,
    class_breaks,
    tonnes_by_company,
)
from recp_desktop.report.waste_map import measure_title
from recp_desktop.storage.database import Database
from recp_desktop.storage.waste_map import company_sites, map_rows
from recp_desktop.ui.map_legend import Legend, compose_image, map_legend, write_map_png
from recp_desktop.ui.map_view import RegionMapView
from recp_desktop.ui.sort_header import use_reading_arrows
from recp_desktop.ui.waste_labels import treatment_label


@dataclass(frozen=True)
class TableRow:
    region: str
    name: str
    country: str
    tonnes: float
    streams: int
    companies: int
    on_map: bool


class RegionTableModel(QAbstractTableModel):
    """Regions with counted streams: name, country, tonnes per year, streams, companies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TableRow] = []
        self.language = "en"

    def set_rows(self, rows: list[TableRow], language: str) -> None:
        self.beginResetModel()
        self.rows, self.language = rows, language
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (
            self.tr("Region"),
            self.tr("Country"),
            self.tr("t/year"),
            self.tr("Streams"),
            self.tr("Companies"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            if column == 0:
                return (
                    row.name
                    if row.on_map
                    else self.tr("{name} (not on the map)").format(name=row.name)
                )
            return (
                (
                    row.country,
                    format_number(row.tonnes, self.language, significant=3),
                    str(row.streams),
                    str(row.companies),
                )[column - 1]
                if column
                else None
            )
        if role == Qt.UserRole:  # sort key
            return (row.name.casefold(), row.country, row.tonnes, row.streams, row.companies)[
                column
            ]
        if role == Qt.TextAlignmentRole and column >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class WasteMapWindow(QWidget):
    """The map, measure pickers, legend, per-region table and PNG export."""

    sig_exported = Signal(str)
    """A PNG was written: its path."""

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.db = db
        self.language = language
        self.rows: list[StreamRow] = []
        self.sites: list[Site] = []
        self.figures: dict[str, RegionFigures] = {}
        self.breaks: list[float] = []
        self.setObjectName("wasteMap")
        self.resize(1200, 720)

        self.kind_box = QComboBox(objectName="mapMeasure")
        self.value_box = QComboBox(objectName="mapValue")
        self.country_box = QComboBox(objectName="mapCountry")
        self.export_button = QPushButton(objectName="mapExport")
        self.export_button.clicked.connect(self.choose_and_export)
        self.refresh_button = QPushButton(objectName="mapRefresh")  # also Ctrl+R
        self.refresh_button.clicked.connect(self.reload)
        self.refresh_button.setShortcut(QKeySequence("Ctrl+R"))
        bar = QHBoxLayout()
        for widget in (self.kind_box, self.value_box, self.country_box):
            widget.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # "Все шесть стран" whole
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)

        self.map = RegionMapView(self)
        self.map.sig_region_clicked.connect(self.show_region)
        self.legend = Legend(self)
        self.details = QLabel(objectName="mapDetails", wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.model = RegionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.UserRole)
        self.table = QTableView(objectName="mapTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        use_reading_arrows(self.table.horizontalHeader())
        self.table.sortByColumn(2, Qt.DescendingOrder)  # largest first; a click re-sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, 5):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.map_panel = QWidget(objectName="mapPanel")
        map_layout = QVBoxLayout(self.map_panel)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.map, 1)
        map_layout.addWidget(self.legend)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.table, 1)
        side_layout.addWidget(self.details)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.map_panel)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 480])
        self.details.setMinimumHeight(60)
        self.details.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.value_box.currentIndexChanged.connect(lambda _i: self.redraw())
        self.country_box.currentIndexChanged.connect(self._country_changed)
        self.retranslate()
        self.reload()

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the streams again (after an import or an edit) and redraw."""
        self.rows = map_rows(self.db)
        self.sites = company_sites(self.db)
        self.redraw()

    def measure(self) -> Measure:
        kind = self.kind_box.currentData() or "all"
        value = self.value_box.currentData() or ""
        return Measure(kind, value if kind in ("chapter", "treatment") else "")

    def redraw(self) -> None:
        """Totals, classes, colours, legend and table for the chosen measure."""
        if self.kind_box.currentData() in ("chapter", "treatment") and not self.value_box.count():
            return
        country = self.country_box.currentData() or ""
        rows = [r for r in self.rows if r.country == country] if country else self.rows
        self.figures = aggregate(rows, self.measure())
        mapped = [f.tonnes for f in self.figures.values() if region(f.region) and f.tonnes > 0]
        self.breaks = class_breaks(mapped)
        values = {code: f.tonnes for code, f in self.figures.items()}
        tooltips = {code: self._tooltip(code) for code in self.map.items_by_code}
        self.map.set_values(values, self.breaks, tooltips)
        self._draw_sites(rows)
        minimum = min(mapped, default=0.0)
        self.legend.set_breaks(self.breaks, minimum, self.language, self._measure_title())
        table = [
            TableRow(
                f.region,
                region_name(f.region, self.language),
                f.country,
                f.tonnes,
                f.streams,
                f.companies,
                region(f.region) is not None,
            )
            for f in self.figures.values()
        ]
        self.model.set_rows(table, self.language)  # the proxy keeps the header's sort order
        self.show_region(self.map.selected)

    def _draw_sites(self, rows: list[StreamRow]) -> None:
        """Companies with coordinates as points: name and their tonnes for the measure."""
        tonnes = tonnes_by_company(rows, self.measure())
        points = []
        for site in self.sites:
            if site.enterprise_id in tonnes:
                figure = format_number(tonnes[site.enterprise_id], self.language, significant=3)
                tip = f"{site.name}\n" + self.tr("{tonnes} t/year").format(tonnes=figure)
            else:
                tip = f"{site.name}\n" + self.tr("No waste recorded for this measure.")
            points.append((site.enterprise_id, site.country, site.longitude, site.latitude, tip,
                           site.enterprise_id in tonnes))  # fmt: skip
        self.map.set_points(points)
        visible = [key for key, item in self.map.points.items() if item.isVisible()]
        self.legend.set_sites(bool(visible), any(key not in tonnes for key in visible))

    def _tooltip(self, code: str) -> str:
        name = region_name(code, self.language)
        f = self.figures.get(code)
        if f is None:
            return f"{name}\n" + self.tr("No waste recorded for this measure.")
        return f"{name}\n" + self._figures_text(f)

    def _figures_text(self, f: RegionFigures) -> str:
        text = self.tr("{tonnes} t/year; streams: {streams}, companies: {companies}").format(
            tonnes=format_number(f.tonnes, self.language, significant=3),
            streams=f.streams,
            companies=f.companies,
        )
        if f.without_tonnes:
            text += "\n" + self.tr("without tonnes (no density or mass): {count}").format(
                count=f.without_tonnes
            )
        return text

    def _measure_title(self) -> str:
        """The legend's title in the window's language: the measure (as the PDF names it) and,
        when one country is chosen, the country."""
        title = measure_title(self.measure(), self.language)
        country = self.country_box.currentData() or ""
        return f"{title} — {country_name(country, self.language)}" if country else title

    def _country_changed(self, _index: int = 0) -> None:
        """Map, legend classes and table all show the chosen country only ("" for all six)."""
        country = self.country_box.currentData() or ""
        self.map.show_country(country)
        chosen = self.map.items_by_code.get(self.map.selected)
        if country and chosen is not None and chosen.country != country:
            self.map.select("")
        self.redraw()

    # -- selection ---------------------------------------------------------------------------
    def show_region(self, code: str) -> None:
        """Outline region ``code``, select its row and show its figures below the table."""
        self.map.select(code)
        if not code:
            country = self.country_box.currentData() or ""
            if country and not self.figures:  # an empty table needs a word
                self.details.setText(
                    self.tr("No waste recorded in {country} for this measure.").format(
                        country=country_name(country, self.language)
                    )
                )
            else:
                self.details.setText(self.tr("Click a region for its figures."))
            return
        f = self.figures.get(code)
        name = region_name(code, self.language)
        self.details.setText(
            f"<b>{name}</b><br>"
            + (
                self._figures_text(f).replace("\n", "<br>")
                if f
                else self.tr("No waste recorded for this measure.")
            )
        )
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.rows[source.row()].region == code:
                if self.table.currentIndex().row() != row:
                    self.table.selectRow(row)
                return
        self.table.clearSelection()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        code = self.model.rows[self.proxy.mapToSource(current).row()].region
        if code != self.map.selected and region(code):
            self.show_region(code)

    # -- export ------------------------------------------------------------------------------
    def image(self, width: int = 1600, height: int = 1000) -> QImage:
        """The map with its legend as an image, for PNG export."""
        return compose_image(self.map, self.legend, width, height)

    def export_png(self, path: str) -> None:
        """Write :meth:`image` to ``path``. Raises OSError if it cannot be written."""
        if not self.image().save(path, "PNG"):
            raise OSError(self.tr("Could not write {path}.").format(path=path))
        self.sig_exported.emit(path)

    def choose_and_export(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from recp_desktop.ui.file_dialogs import save_file_name

        path = save_file_name(self, self.tr("Export map"), "waste-map.png", "PNG (*.png)")
        if not path:
            return
        try:
            self.export_png(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export map"), str(exc))

    # -- texts -------------------------------------------------------------------------------
    def _kind_changed(self, _index: int = 0) -> None:
        kind = self.kind_box.currentData()
        self.value_box.blockSignals(True)
        self.value_box.clear()
        if kind == "chapter":
            for chapter in ewc.chapters():
                title = chapter.title(self.language)
                short = title if len(title) <= 50 else title[:49] + "…"
                self.value_box.addItem(f"{chapter.code} {short}", chapter.code)
        elif kind == "treatment":
            self.value_box.addItem(self.tr("Any recovery (R)"), "R")
            self.value_box.addItem(self.tr("Any disposal (D)"), "D")
            self.value_box.addItem(self.tr("No treatment recorded"), "none")
            for code in TREATMENT_CODES:
                self.value_box.addItem(treatment_label(code), code)
        self.value_box.blockSignals(False)
        self.value_box.setVisible(kind in ("chapter", "treatment"))
        self.redraw()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Waste map — RECP Desktop"))
        self.export_button.setText(self.tr("Export PNG…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the waste streams again (Ctrl+R)"))
        kind = self.kind_box.currentData() or "all"
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        for key, text in (
            ("all", self.tr("All waste")),
            ("hazardous", self.tr("Hazardous waste")),
            ("chapter", self.tr("By EWC chapter")),
            ("treatment", self.tr("By treatment route")),
        ):
            self.kind_box.addItem(text, key)
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind), 0))
        self.kind_box.blockSignals(False)
        country = self.country_box.currentData() or ""
        self.country_box.blockSignals(True)
        self.country_box.clear()
        self.country_box.addItem(self.tr("All six countries"), "")
        for code in COUNTRIES:
            self.country_box.addItem(country_name(code, self.language), code)
        self.country_box.setCurrentIndex(max(self.country_box.findData(country), 0))
        self.country_box.blockSignals(False)
        self._kind_changed()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()


__all__ = ["Legend", "WasteMapWindow", "compose_image", "map_legend", "write_map_png"]
