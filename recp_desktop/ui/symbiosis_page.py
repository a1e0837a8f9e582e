"""View > Symbiosis candidates: where one company's waste could be another's input.

The list is ``storage.symbiosis.find_candidates`` (scored from the shipped mapping, best first);
the panel below shows the selected candidate's reasons and sources, and the supervisor confirms
or dismisses it (``storage.symbiosis_decisions``) — each decision is stored when made.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain import nace
from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.regions import region_name
from recp_desktop.domain.symbiosis import Candidate, sources
from recp_desktop.storage.database import Database
from recp_desktop.storage.symbiosis import find_candidates
from recp_desktop.storage.symbiosis_decisions import Decision, decide, decisions, undecide


class CandidateModel(QAbstractTableModel):
    """Score, from (company: stream), EWC, t/year, to (company, NACE), km, decision."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Candidate] = []
        self.decided: dict[tuple[str, str], Decision] = {}
        self.language = "en"

    def set_rows(self, rows, decided, language: str) -> None:
        self.beginResetModel()
        self.rows, self.decided, self.language = rows, decided, language
        self.endResetModel()

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
            code = c.stream.ewc_code
            display = f"{code[:2]} {code[2:4]} {code[4:]}" + ("*" if c.stream.hazardous else "")
            return (
                str(c.score),
                f"{c.stream.company.name}: {c.stream.name}",
                display,
                tonnes,
                f"{c.receiver.name} ({nace.code_label(c.receiver.nace, self.language)})",
                km,
                self.decision_text(c),
            )[column]
        if role == Qt.ToolTipRole and column == 4:  # the column elides a long division name
            return f"{c.receiver.name} ({nace.code_label(c.receiver.nace, self.language)})"
        if role == Qt.TextAlignmentRole and column in (0, 3, 5):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class SymbiosisWindow(QWidget):
    """The candidates, the selected one's reasons, and confirm / dismiss / reopen."""

    sig_decided = Signal(str)
    """A decision was stored (or taken back): "confirmed", "dismissed" or "open"."""

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.db = db
        self.language = language
        self.setObjectName("symbiosis")
        self.resize(1100, 700)
        self.model = CandidateModel(self)
        self.table = QTableView(objectName="symbiosisTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(CandidateModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.details = QTextBrowser(objectName="symbiosisDetails")
        self.details.setOpenExternalLinks(False)
        self.comment = QLineEdit(objectName="symbiosisComment")
        self.confirm_button = QPushButton(objectName="symbiosisConfirm")
        self.dismiss_button = QPushButton(objectName="symbiosisDismiss")
        self.reopen_button = QPushButton(objectName="symbiosisReopen")
        self.confirm_button.clicked.connect(lambda: self.decide_current("confirmed"))
        self.dismiss_button.clicked.connect(lambda: self.decide_current("dismissed"))
        self.reopen_button.clicked.connect(lambda: self.decide_current("open"))
        self.summary = QLabel(objectName="symbiosisSummary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.comment, 1)
        for button in (self.confirm_button, self.dismiss_button, self.reopen_button):
            buttons.addWidget(button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([380, 280])
        from recp_desktop.ui.parks_view import ParksView

        self.parks = ParksView(db, language, self)
        self.tabs = QTabWidget(objectName="symbiosisTabs")
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.parks, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        """Recompute the candidates from the stored streams and companies."""
        current = self.current()
        key = current.key if current else None
        self.model.set_rows(find_candidates(self.db), decisions(self.db), self.language)
        confirmed = sum(1 for d in self.model.decided.values() if d.status == "confirmed")
        self.summary.setText(
            self.tr("{count} candidates, {confirmed} confirmed.").format(
                count=len(self.model.rows), confirmed=confirmed
            )
        )
        self.parks.reload()
        row = next((i for i, c in enumerate(self.model.rows) if c.key == key), 0)
        if self.model.rows:
            self.table.selectRow(row)
        self._show_current()

    def current(self) -> Candidate | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def decide_current(self, status: str) -> None:
        """Store ``status`` (confirmed, dismissed, or "open" to take it back) for the selected
        candidate with the typed comment."""
        candidate = self.current()
        if candidate is None:
            return
        if status == "open":
            undecide(self.db, *candidate.key)
        else:
            decide(self.db, *candidate.key, status, self.comment.text())
        self.reload()
        self.sig_decided.emit(status)

    def _show_current(self) -> None:
        c = self.current()
        for button in (self.confirm_button, self.dismiss_button, self.reopen_button):
            button.setEnabled(c is not None)
        if c is None:
            self.details.setHtml(
                self.tr(
                    "No candidate: no waste stream matches another company's sector in the "
                    "shipped mapping."
                )
            )
            return
        decided = self.model.decided.get(c.key)
        self.comment.setText(decided.comment if decided else "")
        cited = sources()
        where = (
            f"{region_name(c.stream.company.region, self.language)} → "
            f"{region_name(c.receiver.region, self.language)}"
        )
        parts = [
            f"<p><b>{escape(c.stream.company.name)}</b>: {escape(c.stream.name)} → "
            f"<b>{escape(c.receiver.name)}</b> ({escape(where)})</p>",
            self._sector_html(c),
            self._use_html(c) if c.row else f"<p>{escape(c.material)}</p>",
            "<ul>"
            + "".join(f"<li>{escape(r)}</li>" for r in c.reasons_in(self.language))
            + "</ul>",
            "<p>" + self.tr("Sources:") + "</p><ul>",
        ]
        if c.row is None:
            parts.append("<li>" + self.tr("Declared by the receiving company.") + "</li>")
        for key in c.row.sources if c.row else ():
            source = cited[key]
            link = f" {escape(source.url)}" if source.url else ""
            parts.append(f"<li>[{escape(key)}] {escape(source.citation)}{link}</li>")
        parts.append("</ul>")
        self.details.setHtml("".join(parts))

    def _sector_html(self, c: Candidate) -> str:
        """The receiver's NACE code with its division's published name (English where no
        published text in the window's language is shipped, marked as such)."""
        division = nace.division(c.receiver.nace)
        label = nace.sector_label(division, self.language) if division else "—"
        text = self.tr("Receiver's sector: NACE {code}, {label}").format(
            code=c.receiver.nace or "—", label=label
        )
        if division and not nace.in_language(self.language):
            text += " (" + self.tr("in English: no published NACE text in this language") + ")"
        return f"<p>{escape(text)}</p>"

    def _use_html(self, c: Candidate) -> str:
        """The mapping row's material and use in the window's language; in English, marked
        as such, where the mapping has no wording in it (Azerbaijani)."""
        row = c.row
        text = f"{escape(row.material(self.language))}: {escape(row.use(self.language))}"
        if not row.in_language(self.language):
            note = self.tr("in English: the mapping has no wording in this language yet")
            text += f" <i>({escape(note)})</i>"
        return f"<p>{text}</p>"

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Symbiosis candidates — RECP Desktop"))
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.confirm_button.setText(self.tr("&Confirm"))
        self.dismiss_button.setText(self.tr("&Dismiss"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self.tabs.setTabText(0, self.tr("Candidates"))
        self.tabs.setTabText(1, self.tr("Eco-industrial parks"))
        self.parks.retranslate()

    def set_language(self, language: str) -> None:
        self.language = language
        self.parks.language = language
        self.retranslate()
        self.reload()
