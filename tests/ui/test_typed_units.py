"""Numbers typed in a checklist with the units a plant writes, in Cyrillic as well."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.ui.checklist_model import COL_UNIT


def _type_answer(qtbot, window, view, row: int, text: str) -> None:
    view.go_to_row(row)
    qtbot.keyClicks(view, text[0])  # the first key (a digit) opens the row's editor...
    editor = window.focusWidget()
    editor.insert(text[1:])  # ...the rest as a keyboard layout would type it (QTest is ASCII)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.EditingState)


@pytest.fixture
def russian_window(open_window):
    window = open_window("ru")
    yield window
    window.translator.set_language("en")  # the locale is the process's: leave it as found


def test_pressure_and_power_typed_in_cyrillic(russian_window, qtbot) -> None:
    window = russian_window
    company = create_enterprise(window.db, name="Минский молочный завод", country="BY")
    assessment = create_assessment(window.db, company.id, kind="full", currency="BYN")
    window.open_assessment(assessment.id)
    page = window.workspace.show_area("energy")
    view, model = page.view, page.model
    view.setFocus()

    view.go_to_row(model.row_of("energy.compressed_air.has_system"))
    qtbot.keyClick(view, Qt.Key_Y)  # the compressed-air questions follow from this one
    pressure = "energy.compressed_air.discharge_pressure"  # in bar
    _type_answer(qtbot, window, view, model.row_of(pressure), "7 кгс/см²")
    power = "energy.compressed_air.compressor_power"  # in kW
    _type_answer(qtbot, window, view, model.row_of(power), "1 250 Вт")

    answers = load_answers(window.db, assessment.id)
    assert pressure in answers, model.errors
    assert answers[pressure].number == 7 and answers[pressure].unit == "кгс/см²"
    assert power in answers, model.errors
    assert answers[power].number == 1250 and answers[power].unit == "Вт"
    assert pressure not in model.errors and power not in model.errors
    assert model.index(model.row_of(pressure), COL_UNIT).data() == "кгс/см²"
