"""The symbiosis window's list: the candidates' table model (sorting its own list, updating one
row per decision), the text-and-decision filter, and the background load (Qt-free work)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

from recp_desktop.domain import nace
from recp_desktop.domain.ewc import display_code
from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.symbiosis import Candidate
from recp_desktop.storage.database import Database
from recp_desktop.storage.symbiosis import find_candidates
from recp_desktop.storage.symbiosis_decisions import Decision, decisions


def _search_text(c: Candidate) -> str:
    """What the filter looks in: both companies, the stream, its code (spaced and not), the
    material — case-folded."""
    code = c.stream.ewc_code
    return " ".join((c.stream.company.name, c.stream.name, c.receiver.name, c.receiver.nace,
                     code, display_code(code), c.material)).casefold()  # fmt: skip


def load(db: Database, progress=None) -> tuple[list[Candidate], dict, list[str], list]:
    """The window's data, read off the GUI thread: candidates, decisions, the filter's search
    texts, and the parks overview."""
    from recp_desktop.storage.parks import park_overviews

    found = find_candidates(db, progress=None if progress is None else (lambda f: progress(
        0.9 * f, "candidates")))  # fmt: skip
    texts = [_search_text(c) for c in found]
    if progress is not None:
        progress(0.9, "parks")
    return found, decisions(db), texts, park_overviews(db)


class CandidateModel(QAbstractTableModel):
    """Score, from (company: stream), EWC, t/year, to (company, NACE), km, decision."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Candidate] = []
        self.search: list[str] = []
        self.decided: dict[tuple[str, str], Decision] = {}
        self.language = "en"

    def set_rows(self, rows, decided, language: str, search: list[str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.decided, self.language = rows, decided, language
        self.search = search if search is not None else [_search_text(c) for c in rows]
        self.endResetModel()

    def status(self, row: int) -> str:
        """open, confirmed or dismissed."""
        found = self.decided.get(self.rows[row].key)
        return "open" if found is None else found.status

    def set_decision(self, key: tuple[str, str], decision: Decision | None) -> int:
        """Store the decision of one candidate and repaint its row only; its row, or -1."""
        if decision is None:
            self.decided.pop(key, None)
        else:
            self.decided[key] = decision
        row = next((i for i, c in enumerate(self.rows) if c.key == key), -1)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
        return row

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """Sort the list itself by ``column`` (Python's sort: fast on 100,000 rows)."""
        if not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self.rows)
        pairs = sorted(zip(self.rows, self.search, strict=True),
                       key=lambda p: self._sort_key(p[0], column),
                       reverse=order == Qt.DescendingOrder)  # fmt: skip
        self.rows = [p[0] for p in pairs]
        self.search = [p[1] for p in pairs]
        where = {id(c): i for i, c in enumerate(self.rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(where[id(old[i.row()])], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    def _sort_key(self, c: Candidate, column: int):
        if column == 0:
            return c.score
        if column == 1:
            return (c.stream.company.name.casefold(), c.stream.name.casefold())
        if column == 2:
            return c.stream.ewc_code
        if column == 3:
            return -1.0 if c.stream.tonnes is None else c.stream.tonnes
        if column == 4:
            return c.receiver.name.casefold()
        if column == 5:
            return float("inf") if c.distance_km is None else c.distance_km
        found = self.decided.get(c.key)
        return "open" if found is None else found.status

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (
            self.tr("Score"),
            self.tr("Waste of"),
            self.tr("EWC"),
            self.tr("t/year"),
            self.tr("Could go to"),
            self.tr("km"),
            self.tr("Decision"),
        )[section]

    def decision_text(self, candidate: Candidate) -> str:
        found = self.decided.get(candidate.key)
        if found is None:
            return self.tr("open")
        return self.tr("confirmed") if found.status == "confirmed" else self.tr("dismissed")

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        c = self.rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            tonnes = (
                "—"
                if c.stream.tonnes is None
                else format_number(c.stream.tonnes, self.language, significant=3)
            )
            km = (
                "—" if c.distance_km is None else format_number(round(c.distance_km), self.language)
            )
            return (
                str(c.score),
                f"{c.stream.company.name}: {c.stream.name}",
                display_code(c.stream.ewc_code),
                tonnes,
                f"{c.receiver.name} ({nace.code_label(c.receiver.nace, self.language)})",
                km,
                self.decision_text(c),
            )[column]
        if role == Qt.ToolTipRole and column == 4:  # the column elides a long division name
            return f"{c.receiver.name} ({nace.code_label(c.receiver.nace, self.language)})"
        if role == Qt.TextAlignmentRole and column in (0, 3, 5):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and column == 2 and c.stream.hazardous:
            from recp_desktop.ui.ewc_picker import HAZARD_COLOUR

            return HAZARD_COLOUR  # as the waste page marks hazardous codes
        return None


class CandidateFilter(QSortFilterProxyModel):
    """Rows whose companies, stream, code or material contain the typed text (any case), and
    whose decision is the chosen one ("" for any). Sorting is the source model's own."""

    def __init__(self, model: CandidateModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.text = ""
        self.wanted_status = ""
        self.setSourceModel(model)

    def set_filter(self, text: str, status: str) -> None:
        self.beginFilterChange()
        self.text, self.wanted_status = text.strip().casefold(), status
        self.endFilterChange()

    def refilter(self) -> None:
        """Filter again (a row's decision changed)."""
        self.beginFilterChange()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if self.text and self.text not in self.model.search[row]:
            return False
        return not self.wanted_status or self.model.status(row) == self.wanted_status

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        self.model.sort(column, order)
