"""The waste-streams page: pick an EWC code by keyboard, type a quantity, undo; screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from recp_desktop.storage.waste import list_waste_streams
from recp_desktop.ui.waste_model import (
    COL_COST,
    COL_DESTINATION,
    COL_FACTOR,
    COL_FREQUENCY,
    COL_QUANTITY,
    COL_TONNES,
    COL_TREATMENT,
)
from recp_desktop.ui.workspace import PAGE_WASTE
from tests.ui.helpers import create_demo


@pytest.fixture
def open_in(open_window):
    """Open windows in a language; translators are app-wide, so English is left behind."""
    windows = []

    def _open(language: str = "en"):
        windows.append(open_window(language))
        return windows[-1]

    yield _open
    for window in windows:
        window.translator.set_language("en")


def _waste_page(open_window, qtbot, language: str = "en"):
    window = open_window(language)
    create_demo(window, qtbot)
    workspace = window.workspace
    workspace.show_page(PAGE_WASTE)  # Ctrl+8
    assert workspace.stack.currentIndex() == PAGE_WASTE
    return window, workspace, workspace.waste


def test_pick_a_code_by_keyboard_type_a_quantity_and_undo(open_in, qtbot) -> None:
    window, workspace, page = _waste_page(open_in, qtbot)
    streams = lambda: list_waste_streams(window.db, workspace.assessment.id)  # noqa: E731
    before = len(streams())
    page.picker.line.setFocus()
    qtbot.keyClicks(page.picker.line, "soil stones hazardous")
    # 17 05 03* soil and stones containing hazardous substances is the only match
    assert page.picker.matches.count() == 1
    assert page.picker.matches.item(0).text().startswith("17 05 03*")
    page.picker.line.clear()
    qtbot.keyClicks(page.picker.line, "17 05")  # 17 05 03* 04 05* 06 07* 08
    assert page.picker.matches.count() == 6
    qtbot.keyClick(page.picker.line, Qt.Key_Down)  # 17 05 03* → 17 05 04
    qtbot.keyClick(page.picker.line, Qt.Key_Down)  # → 17 05 05*
    qtbot.keyClick(page.picker.line, Qt.Key_Return)
    [added] = [s for s in streams() if s.ewc_code == "170505"]  # dredging spoil, hazardous
    assert len(streams()) == before + 1 and page.picker.line.text() == ""
    model = page.model
    row = next(i for i, s in enumerate(model.streams) if s.id == added.id)
    assert page.view.currentIndex() == model.index(row, COL_QUANTITY)
    # 4 m³ per month without a density: kept, no tonnes yet
    assert model.setData(model.index(row, COL_QUANTITY), "4 м³", Qt.EditRole)
    assert model.index(row, COL_TONNES).data() == "?"
    assert model.setData(model.index(row, COL_FACTOR), "1 500", Qt.EditRole)
    assert model.setData(model.index(row, COL_FREQUENCY), "monthly", Qt.EditRole)
    [stored] = [s for s in streams() if s.id == added.id]
    assert stored.tonnes_per_year == pytest.approx(4 * 1.5 * 12)  # 72 t/yr
    assert not model.setData(model.index(row, COL_QUANTITY), "4 kWh", Qt.EditRole)
    window.undo_group.undo()  # frequency back to yearly: 4 × 1.5 = 6 t
    [stored] = [s for s in streams() if s.id == added.id]
    assert stored.tonnes_per_year == pytest.approx(6)
    window.undo_group.undo()
    window.undo_group.undo()
    window.undo_group.undo()  # the stream itself
    assert all(s.id != added.id for s in streams())
    window.undo_group.redo()
    assert any(s.id == added.id for s in streams())


@pytest.mark.parametrize("language", ["en", "ru"])
def test_screenshot(open_in, qtbot, language) -> None:
    window, _workspace, page = _waste_page(open_in, qtbot, language)
    model = page.model
    for code, quantity, factor, cost in (
        ("020502", "12 000 kg" if language == "en" else "12 000 кг", None, "3 100"),
        ("150110", "80 pcs" if language == "en" else "80 шт", "18", "400"),
        ("130205", "2 m³" if language == "en" else "2 м³", "880", ""),
    ):
        row = model.add(code)
        model.setData(model.index(row, COL_QUANTITY), quantity, Qt.EditRole)
        if factor:
            model.setData(model.index(row, COL_FACTOR), factor, Qt.EditRole)
        if cost:
            model.setData(model.index(row, COL_COST), cost, Qt.EditRole)
    row = next(i for i, s in enumerate(model.streams) if s.ewc_code == "020502")
    model.setData(model.index(row, COL_FREQUENCY), "quarterly", Qt.EditRole)
    model.setData(model.index(row, COL_TREATMENT), "R3", Qt.EditRole)
    model.setData(model.index(row, COL_DESTINATION), "other_company", Qt.EditRole)
    # 12 t × 4 quarters + 80 × 18 kg + 2 m³ × 0.88 t/m³ = 48 + 1.44 + 1.76 t; the last two
    # are hazardous (15 01 10*, 13 02 05*); the demo's own four streams (recp_desktop/demo_park)
    # add 240 + 163.8 + 9.6 + 6 = 419.4 t, none hazardous: 470.6 t in all
    text = page.totals.text()
    assert QLocale().toString(470.6, "f", 1) in text and QLocale().toString(3.2, "f", 1) in text
    page.picker.line.setFocus()
    qtbot.keyClicks(page.picker.line, "oil" if language == "en" else "13 05")
    out = Path(os.environ.get("RECP_SCREENSHOTS", "") or (Path(window.db.folder) / "shots"))
    out.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(out / f"waste-page-{language}.png"))


def test_wanted_inputs_are_typed_below_the_streams(open_in, qtbot) -> None:
    from recp_desktop.storage.wanted import list_wanted_inputs

    window, workspace, page = _waste_page(open_in, qtbot)
    panel = page.wanted
    qtbot.keyClicks(panel.code, "10 01")
    qtbot.keyClicks(panel.material, "fly ash for the kiln")
    qtbot.keyClicks(panel.tonnes, "1,200")
    qtbot.keyClick(panel.tonnes, Qt.Key_Return)
    [stored] = list_wanted_inputs(window.db, workspace.assessment.id)
    assert (stored.ewc_code, stored.material, stored.tonnes_per_year) == (
        "1001",
        "fly ash for the kiln",
        1200.0,
    )
    assert panel.table.item(0, 0).text() == "10 01" and panel.table.item(0, 2).text() == "1,200"
    assert panel.code.text() == ""
    messages = []
    page.sig_message.connect(messages.append)
    qtbot.keyClicks(panel.code, "21")  # no chapter 21
    assert not panel.add_from_fields()
    assert messages[-1].startswith("EWC code: “21” is not a code") and "pattern" not in messages[-1]
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    assert list_wanted_inputs(window.db, workspace.assessment.id) == []
    # the status bar says what happened, replacing the old refusal; the "saved" label follows
    assert messages[-1] == "Wanted input removed: 10 01 fly ash for the kiln, up to 1,200 t/year."
    assert window.statusBar().currentMessage() == messages[-1]
    assert window.saved_label.text() != window.tr("No changes yet")
    # a hazardous entry is printed with its asterisk, in red as the waste streams' codes
    panel.code.clear()  # the refused "21" is still typed
    qtbot.keyClicks(panel.code, "130205")
    qtbot.keyClicks(panel.material, "engine oil")
    qtbot.keyClicks(panel.tonnes, "100")
    assert panel.add_from_fields()
    assert messages[-1] == "Wanted input added: 13 02 05* engine oil, up to 100 t/year."
    code = panel.table.item(0, 0)
    assert code.text() == "13 02 05*" and code.foreground().color().name() == "#b3261e"
