"""A quick-win calculator in simple mode, for a RECP Club self-audit.

Only what a person can measure, count or read off a bill is asked; every other input keeps its
stated default, listed under the inputs and opened with "Show the other assumptions". The
calculation is the full calculator's (:class:`CalculatorDialog` underneath, the same
:func:`~recp_desktop.domain.calculators.run` on the same inputs); the results put the money
saved and the yearly amounts first, in plain words.
"""

from __future__ import annotations

import html
from itertools import pairwise

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.checklists.model import CP_TECHNIQUES
from recp_desktop.domain.calculators import Calculation, Input
from recp_desktop.domain.calculators.base import example
from recp_desktop.domain.calculators.simple import RESULT_ORDER, first_results, split
from recp_desktop.domain.messages import format_param
from recp_desktop.domain.numbers import format_number
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.ui.calculator_dialog import _METHOD_NOTE, CalculatorDialog, _decimals
from recp_desktop.ui.calculator_labels import choice_label, input_label, result_label
from recp_desktop.ui.club_labels import measure_hint, plain_result_label
from recp_desktop.ui.i18n import current_language
from recp_desktop.ui.labels import calculator_label


class SimpleCalculatorDialog(CalculatorDialog):
    """The calculator with the measured inputs in front and the rest as stated defaults.

    Same constructor as :class:`CalculatorDialog`; :meth:`show_assumptions` opens the defaults.
    """

    def _build_inputs(self, prefilled: dict[str, str]) -> QWidget:
        self.measured, self.assumed = split(self.calculator)
        self.cells: dict[str, QWidget] = {}
        panel = QWidget()
        layout = QVBoxLayout(panel)
        heading = QLabel(
            "<b>{}</b>".format(html.escape(self.tr("What you measure, count or read on a bill")))
        )
        layout.addWidget(heading)
        form = QFormLayout()
        self.hints: dict[str, QLabel] = {}
        for spec in self.measured:
            field = self._add_row(form, spec, prefilled)
            hint = measure_hint(self.calculator, spec.name)
            if hint:  # under the field, in the field's row: hidden with it
                field.setToolTip(hint)
                note = QLabel(hint)
                note.setWordWrap(True)
                note.setStyleSheet("color: #555;")
                note.setObjectName(f"hint_{spec.name}")
                cell = QWidget()
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                form.takeRow(form.rowCount() - 1)
                column.addWidget(field)
                column.addWidget(note)
                label = self.rows[spec.name][0]
                form.addRow(label, cell)
                self.hints[spec.name] = note
                self.cells[spec.name] = cell
        layout.addLayout(form)
        self.assumed_summary = QLabel()
        self.assumed_summary.setWordWrap(True)
        self.assumed_summary.setStyleSheet("color: #555;")
        self.assumed_summary.setText(self._summary(prefilled))
        layout.addWidget(self.assumed_summary)
        self.toggle = QPushButton(self.tr("Show the other assumptions (%n)", "", len(self.assumed)))
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.toggle.toggled.connect(self.show_assumptions)
        layout.addWidget(self.toggle)
        self.assumptions_box = QWidget()
        assumed_form = QFormLayout(self.assumptions_box)
        for spec in self.assumed:
            self._add_row(assumed_form, spec, prefilled)
        self.assumptions_box.setVisible(False)
        layout.addWidget(self.assumptions_box)
        # Tab goes down the measured inputs, to the toggle, then through the assumptions.
        chain = [self.fields[s.name] for s in self.measured]
        chain += [self.toggle, *(self.fields[s.name] for s in self.assumed)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        scroll.setMinimumWidth(
            panel.sizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        self.setWindowTitle(
            self.tr("{calculator} — simple").format(calculator=calculator_label(self.calculator))
        )
        return scroll

    def _choices(self, spec: Input) -> tuple[str, ...]:
        """A method is offered only if something it needs is among the measured inputs."""
        if spec.name != "method":
            return spec.choices
        shown = {s.name for s in self.measured}
        needs: dict[str, set[str]] = {}
        for other in self.specs:
            match = _METHOD_NOTE.search(other.description)
            if match:
                needs.setdefault(match.group(1), set()).add(other.name)
        return tuple(c for c in spec.choices if c not in needs or needs[c] & shown)

    def _summary(self, prefilled: dict[str, str]) -> str:
        """The defaults the calculation assumes, in a sentence (those with one)."""
        language = current_language()
        parts = []
        for spec in self.assumed:
            given = prefilled.get(spec.name)
            if spec.kind == "choice":
                value = choice_label(given or spec.default or "")
            elif given:
                value = given
            elif spec.default:
                value = format_param(example(spec, self.currency), language)
            else:
                continue
            if value:
                parts.append(f"{input_label(spec.name)}: {value}")
        if not parts:
            return ""
        return self.tr("Assumed unless you change it: {list}.").format(list="; ".join(parts))

    def show_assumptions(self, shown: bool = True) -> None:
        """Open (or close) the inputs that keep their defaults."""
        self.assumptions_box.setVisible(shown)
        self.assumed_summary.setVisible(not shown)
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)
        self.toggle.setText(
            self.tr("Hide the other assumptions")
            if shown
            else self.tr("Show the other assumptions (%n)", "", len(self.assumed))
        )
        self._show_method_rows()

    def _show_method_rows(self) -> None:
        super()._show_method_rows()
        for name, cell in getattr(self, "cells", {}).items():
            cell.setVisible(self._row_visible(name))

    def _build_option_box(self, title: str, techniques: tuple[str, ...]) -> QGroupBox:
        """Save as a quick win: a name and what fixing costs; the technique is the question's
        first (shown to the expert in the full view), the status "identified"."""
        box = QGroupBox(self.tr("Save it in my quick wins"))
        form = QFormLayout(box)
        self.option_title = QLineEdit(title)
        self.option_title.textChanged.connect(self._update_add_button)
        self.technique = QComboBox()
        for technique in (*techniques, *(t for t in CP_TECHNIQUES if t not in techniques)):
            self.technique.addItem(technique, technique)
        self.status = QComboBox()
        self.status.addItem("identified", "identified")
        self.investment = QLineEdit()
        self.investment.setPlaceholderText("0")
        self.add_button = QPushButton(self.tr("Save as a quick win"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_as_option)
        form.addRow(self.tr("What to fix"), self.option_title)
        form.addRow(
            self.tr("What fixing it costs ({currency})").format(currency=self.currency),
            self.investment,
        )
        form.addRow(self.add_button)
        return box

    def _show_results(self, calculation: Calculation) -> None:
        language = current_language()
        values = calculation.result.values
        keys = first_results(list(values))
        money = values.get("annual_cost")
        if money is not None:
            amount = format_number(float(money.magnitude), language, 0)
            headline = self.tr("Fixing it saves about {money} {currency} a year.").format(
                money=amount, currency=unit_label(money.units, language)
            )
        else:
            headline = self.tr("Type the price from your bill to see the money it saves.")
        rows = []
        for key in keys:
            value = values[key]
            number = format_number(float(value.magnitude), language, _decimals(value.magnitude))
            unit = unit_label(value.units, language)
            plain = key in RESULT_ORDER
            label = plain_result_label(key, self.calculator) if plain else result_label(key)
            weight = "<b>{}</b>" if plain else "{}"
            rows.append(
                f"<tr><td>{html.escape(label)}</td>"
                f"<td align=right>{weight.format(html.escape(number))}</td>"
                f"<td>{html.escape(unit)}</td></tr>"
            )
        warnings = "".join(
            f"<p style='color:#8a5300'>⚠ {html.escape(w.render(language))}</p>"
            for w in calculation.result.warnings
        )
        notes = "".join(
            f"<li>{html.escape(note.render(language))}</li>"
            for note in calculation.result.assumptions
        )
        self.results.setText(
            "<h2>{}</h2><table cellspacing=6>{}</table>{}<p style='color:#555'>{}</p>"
            "<ul style='color:#555'>{}</ul>".format(
                html.escape(headline),
                "".join(rows),
                warnings,
                html.escape(self.tr("How this was worked out")),
                notes,
            )
        )
