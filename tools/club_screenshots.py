"""Screenshots of every RECP Club self-audit screen in en, ru and az (offscreen).

uv run python tools/club_screenshots.py [OUTPUT_DIR]

A club self-audit of a small dairy is filled as a participant would (two resources ticked, the
electricity bills month by month, a few answers, a quick win), then each screen is grabbed in
each language: the path, the bills, a checklist, the simple calculator (and its assumptions
opened), my quick wins, and the same assessment opened as a full one.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from recp_desktop.ui.app import make_application, open_main_window


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def fill(db) -> str:
    """A club self-audit with a little of everything; returns its id."""
    from recp_desktop.checklists import builtin_templates
    from recp_desktop.checklists.answers import AnswerState
    from recp_desktop.domain.calculators import run
    from recp_desktop.storage.answers import save_answer
    from recp_desktop.storage.bills import Bills, save_bills, set_in_use
    from recp_desktop.storage.options import add_calculated_option
    from recp_desktop.storage.repository import create_assessment, create_enterprise

    company = create_enterprise(
        db, name="Orsha Dairy", country="BY", city="Orsha", products="milk, kefir", employees=48
    )
    assessment = create_assessment(
        db, company.id, kind="club", title="Club self-audit", currency="BYN"
    )
    energy = builtin_templates()["energy"]
    for question_id, value in (
        ("energy.motors.idle_running", "no"),
        ("energy.compressed_air.has_system", "yes"),
        ("energy.compressed_air.leaks_audible", "yes"),
    ):
        save_answer(db, assessment.id, energy, question_id, AnswerState(value=value))
    for key in ("electricity", "water"):
        set_in_use(db, assessment.id, key, True)
    kwh = (41200, 39800, 40100, 38500, 37900, 36200, 35800, 36900, 38800, 40300, 41000, None)
    cost = tuple(None if k is None else round(k * 0.31, 2) for k in kwh)
    save_bills(db, assessment.id, "electricity", Bills("kWh", kwh, cost))
    calculation = run(
        "water-leak",
        {"drips_per_minute": "60", "count": "3", "water_price": "2.1 BYN/m**3"},
        currency="BYN",
    )
    add_calculated_option(
        db, assessment.id, calculation, "BYN", title="Dripping taps in the washroom",
        technique="good_housekeeping", area="water", question_id=None, investment=30.0,
        status="identified",
    )  # fmt: skip
    return assessment.id


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    make_application()
    with tempfile.TemporaryDirectory() as folder:
        window = open_main_window(Path(folder), "en")
        window.resize(1366, 800)
        window.show()
        settle()
        assessment_id = fill(window.db)
        for language in ("en", "ru", "az"):
            window.set_language(language)
            workspace = window.open_assessment(assessment_id)
            settle()
            window.grab().save(str(out / f"club-path-{language}.png"))
            workspace.show_page(1)
            workspace.baseline.resources.setCurrentRow(0)
            settle()
            window.grab().save(str(out / f"club-bills-{language}.png"))
            page = workspace.show_area("energy")
            row = next(
                r
                for r in range(page.model.rowCount())
                if page.model.question_at(r).calculator == "compressed-air-leak"
            )
            page.view.go_to_row(row)
            settle()
            window.grab().save(str(out / f"club-checklist-{language}.png"))
            dialog = page.calculator_dialog(page.current_question())
            dialog.set_value("diameter", "2 mm")
            dialog.set_value("pressure", "6 bar")
            dialog.set_value("hours", "4000 h")
            dialog.recalculate()
            dialog.show()
            settle()
            dialog.grab().save(str(out / f"club-calculator-{language}.png"))
            dialog.show_assumptions(True)
            settle()
            dialog.grab().save(str(out / f"club-calculator-assumptions-{language}.png"))
            dialog.close()
            workspace.show_options()
            settle()
            window.grab().save(str(out / f"club-quick-wins-{language}.png"))
        window.set_language("en")
        window.expert_view.action.setChecked(True)
        window.workspace.show_page(1)
        settle()
        window.grab().save(str(out / "club-as-full-baseline-en.png"))
        window.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
