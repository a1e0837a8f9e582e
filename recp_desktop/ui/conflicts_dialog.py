"""Conflicts from imports: both versions side by side, and a way to settle each."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.checklists import Question, localized
from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.units import UnitError, parse_number
from recp_desktop.exchange.conflicts import Conflict, list_conflicts, resolve_conflict
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.ui.i18n import current_language

COL_FIELD, COL_LOCAL, COL_INCOMING, COL_RESULT = range(4)
_FIELD_UNITS = {
    "saving_energy_kwh": "kWh",
    "saving_water_m3": "m**3",
    "saving_materials_t": "t",
    "saving_co2_t": "t",
    "tonnes_per_year": "t",
}
"""The unit a record field's name fixes (records.py: ``saving_energy_kwh`` is in kWh)."""
# Derived from other fields; recomputed from them instead of being edited.
DERIVED = {"answer": ("number_canonical",), "baseline_item": ("quantity_canonical",)}
# Shown side by side but recomputed on resolving (exchange.conflicts), never typed.
RECOMPUTED = {"waste_stream": ("tonnes_per_year",)}
_WASTE_UNITS = {"density_kg_m3": "kg/m**3", "piece_mass_kg": "kg", "tonnes_per_year": "t"}


def _question(question_id: object, db) -> Question | None:
    """The checklist question ``question_id`` names, in any built-in or installed template."""
    from recp_desktop.storage.templates import template_registry

    if not isinstance(question_id, str):
        return None
    template = template_registry(db).question_template(question_id)
    return template.question(question_id) if template is not None else None


