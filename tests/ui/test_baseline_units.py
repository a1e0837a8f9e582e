"""The baseline's unit editor offers what the plant's bills use, and saving converts it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from recp_desktop.domain.baseline import BASELINE_KEYS
from recp_desktop.storage.baseline import BaselineValue, load_baseline
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.ui.baseline_page import COL_QUANTITY, COL_UNIT, BaselinePage


@pytest.fixture
def page(qtbot, tmp_path: Path):
    db = Database(tmp_path / "data")
    company = create_enterprise(db, name="Balti Dairy", country="MD")
    assessment = create_assessment(db, company.id, kind="full", currency="MDL")
    widget = BaselinePage(db, assessment.id, "MDL", "en")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget, db, assessment.id
    db.close()


def test_natural_gas_in_normal_cubic_metres_from_the_unit_list(page, qtbot) -> None:
    widget, db, assessment_id = page
    row = [spec.key for spec in BASELINE_KEYS].index("natural_gas")
    model = widget.model
    assert model.setData(model.index(row, COL_QUANTITY), "1000")
    unit_cell = model.index(row, COL_UNIT)
    widget.view.setCurrentIndex(unit_cell)
    widget.view.edit(unit_cell)
    box = widget.view.findChild(QComboBox)
    assert box is not None, "the unit cell opens a list"
    labels = [box.itemText(i) for i in range(box.count())]
    assert labels[:4] == ["m³", "Nm³", "Sm³", "scf"]
    box.setCurrentIndex(labels.index("Nm³"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: load_baseline(db, assessment_id)["natural_gas"].unit == "Nm3")
    assert load_baseline(db, assessment_id)["natural_gas"] == BaselineValue(1000, "Nm3", None)
    assert unit_cell.data() == "Nm³"

    water = [spec.key for spec in BASELINE_KEYS].index("water")
    widget.view.edit(model.index(water, COL_UNIT))
    boxes = [b for b in widget.view.findChildren(QComboBox) if b.isVisible()]
    assert boxes, "the water unit cell opens a list"
    assert all("Nm³" not in [b.itemText(i) for i in range(b.count())] for b in boxes)
