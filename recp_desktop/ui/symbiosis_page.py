"""View > Symbiosis candidates: where one company's waste could be another's input.

The list is ``storage.symbiosis.find_candidates`` (each stream's best receivers, scored from the
shipped mapping and the wanted inputs), read in the background (a :class:`~recp_desktop.ui.tasks.
Task`: the window stays usable, shows a busy bar, and Cancel or closing stops the work); it is
sorted by any column (the model sorts its own list) and filtered by text and decision
(:class:`CandidateFilter`, a QSortFilterProxyModel). The panel below shows the selected
candidate's reasons and sources; the supervisor confirms or dismisses it
(``storage.symbiosis_decisions``) — each decision is stored when made and updates its row only.
Refresh (Ctrl+R) reads everything again; the main window asks for it after saves and imports.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
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
from recp_desktop.domain.symbiosis import PER_STREAM, Candidate, sources
from recp_desktop.domain.vocabulary import DECISION_COMMENT_MAX
from recp_desktop.storage.database import Database
from recp_desktop.storage.symbiosis_decisions import decide, decisions, undecide
from recp_desktop.ui.review_bar import reviewer_name
from recp_desktop.ui.symbiosis_model import CandidateFilter, CandidateModel, load
from recp_desktop.ui.tasks import Task, TaskCancelled


class SymbiosisWindow(QWidget):
    """The candidates, the selected one's reasons, and confirm / dismiss / reopen."""

    sig_decided = Signal(str)
    """A decision was stored (or taken back): "confirmed", "dismissed" or "open"."""
    sig_loaded = Signal()
    """The background load finished and the list shows it."""

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        from PySide6.QtCore import QThreadPool

        self.db = db
        self.language = language
        self.task: Task | None = None
        self.again = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.setObjectName("symbiosis")
        self.resize(1100, 700)
        self.model = CandidateModel(self)
        self.proxy = CandidateFilter(self.model, self)
        self.table = QTableView(objectName="symbiosisTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # fixed widths: measuring 100,000 rows' contents would take seconds
        for column, chars in enumerate((7, 30, 10, 8, 30, 7, 12)):
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * chars + 16)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.filter_edit = QLineEdit(objectName="symbiosisFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.status_box = QComboBox(objectName="symbiosisStatus")
        self.filter_edit.textChanged.connect(self._filter)
        self.status_box.currentIndexChanged.connect(self._filter)
        self.refresh_button = QPushButton(objectName="symbiosisRefresh")
        self.refresh_button.clicked.connect(self.reload)
        self.act_refresh = QAction(self, shortcut=QKeySequence("Ctrl+R"))
        self.act_refresh.setShortcutContext(Qt.WindowShortcut)
        self.act_refresh.triggered.connect(self.reload)
        self.addAction(self.act_refresh)
        self.busy = QProgressBar(objectName="symbiosisBusy")
        self.busy.setRange(0, 100)
        self.busy.setMaximumWidth(200)
        self.cancel_button = QPushButton(objectName="symbiosisCancel")
        self.cancel_button.clicked.connect(self.cancel_load)
        self.details = QTextBrowser(objectName="symbiosisDetails")
        self.details.setOpenExternalLinks(False)
        self.comment = QLineEdit(objectName="symbiosisComment")
        self.comment.setMaxLength(DECISION_COMMENT_MAX)  # the record's limit
        self.confirm_button = QPushButton(objectName="symbiosisConfirm")
        self.dismiss_button = QPushButton(objectName="symbiosisDismiss")
        self.reopen_button = QPushButton(objectName="symbiosisReopen")
        self.confirm_button.clicked.connect(lambda: self.decide_current("confirmed"))
        self.dismiss_button.clicked.connect(lambda: self.decide_current("dismissed"))
        self.reopen_button.clicked.connect(lambda: self.decide_current("open"))
        self.summary = QLabel(objectName="symbiosisSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.busy)
        top.addWidget(self.cancel_button)
        top.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.status_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.comment, 1)
        for button in (self.confirm_button, self.dismiss_button, self.reopen_button):
            buttons.addWidget(button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(filters)
        upper_layout.addWidget(self.table, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([400, 260])
        from recp_desktop.ui.parks_view import ParksView

        self.parks = ParksView(db, language, self)
        self.tabs = QTabWidget(objectName="symbiosisTabs")
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.parks, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.reload()

    @property
    def loading(self) -> bool:
        """Whether a background load is under way."""
        return self.task is not None

    def reload(self) -> None:
        """Read the candidates again in the background (the list stays usable meanwhile);
        a reload asked for while one runs starts when it ends."""
        if self.task is not None:
            self.again = True
            return
        db = self.db
        task = Task(lambda progress: load(db, progress))
        task.signals.sig_progress.connect(self._progress)
        task.signals.sig_succeeded.connect(self._loaded)
        task.signals.sig_failed.connect(self._load_failed)
        self.task = task
        self.again = False
        self.busy.setValue(0)
        self.busy.show()
        self.cancel_button.show()
        self.refresh_button.setEnabled(False)
        self._summarise()
        self.pool.start(task.run)

    def wait_loaded(self, msecs: int = 60_000) -> bool:
        """Wait (processing events) until no load is running; for tests and benchmarks."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop
        from PySide6.QtWidgets import QApplication

        deadline = QDeadlineTimer(msecs)
        while self.task is not None and not deadline.hasExpired():
            self.pool.waitForDone(10)
            QApplication.processEvents(QEventLoop.AllEvents, 50)
        return self.task is None

    def cancel_load(self) -> None:
        """Stop the background load (the list keeps what it showed)."""
        if self.task is not None:
            self.task.cancel()
            self.again = False

    def _progress(self, fraction: float, _stage: str) -> None:
        self.busy.setValue(round(fraction * 100))

    def _finish(self) -> None:
        self.task = None
        self.busy.hide()
        self.cancel_button.hide()
        self.refresh_button.setEnabled(True)
        if self.again:
            self.reload()

    def _loaded(self, result) -> None:
        found, decided, texts, parks = result
        current = self.current()
        key = current.key if current else None
        self.model.set_rows(found, decided, self.language, texts)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.parks.show_parks(parks)
        self._finish()
        self._summarise()
        self._select(key)
        self.sig_loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, TaskCancelled):
            self._summarise()
            return
        self.summary.setText(self.tr("Could not read the candidates: {error}").format(error=exc))

    def _select(self, key) -> None:
        rows = self.model.rows
        source = next((i for i, c in enumerate(rows) if c.key == key), 0) if key else 0
        index = self.proxy.mapFromSource(self.model.index(source, 0)) if rows else None
        if index is not None and not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        if index is not None and index.isValid():
            self.table.selectRow(index.row())
        self._show_current()

    def _filter(self) -> None:
        key = self.current().key if self.current() else None
        self.proxy.set_filter(self.filter_edit.text(), self.status_box.currentData() or "")
        self._summarise()
        self._select(key)

    def _summarise(self) -> None:
        confirmed = sum(1 for d in self.model.decided.values() if d.status == "confirmed")
        text = self.tr(
            "{count} candidates (each waste stream's {best} best receivers, and every one "
            "decided on), {confirmed} confirmed; {shown} shown."
        ).format(
            count=format_number(len(self.model.rows), self.language),
            best=PER_STREAM,
            confirmed=format_number(confirmed, self.language),
            shown=format_number(self.proxy.rowCount(), self.language),
        )
        if self.task is not None:
            text += " " + self.tr("Reading the candidates…")
        self.summary.setText(text)

    def current(self) -> Candidate | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def decide_current(self, status: str) -> None:
        """Store ``status`` (confirmed, dismissed, or "open" to take it back) for the selected
        candidate with the typed comment; only its row (and its park exchange) is redrawn."""
        candidate = self.current()
        if candidate is None:
            return
        key = candidate.key
        if status == "open":
            undecide(self.db, *key)
        else:
            decide(self.db, *key, status, self.comment.text(), by=reviewer_name(self.db))
        decision = decisions(self.db).get(key)
        self.model.set_decision(key, decision)
        self.parks.set_decision(key, decision)
        if self.proxy.wanted_status:  # the row may leave the filtered list
            self.proxy.refilter()
        self._summarise()
        self._select(key)
        self.sig_decided.emit(status)

    def closeEvent(self, event) -> None:  # noqa: N802
        """Stop the background load and wait for it (it stops between 500 streams), so that
        the database it reads may be closed next (File > Restore, another data folder)."""
        self.cancel_load()
        self.pool.waitForDone(30_000)
        super().closeEvent(event)

    def _show_current(self) -> None:
        c = self.current()
        for button in (self.confirm_button, self.dismiss_button, self.reopen_button):
            button.setEnabled(c is not None)
        if c is None:
            if self.task is not None and not self.model.rows:
                text = self.tr("Reading the candidates…")
            elif self.model.rows:
                text = self.tr("No candidate matches the filter.")
            else:
                text = self.tr(
                    "No candidate: no waste stream matches another company's sector in the "
                    "shipped mapping."
                )
            self.details.setHtml(escape(text))
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
        keys = list(c.row.sources if c.row else ())
        if any(part.key == "border" for part in c.parts):
            keys.append("BASEL1989")
        for key in keys:
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
        self.filter_edit.setPlaceholderText(
            self.tr("Filter: company, waste stream, EWC code or material")
        )
        chosen = self.status_box.currentIndex()
        self.status_box.blockSignals(True)
        self.status_box.clear()
        for text, value in ((self.tr("All decisions"), ""), (self.tr("Open"), "open"),
                            (self.tr("Confirmed"), "confirmed"),
                            (self.tr("Dismissed"), "dismissed")):  # fmt: skip
            self.status_box.addItem(text, value)
        self.status_box.setCurrentIndex(max(chosen, 0))
        self.status_box.blockSignals(False)
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the candidates again (Ctrl+R)"))
        self.act_refresh.setText(self.tr("Refresh"))
        self.cancel_button.setText(self.tr("Cancel"))
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