def _text(value: Any) -> str:
    """A field's value as shown and edited; numbers as the display language writes them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return format_number(value, current_language(), grouping=False)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _value(text: str, like: Any) -> Any:
    """``text`` typed by the user, as the type of ``like`` (the local value).

    Numbers are read as the display language writes them (:mod:`recp_desktop.domain.numbers`);
    one that is not, or not finite, raises :class:`~recp_desktop.domain.units.UnitError`.
    """
    text = text.strip()
    if isinstance(like, bool):
        return text.lower() in ("true", "1", "yes")
    if isinstance(like, int | float) or (like is None and _is_number(text)):
        if not text:
            return None
        number = parse_number(text, current_language())
        return int(number) if isinstance(like, int) and number.is_integer() else number
    return text if text or like is not None else None


def _waste_label(record: dict[str, Any]) -> str:
    """A waste stream as people know it: ``02 05 02 Sludge from the effluent treatment``."""
    from recp_desktop.domain.ewc import UnknownWasteCodeError, lookup

    try:
        code = lookup(str(record.get("ewc_code") or "")).display
    except UnknownWasteCodeError:
        return ""
    return f"{code} {record.get('name') or ''}".strip()


def _is_number(text: str) -> bool:
    try:
        parse_number(text, current_language())
    except UnitError:
        return False
    return True


class ConflictsDialog(QDialog):
    sig_resolved = Signal(str)
    """Emitted with the id of a conflict after it was settled."""

    def __init__(self, db: Database, assessment_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db, self.assessment_id = db, assessment_id
        self.conflicts: list[Conflict] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(980, 520)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Here"), self.tr("Incoming"), self.tr("Keep (editable)")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")
        self.keep_local = QPushButton(self.tr("Keep this device's version"))
        self.keep_incoming = QPushButton(self.tr("Keep the incoming version"))
        self.keep_edit = QPushButton(self.tr("Keep the edited values"))
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.keep_incoming.clicked.connect(lambda: self.resolve("incoming"))
        self.keep_edit.clicked.connect(lambda: self.resolve("edit"))
        self.empty = QLabel(self.tr("There are no open conflicts."))
        actions = QHBoxLayout()
        for button in (self.keep_local, self.keep_incoming, self.keep_edit):
            actions.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(self.source)
        right.addWidget(self.table, 1)
        right.addWidget(self.error)
        right.addLayout(actions)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 1)
        side = QWidget()
        side.setLayout(right)
        columns.addWidget(side, 2)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.conflicts = list_conflicts(self.db, assessment_id=self.assessment_id)
        self.list.clear()
        from PySide6.QtCore import QLocale

        language = QLocale().name().split("_")[0]
        for conflict in self.conflicts:
            question = _question(conflict.label, self.db)
            label = localized(question.text, language) if question else conflict.label
            if conflict.record_type == "waste_stream":  # its code and name, not its id
                label = _waste_label(conflict.local or conflict.incoming or {}) or label
            kind = self._record_kind(conflict.record_type)
            item = QListWidgetItem(f"{label}\n{kind}")
            item.setToolTip(conflict.record_id)
            self.list.addItem(item)
        has_any = bool(self.conflicts)
        self.empty.setVisible(not has_any)
        for widget in (self.keep_local, self.keep_incoming, self.keep_edit, self.table):
            widget.setEnabled(has_any)
        if has_any:
            self.list.setCurrentRow(0)
        else:
            self.table.setRowCount(0)
            self.source.clear()

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, _row: int) -> None:
        conflict = self.current()
        self.error.clear()
        if conflict is None:
            return
        who = conflict.source_device_name or conflict.source_device_id
        if conflict.source_author:
            who += f" ({conflict.source_author})"
        where = ""
        if conflict.assessment_id:  # which company and assessment: a hub brings many
            from recp_desktop.storage.repository import get_assessment

            try:
                assessment, company = get_assessment(self.db, conflict.assessment_id)
                where = f"<b>{escape(company.name)}</b> · {escape(assessment.title)}<br>"
            except LookupError:
                pass
        self.source.setText(
            where
            + escape(
                self.tr("Edited here and on {device} since the two last agreed.").format(device=who)
            )
        )
        hidden = DERIVED.get(conflict.record_type, ())
        fields = tuple(
            f for f in (conflict.differing or tuple(conflict.incoming)) if f not in hidden
        )
        self.table.setRowCount(len(fields))
        local = conflict.local or {}
        language = current_language()
        for row, name in enumerate(fields):
            cells = (
                self._field_label(conflict.record_type, name),
                self._shown(conflict, local, name, language),
                self._shown(conflict, conflict.incoming, name, language),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(row, column, item)
            self.table.item(row, COL_FIELD).setData(Qt.UserRole, name)
            self.table.item(row, COL_FIELD).setToolTip(name)
            result = QTableWidgetItem(_text(local.get(name)))
            if name in RECOMPUTED.get(conflict.record_type, ()):
                result = QTableWidgetItem(self.tr("recomputed from the quantity"))
                result.setFlags(result.flags() & ~Qt.ItemIsEditable)
                result.setData(Qt.UserRole, "recomputed")
            self.table.setItem(row, COL_RESULT, result)

    def _record_kind(self, record_type: str) -> str:
        """What kind of record is in conflict, in words ("Checklist answer")."""
        kinds = {
            "enterprise": self.tr("Company"),
            "assessment": self.tr("Assessment"),
            "baseline_item": self.tr("Baseline line"),
            "baseline_bills": self.tr("Monthly bills"),
            "answer": self.tr("Checklist answer"),
            "cp_option": self.tr("Option"),
            "photo": self.tr("Photo"),
            "waste_stream": self.tr("Waste stream"),
            "wanted_input": self.tr("Wanted input"),
            "review_event": self.tr("Review step"),
            "symbiosis_decision": self.tr("Symbiosis decision"),
        }
        return kinds.get(record_type, record_type)

    def _field_label(self, record_type: str, name: str) -> str:
        """The field in words ("Number", "Annual energy saving"); its name when there are none."""
        if record_type in ("waste_stream", "wanted_input"):
            from recp_desktop.ui.waste_labels import field_label

            return field_label(name)
        labels = {
            "value": self.tr("Answer"),
            "number": self.tr("Number"),
            "unit": self.tr("Unit"),
            "note": self.tr("Note"),
            "opportunity": self.tr("Improvement opportunity"),
            "title": self.tr("Title"),
            "status": self.tr("Status"),
            "investment": self.tr("Investment"),
            "saving_money": self.tr("Annual saving"),
            "saving_energy_kwh": self.tr("Annual energy saving"),
            "saving_water_m3": self.tr("Annual water saving"),
            "saving_materials_t": self.tr("Annual materials saving"),
            "saving_co2_t": self.tr("CO2 avoided per year"),
            "quantity": self.tr("Quantity"),
            "cost": self.tr("Annual cost"),
            "caption": self.tr("Caption"),
            "name": self.tr("Name"),
        }
        return labels.get(name, name)

    def _shown(self, conflict: Conflict, record: dict[str, Any], name: str, language: str) -> str:
        """A version's value with its unit: an answer's number with the unit it was typed in,
        an option's savings in kWh, m³ or t, money in the assessment's currency."""
        from recp_desktop.domain.unit_labels import unit_label

        text = _text(record.get(name))
        if conflict.record_type == "waste_stream" and isinstance(record.get(name), str):
            from recp_desktop.ui.waste_labels import destination_label, frequency_label

            shown = {"unit": unit_label, "frequency": lambda v, _l: frequency_label(v)}
            shown["destination"] = lambda v, _l: destination_label(v)
            return shown[name](text, language) if name in shown else text
        if not text or not isinstance(record.get(name), int | float):
            return text
        unit = _FIELD_UNITS.get(name, "")
        if conflict.record_type == "waste_stream":
            unit = _WASTE_UNITS.get(name, unit)
        if name in ("number", "quantity"):
            unit = str(record.get("unit") or "")
        elif name in ("investment", "saving_money", "cost", "annual_cost"):
            unit = self._currency(conflict)
        return f"{text}\u00a0{unit_label(unit, language)}" if unit else text

    def _currency(self, conflict: Conflict) -> str:
        from recp_desktop.storage.repository import get_assessment

        try:
            assessment, _company = get_assessment(self.db, conflict.assessment_id or "")
        except LookupError:
            return ""
        return assessment.currency or ""

    def edited_fields(self) -> dict[str, Any]:
        conflict = self.current()
        assert conflict is not None
        local = conflict.local or {}
        out: dict[str, Any] = {}
        for row in range(self.table.rowCount()):
            field = self.table.item(row, COL_FIELD)
            name = field.data(Qt.UserRole) or field.text()  # a row typed in names its field
            if self.table.item(row, COL_RESULT).data(Qt.UserRole) == "recomputed":
                continue  # the waste stream's tonnes follow its kept quantity
            out[name] = _value(self.table.item(row, COL_RESULT).text(), local.get(name))
        if conflict.record_type == "answer" and ("number" in out or "unit" in out):
            out["number_canonical"] = self._canonical(conflict, {**local, **out})
        return out

    def _canonical(self, conflict: Conflict, record: dict[str, Any]) -> float | None:
        from recp_desktop.checklists.answers import canonical_number

        question = _question(record.get("question_id"), self.db)
        if record.get("number") is None:
            return None
        if question is None or not question.unit:
            return record.get("number_canonical")
        return canonical_number(question, record["number"], record.get("unit", ""))

    def resolve(self, keep: str) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        try:
            fields = self.edited_fields() if keep == "edit" else None
            resolve_conflict(self.db, conflict.id, keep, fields)
        except (ValueError, StorageError) as exc:  # ConflictError, or a number that is not one
            from recp_desktop.domain.waste import WasteError
            from recp_desktop.ui.waste_errors import explain_waste

            message = str(exc)
            if isinstance(exc.__cause__, WasteError):
                message = self.tr("The edited waste stream cannot be kept: {reason}").format(
                    reason=explain_waste(exc, current_language())
                )
            self.error.setText(message)
            return False
        self.sig_resolved.emit(conflict.id)
        self.reload()
        return True
