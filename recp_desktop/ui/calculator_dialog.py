"""A quick-win calculator: type what was measured, see the yearly savings, record an option."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.checklists.model import CP_TECHNIQUES
from recp_desktop.domain.calculators import Calculation, CalculationError, Input, inputs, run
from recp_desktop.domain.calculators.base import example
from recp_desktop.domain.messages import Message, format_param
from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.options import STATUSES
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.domain.units import UnitError, parse_number
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.options import add_calculated_option
from recp_desktop.storage.repository import ValidationError
from recp_desktop.ui.calculator_labels import choice_label, input_label, result_label
from recp_desktop.ui.i18n import current_language
from recp_desktop.ui.input_errors import explain
from recp_desktop.ui.labels import calculator_label, option_status_label, technique_label

_METHOD_NOTE = re.compile(r"\((\w+)\)$")


class CalculatorDialog(QDialog):
    sig_option_added = Signal(str)
    """Emitted with the new option's id after "Add as option"."""

    def __init__(
        self,
        db: Database,
        assessment_id: str,
        calculator: str,
        *,
        currency: str,
        area: str,
        prefilled: dict[str, str] | None = None,
        title: str = "",
        techniques: tuple[str, ...] = (),
        question_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.assessment_id, self.calculator = db, assessment_id, calculator
        self.currency, self.area, self.question_id = currency, area, question_id
        self.specs: tuple[Input, ...] = inputs(calculator)
        self.calculation: Calculation | None = None
        self.option_id: str | None = None
        self.setWindowTitle(calculator_label(calculator))
        self.resize(900, 640)

        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        inputs_widget = self._build_inputs(prefilled or {})

        self.results = QLabel()
        self.results.setTextFormat(Qt.RichText)
        self.results.setWordWrap(True)
        self.results.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.results.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")

        self.option_box = self._build_option_box(title, techniques)

        right = QVBoxLayout()
        right.addWidget(self.results, 1)
        right.addWidget(self.error)
        right.addWidget(self.option_box)
        columns = QHBoxLayout()
        columns.addWidget(inputs_widget, 1)
        columns.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.recalculate)
        self._show_method_rows()
        self.recalculate()
        first_empty = next(
            (f for f in self.fields.values() if isinstance(f, QLineEdit) and not f.text()), None
        )
        if first_empty is not None:
            first_empty.setFocus()

    # --- building (the simple mode overrides these) ------------------------------------------
    def _build_inputs(self, prefilled: dict[str, str]) -> QWidget:
        """The inputs' form in a scroll area; fills :attr:`fields` and :attr:`rows`."""
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for spec in self.specs:
            self._add_row(form, spec, prefilled)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        # Russian and Azerbaijani labels are long: show the whole form rather than clip the fields.
        scroll.setMinimumWidth(
            form_widget.sizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        return scroll

    def _add_row(
        self, form: QFormLayout, spec: Input, prefilled: dict[str, str], label_text: str = ""
    ) -> QWidget:
        label = QLabel(label_text or input_label(spec.name))
        if spec.kind == "choice":
            field: QLineEdit | QComboBox = QComboBox()
            for choice in self._choices(spec):
                field.addItem(choice_label(choice), choice)
            wanted = prefilled.get(spec.name, spec.default)
            if wanted is not None and field.findData(wanted) >= 0:
                field.setCurrentIndex(field.findData(wanted))
            field.currentIndexChanged.connect(self._changed)
        else:
            field = QLineEdit(prefilled.get(spec.name, ""))
            field.setPlaceholderText(self._placeholder(spec))
            field.setToolTip(self._hint(spec))
            field.textChanged.connect(self._changed)
        field.setObjectName(spec.name)
        label.setBuddy(field)
        self.fields[spec.name] = field
        self.rows[spec.name] = (label, field)
        form.addRow(label, field)
        return field

    def _choices(self, spec: Input) -> tuple[str, ...]:
        return spec.choices

    def _build_option_box(self, title: str, techniques: tuple[str, ...]) -> QGroupBox:
        """The "record as an option" box: title, CP technique, investment, status, Add."""
        currency = self.currency
        box = QGroupBox(self.tr("Record as a cleaner-production option"))
        option_form = QFormLayout(box)
        self.option_title = QLineEdit(title)
        self.option_title.textChanged.connect(self._update_add_button)
        self.technique = QComboBox()
        ordered = list(techniques) + [t for t in CP_TECHNIQUES if t not in techniques]
        for technique in ordered:
            self.technique.addItem(technique_label(technique), technique)
        self.investment = QLineEdit()
        self.investment.setPlaceholderText("0")
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(option_status_label(status), status)
        self.add_button = QPushButton(self.tr("Add as option"))
        self.add_button.setDefault(False)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_as_option)
        option_form.addRow(self.tr("Title"), self.option_title)
        option_form.addRow(self.tr("CP technique"), self.technique)
        option_form.addRow(
            self.tr("Investment ({currency})").format(currency=currency), self.investment
        )
        option_form.addRow(self.tr("Status"), self.status)
        option_form.addRow(self.add_button)

        return box

    # --- inputs ---------------------------------------------------------------------------------
    def _placeholder(self, spec: Input) -> str:
        if spec.default:  # as the language writes it: 20 °C, 101,325 кПа, 0,65
            return format_param(example(spec, self.currency), current_language())
        if spec.kind == "count":
            return "1"
        if spec.unit:
            unit = spec.unit.split("|")[0]
            unit = unit.replace("USD", self.currency)
            label = unit_label(unit, current_language())
            return self.tr("e.g. {example}").format(example=f"12 {label}".strip())
        return ""

    def _hint(self, spec: Input) -> str:
        if spec.kind == "count":
            return self.tr("A whole number.")
        if spec.unit:
            unit = unit_label(
                spec.unit.split("|")[0].replace("USD", self.currency), current_language()
            )
            if not unit:
                return Message("kind.plain_number").render(current_language())
            return self.tr("A number with any unit of the same kind as {unit}.").format(unit=unit)
        return ""

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, field in self.fields.items():
            if isinstance(field, QComboBox):
                out[name] = field.currentData()
            elif field.text().strip() and self._row_visible(name):
                out[name] = field.text().strip()
        return out

    def set_value(self, name: str, text: str) -> None:
        field = self.fields[name]
        if isinstance(field, QComboBox):
            field.setCurrentIndex(field.findData(text))
        else:
            field.setText(text)

    def _method(self) -> str | None:
        field = self.fields.get("method")
        return field.currentData() if isinstance(field, QComboBox) else None

    def _row_visible(self, name: str) -> bool:
        spec = next(s for s in self.specs if s.name == name)
        match = _METHOD_NOTE.search(spec.description)
        method_spec = next((s for s in self.specs if s.name == "method"), None)
        if not match or method_spec is None or match.group(1) not in method_spec.choices:
            return True
        return match.group(1) == self._method()

    def _show_method_rows(self) -> None:
        for name, (label, field) in self.rows.items():
            visible = self._row_visible(name)
            label.setVisible(visible)
            field.setVisible(visible)

    def _changed(self, *_args) -> None:
        self._show_method_rows()
        self._timer.start()

    # --- results -------------------------------------------------------------------------------
    def recalculate(self) -> None:
        self._timer.stop()
        for field in self.fields.values():
            field.setStyleSheet("")
        try:
            self.calculation = run(
                self.calculator, self.values(), current_language(), currency=self.currency
            )
        except CalculationError as exc:
            self.calculation = None
            self._show_error(exc)
        else:
            self.error.clear()
            self._show_results(self.calculation)
        self._update_add_button()

    def _show_error(self, exc: CalculationError) -> None:
        message = exc.render(current_language())
        if exc.input and exc.input in self.fields:
            self.fields[exc.input].setStyleSheet("border: 2px solid #b00020;")
            self.error.setText(f"{input_label(exc.input)}: {message}")
        else:
            self.error.setText(message)
        self.results.setText(
            "<p style='color:#555'>{}</p>".format(
                html.escape(self.tr("Fill in the highlighted input to see the savings."))
            )
        )

    def _show_results(self, calculation: Calculation) -> None:
        language = current_language()
        rows = []
        for key, value in calculation.result.values.items():
            number = format_number(float(value.magnitude), language, _decimals(value.magnitude))
            unit = unit_label(value.units, language)
            rows.append(
                f"<tr><td>{html.escape(result_label(key))}</td>"
                f"<td align=right><b>{html.escape(number)}</b></td>"
                f"<td>{html.escape(unit)}</td></tr>"
            )
        warnings = "".join(
            f"<p style='color:#8a5300'>⚠ {html.escape(warning.render(language))}</p>"
            for warning in calculation.result.warnings
        )
        notes = "".join(
            f"<li>{html.escape(note.render(language))}</li>"
            for note in calculation.result.assumptions
        )
        self.results.setText(
            "<h3>{}</h3><table cellspacing=6>{}</table>{}<p style='color:#555'>{}</p>"
            "<ul style='color:#555'>{}</ul>".format(
                html.escape(self.tr("What fixing it saves")),
                "".join(rows),
                warnings,
                html.escape(self.tr("Assumptions")),
                notes,
            )
        )

    def _update_add_button(self) -> None:
        self.add_button.setEnabled(
            self.calculation is not None and bool(self.option_title.text().strip())
        )

    # --- option --------------------------------------------------------------------------------
    def add_as_option(self) -> None:
        if self.calculation is None:
            return
        text = self.investment.text().strip()
        try:
            investment = parse_number(text, current_language()) if text else 0.0
        except UnitError as exc:
            label = self.tr("Investment")
            self.error.setText(explain(exc, label, self.currency, current_language()))
            return
        try:
            option = add_calculated_option(
                self.db,
                self.assessment_id,
                self.calculation,
                self.currency,
                title=self.option_title.text().strip(),
                technique=self.technique.currentData(),
                area=self.area,
                question_id=self.question_id,
                investment=investment,
                status=self.status.currentData(),
            )
        except (ValidationError, StorageError) as exc:  # before ValueError: it is one too
            self.error.setText(str(exc))
            return
        except ValueError:  # the prices were in another currency than the assessment's
            self.error.setText(
                self.tr("Give the prices in {currency}, the assessment's currency.").format(
                    currency=self.currency
                )
            )
            return
        self.option_id = option.id
        self.sig_option_added.emit(option.id)
        self.accept()


def _decimals(value: float) -> int:
    magnitude = abs(float(value))
    if magnitude >= 100:
        return 0
    if magnitude >= 1:
        return 2
    return 4
