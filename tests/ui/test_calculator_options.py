"""Open a calculator from a question, type what was measured, record the option, see totals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from recp_desktop.storage.options import list_options, option_totals
from recp_desktop.ui.options_page import COL_INVESTMENT, COL_STATUS
from tests.ui.helpers import create_demo


def _demo_workspace(open_window, qtbot):
    window = open_window()
    create_demo(window, qtbot)
    return window, window.workspace


def test_calculator_from_question_adds_an_option(open_window, qtbot) -> None:
    window, workspace = _demo_workspace(open_window, qtbot)
    before = option_totals(list_options(window.db, workspace.assessment.id), "AZN")
    page = workspace.show_area("energy")
    row = page.model.row_of("energy.steam.leaks_visible")
    page.view.go_to_row(row)
    assert page.calculator_button.isVisible()
    dialog = page.calculator_dialog(page.current_question())
    qtbot.addWidget(dialog)
    # prefilled from the assessment: the steam pressure answered and the gas tariff
    assert dialog.fields["pressure"].text() == "8 bar"
    assert dialog.fields["fuel_price"].text() == "0.25 AZN/m**3"
    assert not dialog.add_button.isEnabled()  # the hole size is still missing
    assert dialog.error.text().startswith("Hole diameter")
    assert "b00020" in dialog.fields["diameter"].styleSheet()

    qtbot.keyClicks(dialog.fields["diameter"], "1/8 in")
    qtbot.waitUntil(lambda: dialog.calculation is not None)  # results follow the typing
    assert "AZN" in dialog.results.text()
    money = dialog.calculation.result.magnitude("annual_cost", "AZN")
    qtbot.keyClicks(dialog.fields["diameter"], "0")  # "1/8 in0": refused, says which input
    qtbot.waitUntil(lambda: dialog.calculation is None)
    assert dialog.error.text().startswith("Hole diameter")
    dialog.fields["diameter"].setText("1/8 in")
    dialog.recalculate()

    dialog.option_title.setText("Fix the steam leak at the CIP heater")
    qtbot.keyClicks(dialog.investment, "250")
    dialog.status.setCurrentIndex(dialog.status.findData("recommended"))
    dialog.add_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted

    options = list_options(window.db, workspace.assessment.id)
    added = next(o for o in options if o.title == "Fix the steam leak at the CIP heater")
    assert added.calculator == "steam-leak" and added.investment == 250
    assert added.saving_money == pytest.approx(money)
    after = option_totals(options, "AZN")
    assert after.money == pytest.approx(before.money + money)
    options_page = workspace.show_options()
    assert options_page.model.rowCount() == len(options)
    assert f"{len(options)} options" in options_page.totals.text()
    assert f"{len(options)} options" in workspace.overview.savings.text()


def test_options_edit_in_place_with_undo(open_window, qtbot) -> None:
    window, workspace = _demo_workspace(open_window, qtbot)
    page = workspace.show_options()
    model = page.model
    first = model.option_at(0)
    index = model.index(0, COL_INVESTMENT)
    assert model.setData(index, "1 200,5", Qt.EditRole)  # comma decimal
    stored = next(o for o in list_options(window.db, workspace.assessment.id) if o.id == first.id)
    assert stored.investment == 1200.5
    assert not model.setData(index, "lots", Qt.EditRole)  # refused, nothing stored
    assert model.setData(model.index(0, COL_STATUS), "rejected", Qt.EditRole)
    totals_with_rejected = option_totals(list_options(window.db, workspace.assessment.id), "AZN")
    window.undo_group.undo()  # status back
    window.undo_group.undo()  # investment back
    restored = next(o for o in list_options(window.db, workspace.assessment.id) if o.id == first.id)
    assert restored.status == first.status and restored.investment == first.investment
    assert option_totals(list_options(window.db, workspace.assessment.id), "AZN").count == (
        totals_with_rejected.count + 1
    )
    model.delete(0)
    assert all(o.id != first.id for o in list_options(window.db, workspace.assessment.id))
    window.undo_group.undo()
    assert any(o.id == first.id for o in list_options(window.db, workspace.assessment.id))
