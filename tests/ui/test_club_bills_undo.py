"""A club participant's bill figures are undoable: Ctrl+Z writes the month (or the year's
total) back and shows the resource it belongs to, even after moving on to another."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from recp_desktop.storage.baseline import load_baseline
from recp_desktop.storage.bills import load_bills, set_in_use
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.ui.club_baseline import YEAR_ROW, ClubBaselinePage
from recp_desktop.ui.club_bills_model import COL_AMOUNT, COL_COST


@pytest.fixture
def page(qtbot, tmp_path: Path):
    db = Database(tmp_path / "data")
    company = create_enterprise(db, name="Orhei Bakery", country="MD")
    assessment = create_assessment(db, company.id, kind="club", currency="MDL")
    set_in_use(db, assessment.id, "electricity", True)
    set_in_use(db, assessment.id, "water", True)
    stack = QUndoStack()
    widget = ClubBaselinePage(db, assessment.id, "MDL", "en", undo_stack=stack)
    qtbot.addWidget(widget)
    widget._show_key("electricity")
    yield widget, stack, db, assessment.id
    db.close()


def test_undo_writes_the_month_back_and_the_year_follows(page) -> None:
    widget, stack, db, assessment_id = page
    model = widget.model
    assert widget.current_key() == "electricity" and model.monthly
    assert model.setData(model.index(0, COL_AMOUNT), "41200")  # January, kWh
    assert model.setData(model.index(1, COL_AMOUNT), "39800")  # February
    assert model.setData(model.index(1, COL_AMOUNT), "39800")  # the same again: no step
    assert stack.count() == 2 and stack.undoText() == "edit bills"
    year = lambda: load_baseline(db, assessment_id)["electricity"].quantity  # noqa: E731
    assert year() == 41200 + 39800

    stack.undo()  # February empty again; the year is January alone
    assert load_bills(db, assessment_id)["electricity"].quantities[1] is None
    assert year() == 41200 and model.index(YEAR_ROW, COL_AMOUNT).data() == "41,200"
    stack.redo()
    assert year() == 81000 and model.index(1, COL_AMOUNT).data() == "39,800"


def test_undo_of_another_resource_shows_it(page) -> None:
    widget, stack, db, assessment_id = page
    model = widget.model
    widget.yearly.setChecked(True)  # the year's total only
    assert model.setData(model.index(YEAR_ROW, COL_COST), "18000")
    widget._show_key("water")
    assert widget.current_key() == "water"
    stack.undo()
    assert widget.current_key() == "electricity"
    assert load_baseline(db, assessment_id)["electricity"].cost is None
    assert model.key == "electricity" and model.index(YEAR_ROW, COL_COST).data() == ""
