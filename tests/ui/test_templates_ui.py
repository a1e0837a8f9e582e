"""Templates in the window: choose checklists for a new assessment, import one, add one later."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.xlsforms import EN, RU, YES_NO_NA, question, settings, write_workbook

SHOTS = os.environ.get("RECP_TEST_SCREENSHOTS")  # a folder: the test saves what it shows there


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _company(window):
    from recp_desktop.storage.repository import create_enterprise

    return create_enterprise(window.db, name="Sheki Dairy", country="AZ", city="Sheki")


def test_a_new_assessment_with_a_sector_checklist(open_window, qtbot) -> None:
    from recp_desktop.ui.dialogs import AssessmentDialog

    window = open_window()
    company = _company(window)
    dialog = AssessmentDialog(window.db, company.id, window)
    qtbot.addWidget(dialog)
    box = dialog.checklists
    titles = [box.item(row).text() for row in range(box.count())]
    assert titles[:4] == ["Energy", "Water", "Materials and chemicals", "Waste and emissions"]
    assert "Food and dairy processing" in titles
    assert "Eco-industrial park (park level)" in titles  # for a park management company too
    dairy = box.item(titles.index("Food and dairy processing"))
    assert not box.item(0).flags() & Qt.ItemIsEnabled  # area checklists always used
    dairy.setCheckState(Qt.Checked)
    dialog.show()
    _shot(dialog, "new-assessment-checklists")
    dialog.accept()
    workspace = window.open_assessment(dialog.created.id)
    assert list(workspace.extra_pages) == ["dairy"]
    page = workspace.extra_pages["dairy"]
    item = workspace.nav.item(workspace.stack.indexOf(page))
    assert item.text().startswith("Food and dairy") and item.text().endswith("0/13")  # shortened
    assert item.toolTip() == "Food and dairy processing"
    workspace.show_page(workspace.stack.indexOf(page))
    # answer the several-choice question: whey goes to the drain -> its follow-up appears
    model = page.model
    row = model.row_of("dairy.byproducts.whey_use")
    from recp_desktop.ui.checklist_model import COL_ANSWER

    assert model.row_of("dairy.byproducts.whey_drain_share") == -1  # hidden until drain

    assert model.setData(model.index(row, COL_ANSWER), "feed drain", Qt.EditRole)
    assert model.state("dairy.byproducts.whey_use").value == "drain feed"
    assert model.row_of("dairy.byproducts.whey_drain_share") >= 0  # shown once drain is chosen
    assert model.data(model.index(row, COL_ANSWER)) == "Drain or sewer, Animal feed"
    window.resize(1366, 800)
    _shot(window, "workspace-dairy")


def test_import_a_workbook_and_add_it_to_the_open_assessment(
    open_window, qtbot, tmp_path: Path
) -> None:
    from recp_desktop.storage.repository import create_assessment
    from recp_desktop.storage.templates import assessment_templates

    window = open_window()
    company = _company(window)
    assessment = create_assessment(window.db, company.id, kind="full", currency="AZN")
    window.open_assessment(assessment.id)
    survey = [
        question(
            "insulated", "select_one yes_no_na", "Is the oven insulated?", "Печь изолирована?"
        ),
        {"type": "image", "name": "oven_photo", f"label::{EN}": "Oven", f"label::{RU}": "Печь"},
    ]
    path = write_workbook(
        tmp_path / "ovens.xlsx",
        survey,
        YES_NO_NA,
        settings(form_id="ovens", version="1", form_title="Bakery ovens"),
    )
    dialog = window.templates_menu.import_template(path)
    qtbot.waitUntil(lambda: dialog.template is not None, timeout=20000)
    assert dialog.fields["id"].text() == "ovens, version 1"
    assert dialog.fields["questions"].text() == "1 in en, ru"
    assert dialog.warnings.count() == 2  # pyxform's image-size hint and the photo prompt
    _shot(dialog, "template-import")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert "ovens" in window.workspace.extra_pages
    assert "ovens" in [t.id for t in assessment_templates(window.db, assessment.id)]


def test_a_broken_workbook_says_where_and_installs_nothing(
    open_window, qtbot, tmp_path: Path
) -> None:
    from recp_desktop.storage.templates import list_templates

    window = open_window()
    before = len(list_templates(window.db))
    path = write_workbook(
        tmp_path / "broken.xlsx",
        [question("x", "decimal", "Gas used", "Расход газа")],
        YES_NO_NA,
    )
    dialog = window.templates_menu.import_template(path)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20000)
    assert dialog.error.text() == (
        "survey sheet, row 2, column recp_unit: an integer or decimal question needs its unit "
        "in 'recp_unit' (e.g. kWh, m**3)"
    )
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    _shot(dialog, "template-import-error")
    dialog.reject()
    assert len(list_templates(window.db)) == before


def test_export_and_add_from_the_menu(open_window, qtbot, tmp_path: Path) -> None:
    from recp_desktop.checklists import builtin_registry
    from recp_desktop.checklists.xlsform import read_xlsform
    from recp_desktop.storage.repository import create_assessment

    window = open_window()
    metal = builtin_registry().get("metalworking")
    assert window.templates_menu.export_template(metal, tmp_path / "m.xlsx")
    assert read_xlsform(tmp_path / "m.xlsx").template == metal
    assert not window.templates_menu.act_add.isEnabled() or window.workspace is None
    company = _company(window)
    assessment = create_assessment(window.db, company.id, kind="club", currency="AZN")
    workspace = window.open_assessment(assessment.id)
    window.templates_menu.update_actions()
    assert window.templates_menu.act_add.isEnabled()
    window.templates_menu.add_to_assessment(metal)
    page = workspace.extra_pages["metalworking"]
    assert [q.id for q in page.model.visible] == [
        "metalworking.machining.fluid_monitoring",
        "metalworking.surface.processes",
        "metalworking.utilities.compressed_air_leaks",
    ]  # a club self-audit shows the club questions
    window.resize(1366, 800)
    window.templates_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    _shot(window.templates_menu, "templates-menu")
    window.templates_menu.close()
