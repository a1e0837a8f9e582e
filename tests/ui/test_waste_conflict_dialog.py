"""The conflicts dialog names a waste stream's fields in Russian and recomputes its tonnes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from recp_desktop.storage.waste import list_waste_streams
from recp_desktop.ui.conflicts_dialog import COL_FIELD, COL_INCOMING, COL_RESULT, ConflictsDialog
from recp_desktop.ui.i18n import Translator
from tests.core.test_waste_conflicts import conflict  # noqa: F401  (the fixture)


def test_russian_labels_units_and_recomputed_tonnes(qapp, qtbot, conflict) -> None:  # noqa: F811
    a, _found, assessment_id = conflict
    translator = Translator()
    translator.set_language("ru")
    try:
        dialog = ConflictsDialog(a, assessment_id)
        qtbot.addWidget(dialog)
        dialog.list.setCurrentRow(0)
        assert dialog.list.item(0).text() == "02 05 02\nПоток отходов"  # not the record's id
        rows = {
            dialog.table.item(r, COL_FIELD).data(0x0100): r for r in range(dialog.table.rowCount())
        }
        label = lambda name: dialog.table.item(rows[name], COL_FIELD).text()  # noqa: E731
        assert label("tonnes_per_year") == "Тонн в год" and label("treatment") == "Обработка"
        assert dialog.table.item(rows["unit"], COL_INCOMING).text() == "кг"
        assert dialog.table.item(rows["quantity"], COL_INCOMING).text() == "5000\u00a0кг"
        shots = os.environ.get("RECP_SCREENSHOTS")
        if shots:
            dialog.resize(900, 520)
            assert dialog.grab().save(str(Path(shots) / "waste-conflict-ru.png"))
        # keep 4 with the unit kg: 0.004 t/yr, not A's 4.2 t
        dialog.table.item(rows["unit"], COL_RESULT).setText("kg")
        assert dialog.resolve("edit")
        [stream] = list_waste_streams(a, assessment_id)
        assert stream.tonnes_per_year == pytest.approx(0.004)
    finally:
        translator.set_language("en")
