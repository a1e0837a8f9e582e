"""The NACE names in the window: the company dialog names the division as it is typed, and the
programme page's sector filter names each division — in the interface's language (English for
Azerbaijani, marked so). Names typed from Eurostat's NACE Rev. 2 and OKVED 2."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recp_desktop.ui.dialogs import CompanyDialog
from recp_desktop.ui.programme_model import FIELD
from tests.programme_fixture import make_programme


def _hint(dialog: CompanyDialog, qtbot, code: str) -> str:
    dialog.nace.clear()
    qtbot.keyClicks(dialog.nace, code)
    return dialog.nace_hint.text()


def test_company_dialog_names_the_division_as_typed(open_window, qtbot) -> None:
    window = open_window("en")
    dialog = CompanyDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.nace_hint.text() == ""
    assert _hint(dialog, qtbot, "10.51") == "C 10 — Manufacture of food products"
    assert _hint(dialog, qtbot, "1") == ""  # one digit names no division yet
    assert _hint(dialog, qtbot, "00") == "00 is not a NACE Rev. 2 division"
    assert _hint(dialog, qtbot, "34.1") == "34 is not a NACE Rev. 2 division"
    assert dialog.nace_hint.isVisible() and dialog.nace_hint.wordWrap()

    window.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: window.translator.language == "ru")
    russian = CompanyDialog(window.db, window)
    qtbot.addWidget(russian)
    assert _hint(russian, qtbot, "35.11") == (
        "D 35 — Обеспечение электрической энергией, газом и паром; кондиционирование воздуха"
    )
    assert _hint(russian, qtbot, "00") == "Двузначного кода 00 нет в NACE Rev. 2"

    window.language_actions["az"].trigger()
    qtbot.waitUntil(lambda: window.translator.language == "az")
    azerbaijani = CompanyDialog(window.db, window)
    qtbot.addWidget(azerbaijani)
    hint = _hint(azerbaijani, qtbot, "10.51")
    assert hint.startswith("C 10 — Manufacture of food products (ingilis dilində")


def test_programme_sector_filter_names_the_divisions(open_window, qtbot) -> None:
    window = open_window("en")
    make_programme(window.db)  # 10.51, 25.61, 10.71
    window.programme_menu.act_view.trigger()
    page = window.programme_menu.page
    box = page.filter_boxes["sectors"]
    items = [box.itemText(i) for i in range(1, box.count())]
    assert items == [
        "C 10 — Manufacture of food products",
        "C 25 — Manufacture of fabricated metal products, except machinery and equipment",
    ]
    box.setCurrentIndex(box.findData("25"))
    assert {r.company for r in page.model.rows} == {"Rustavi Metal"}
    # the box elides a long name; its tooltip and the NACE cell's say it whole
    assert box.itemData(2, Qt.ToolTipRole) == items[1]
    index = page.model.index(0, FIELD["nace"])
    assert page.model.data(index, Qt.ItemDataRole.ToolTipRole.value) == items[1]
