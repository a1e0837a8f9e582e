"""Baseline edits are undoable like checklist answers and waste streams: Edit > Undo writes the
line's figures back (a new revision), Redo writes the edit again; a refused entry adds no step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from recp_desktop.domain.baseline import BASELINE_KEYS
from recp_desktop.storage.baseline import BaselineValue, load_baseline
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.ui.baseline_page import COL_COST, COL_QUANTITY, BaselinePage

ELECTRICITY = [spec.key for spec in BASELINE_KEYS].index("electricity")


@pytest.fixture
def page(qtbot, tmp_path: Path):
    db = Database(tmp_path / "data")
    company = create_enterprise(db, name="Balti Dairy", country="MD")
    assessment = create_assessment(db, company.id, kind="full", currency="MDL")
    stack = QUndoStack()
    widget = BaselinePage(db, assessment.id, "MDL", "en", undo_stack=stack)
    qtbot.addWidget(widget)
    yield widget, stack, db, assessment.id
    db.close()


def test_undo_and_redo_write_the_line_back(page) -> None:
    widget, stack, db, assessment_id = page
    model = widget.model
    quantity = model.index(ELECTRICITY, COL_QUANTITY)
    assert model.setData(quantity, "120000")
    assert model.setData(model.index(ELECTRICITY, COL_COST), "9600")
    assert model.setData(quantity, "150000")
    assert stack.count() == 3 and stack.undoText() == "edit baseline"
    stored = lambda: load_baseline(db, assessment_id).get("electricity")  # noqa: E731

    assert stored() == BaselineValue(150000, "kWh", 9600)
    stack.undo()
    assert stored() == BaselineValue(120000, "kWh", 9600) and quantity.data() == "120,000"
    stack.undo()
    assert stored() == BaselineValue(120000, "kWh", None)
    stack.undo()  # before the first edit the line had no figures
    assert stored() == BaselineValue(None, "kWh", None) and quantity.data() == ""
    stack.redo()
    stack.redo()
    stack.redo()
    assert stored() == BaselineValue(150000, "kWh", 9600) and quantity.data() == "150,000"


def test_a_refused_or_unchanged_entry_adds_no_step(page) -> None:
    widget, stack, _db, _assessment_id = page
    model = widget.model
    quantity = model.index(ELECTRICITY, COL_QUANTITY)
    assert not model.setData(quantity, "-5")
    assert not model.setData(quantity, "12 apples")
    assert stack.count() == 0
    assert model.setData(quantity, "100")
    assert model.setData(quantity, "100")  # the same figure again: nothing to undo
    assert stack.count() == 1
