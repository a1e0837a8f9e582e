"""A RECP Club participant completes a self-audit with the keyboard only: the path, the bills
(month by month and a yearly total), the walkthrough, a quick win from a simple calculator;
then an expert opens the same assessment as a full one and nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from recp_desktop.storage.baseline import load_baseline
from recp_desktop.storage.bills import load_bills, resources_in_use
from recp_desktop.storage.options import list_options
from recp_desktop.ui.baseline_page import BaselinePage
from recp_desktop.ui.club_baseline import YEAR_ROW, ClubBaselinePage
from recp_desktop.ui.club_path import ClubPathPage
from recp_desktop.ui.dialogs import AssessmentDialog, CompanyDialog
from recp_desktop.ui.options_page import COL_TECHNIQUE
from recp_desktop.ui.simple_calculator import SimpleCalculatorDialog

WINDOW: list = []  # the window under test: keys go to its focus widget
KWH = ("41200", "39800", "40100", "38500", "37900", "36200",
       "35800", "36900", "38800", "40300", "41000", "40500")  # fmt: skip


def _key(qtbot, key, modifier=Qt.NoModifier) -> None:
    modifier = modifier or Qt.NoModifier
    modal = QApplication.activeModalWidget()
    widget = (modal or WINDOW[0]).focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def _type(qtbot, view, text: str) -> None:
    """Type into a table cell: the first key opens the editor, which takes the rest."""
    qtbot.keyClicks(view, text[0])
    if len(text) > 1:
        _type_rest = WINDOW[0].focusWidget()
        assert _type_rest is not view, "the first key opened no editor"
        qtbot.keyClicks(_type_rest, text[1:])


def _enter(qtbot, view) -> None:
    """Enter in a cell's editor; Qt commits it through a queued call."""
    _key(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def _focused(target) -> bool:
    return target.window().focusWidget() is target


def _tab_to(qtbot, target, limit: int = 25) -> None:
    """Press Tab until ``target`` has the focus (fails if it cannot be reached)."""
    for _ in range(limit):
        if _focused(target):
            return
        _key(qtbot, Qt.Key_Tab)
    where = target.window().focusWidget()
    assert _focused(target), f"Tab never reached {target.objectName() or target}; at {where}"


def _create_by_keyboard(window, qtbot) -> str:
    dialog = CompanyDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Orsha Dairy")
    dialog.country.setFocus()
    qtbot.keyClicks(dialog.country, "Belarus")
    qtbot.keyClicks(dialog.city, "Orsha")
    qtbot.keyClicks(dialog.products, "milk, kefir")
    dialog.employees.setFocus()
    qtbot.keyClick(dialog.employees, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(dialog.employees, "48")
    qtbot.keyClick(dialog.name, Qt.Key_Return)
    assert dialog.created is not None, dialog.error.text()
    assert dialog.created.country == "BY" and dialog.created.employees == 48

    dialog = AssessmentDialog(window.db, dialog.created.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.kind, Qt.Key_Down)  # "RECP Club self-audit"
    assert dialog.kind.currentData() == "club"
    qtbot.keyClick(dialog.title, Qt.Key_Return)
    assert dialog.created is not None, dialog.error.text()
    return dialog.created.id


def _bills_by_keyboard(window, qtbot, page: ClubBaselinePage) -> None:
    assert _focused(page.resources)
    assert page.current_key() == "electricity"
    _key(qtbot, Qt.Key_Space)  # ticks electricity
    for _ in range(3):
        _key(qtbot, Qt.Key_Down)
    assert page.current_key() == "water"
    _key(qtbot, Qt.Key_Space)
    assert resources_in_use(window.db, page.assessment_id) == {"electricity", "water"}

    # Electricity, month by month: Enter moves down a month, as on paper.
    for _ in range(3):
        _key(qtbot, Qt.Key_Up)
    _tab_to(qtbot, page.table)
    assert page.model.monthly
    page.table.setCurrentIndex(page.model.index(0, 0))
    for text in KWH:
        _type(qtbot, page.table, text)
        _enter(qtbot, page.table)
    _key(qtbot, Qt.Key_Right)  # costs, from January down
    page.table.setCurrentIndex(page.model.index(0, 1))
    _type(qtbot, page.table, "12 772")
    _enter(qtbot, page.table)
    # 41 200 + 39 800 + 40 100 + 38 500 + 37 900 + 36 200 + 35 800 + 36 900 + 38 800
    # + 40 300 + 41 000 + 40 500 = 467 000 kWh
    assert load_baseline(window.db, page.assessment_id)["electricity"].quantity == 467_000
    assert page.model.index(YEAR_ROW, 0).data() == "467,000"

    # Water: only the year's total, from the water bill.
    _tab_to(qtbot, page.resources)
    for _ in range(3):
        _key(qtbot, Qt.Key_Down)
    assert page.current_key() == "water"
    _tab_to(qtbot, page.monthly)
    _key(qtbot, Qt.Key_Right)  # the other radio button: the year's total
    assert page.yearly.isChecked() and not page.model.monthly
    _tab_to(qtbot, page.table)
    page.table.setCurrentIndex(page.model.index(YEAR_ROW, 0))
    _type(qtbot, page.table, "1 850")
    _enter(qtbot, page.table)
    assert load_baseline(window.db, page.assessment_id)["water"].quantity == 1850
    assert "✓" in page.resources.item(3).text()


def _answer_area(window, qtbot, area: str, on_leak) -> None:
    workspace = window.workspace
    page = workspace.pages[area]
    view, model = page.view, page.model
    _tab_to(qtbot, view)
    for _ in range(80):
        answered, total = model.progress()
        if answered == total:
            return
        question = page.current_question()
        if question is None or model.state(question.id).answered:
            last = view.currentIndex().row() == model.rowCount() - 1
            key, modifier = (Qt.Key_Home, Qt.ControlModifier) if last else (Qt.Key_Down, 0)
            qtbot.keyClick(view, key, modifier or Qt.NoModifier)
            continue
        if question.answer_type == "yes_no_na":
            yes = question.id in ("energy.compressed_air.has_system",
                                  "energy.compressed_air.leaks_audible")  # fmt: skip
            if question.id == "energy.compressed_air.leaks_audible":
                on_leak(page)
            qtbot.keyClick(view, Qt.Key_Y if yes else Qt.Key_N)
        elif question.answer_type == "number":
            _type(qtbot, view, "1200")
            _enter(qtbot, view)
        else:  # a choice: Space opens the list, Down picks, Enter keeps it
            qtbot.keyClick(view, Qt.Key_Space)
            _key(qtbot, Qt.Key_Down)
            _key(qtbot, Qt.Key_Return)
            qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    left = [q.id for q in model.visible if not model.state(q.id).answered]
    raise AssertionError(f"{area}: {model.progress()} answered; left {left} {model.errors}")


def test_a_participant_completes_a_self_audit_with_the_keyboard(open_window, qtbot) -> None:
    window = open_window()
    WINDOW[:] = [window]
    assessment_id = _create_by_keyboard(window, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_home()
    _key(qtbot, Qt.Key_Down)  # the company's one assessment, in Home
    _key(qtbot, Qt.Key_Return)  # opens it
    workspace = window.workspace
    assert workspace is not None and workspace.view == "club"
    path = workspace.overview
    assert isinstance(path, ClubPathPage) and isinstance(workspace.baseline, ClubBaselinePage)
    assert [s.done for s in path.step_states()] == [True, False, False, False]
    qtbot.waitUntil(lambda: _focused(path.buttons["homework"]))  # the next step  # the next step
    _key(qtbot, Qt.Key_Return)
    assert workspace.stack.currentWidget() is workspace.baseline
    _bills_by_keyboard(window, qtbot, workspace.baseline)
    assert load_bills(window.db, assessment_id)["electricity"].quantities[11] == 40_500
    assert "water" not in load_bills(window.db, assessment_id)

    _key(qtbot, Qt.Key_1, Qt.ControlModifier)
    assert workspace.stack.currentWidget() is path
    assert [s.done for s in path.step_states()] == [True, True, False, False]
    qtbot.waitUntil(lambda: _focused(path.buttons["walkthrough"]))
    _key(qtbot, Qt.Key_Return)

    dialogs: list[SimpleCalculatorDialog] = []

    errors: list[BaseException] = []

    def on_leak(page) -> None:
        def fill() -> None:
            try:
                _fill()
            except BaseException as exc:  # reported after the dialog closed
                errors.append(exc)
                QApplication.activeModalWidget().reject()

        def _fill() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SimpleCalculatorDialog)
            dialogs.append(dialog)
            assert _focused(dialog.fields["diameter"])  # the first thing to measure
            measured = (("diameter", "2 mm"), ("pressure", "6 bar"),
                        ("hours", "4000 h"), ("electricity_price", "0.31 BYN/kWh"))  # fmt: skip
            for name, text in measured:
                _tab_to(qtbot, dialog.fields[name])
                _key(qtbot, Qt.Key_A, Qt.ControlModifier)  # over what was prefilled
                qtbot.keyClicks(dialog.fields[name], text)
            qtbot.waitUntil(lambda: dialog.add_button.isEnabled())
            _tab_to(qtbot, dialog.add_button)
            _key(qtbot, Qt.Key_Space)

        QTimer.singleShot(0, fill)
        _key(qtbot, Qt.Key_K, Qt.ControlModifier)
        if errors:
            raise errors[0]

    for number, area in enumerate(("energy", "water", "materials", "waste"), 3):
        if not window.isActiveWindow():  # offscreen, nothing re-activates it after a dialog
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        _key(qtbot, getattr(Qt, f"Key_{number}"), Qt.ControlModifier)
        assert window.workspace.stack.currentWidget() is window.workspace.pages[area], area
        _answer_area(window, qtbot, area, on_leak)
    assert dialogs and dialogs[0].option_id is not None
    options = list_options(window.db, assessment_id)
    assert [o.calculator for o in options] == ["compressed-air-leak"]
    # the same figure as the full calculator on these inputs (tests/ui/test_simple_calculators)
    assert options[0].saving_energy_kwh == dialogs[0].calculation.result.magnitude(
        "annual_energy", "kWh"
    )

    _key(qtbot, Qt.Key_1, Qt.ControlModifier)
    assert all(s.done for s in path.step_states())
    assert "All four steps are done" in path.next_label.text()

    # The expert: View > Open as a full assessment (Ctrl+Shift+F), and back.
    window.expert_view.action.trigger()
    full = window.workspace
    assert full.view == "full" and full.assessment.kind == "club"
    assert isinstance(full.baseline, BaselinePage)
    assert full.baseline.model.values["electricity"].quantity == 467_000
    tip = full.baseline.model.index(2, 1).data(Qt.ToolTipRole)  # electricity's quantity
    assert "12 monthly bill" in tip
    assert full.pages["energy"].model.progress()[1] > workspace.pages["energy"].model.progress()[1]
    assert not full.options.view.isColumnHidden(COL_TECHNIQUE)
    full.baseline.model.setData(full.baseline.model.index(0, 1), "12 000")  # output, t
    window.expert_view.action.trigger()
    club = window.workspace
    assert club.view == "club" and isinstance(club.baseline, ClubBaselinePage)
    assert load_bills(window.db, assessment_id)["electricity"].quantities[0] == 41_200
    assert load_baseline(window.db, assessment_id)["production_output"].quantity == 12_000
    assert club.options.view.isColumnHidden(COL_TECHNIQUE)


def test_every_club_screen_speaks_russian_and_azerbaijani(open_window, qtbot) -> None:
    window = open_window()
    assessment_id = _create_by_keyboard(window, qtbot)
    english = window.open_assessment(assessment_id)
    seen_en = _texts(english)
    for language in ("ru", "az"):
        window.set_language(language)
        workspace = window.open_assessment(assessment_id)
        texts = _texts(workspace)
        same = {key: text for key, text in texts.items() if text == seen_en[key]}
        assert not same, (language, same)


def _texts(workspace) -> dict[str, str]:
    path, bills = workspace.overview, workspace.baseline
    out = {
        "title": path.intro.text(),
        "next": path.next_label.text(),
        "bills": bills.hint.text(),
        "question": bills.question.text(),
        "month": bills.model.headerData(0, Qt.Vertical),
        "resource": bills.resources.item(2).text(),
        "quick_wins": workspace.options.title.text(),
    }
    for row in range(workspace.nav.count()):
        if not workspace.nav.isRowHidden(row) and row not in (2, 3, 4, 5):
            out[f"nav{row}"] = workspace.nav.item(row).text()
    out.update({f"step_{s}": b.text() for s, b in path.buttons.items()})
    return out
