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
    old = create_enterprise(window.db, name="Old plant", country="MD", region="north zone")
    dialog = CompanyDialog(window.db, window, enterprise=old)
    qtbot.addWidget(dialog)
    assert dialog.region.value() == "north zone"
    dialog.accept()
    assert dialog.created.region == "north zone"
    # older text that names a region by another name in use (Natural Earth's "Raionul
    # Ialoveni") now places the company on the map once saved again
    older = create_enterprise(window.db, name="Older", country="MD", region="raionul Ialoveni")
    again = CompanyDialog(window.db, window, enterprise=older)
    qtbot.addWidget(again)
    assert again.region.value() == "MD-IA"


def test_ok_without_a_change_keeps_a_region_that_shares_its_name(open_window, qtbot) -> None:
    """The tryout: OK on the demo's Şəki company (the rayon AZ-SAK) stored the city AZ-SA,
    the first of two divisions named "Şəki"."""
    window = open_window()
    for code, label in (("AZ-SAK", "Şəki (rayon)"), ("AZ-SA", "Şəki (city)")):
        company = create_enterprise(window.db, name=f"Şəki Süd {code}", country="AZ", region=code)
        dialog = CompanyDialog(window.db, window, enterprise=company)
        qtbot.addWidget(dialog)
        assert dialog.region.currentText() == label
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
        assert dialog.created.region == code


def test_a_name_of_two_regions_asks_which(open_window, qtbot) -> None:
    window = open_window()
    dialog = CompanyDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.country.setCurrentIndex(dialog.country.findData("AZ"))
    dialog.region.lineEdit().insert("Şəki")  # typed (QTest types ASCII keys only)
    assert dialog.region.value() == "Şəki" and dialog.region.note.isVisible()
    assert "names more than one region of Azerbaijan" in dialog.region.note.text()
    completer = dialog.region.completer()
    completer.setCompletionPrefix("Şəki")
    offered = {completer.completionModel().index(r, 0).data()
               for r in range(completer.completionCount())}  # fmt: skip
    assert offered == {"Şəki (city)", "Şəki (rayon)"}
    dialog.country.setCurrentIndex(dialog.country.findData("BY"))
    for text in ("Brest", "Брест"):  # Belarus: the names people use, not ISO's "Bresckaja…"
        dialog.region.lineEdit().clear()
        dialog.region.lineEdit().insert(text)
        assert dialog.region.value() == "BY-BR" and dialog.region.note.isHidden(), text


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
    for text in ("kvemo kartli", "Квемо-Картли", "ge-kk", "rustavi"):  # stored as its code;
        # "Rustavi": Natural Earth's other name of the region (its capital)
        home.search.setText(text)
        assert home.proxy.rowCount() == 1, text
    home.search.setText("imereti")
    assert home.proxy.rowCount() == 0
    kakheti = create_enterprise(window.db, name="Telavi Wines", country="GE", region="GE-KA",
                                eco_park="Alazani Valley Agro Park")  # fmt: skip
    create_assessment(window.db, kakheti.id, kind="full", currency="GEL")
    window.show_home()
    for text in ("Kakheti", "k'akheti", "alazani"):  # ISO's "K'akheti"; the park's name
        home.search.setText(text)
        assert home.proxy.rowCount() == 1, text


def test_a_club_region_box_never_draws_the_company_note(open_window, qtbot) -> None:
    from recp_desktop.ui.club_dialogs import ClubDialog

    window = open_window()
    dialog = ClubDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.country.setCurrentIndex(dialog.country.findData("GE"))
    qtbot.keyClicks(dialog.region.lineEdit(), "somewhere else")
    assert dialog.region.note.isHidden()  # it would be drawn over the field: no form holds it


def test_the_park_field_offers_the_parks_already_named(open_window, qtbot) -> None:
    """The tryout: the park is typed, so a typo made a second park; the field now completes
    from the parks the companies already name."""
    window = open_window()
    create_enterprise(window.db, name="Şəki Süd", country="AZ", eco_park="Şəki Agro Park")
    dialog = CompanyDialog(window.db, window)
    qtbot.addWidget(dialog)
    completer = dialog.eco_park.completer()
    completer.setCompletionPrefix("agro")
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Şəki Agro Park"
