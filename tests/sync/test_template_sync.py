"""A centre's own checklist travels through the hub with its answers (issue 17 §3).

Two data folders and a real hub (SQLite and PostgreSQL): the auditor's laptop answers an XLSForm
template it imported; the supervisor's fresh folder, which never installed it, syncs and can open
the assessment's checklist and write its report. A supervisor whose folder holds another
template under the same id and version gets a refusal naming it, and nothing of the page.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.checklists.serialize import content_hash
from recp_desktop.checklists.xlsform import read_xlsform
from recp_desktop.report import write_report
from recp_desktop.storage.answers import load_answers, save_answer
from recp_desktop.storage.repository import create_assessment, create_enterprise, list_assessments
from recp_desktop.storage.templates import (
    assessment_templates,
    install_template,
    list_templates,
    missing_templates,
    set_assessment_templates,
)
from recp_desktop.sync.apply import PullError
from tests.sync.devices import sync
from tests.xlsforms import EN, RU, question, write_workbook


def _steam(path: Path, label: str = "Are steam traps tested every year?"):
    survey = [
        {"type": "begin_group", "name": "traps", f"label::{EN}": "Traps", f"label::{RU}": "Отв"},
        question("tested", "select_one yes_no_na", label, "Проверяют ли?", recp_good="yes"),
        {"type": "end_group", "name": "traps"},
    ]
    return read_xlsform(write_workbook(path, survey)).template


def _laptop_with_answers(devices, tmp_path: Path):
    laptop = devices.laptop("laptop")
    template = _steam(tmp_path / "steam.xlsx")
    install_template(laptop, template, "steam.xlsx")
    company = create_enterprise(laptop, name="Zestafoni Ferro", country="GE", city="Zestafoni")
    assessment = create_assessment(
        laptop, company.id, kind="full", title="Steam", currency="GEL", start_date=date(2026, 6, 1)
    )
    set_assessment_templates(laptop, assessment.id, [template.key])
    question_id = template.questions[0].id
    save_answer(laptop, assessment.id, template, question_id, AnswerState("no", note="никогда"))
    return laptop, assessment.id, template, question_id


def test_a_supervisor_pulls_the_template_with_the_answers(devices, tmp_path: Path) -> None:
    laptop, assessment_id, template, question_id = _laptop_with_answers(devices, tmp_path)
    assert sync(laptop).push_counts["new"] == 3  # company, assessment, answer

    boss = devices.laptop("boss", "supervisor-a")
    pulled = sync(boss)
    assert pulled.pull_counts["new"] == 3
    [row] = list_assessments(boss)
    assert row.id == assessment_id
    assert missing_templates(boss, assessment_id) == []
    # The checklists chosen on the laptop do not travel; the one its answers use does.
    used = {t.key: t for t in assessment_templates(boss, assessment_id)}
    assert used[("steam_checks", 2)] == template
    installed = {t.template.key: t for t in list_templates(boss)}
    assert installed[("steam_checks", 2)].sha256 == content_hash(template)
    assert load_answers(boss, assessment_id)[question_id].note == "никогда"
    pdf = tmp_path / "boss.pdf"
    write_report(boss, assessment_id, pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Are steam traps tested every year?" in " ".join(text.split())
    assert sync(boss).pushed == 0  # the template came down; nothing goes back up


def test_another_template_under_the_same_id_and_version_refuses_the_page(
    devices, tmp_path: Path
) -> None:
    laptop, _assessment_id, _template, _question = _laptop_with_answers(devices, tmp_path)
    sync(laptop)
    boss = devices.laptop("boss", "supervisor-a")
    install_template(boss, _steam(tmp_path / "other.xlsx", "Traps tested yearly?"), "other.xlsx")
    with pytest.raises(PullError, match="'steam_checks' version 2"):
        sync(boss)
    assert list_assessments(boss) == []  # nothing of the page was written


def test_a_template_goes_up_once_not_with_every_edit(devices, tmp_path: Path) -> None:
    """A push carries the templates of its answers the hub does not hold from here yet: the
    steam checklist (~a few kB) goes with the first answer, not again with every later edit;
    the supervisor still gets it whole. A new template travels with the first answer using it."""
    from recp_desktop.sync import changes
    from recp_desktop.sync.round import _templates_of
    from tests.packages import YES_NO, template_of

    laptop, assessment_id, template, question_id = _laptop_with_answers(devices, tmp_path)
    answer_record = {"answer": [{"template_id": "steam_checks", "template_version": 2}]}
    assert [t["id"] for t in _templates_of(laptop, answer_record)] == ["steam_checks"]
    sync(laptop)
    with laptop.engine.connect() as connection:
        assert changes.templates_held(connection) == {("steam_checks", 2)}
    assert _templates_of(laptop, answer_record) == []  # the hub has it from here

    save_answer(laptop, assessment_id, template, question_id, AnswerState("yes"))
    energy = template_of(YES_NO[0])
    save_answer(laptop, assessment_id, energy, YES_NO[0], AnswerState("no"))
    with laptop.engine.connect() as connection:
        waiting = changes.changed_records(connection, laptop.device_id)
    assert [t["id"] for t in _templates_of(laptop, waiting)] == [energy.id]  # only the new one
    assert sync(laptop).pushed == 2

    boss = devices.laptop("boss", "supervisor-a")
    sync(boss)
    installed = {t.template.key for t in list_templates(boss)}
    assert ("steam_checks", 2) in installed
    assert load_answers(boss, assessment_id)[question_id].value == "yes"
