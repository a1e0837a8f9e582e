"""A checklist reads numbers by the interface language's rule and refuses what is no number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.ui.checklist_model import COL_ANSWER

POWER = "energy.compressed_air.compressor_power"  # in kW
HOT_WATER = "water.cooling.hot_water_temp"  # in °C


def _type_answer(qtbot, window, view, row: int, text: str) -> None:
    view.go_to_row(row)
    qtbot.keyClicks(view, text[0])  # the first key opens the row's editor...
    editor = window.focusWidget()
    editor.insert(text[1:])  # ...the rest as a keyboard layout would type it (QTest is ASCII)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.EditingState)


@pytest.fixture(params=["en", "ru"])
def window(request, open_window):
    window = open_window(request.param)
    yield window, request.param
    window.translator.set_language("en")  # the locale is the process's: leave it as found


def test_the_same_text_is_read_by_the_language_and_said_back(window, qtbot) -> None:
    window, language = window
    company = create_enterprise(window.db, name="Şəki Süd", country="AZ")
    assessment = create_assessment(window.db, company.id, kind="full", currency="AZN")
    window.open_assessment(assessment.id)
    page = window.workspace.show_area("energy")
    view, model = page.view, page.model
    messages: list[str] = []
    page.sig_message.connect(messages.append)
    view.setFocus()
    view.go_to_row(model.row_of("energy.compressed_air.has_system"))
    qtbot.keyClick(view, Qt.Key_Y)  # the compressed-air questions follow from this one

    _type_answer(qtbot, window, view, model.row_of(POWER), "1,500 kW")
    answer = load_answers(window.db, assessment.id)[POWER]
    assert answer.number == {"en": 1500, "ru": 1.5}[language]
    shown = model.index(model.row_of(POWER), COL_ANSWER).data()
    assert shown == {"en": "1,500", "ru": "1,5"}[language]
    assert messages and shown in messages[-1] and "1,500 kW" in messages[-1]


@pytest.mark.parametrize("text", ["40 Δ°C", "inf", "1e999 °C"])
def test_a_temperature_question_refuses_in_words(open_window, qtbot, text: str) -> None:
    window = open_window("en")
    company = create_enterprise(window.db, name="Şəki Süd", country="AZ")
    assessment = create_assessment(window.db, company.id, kind="full", currency="AZN")
    window.open_assessment(assessment.id)
    page = window.workspace.show_area("water")
    view, model = page.view, page.model
    view.setFocus()
    row = model.row_of(HOT_WATER)
    assert row >= 0
    _type_answer(qtbot, window, view, row, text)
    assert HOT_WATER not in load_answers(window.db, assessment.id)
    message = model.errors[HOT_WATER]
    assert "[" not in message and "Error" not in message
    assert model.index(row, COL_ANSWER).data().startswith("⚠")
