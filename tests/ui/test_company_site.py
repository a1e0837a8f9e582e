"""The company dialog's optional site coordinates: read by the interface language's number
rule, checked for range and pairing, stored, and shown again when the company is edited."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from recp_desktop.ui.dialogs import CompanyDialog


def _dialog(window, qtbot, enterprise=None) -> CompanyDialog:
    dialog = CompanyDialog(window.db, window, enterprise=enterprise)
    qtbot.addWidget(dialog)
    return dialog


def test_russian_decimal_commas_are_read_and_shown_again(open_window, qtbot) -> None:
    window = open_window("ru")
    dialog = _dialog(window, qtbot)
    qtbot.keyClicks(dialog.name, "Telavi Wines")
    dialog.country.setCurrentIndex(dialog.country.findData("GE"))
    qtbot.keyClicks(dialog.site.latitude, "41,9198")
    qtbot.keyClicks(dialog.site.longitude, "45,4731")
    dialog.accept()
    assert dialog.result() == QDialog.Accepted, dialog.error.text()
    assert (dialog.created.latitude, dialog.created.longitude) == (41.9198, 45.4731)
    again = _dialog(window, qtbot, dialog.created)
    assert (again.site.latitude.text(), again.site.longitude.text()) == ("41,9198", "45,4731")


def test_bad_sites_are_refused_with_a_reason(open_window, qtbot) -> None:
    window = open_window("en")
    dialog = _dialog(window, qtbot)
    qtbot.keyClicks(dialog.name, "Rustavi Steel")
    for latitude, longitude, phrase in [
        ("41.5", "", "both the latitude and the longitude"),
        ("95", "44.9", "Latitude must be between −90 and 90 degrees"),
        ("41.5", "-200", "Longitude must be between −180 and 180 degrees"),
        ("north", "44.9", "“north” is not a number"),
    ]:
        dialog.site.latitude.setText(latitude)
        dialog.site.longitude.setText(longitude)
        dialog.accept()
        assert dialog.result() != QDialog.Accepted and dialog.created is None
        assert phrase in dialog.error.text(), dialog.error.text()
    dialog.site.latitude.setText("")
    dialog.site.longitude.setText("")
    dialog.accept()  # the site is optional
    assert dialog.created is not None and dialog.created.latitude is None


def test_a_site_outside_the_country_is_flagged_and_swapped_numbers_named(open_window, qtbot):
    """The tryout saved a Minsk company at (27.56, 53.9): latitude and longitude swapped, its
    point off the map. Minsk is at 53.90° N, 27.56° E (the city's coordinates as published by
    GeoNames); 41.72° N, 44.79° E is Tbilisi, in Georgia, not Belarus."""
    window = open_window("en")
    dialog = _dialog(window, qtbot)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Minsk Tractor")
    dialog.country.setCurrentIndex(dialog.country.findData("BY"))
    for latitude, longitude, phrase in [
        ("27.56", "53.9", "swapped, the two numbers fall inside it"),
        ("41.72", "44.79", "outside Belarus on the map: check"),
        ("53.9", "27.56", ""),
    ]:
        dialog.site.latitude.setText(latitude)
        dialog.site.longitude.setText(longitude)
        dialog.site.longitude.editingFinished.emit()
        assert (phrase in dialog.site_note.text()) if phrase else dialog.site_note.isHidden()
    dialog.site.latitude.setText("27.56")
    dialog.site.longitude.setText("53.9")
    dialog.accept()  # a warning, not a refusal: borders on the map are simplified
    assert dialog.result() == QDialog.Accepted, dialog.error.text()
    again = _dialog(window, qtbot, dialog.created)
    again.show()
    assert again.site_note.isVisible() and "swapped" in again.site_note.text()
