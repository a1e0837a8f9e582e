"""The calculator dialog shows the calculators' errors and assumptions in the interface language."""

from __future__ import annotations

import html

import pytest

from tests.ui.helpers import create_demo


@pytest.fixture
def open_in(open_window):
    """Open the main window in a language; the app is back in English after the test."""
    windows = []

    def _open(language: str):
        windows.append(open_window(language))
        return windows[-1]

    yield _open
    for window in windows:
        window.translator.set_language("en")


def _steam_leak_dialog(open_in, qtbot, language: str):
    window = open_in(language)
    create_demo(window, qtbot)
    page = window.workspace.show_area("energy")
    page.view.go_to_row(page.model.row_of("energy.steam.leaks_visible"))
    dialog = page.calculator_dialog(page.current_question())
    qtbot.addWidget(dialog)
    return dialog


def test_russian_errors_and_assumptions(open_in, qtbot) -> None:
    dialog = _steam_leak_dialog(open_in, qtbot, "ru")
    # the hole size is still missing: the label and the message are both Russian
    assert dialog.error.text() == "Диаметр отверстия: обязательный параметр"
    qtbot.keyClicks(dialog.fields["diameter"], "abc")
    qtbot.waitUntil(lambda: "abc" in dialog.error.text())
    assert dialog.error.text() == (
        "Диаметр отверстия: «abc» — не число с единицей измерения; введите, например, 12\u00a0мм"
    )
    dialog.fields["diameter"].setText("3 kg")
    dialog.recalculate()
    assert dialog.error.text() == (
        "Диаметр отверстия: «3 kg» — это не длина; введите, например, 12\u00a0мм"
    )

    dialog.fields["diameter"].setText("1/8 in")
    dialog.recalculate()
    assert dialog.calculation is not None and not dialog.error.text()
    shown = dialog.results.text()
    assert "Допущения" in shown
    assert "формула Нейпира (критическое истечение насыщенного пара)" in shown
    assert "КПД котла 85\u00a0%" in shown and "цена топлива 0,25\u00a0AZN/м³" in shown
    for note in dialog.calculation.result.assumptions:
        assert html.escape(note.render("ru")) in shown
        assert html.escape(note.render("en")) not in shown
    assert "кВт·ч" in shown and "kWh" not in shown  # units in Russian symbols (GOST 8.417)


def test_azerbaijani_error(open_in, qtbot) -> None:
    dialog = _steam_leak_dialog(open_in, qtbot, "az")
    dialog.fields["diameter"].setText("-3 mm")
    dialog.recalculate()
    assert dialog.error.text() == "Dəliyin diametri: 0\u00a0mm qiymətindən böyük olmalıdır"
