"""Refused waste-stream edits: said in the user's language, and no undo step for them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from recp_desktop.storage.waste import list_waste_streams
from recp_desktop.ui.waste_model import COL_COST, COL_FACTOR, COL_NAME, COL_QUANTITY
from recp_desktop.ui.workspace import PAGE_WASTE
from tests.ui.helpers import create_demo


@pytest.fixture
def ru_page(open_window, qtbot):
    window = open_window("ru")
    create_demo(window, qtbot)
    window.workspace.show_page(PAGE_WASTE)
    page = window.workspace.waste
    messages: list[str] = []
    page.sig_message.connect(messages.append)
    yield window, page, messages
    window.translator.set_language("en")


def test_refusals_are_russian_sentences_and_leave_no_undo_step(ru_page) -> None:
    window, page, messages = ru_page
    model = page.model
    row = model.add("170504")  # soil and stones: a fresh stream with no quantity
    stack = window.workspace.undo_stack
    assert model.setData(model.index(row, COL_QUANTITY), "5 т", Qt.EditRole)
    steps = stack.count()
    # the undo text is the Russian one, not "edit waste stream"
    assert stack.undoText() == "изменение потока отходов"
    refused = (
        (COL_QUANTITY, "-5 т", "Количество: отрицательное значение недопустимо."),
        (COL_COST, "-1", "Затраты в год: отрицательное значение недопустимо."),
        (COL_QUANTITY, "3 кВт·ч", "«кВт·ч» — не масса, не объём и не штуки"),
        (COL_QUANTITY, "abc т", "не число"),
        (COL_NAME, "x" * 301, "Название на предприятии: не более 300 символов."),
    )
    for column, typed, said in refused:
        assert not model.setData(model.index(row, column), typed, Qt.EditRole)
        assert said in messages[-1], messages[-1]
        assert not any(word in messages[-1] for word in ("String", "cannot", "density kg"))
    assert stack.count() == steps  # no step for any refusal
    stack.undo()  # the last real change: 5 t back to no quantity
    [stream] = [
        s for s in list_waste_streams(window.db, model.assessment_id) if s.ewc_code == "170504"
    ]
    assert stream.quantity is None


def test_density_zero_and_absurd_tonnes_are_refused(ru_page) -> None:
    window, page, messages = ru_page
    model = page.model
    row = model.add("170504")
    assert model.setData(model.index(row, COL_QUANTITY), "2 куб.м", Qt.EditRole)
    assert not model.setData(model.index(row, COL_FACTOR), "0", Qt.EditRole)
    assert "больше 0" in messages[-1]
    # 900 000 m³ a year at 20 000 kg/m³ = 1.8e7 t/yr: kept;
    # 60 000 000 m³ at 20 000 kg/m³ = 1.2e9 t/yr: above 1e9, refused
    assert model.setData(model.index(row, COL_FACTOR), "20 000", Qt.EditRole)
    assert model.setData(model.index(row, COL_QUANTITY), "900 000 м³", Qt.EditRole)
    assert not model.setData(model.index(row, COL_QUANTITY), "60 000 000 м³", Qt.EditRole)
    assert "больше, чем производит любое предприятие" in messages[-1]
    [stream] = [
        s for s in list_waste_streams(window.db, model.assessment_id) if s.ewc_code == "170504"
    ]
    assert stream.tonnes_per_year == pytest.approx(900_000 * 20_000 / 1000)


def test_picker_says_descriptions_are_english_and_how_to_search(ru_page, qtbot) -> None:
    _window, page, _messages = ru_page
    picker = page.picker
    assert picker.note.isVisibleTo(page) and "на английском" in picker.note.text()
    picker.line.setText("масло")  # (keyClicks types Latin keys only)
    assert picker.matches.count() == 0
    assert "ищите по коду (13 02) или по-английски" in picker.note.text()
    picker.line.clear()
    qtbot.keyClicks(picker.line, "oil sludge")
    assert picker.matches.count() == 3 and "на английском" in picker.note.text()
