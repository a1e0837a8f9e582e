"""The programme view's table model: every assessment of the programme, filtered and sorted.

The structural filters (country, region, sector, kind, expert, review state, year) go into the
SQL of :func:`recp_desktop.storage.programme.programme_rows` (one query, the options and answers
summed per assessment in SQL); the text search (every word typed must appear in the company,
country, region, city, sector, title or expert) and sorting run over the rows in memory. The
view is handed rows in batches (``canFetchMore``/``fetchMore``), so it only creates what it
shows, however many thousand assessments there are.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from recp_desktop.domain.nace import division, sector_label
from recp_desktop.domain.programme import ProgrammeFilter
from recp_desktop.report.texts import text
from recp_desktop.storage.database import Database
from recp_desktop.storage.programme import ProgrammeRow, programme_rows
from recp_desktop.ui.i18n import current_language

_Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
USER = Qt.ItemDataRole.UserRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
BATCH = 500
"""Rows handed to the view per ``fetchMore``."""

# column: header text key, the row's field, numeric?
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("prog.list.company", "company", False),
    ("prog.list.country", "country", False),
    ("prog.col.region", "region", False),
    ("prog.list.nace", "nace", False),
    ("prog.col.kind", "kind", False),
    ("prog.col.expert", "expert", False),
    ("prog.col.start", "start_date", False),
    ("prog.col.end", "end_date", False),
    ("prog.list.review", "review", False),
    ("prog.col.status", "status", False),
    ("prog.col.progress", "answered", True),
    ("prog.col.options", "options", True),
    ("prog.col.money_own", "money", True),
    ("prog.col.energy", "energy_mwh", True),
    ("prog.col.water", "water_m3", True),
    ("prog.col.co2", "co2_t", True),
)
FIELD = {field: column for column, (_, field, _) in enumerate(COLUMNS)}


def _search_text(row: ProgrammeRow) -> str:
    return " ".join(
        (row.company, row.country, row.region, row.city, row.nace, row.title, row.expert)
    ).casefold()


class ProgrammeModel(QAbstractTableModel):
    """Assessments of the programme (:class:`ProgrammeRow`), one per table row."""

    sig_rows_changed = Signal()
    """Emitted after every reload, search or sort: the matching rows changed."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = ProgrammeFilter(review=None)
        self.search = ""
        self.all_rows: list[ProgrammeRow] = []
        self._haystacks: list[str] = []
        self.rows: list[ProgrammeRow] = []  # matching rows, sorted
        self._shown = 0  # rows handed to the view so far
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._cells: dict[str, tuple[str, ...]] = {}  # row id -> its cells' texts

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the assessments the structural filter selects (one SQL query)."""
        self.all_rows = programme_rows(self.db, self.filter)
        self._cells.clear()
        self._haystacks = [_search_text(r) for r in self.all_rows]
        self._refilter()

    def set_filter(self, **changes: Any) -> None:
        """Change structural filters (``countries=("AZ",)``…; ``()`` for any) and reload."""
        self.filter = replace(self.filter, **changes)
        self.reload()

    def set_search(self, search: str) -> None:
        self.search = search
        self._refilter()

    def _refilter(self) -> None:
        words = self.search.casefold().split()
        self.beginResetModel()
        if words:
            self.rows = [
                row
                for row, hay in zip(self.all_rows, self._haystacks, strict=True)
                if all(w in hay for w in words)
            ]
        else:
            self.rows = list(self.all_rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self._shown = min(BATCH, len(self.rows))
        self.endResetModel()
        self.sig_rows_changed.emit()

    def searched_ids(self) -> frozenset[str] | None:
        """The matching assessments' ids when a search narrows them, else None."""
        if not self.search.split():
            return None
        return frozenset(row.id for row in self.rows)

    # --- lazy fetching ---------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._shown < len(self.rows)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = min(BATCH, len(self.rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    # --- the table -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row(self, index: _Index) -> ProgrammeRow:
        return self.rows[index.row()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        key = COLUMNS[section][0]
        return text(current_language(), key, currency="")

    def data(self, index: _Index, role: int = DISPLAY):
        # called for every role of every visible cell: plain ints, and each row's texts
        # formatted once (Babel is not free) until the language or the rows change
        if role == DISPLAY:
            row = self.rows[index.row()]
            cells = self._cells.get(row.id)
            if cells is None:
                cells = self._cells[row.id] = tuple(self.display(row, f) for _, f, _ in COLUMNS)
            return cells[index.column()]
        if role == ALIGNMENT:
            return RIGHT if COLUMNS[index.column()][2] else None
        if role == USER:
            return self.rows[index.row()].id
        if role == TOOLTIP and index.column() == FIELD["nace"]:
            code = division(self.rows[index.row()].nace)  # "C 10 — Manufacture of food products"
            return sector_label(code, current_language()) if code else None
        return None

    def forget_texts(self) -> None:
        """Format the cells again (the interface's language changed)."""
        self._cells.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(COLUMNS) - 1))

    def display(self, row: ProgrammeRow, field: str) -> str:
        from recp_desktop.report.fmt import Formatter

        language = current_language()
        fmt = Formatter(language)
        value = getattr(row, field)
        if field in ("start_date", "end_date"):
            return value or ""
        if field == "review":
            return text(language, f"prog.review.{value}") if value else ""
        if field == "status":
            return text(language, f"status.{value}") if value else ""
        if field == "kind":
            return text(language, f"kind.{value}") if value else ""
        if field == "money":
            return fmt.money(value, row.currency)
        if field in ("answered", "options"):
            return fmt.number(value)
        if field in ("energy_mwh", "water_m3", "co2_t"):
            return fmt.amount(value) if value else ""
        return str(value or "")

    # --- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        self._sort = (column, order)
        self.beginResetModel()
        self._sort_rows(column, order)
        self._shown = min(max(self._shown, BATCH), len(self.rows))
        self.endResetModel()
        self.sig_rows_changed.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        field = COLUMNS[column][1]
        reverse = order == Qt.DescendingOrder
        if COLUMNS[column][2]:
            self.rows.sort(key=lambda r: getattr(r, field), reverse=reverse)
        elif field in ("start_date", "end_date"):
            self.rows.sort(key=lambda r: getattr(r, field) or "", reverse=reverse)
        else:
            self.rows.sort(key=lambda r: str(getattr(r, field) or "").casefold(), reverse=reverse)
