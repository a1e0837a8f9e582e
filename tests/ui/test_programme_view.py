"""The programme view in the real window: filters, search, sort, totals, rates, drill-down,
export — on the hand-computed programme of tests/core/test_programme.py."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from recp_desktop.storage.rates import list_rates, save_rate
from recp_desktop.ui.programme_model import FIELD
from tests.programme_fixture import GEL_AZN, make_programme


@pytest.fixture
def programme_window(open_window, qtbot):
    window = open_window("en")
    ids = make_programme(window.db)
    window.programme_menu.act_view.trigger()
    page = window.programme_menu.page
    assert window.stack.currentWidget() is page
    return window, page, ids


def total(page, name: str) -> str:
    return page.total_labels[name][1].text().replace("\u00a0", " ")


def test_rows_filters_search_and_sort(programme_window, qtbot) -> None:
    _window, page, ids = programme_window
    model = page.model
    assert [r.company for r in model.rows] == ["Baku Dairy", "Ganja Bread", "Rustavi Metal"]
    box = page.filter_boxes["countries"]
    box.setCurrentIndex(box.findData("AZ"))
    assert {r.company for r in model.rows} == {"Baku Dairy", "Ganja Bread"}
    box.setCurrentIndex(0)
    review = page.filter_boxes["review"]
    review.setCurrentIndex(review.findData("returned"))
    assert [r.id for r in model.rows] == [ids["c"]]
    review.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "rustavi")
    qtbot.waitUntil(lambda: len(model.rows) == 1)
    assert model.rows[0].id == ids["b"] and model.searched_ids() == {ids["b"]}
    page.search.clear()
    qtbot.waitUntil(lambda: len(model.rows) == 3)
    page.table.sortByColumn(FIELD["money"], Qt.DescendingOrder)
    assert [r.money for r in model.rows] == [3500, 3000, 400]  # each in its own currency


def test_totals_need_the_rate_then_match_the_hand_figures(programme_window, qtbot) -> None:
    window, page, _ids = programme_window
    page.currency.setCurrentText("AZN")
    assert "GEL" in page.problem.text()  # no GEL→AZN rate yet
    save_rate(window.db, GEL_AZN)
    page.update_totals()
    assert page.problem.text() == ""
    assert total(page, "money") == "5,205 AZN"  # approved only: 3000 + 3500 × 0.63
    assert total(page, "investment") == "7,260 AZN"
    assert total(page, "assessments") == "2" and total(page, "options") == "5"
    assert "CBAR" in page.rates_text.text()
    page.count_all.setChecked(True)  # the returned bakery counts too
    assert total(page, "money") == "5,605 AZN" and total(page, "assessments") == "3"


def test_rates_dialog_reads_numbers_and_names_the_bad_one(programme_window, qtbot) -> None:
    from recp_desktop.ui.programme_rates import RatesDialog

    window, page, _ids = programme_window
    dialog = RatesDialog(window.db, "AZN", ["AZN", "GEL"], page)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1  # GEL only: AZN is the target
    dialog.table.item(0, 1).setText("abc")
    dialog.accept()
    assert "GEL" in dialog.error.text() and list_rates(window.db) == []
    dialog.table.item(0, 1).setText("0.63")
    dialog.table.item(0, 2).setText("2026-03-31")
    dialog.table.item(0, 3).setText("National Bank of Georgia")
    dialog.accept()
    [rate] = list_rates(window.db)
    assert (rate.rate, rate.on.isoformat(), rate.origin) == (
        0.63,
        "2026-03-31",
        "National Bank of Georgia",
    )


def test_enter_opens_the_assessment(programme_window, qtbot) -> None:
    window, page, ids = programme_window
    page.table.setFocus()
    page.table.selectRow(2)
    page.table.setCurrentIndex(page.model.index(2, 0))
    qtbot.keyClick(page.table, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert window.workspace.assessment.id == ids["b"]


def test_export_pdf_in_the_background(programme_window, qtbot, tmp_path) -> None:
    window, page, _ids = programme_window
    save_rate(window.db, GEL_AZN)
    page.currency.setCurrentText("AZN")
    target = tmp_path / "programme.pdf"
    with qtbot.waitSignal(page.sig_message, timeout=60_000) as message:
        assert page.export("pdf", target)
    assert str(target) in message.args[0]
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "5,205 AZN" in text and "Ganja Bread" not in text
