"""A park checklist travels through the hub with its answers (issue 15 §4): a centre's own park
checklist (questions under the IFEIP categories) answered on a laptop reaches a supervisor's fresh
data folder, whose report lists the findings under their categories."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.checklists.xlsform import read_xlsform
from recp_desktop.report import write_report
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.templates import (
    assessment_templates,
    install_template,
    set_assessment_templates,
)
from tests.sync.devices import sync
from tests.xlsforms import question, settings, write_workbook


def test_a_park_checklist_and_its_answers_reach_the_supervisor(devices, tmp_path: Path) -> None:
    survey = [
        question("targets", "select_one yes_no_na", "Are there park-wide targets?",
                 "Есть ли цели парка?", recp_good="yes", recp_area="management"),
        question("grievance", "select_one yes_no_na", "Is there a grievance mechanism?",
                 "Есть ли механизм жалоб?", recp_good="yes", recp_area="social"),
    ]  # fmt: skip
    workbook = write_workbook(
        tmp_path / "park.xlsx",
        survey,
        settings_row=settings(form_id="park_own", version="1", recp_area="park"),
    )
    template = read_xlsform(workbook).template
    assert [q.area for q in template.questions] == ["management", "social"]
    laptop = devices.laptop("laptop")
    install_template(laptop, template, "park.xlsx")
    company = create_enterprise(laptop, name="Sumgait Park LLC", country="AZ", city="Sumgait")
    audit = create_assessment(
        laptop, company.id, kind="full", title="Park", currency="AZN", start_date=date(2026, 5, 4)
    )
    set_assessment_templates(laptop, audit.id, [template.key])
    for q in template.questions:
        save_answer(laptop, audit.id, template, q.id, AnswerState("no", note=f"{q.area} gap"))
    assert sync(laptop).push_counts["new"] == 4  # company, assessment, two answers

    boss = devices.laptop("boss", "supervisor-a")
    assert sync(boss).pull_counts["new"] == 4
    used = {t.key: t for t in assessment_templates(boss, audit.id)}
    assert used[("park_own", 1)] == template
    pdf = tmp_path / "boss.pdf"
    write_report(boss, audit.id, pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    text = " ".join(text.split())
    assert "Park management (1)" in text and "Social (1)" in text
    assert "social gap" in text
