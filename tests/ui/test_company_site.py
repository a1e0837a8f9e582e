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
