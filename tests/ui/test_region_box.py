"""The company dialog picks the region from the country's ISO 3166-2 divisions, keeping free
text that older records hold."""

from __future__ import annotations

import os
from pathlib import Path

from recp_desktop.storage.repository import create_enterprise
from recp_desktop.ui.dialogs import CompanyDialog


def test_region_is_picked_by_typing_and_stored_as_its_code(open_window, qtbot) -> None:
    window = open_window()
    dialog = CompanyDialog(window.db, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Rustavi Azot")
    dialog.country.setCurrentIndex(dialog.country.findData("GE"))
    assert dialog.region.count() == 12  # 9 regions, 2 autonomous republics, Tbilisi
    qtbot.keyClicks(dialog.region.lineEdit(), "Kvemo Kartli")
    assert dialog.region.value() == "GE-KK"
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert dialog.created.region == "GE-KK"
    edit = CompanyDialog(window.db, window, enterprise=dialog.created)
    qtbot.addWidget(edit)
    assert edit.region.currentText() == "Kvemo Kartli" and edit.region.value() == "GE-KK"
    edit.country.setCurrentIndex(edit.country.findData("AZ"))  # Georgia's region cannot stay
    assert edit.region.value() == "" and edit.region.count() == 70
    out = Path(os.environ.get("RECP_SCREENSHOTS", "") or window.db.folder)
    edit.region.set_value("AZ-SM")
    assert edit.region.currentText() == "Sumqayıt"
    assert edit.grab().save(str(out / "company-region-en.png"))


def test_free_text_of_older_records_is_kept(open_window, qtbot) -> None:
    window = open_window()
    old = create_enterprise(window.db, name="Old plant", country="MD", region="raionul Ialoveni")
    dialog = CompanyDialog(window.db, window, enterprise=old)
    qtbot.addWidget(dialog)
    assert dialog.region.value() == "raionul Ialoveni"
    dialog.accept()
    assert dialog.created.region == "raionul Ialoveni"


def test_typed_names_find_the_listed_region_and_unlisted_text_is_flagged(open_window, qtbot):
    window = open_window()
    dialog = CompanyDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.country.setCurrentIndex(dialog.country.findData("GE"))
    # ISO's name is "K'akheti": typing it without the apostrophe still offers and picks it
    completer = dialog.region.completer()
    completer.setCompletionPrefix("kakheti")
    offered = [completer.completionModel().index(r, 0).data()
               for r in range(completer.completionCount())]  # fmt: skip
    assert offered == ["K'akheti"]
    qtbot.keyClicks(dialog.region.lineEdit(), "Kakheti")
    assert dialog.region.value() == "GE-KA" and dialog.region.note.isHidden()
    dialog.region.lineEdit().clear()
    qtbot.keyClicks(dialog.region.lineEdit(), "Telavi municipality")  # second level: not listed
    assert dialog.region.value() == "Telavi municipality"
    assert dialog.region.note.isVisible()
    assert "not one of the regions of Georgia" in dialog.region.note.text()
    assert "not be on the waste map" in dialog.region.note.text()
    qtbot.keyClicks(dialog.name, "Old Winery")
    dialog.accept()  # kept as typed, not dropped
    assert dialog.created.region == "Telavi municipality"


def test_home_search_finds_a_company_by_its_region_name(open_window, qtbot) -> None:
    from recp_desktop.storage.repository import create_assessment

    window = open_window()
    company = create_enterprise(window.db, name="Rustavi Azot", country="GE", region="GE-KK")
    create_assessment(window.db, company.id, kind="full", currency="GEL")
    window.show_home()
    home = window.home
    for text in ("kvemo kartli", "Квемо-Картли", "ge-kk"):  # the region is stored as its code
        home.search.setText(text)
        assert home.proxy.rowCount() == 1, text
    home.search.setText("imereti")
    assert home.proxy.rowCount() == 0


def test_a_club_region_box_never_draws_the_company_note(open_window, qtbot) -> None:
    from recp_desktop.ui.club_dialogs import ClubDialog

    window = open_window()
    dialog = ClubDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.country.setCurrentIndex(dialog.country.findData("GE"))
    qtbot.keyClicks(dialog.region.lineEdit(), "somewhere else")
    assert dialog.region.note.isHidden()  # it would be drawn over the field: no form holds it
