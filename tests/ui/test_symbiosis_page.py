"""The symbiosis window on the hand-built fixture: the list, reasons, confirm and reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from recp_desktop.storage.symbiosis_decisions import decisions
from recp_desktop.ui.symbiosis_page import SymbiosisWindow
from tests import waste_fixture

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_list_reasons_and_decisions(qtbot, db) -> None:
    waste_fixture.build(db)
    window = SymbiosisWindow(db, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["85", "50", "45"]
    assert model.index(0, 1).data() == "Rustavi Steel: Mill scale"
    # the receiver's division named beside its code (Eurostat, NACE Rev. 2: division 23)
    assert model.index(0, 4).data() == (
        "Ganja Cement (23.51 — Manufacture of other non-metallic mineral products)"
    )
    assert model.index(0, 6).data() == "open"
    text = window.details.toPlainText()
    assert "Rustavi Industrial Zone" in text and "[ABDULWAHAB2020]" in text
    qtbot.keyClicks(window.comment, "Trial load in May")
    qtbot.mouseClick(window.confirm_button, Qt.LeftButton)
    key = model.rows[0].key
    assert decisions(db)[key].status == "confirmed"
    assert decisions(db)[key].comment == "Trial load in May"
    assert model.index(0, 6).data() == "confirmed"
    assert "1 confirmed" in window.summary.text()
    window.table.selectRow(1)
    qtbot.mouseClick(window.dismiss_button, Qt.LeftButton)
    assert model.index(1, 6).data() == "dismissed"
    window.table.selectRow(0)
    assert window.comment.text() == "Trial load in May"
    window.grab().save(str(SHOTS / "symbiosis-en.png"))
    qtbot.mouseClick(window.reopen_button, Qt.LeftButton)
    assert key not in decisions(db) and model.index(0, 6).data() == "open"


def test_view_menu_opens_symbiosis(open_window, qtbot) -> None:
    window = open_window("en")
    waste_fixture.build(window.db)
    window.act_symbiosis.trigger()
    qtbot.waitExposed(window.symbiosis)
    assert window.symbiosis.model.rowCount() == 3


def test_parks_tab(qtbot, db) -> None:
    waste_fixture.build(db)
    window = SymbiosisWindow(db, "en")
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(1)
    tree = window.parks
    parks = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert parks == ["Kutaisi FIZ", "Rustavi Industrial Zone"]
    rustavi = tree.topLevelItem(1)
    assert rustavi.text(4) == "829"  # 420 + 358.8 + 50 t, three figures
    children = [rustavi.child(i).text(0) for i in range(rustavi.childCount())]
    assert children == [
        "Ganja Cement (23.51 — Manufacture of other non-metallic mineral products)",
        "Rustavi Steel (24.10 — Manufacture of basic metals)",
        "⇄ Rustavi Steel: Mill scale → Ganja Cement",
    ]
    assert rustavi.child(2).text(1) == "open"
    window.tabs.setCurrentIndex(0)
    window.table.selectRow(0)
    qtbot.mouseClick(window.confirm_button, Qt.LeftButton)
    assert window.parks.topLevelItem(1).child(2).text(1) == "confirmed"
    window.tabs.setCurrentIndex(1)
    window.grab().save(str(SHOTS / "parks-en.png"))


def test_use_is_shown_in_the_window_language(qtbot, db) -> None:
    waste_fixture.build(db)
    russian = SymbiosisWindow(db, "ru")
    qtbot.addWidget(russian)
    russian.table.selectRow(0)  # mill scale → Ganja Cement, mapping row 1
    text = russian.details.toPlainText()
    assert (
        "прокатная окалина (оксид железа): железосодержащая корректирующая добавка в цементную "
        "сырьевую смесь\n" in text
    )  # the whole line in Russian, with no "in English" note
    assert "iron corrective" not in text and "+20 количество: предлагается 420 т/год." in text
    azerbaijani = SymbiosisWindow(db, "az")
    qtbot.addWidget(azerbaijani)
    azerbaijani.table.selectRow(0)
    text = azerbaijani.details.toPlainText()
    assert "mill scale (iron oxide): iron corrective in cement raw meal" in text
    assert "(in English: the mapping has no wording in this language yet)" in text
