"""The symbiosis window on the hand-built fixture: the list, reasons, confirm and reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from recp_desktop.storage.symbiosis_decisions import decisions
from recp_desktop.ui.symbiosis_page import SymbiosisWindow
from tests import waste_fixture

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _opened(qtbot, db, language: str = "en") -> SymbiosisWindow:
    window = SymbiosisWindow(db, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.wait_loaded()  # the background load finished and the list shows it
    return window


def test_list_reasons_and_decisions(qtbot, db) -> None:
    waste_fixture.build(db)
    window = _opened(qtbot, db)
    model = window.model
    # scores by hand in tests/core/test_symbiosis.py::test_candidates_on_the_fixture
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["75", "50", "40"]
    assert model.index(0, 1).data() == "Rustavi Steel: Mill scale"
    assert model.index(0, 2).data() == "10 02 10"
    # the receiver's division named beside its code (Eurostat, NACE Rev. 2: division 23)
    assert model.index(0, 4).data() == (
        "Ganja Cement (23.51 — Manufacture of other non-metallic mineral products)"
    )
    assert model.index(0, 6).data() == "open"
    text = window.details.toPlainText()
    assert "Rustavi Industrial Zone" in text and "[ABDULWAHAB2020]" in text
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    qtbot.keyClicks(window.comment, "Trial load in May")
    qtbot.mouseClick(window.confirm_button, Qt.LeftButton)
    key = model.rows[0].key
    assert changed == [(0, 0)] and resets == [] and not window.loading  # that row only
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
    assert window.symbiosis.wait_loaded()
    assert window.symbiosis.model.rowCount() == 3


def test_filter_sort_and_hazardous_codes(qtbot, db) -> None:
    waste_fixture.build(db)
    window = _opened(qtbot, db)
    proxy = window.proxy

    def shown(column: int) -> list[str]:
        return [proxy.index(r, column).data() for r in range(proxy.rowCount())]

    window.filter_edit.setText("cardboard")  # the receiver's name, any case
    assert shown(1) == ["Telavi Wines: Cartons", "Baku Print: Paper packaging"]
    window.filter_edit.setText("15 01 01")  # the code as printed
    assert len(shown(0)) == 2
    window.filter_edit.setText("150101")  # and as stored
    assert len(shown(0)) == 2
    window.filter_edit.setText("IRON OXIDE")  # the mapping's material
    assert shown(1) == ["Rustavi Steel: Mill scale"]
    window.filter_edit.setText("no such thing")
    assert shown(1) == [] and "No candidate matches the filter." in window.details.toPlainText()
    window.filter_edit.clear()
    window.table.sortByColumn(5, Qt.AscendingOrder)  # km: 232 (sites), then farther
    kms = [window.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].distance_km
           for r in range(proxy.rowCount())]  # fmt: skip
    assert kms == sorted(kms)
    window.table.sortByColumn(0, Qt.DescendingOrder)
    assert shown(0) == ["75", "50", "40"]
    window.table.selectRow(1)
    qtbot.mouseClick(window.dismiss_button, Qt.LeftButton)
    window.status_box.setCurrentIndex(window.status_box.findData("dismissed"))
    assert shown(1) == ["Telavi Wines: Cartons"]
    window.status_box.setCurrentIndex(window.status_box.findData("open"))
    assert shown(0) == ["75", "40"]
    assert "3 candidates" in window.summary.text() and "2 shown" in window.summary.text()


def test_refresh_shows_new_streams(qtbot, db) -> None:
    from recp_desktop.storage.models import Assessment
    from recp_desktop.storage.waste import add_waste_stream

    ids = waste_fixture.build(db)
    window = _opened(qtbot, db)
    assert window.model.rowCount() == 3
    with db.session() as session:
        steel = session.query(Assessment).filter_by(enterprise_id=ids["steel"]).one().id
    add_waste_stream(db, steel, ewc_code="100202", name="Slag", quantity=900, unit="t")
    window.act_refresh.trigger()
    assert window.loading
    assert window.wait_loaded()
    assert window.model.rowCount() == 4 and "Slag" in {c.stream.name for c in window.model.rows}


def test_parks_tab(qtbot, db) -> None:
    waste_fixture.build(db)
    window = _opened(qtbot, db)
    window.tabs.setCurrentIndex(1)
    tree = window.parks
    parks = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert parks == ["Kutaisi FIZ", "Rustavi Industrial Zone"]
    rustavi = tree.topLevelItem(1)
    assert rustavi.text(1) == "2"  # companies, a column of their own
    assert rustavi.text(5) == "829"  # 420 + 358.8 + 50 t, three figures
    assert rustavi.textAlignment(5) & Qt.AlignRight
    children = [rustavi.child(i).text(0) for i in range(rustavi.childCount())]
    assert children == [
        "Ganja Cement (23.51 — Manufacture of other non-metallic mineral products)",
        "Rustavi Steel (24.10 — Manufacture of basic metals)",
        "⇄ Rustavi Steel: Mill scale → Ganja Cement",
    ]
    assert rustavi.child(2).text(6) == "open"
    window.tabs.setCurrentIndex(0)
    window.table.selectRow(0)
    qtbot.mouseClick(window.confirm_button, Qt.LeftButton)
    assert window.parks.topLevelItem(1).child(2).text(6) == "confirmed"
    assert window.parks.topLevelItem(1).text(6) == "1 confirmed"
    window.tabs.setCurrentIndex(1)
    window.grab().save(str(SHOTS / "parks-en.png"))


def test_use_is_shown_in_the_window_language(qtbot, db) -> None:
    waste_fixture.build(db)
    russian = _opened(qtbot, db, "ru")
    russian.table.selectRow(0)  # mill scale → Ganja Cement, mapping row 1
    text = russian.details.toPlainText()
    assert (
        "прокатная окалина (оксид железа): железосодержащая корректирующая добавка в цементную "
        "сырьевую смесь\n" in text
    )  # the whole line in Russian, with no "in English" note
    assert "iron corrective" not in text and "+20 количество: предлагается 420 т/год." in text
    azerbaijani = _opened(qtbot, db, "az")
    azerbaijani.table.selectRow(0)
    text = azerbaijani.details.toPlainText()
    assert "mill scale (iron oxide): iron corrective in cement raw meal" in text
    assert "(in English: the mapping has no wording in this language yet)" in text


def test_open_windows_follow_saves_and_imports(open_window, qtbot) -> None:
    """An edit saved in the main window (here: a stream added and the save signal the
    workspace sends) makes the open map and symbiosis windows read again."""
    from recp_desktop.storage.models import Assessment
    from recp_desktop.storage.waste import add_waste_stream

    window = open_window("en")
    ids = waste_fixture.build(window.db)
    window.act_symbiosis.trigger()
    window.act_waste_map.trigger()
    assert window.symbiosis.wait_loaded() and window.symbiosis.model.rowCount() == 3
    before = len(window.waste_map.rows)
    with window.db.session() as session:
        steel = session.query(Assessment).filter_by(enterprise_id=ids["steel"]).one().id
    add_waste_stream(window.db, steel, ewc_code="100202", name="Slag", quantity=900, unit="t")
    window._saved()  # what the workspace's sig_saved, an import, a sync or the demo lead to
    qtbot.waitUntil(lambda: window.symbiosis.loading or window.symbiosis.model.rowCount() == 4)
    assert window.symbiosis.wait_loaded() and window.symbiosis.model.rowCount() == 4
    assert len(window.waste_map.rows) == before + 1


def test_cancel_keeps_the_list_usable(qtbot, db) -> None:
    waste_fixture.build(db)
    window = _opened(qtbot, db)
    window.reload()
    assert window.loading and window.cancel_button.isVisibleTo(window)
    window.cancel_load()
    assert window.wait_loaded()
    assert not window.cancel_button.isVisibleTo(window) and window.refresh_button.isEnabled()
    assert window.model.rowCount() == 3  # what it showed, or the fresh list: never emptied
    assert "Could not read" not in window.summary.text()
