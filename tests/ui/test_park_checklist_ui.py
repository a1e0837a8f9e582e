"""A park checklist in the window: its questions under the four IFEIP categories, by name, on the
checklist page and the overview's bars, in English, Russian and Azerbaijani (issue 15 §4)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from recp_desktop.checklists import builtin_templates
from recp_desktop.storage.options import list_options
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.templates import set_assessment_templates
from recp_desktop.ui.checklist_model import COL_ANSWER, COL_QUESTION

SHOTS = os.environ.get("RECP_TEST_SCREENSHOTS")  # a folder: the test saves what it shows there
PARK = ("eco_industrial_park", 2)


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _workspace_with(window, key=PARK, company="Sumgait Park Management LLC", city="Sumgait"):
    """An assessment with the four area checklists and the template ``key``, opened."""
    made = create_enterprise(window.db, name=company, country="AZ", city=city)
    audit = create_assessment(
        window.db,
        made.id,
        kind="full",
        title="Park audit",
        currency="AZN",
        start_date=date(2026, 5, 4),
    )
    defaults = [t.key for t in builtin_templates().values()]
    set_assessment_templates(window.db, audit.id, [*defaults, key])
    return window.open_assessment(audit.id)


def _bars(workspace) -> dict[str, tuple[str, int, int]]:
    overview = workspace.overview
    return {
        key: (overview.bar_labels[key].text(), bar.value(), bar.maximum())
        for key, bar in overview.bars.items()
        if key.startswith("eco_industrial_park/")
    }


def test_the_park_checklist_shows_its_categories(open_window, qtbot) -> None:
    window = open_window()
    workspace = _workspace_with(window)
    page = workspace.extra_pages["eco_industrial_park"]
    model = page.model
    # One overview bar per category (counts by hand in tests/core/test_park_checklist.py).
    title = workspace.overview.checklist_titles["eco_industrial_park"]
    assert title.text() == "Eco-industrial park (park level)"
    assert _bars(workspace) == {
        "eco_industrial_park/management": ("Park management", 0, 6),
        "eco_industrial_park/environmental": ("Environmental", 0, 13),
        "eco_industrial_park/social": ("Social", 0, 4),
        "eco_industrial_park/economic": ("Economic", 0, 4),
    }
    for key in ("energy", "water", "materials", "waste"):  # the area bars stay as they were
        assert workspace.overview.bars[key].maximum() > 1
    workspace.show_page(workspace.stack.indexOf(page))
    for question_id in (
        "eco_industrial_park.social.grievance",
        "eco_industrial_park.social.community",
        "eco_industrial_park.economic.value",
    ):
        row = model.row_of(question_id)
        assert model.setData(model.index(row, COL_ANSWER), "no", Qt.EditRole)
    bars = _bars(workspace)
    assert bars["eco_industrial_park/social"][1:] == (2, 4)
    assert bars["eco_industrial_park/economic"][1:] == (1, 4)
    assert bars["eco_industrial_park/management"][1:] == (0, 6)

    # The guidance names the question's category (its group starts with it).
    page.view.go_to_row(model.row_of("eco_industrial_park.social.grievance"))
    assert page.guidance.toPlainText().startswith("Social: social management systems")
    page.view.go_to_row(model.row_of("eco_industrial_park.water.metering"))
    assert page.guidance.toPlainText().startswith("Environmental: water")
    window.resize(1366, 800)
    _shot(window, "park-checklist")

    # The park's water metering opens the water-leak calculator; its option is a water one.
    assert page.calculator_button.isVisible()
    dialog = page.calculator_dialog(page.current_question())
    qtbot.addWidget(dialog)
    assert dialog.area == "water"
    qtbot.keyClicks(dialog.fields["drips_per_minute"], "60")
    qtbot.waitUntil(lambda: dialog.calculation is not None)
    dialog.option_title.setText("Fix the leaking hydrants of the park network")
    dialog.add_button.click()
    [option] = [o for o in list_options(window.db, workspace.assessment.id)]
    assert option.area == "water" and option.question_id.endswith("water.metering")

    workspace.show_page(0)
    _shot(window, "park-overview")

    window.translator.set_language("ru")
    workspace.set_language("ru")
    qtbot.waitUntil(
        lambda: _bars(workspace)["eco_industrial_park/social"][0].endswith("Социальная сфера")
    )
    labels = {key.split("/")[1]: text for key, (text, _v, _m) in _bars(workspace).items()}
    assert title.text() == "Эко-индустриальный парк (уровень парка)"
    assert labels == {
        "management": "Управление парком",
        "environmental": "Окружающая среда",
        "social": "Социальная сфера",
        "economic": "Экономика",
    }
    qtbot.wait(200)  # the layout follows the longer Russian texts
    _shot(window, "park-overview-ru")


def test_the_park_checklist_speaks_azerbaijani(open_window, qtbot) -> None:
    """Tryout finding 17: in Azerbaijani the park checklist showed its English texts."""
    from recp_desktop.checklists import builtin_registry
    from recp_desktop.checklists.model import localized

    park = builtin_registry().get(*PARK)
    window = open_window()
    window.set_language("az")
    workspace = _workspace_with(window)
    page = workspace.extra_pages["eco_industrial_park"]
    model = page.model
    title = workspace.overview.checklist_titles["eco_industrial_park"]
    assert title.text() == "Eko-sənaye parkı (park səviyyəsi)"
    labels = {key.split("/")[1]: text for key, (text, _v, _m) in _bars(workspace).items()}
    assert labels["social"] == "Sosial sahə"
    workspace.show_page(workspace.stack.indexOf(page))
    shown = {}
    for question in park.questions:
        row = model.row_of(question.id)
        shown[question.id] = model.index(row, COL_QUESTION).data()
    # every question shows its Azerbaijani text, none the English one
    assert shown == {q.id: localized(q.text, "az") for q in park.questions}
    assert not {q.id for q in park.questions if shown[q.id] == q.text["en"]}
    assert shown["eco_industrial_park.water.metering"].startswith("Hər rezident müəssisənin su")
    page.view.go_to_row(model.row_of("eco_industrial_park.social.grievance"))
    guidance = page.guidance.toPlainText()
    assert guidance.startswith("Sosial sahə: sosial idarəetmə sistemləri")
    assert "Son il üzrə şikayətlərin reyestrini" in guidance
    row = model.row_of("eco_industrial_park.social.grievance")
    assert model.setData(model.index(row, COL_ANSWER), "no", Qt.EditRole)
    window.resize(1366, 800)
    qtbot.wait(200)
    _shot(window, "park-checklist-az")


def test_the_templates_list_names_a_park_checklists_categories(open_window) -> None:
    from recp_desktop.checklists import builtin_registry
    from recp_desktop.ui.templates_menu import template_area_label

    window = open_window()
    park = builtin_registry().get(*PARK)
    assert template_area_label(park) == "Park management, Environmental, Social, Economic"
    window.translator.set_language("ru")
    assert template_area_label(park) == (
        "Управление парком, Окружающая среда, Социальная сфера, Экономика"
    )


def test_a_sector_checklist_added_has_its_bars_on_the_overview(open_window, qtbot) -> None:
    """Any checklist beyond the four areas shows a bar per area its questions cover; the dairy
    checklist's source (tools/sector_templates/dairy.yaml) files 3 questions under energy,
    5 under water, 4 under materials and 4 under waste; one each of water, materials and
    waste shows only after the answer it depends on (``depends_on``), so a fresh checklist
    counts 3, 4, 3 and 3."""
    window = open_window()
    workspace = _workspace_with(window, ("dairy", 1), "Şəki Süd MMC", "Şəki")
    overview = workspace.overview
    assert overview.checklist_titles["dairy"].text() == "Food and dairy processing"
    bars = {
        key: (overview.bar_labels[key].text(), bar.value(), bar.maximum())
        for key, bar in overview.bars.items()
        if key.startswith("dairy/")
    }
    assert list(bars) == ["dairy/energy", "dairy/water", "dairy/materials", "dairy/waste"]
    assert bars == {
        "dairy/energy": ("Energy", 0, 3),
        "dairy/water": ("Water", 0, 4),
        "dairy/materials": ("Materials", 0, 3),
        "dairy/waste": ("Waste", 0, 3),
    }
    window.resize(1200, 800)
    _shot(window, "overview-sector-checklist")
