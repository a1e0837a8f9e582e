"""The self-audit's homework page: which resources the company uses, and their bills.

The participant ticks what the company uses (Space in the list), then copies each one's figures
from the bills: month by month (twelve rows summed to the year) or only the year's total. The
year total is the baseline line an expert sees in the full view; the months travel with it
(:mod:`recp_desktop.storage.bills`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.domain.baseline import BY_KEY, baseline_units
from recp_desktop.domain.club import CLUB_RESOURCES, months_given
from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.domain.vocabulary import MONTHS
from recp_desktop.storage.baseline import load_baseline
from recp_desktop.storage.bills import resources_in_use, set_in_use
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.repository import ValidationError
from recp_desktop.ui.club_bills_model import YEAR_ROW, BillsModel, BillsView
from recp_desktop.ui.club_labels import bill_hint, resource_label

__all__ = ["YEAR_ROW", "BillsModel", "ClubBaselinePage"]


class ClubBaselinePage(QWidget):
    """The homework page; ``model`` is the current resource's :class:`BillsModel`."""

    sig_resources_changed = Signal()
    """Emitted when a resource was ticked or unticked."""

    def __init__(
        self,
        db: Database,
        assessment_id: str,
        currency: str,
        language: str,
        parent=None,
        undo_stack: QUndoStack | None = None,
    ):
        super().__init__(parent)
        self.db, self.assessment_id = db, assessment_id
        self.model = BillsModel(db, assessment_id, currency, language, self, undo_stack)
        self.model.sig_show.connect(self._show_key)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.resources = QListWidget()
        self.resources.setObjectName("clubResources")
        self.resources.setSpacing(3)
        used = resources_in_use(db, assessment_id)
        for key in CLUB_RESOURCES:
            item = QListWidgetItem()
            item.setData(Qt.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if key in used else Qt.Unchecked)
            self.resources.addItem(item)
        self.resources.itemChanged.connect(self._ticked)
        self.resources.currentItemChanged.connect(lambda *_: self._show_current())
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.editor_title = QLabel()
        self.editor_title.setWordWrap(True)
        self.monthly = QRadioButton()
        self.yearly = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.monthly)
        group.addButton(self.yearly)
        self.monthly.toggled.connect(lambda on: on and self.model.set_monthly(True))
        self.yearly.toggled.connect(lambda on: on and self.model.set_monthly(False))
        self.unit = QComboBox()
        self.unit.activated.connect(lambda _i: self.model.set_unit(self.unit.currentData()))
        self.unit_label = QLabel()
        self.unit_label.setBuddy(self.unit)
        self.table = BillsView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.AnyKeyPressed
            | QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model.modelReset.connect(self._refresh_status)
        self.model.dataChanged.connect(lambda *_: self._refresh_status())
        self.model.sig_saved.connect(self._refresh_items)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor_title)
        modes = QHBoxLayout()
        modes.addWidget(self.monthly)
        modes.addWidget(self.yearly)
        modes.addStretch()
        modes.addWidget(self.unit_label)
        modes.addWidget(self.unit)
        editor_layout.addLayout(modes)
        editor_layout.addWidget(self.table, 1)
        editor_layout.addWidget(self.status)
        self.editor = editor
        left = QVBoxLayout()
        left.addWidget(self.question)
        left.addWidget(self.resources, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(editor, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(columns, 1)
        self.retranslate()
        self.resources.setCurrentRow(0)

    # --- resources --------------------------------------------------------------------------
    def used(self) -> list[str]:
        """The resources ticked, in the list's order."""
        items = (self.resources.item(row) for row in range(self.resources.count()))
        return [i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked]

    def _ticked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.UserRole)
        try:
            set_in_use(self.db, self.assessment_id, key, item.checkState() == Qt.Checked)
        except (StorageError, ValidationError) as exc:
            self.model.sig_message.emit(str(exc))
            return
        self.model.sig_saved.emit()
        self.sig_resources_changed.emit()
        if item is self.resources.currentItem():
            self._show_current()

    def _show_key(self, key: str) -> None:
        """Make resource ``key`` the current one (undo of an edit made on another)."""
        for row in range(self.resources.count()):
            if self.resources.item(row).data(Qt.UserRole) == key:
                self.resources.setCurrentRow(row)
                return

    def current_key(self) -> str:
        item = self.resources.currentItem()
        return item.data(Qt.UserRole) if item else ""

    def _show_current(self) -> None:
        item = self.resources.currentItem()
        ticked = item is not None and item.checkState() == Qt.Checked
        key = self.current_key() if ticked else ""
        self.model.show_resource(key)
        self.editor.setEnabled(ticked)
        language = self.model.language
        if item is None:
            return
        name = resource_label(item.data(Qt.UserRole))
        if ticked:
            self.editor_title.setText(
                "<b>{}</b> — {}".format(
                    name,
                    self.tr("copy the figures from {source}.").format(
                        source=bill_hint(item.data(Qt.UserRole))
                    ),
                )
            )
        else:
            self.editor_title.setText(
                self.tr("<b>{name}</b>: press Space to tick it if the company uses it.").format(
                    name=name
                )
            )
        for button, on in (
            (self.monthly, self.model.monthly),
            (self.yearly, not self.model.monthly),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self.unit.clear()
        spec = BY_KEY[item.data(Qt.UserRole)]
        for unit in baseline_units(spec):
            self.unit.addItem(unit_label(unit, language), unit)
        self.unit.setCurrentIndex(max(0, self.unit.findData(self.model.unit or spec.unit)))

    def _refresh_items(self) -> None:
        """Each resource's line in the list: its name, where to look, and its year figure."""
        lines = load_baseline(self.db, self.assessment_id)
        language = self.model.language
        self.resources.blockSignals(True)
        for row in range(self.resources.count()):
            item = self.resources.item(row)
            key = item.data(Qt.UserRole)
            text = resource_label(key)
            line = lines.get(key)
            if item.checkState() == Qt.Checked and line and line.quantity is not None:
                unit = unit_label(line.unit or BY_KEY[key].unit, language)
                text += f"   ✓ {format_number(line.quantity, language)} {unit}"
            item.setText(text)
        self.resources.blockSignals(False)

    def _refresh_status(self) -> None:
        if not self.model.key:
            self.status.clear()
        elif self.model.monthly:
            given = months_given(self.model.bills.quantities)
            text = self.tr("%n of 12 months entered; the year is their sum.", "", given)
            costs = months_given(self.model.bills.costs)
            if costs and costs != given:  # the price per unit would come out wrong
                text += " " + self.tr(
                    "Costs are given for %n month(s): give the same months for both, so that "
                    "the price per unit is right.",
                    "",
                    costs,
                )
            self.status.setText(text)
        else:
            self.status.setText(self.tr("Only the year's total: type it in the Year row."))

    # --- language ---------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.model.language = language
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your bills (homework)"))
        self.hint.setText(
            self.tr(
                "Tick what the company uses (Space). For each, copy the figures from the bills: "
                "month by month if you have them, or only the total for the year. Enter moves "
                "to the next month."
            )
        )
        self.question.setText(self.tr("Which of these does the company use?"))
        self.monthly.setText(self.tr("&Month by month"))
        self.yearly.setText(self.tr("Only the &year's total"))
        self.unit_label.setText(self.tr("&Unit:"))
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, 1)
        self.model.headerDataChanged.emit(Qt.Vertical, 0, MONTHS)
        self._refresh_items()
        self._show_current()
