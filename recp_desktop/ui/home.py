"""Home: every company and assessment, searchable, with answered/total per assessment."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain.regions import region
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import (
    AssessmentRow,
    get_assessment,
    list_assessments,
    list_enterprises,
)
from recp_desktop.ui.icons import icon

_Index = QModelIndex | QPersistentModelIndex


def _region_names(stored: str | None) -> tuple[str, ...]:
    """A listed region's names (English, Russian, other names in use) for the search; nothing
    for free text."""
    found = region(stored or "")
    return (found.name_en, found.name_ru, *found.aliases) if found else ()


def _folded(text: str) -> str:
    """``text`` as the search compares it: case, accents and apostrophes ignored ("kakheti"
    finds ISO's "K'akheti", "seki" finds "Şəki"); Unicode NFKD with combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "'’ʼ`")


@dataclass(frozen=True)
class HomeRow:
    company: str
    country: str
    enterprise_id: str
    assessment: AssessmentRow | None
    search_text: str = ""  # folded: company, country, region, city, sector, park, title, team


class AssessmentListModel(QAbstractTableModel):
    """Assessments (and companies that have none yet) for the home table."""

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HomeRow] = []

    def load(self, db: Database) -> None:
        self.beginResetModel()
        assessments = list_assessments(db)
        enterprises = {e.id: e for e in list_enterprises(db)}
        with_assessments = {row.enterprise_id for row in assessments}

        def words(enterprise_id: str, *more: str | None) -> str:
            e = enterprises.get(enterprise_id)
            fields = (
                (e.name, e.country, e.region, *_region_names(e.region), e.city, e.nace, e.eco_park)
                if e
                else ()
            )
            return _folded(" ".join(f for f in (*fields, *more) if f))

        rows = [
            HomeRow(
                a.company,
                a.country,
                a.enterprise_id,
                a,
                words(a.enterprise_id, a.title, get_assessment(db, a.id)[0].team),
            )
            for a in assessments
        ]
        rows += [
            HomeRow(e.name, e.country, e.id, None, words(e.id))
            for e in enterprises.values()
            if e.id not in with_assessments
        ]
        self.rows = sorted(rows, key=lambda r: r.company.casefold())
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (
            self.tr("Company"),
            self.tr("Country"),
            self.tr("Assessment"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Answered"),
        )[section]

    def data(self, index: _Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        a = row.assessment
        if role == Qt.UserRole:
            return a.id if a else None
        if role == Qt.ToolTipRole and a is None:
            return self.tr("No assessment yet: select the company and press New assessment.")
        if role != Qt.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.company
        if column == 1:
            return row.country
        if a is None:
            return self.tr("— no assessment yet —") if column == 2 else ""
        if column == 2:
            started = a.start_date.isoformat() if a.start_date else ""
            return f"{a.title}  {started}".strip()
        if column == 3:
            return (
                self.tr("Full RECP assessment")
                if a.kind == "full"
                else self.tr("RECP Club self-audit")
            )
        if column == 4:
            return {
                "planned": self.tr("Planned"),
                "in_progress": self.tr("In progress"),
                "completed": self.tr("Completed"),
            }.get(a.status, a.status)
        percent = round(100 * a.answered / a.total) if a.total else 0
        return f"{a.answered} / {a.total}  ({percent}%)"

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1)
            )


class HomeFilter(QSortFilterProxyModel):
    """Rows whose company, country, region, city, sector (NACE), assessment title or team
    contain every word typed, in any case: also what the table does not show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_search(self, text: str) -> None:
        self.words = _folded(text).split()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        if not self.words:
            return True
        model = self.sourceModel()
        row = model.rows[source_row]
        shown = _folded(
            " ".join(str(model.index(source_row, c).data() or "") for c in range(model.COLUMNS))
        )
        return all(w in row.search_text or w in shown for w in self.words)


class HomePage(QWidget):
    """The first screen: search, the list, and the buttons to start."""

    sig_assessment_open_requested = Signal(str)
    """Emitted with an assessment id when the user opens it."""
    sig_new_company_requested = Signal()
    """Emitted when the user asks for a new company."""
    sig_new_assessment_requested = Signal(str)
    """Emitted with the selected company's id (or "") when the user asks for a new assessment."""
    sig_demo_requested = Signal()
    """Emitted when the user asks for the demo company."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = AssessmentListModel(self)
        self.proxy = HomeFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.LeadingPosition)
        self.search.textChanged.connect(self.proxy.set_search)
        self.new_company = QPushButton(icon("building-factory-2"), "")
        self.new_company.clicked.connect(self.sig_new_company_requested)
        self.new_assessment = QPushButton(icon("file-plus"), "")
        self.new_assessment.clicked.connect(self._request_assessment)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        find = QShortcut(QKeySequence.Find, self)
        find.activated.connect(self.search.setFocus)
        self.search.returnPressed.connect(self.table.setFocus)

        self.empty_text = QLabel()
        self.empty_text.setAlignment(Qt.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.demo_button = QPushButton(icon("wand"), "")
        self.demo_button.clicked.connect(self.sig_demo_requested)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_text)
        self.empty_text.setObjectName("emptyText")
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.new_company)
        row.addWidget(self.demo_button)
        row.addStretch()
        empty_layout.addLayout(row)
        empty_layout.addStretch()

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.table)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.new_assessment)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def refresh(self) -> None:
        self.model.load(self.db)
        self.stack.setCurrentIndex(1 if self.model.rows else 0)
        self.table.resizeColumnsToContents()
        if self.model.rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def selected_enterprise(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid():
            return ""
        return self.model.rows[self.proxy.mapToSource(index).row()].enterprise_id

    def _request_assessment(self) -> None:
        self.sig_new_assessment_requested.emit(self.selected_enterprise())

    def _open(self, index: QModelIndex) -> None:
        assessment_id = index.data(Qt.UserRole)
        if assessment_id:
            self.sig_assessment_open_requested.emit(assessment_id)
        else:
            self.sig_new_assessment_requested.emit(self.selected_enterprise())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Companies and assessments"))
        self.search.setPlaceholderText(self.tr("Search by company, city, sector or team…"))
        self.new_company.setText(self.tr("New company…"))
        self.new_assessment.setText(self.tr("New assessment…"))
        self.empty_text.setText(
            self.tr(
                "No companies yet.\n\nCreate a company with New company…, "
                "or look around a demo company with a partly filled assessment."
            )
        )
        self.demo_button.setText(self.tr("Create demo company"))
        self.model.retranslate()
