"""``recp template`` run as a user runs it, and an assessment on a centre's own checklist."""

from __future__ import annotations

import json
from pathlib import Path

from recp_desktop.checklists.answers import AnswerState
from tests.core.test_cli import recp
from tests.xlsforms import EN, RU, YES_NO_NA, question, settings, write_workbook


def _workbook(path: Path, version: str = "1", wording: str = "Is the boiler insulated?") -> Path:
    survey = [
        {
            "type": "begin_group",
            "name": "boiler",
            f"label::{EN}": "Boiler",
            f"label::{RU}": "Котёл",
        },
        question(
            "insulated", "select_one yes_no_na", wording, "Котёл изолирован?", recp_good="yes"
        ),
        question(
            "stack_temp",
            "decimal",
            "Flue gas temperature",
            "Температура уходящих газов",
            recp_unit="degC",
            relevant="${insulated} = 'no'",
        ),
        {"type": "end_group", "name": "boiler"},
    ]
    row = settings(form_id="bakery", version=version, form_title="Bakery ovens")
    row[f"recp_title::{RU}"] = "Хлебопекарные печи"
    return write_workbook(path, survey, YES_NO_NA, row)


def test_import_list_export_round_trip(tmp_path: Path, data_folder: Path) -> None:
    folder = ["--data-dir", str(data_folder)]
    source = _workbook(tmp_path / "bakery.xlsx")
    imported = recp(*folder, "template", "import", str(source), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout) == {
        "id": "bakery",
        "version": 1,
        "title": "Bakery ovens",
        "area": "energy",
        "questions": 2,
        "installed": True,
        "warnings": [],
    }
    again = recp(*folder, "template", "import", str(source))
    assert again.returncode == 0 and "already installed, nothing changed" in again.stdout
    listed = json.loads(recp(*folder, "template", "list", "--json").stdout)
    rows = {(r["id"], r["version"]): r for r in listed}
    assert rows[("bakery", 1)]["questions"] == 2 and rows[("bakery", 1)]["builtin"] is False
    assert rows[("dairy", 1)]["title"] == "Food and dairy processing"
    assert {"id", "version", "title", "questions"} <= set(rows[("energy", 1)])
    exported = recp(*folder, "template", "export", "bakery", "-o", str(tmp_path / "out.xlsx"))
    assert exported.returncode == 0, exported.stderr
    from recp_desktop.checklists.xlsform import read_xlsform

    assert read_xlsform(tmp_path / "out.xlsx").template == read_xlsform(source).template


def test_a_failed_import_changes_nothing(tmp_path: Path, data_folder: Path) -> None:
    folder = ["--data-dir", str(data_folder)]
    assert recp(*folder, "template", "import", str(_workbook(tmp_path / "a.xlsx"))).returncode == 0
    before = recp(*folder, "template", "list", "--json").stdout
    changed = _workbook(tmp_path / "b.xlsx", wording="Is the oven insulated?")
    refused = recp(*folder, "template", "import", str(changed))
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "recp: template 'bakery' version 1 is already installed with different questions; "
        "raise 'version' in the settings sheet to install the new one"
    )
    bad = write_workbook(
        tmp_path / "c.xlsx", [question("x", "select_one nowhere", "X?", "Х?")], YES_NO_NA
    )
    broken = recp(*folder, "template", "import", str(bad))
    assert broken.returncode == 2
    assert broken.stderr.strip() == (
        "recp: survey sheet, row 2: List name not in choices sheet: nowhere"
    )
    assert recp(*folder, "template", "list", "--json").stdout == before
    missing = recp(*folder, "template", "export", "nothing", "-o", str(tmp_path / "n.xlsx"))
    assert missing.returncode == 2
    assert missing.stderr.strip() == "recp: no checklist template 'nothing' is installed"
    assert not (tmp_path / "n.xlsx").exists()


def test_an_assessment_on_a_custom_checklist_answers_and_reports(
    tmp_path: Path, data_folder: Path
) -> None:
    from recp_desktop.report.build import write_report
    from recp_desktop.storage.answers import load_answers, save_answer
    from recp_desktop.storage.database import Database
    from recp_desktop.storage.repository import create_assessment, create_enterprise
    from recp_desktop.storage.templates import assessment_templates

    folder = ["--data-dir", str(data_folder)]
    assert recp(*folder, "template", "import", str(_workbook(tmp_path / "b.xlsx"))).returncode == 0
    db = Database(data_folder)
    company = create_enterprise(db, name="Khleb Bakery", country="AM", city="Gyumri")
    assessment = create_assessment(db, company.id, kind="full", title="Ovens", currency="AMD")
    db.close()
    used = recp(*folder, "template", "use", assessment.id, "bakery")
    assert used.returncode == 0 and "bakery version 1" in used.stdout, used.stderr
    db = Database(data_folder)
    bakery = next(t for t in assessment_templates(db, assessment.id) if t.id == "bakery")
    insulated, stack = bakery.questions
    save_answer(db, assessment.id, bakery, insulated.id, AnswerState(value="no", note="bare"))
    save_answer(db, assessment.id, bakery, stack.id, AnswerState(number=240.0, unit="degC"))
    assert load_answers(db, assessment.id)[stack.id].number == 240.0
    data = write_report(db, assessment.id, tmp_path / "r.pdf", language="ru")
    finding = next(f for f in data.findings if f.question_id == insulated.id)
    assert finding.text == "Котёл изолирован?" and finding.note == "bare"
    assert finding.area == "energy"
    assert data.questions == _shown_in_area_checklists() + 2  # both bakery questions shown
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    db.close()


def _shown_in_area_checklists() -> int:
    """Questions of the area checklists shown when none of them is answered."""
    from recp_desktop.checklists import builtin_templates

    return sum(len(t.visible("full", {})) for t in builtin_templates().values())


def test_files_that_are_not_an_xlsform_are_refused_clearly(
    tmp_path: Path, data_folder: Path
) -> None:
    """Tryout finding: ``recp template import /etc/passwd`` printed pyxform's internals
    ("Argument 'definition' was not recognized…"); a damaged workbook and a CSV that is not an
    XLSForm did too, and an unknown question type named no row."""
    folder = ["--data-dir", str(data_folder)]
    before = recp(*folder, "template", "list", "--json").stdout

    def refused(path: Path) -> str:
        result = recp(*folder, "template", "import", str(path))
        assert result.returncode == 2, result.stdout
        assert "Argument" not in result.stderr and "DefinitionData" not in result.stderr
        assert "Traceback" not in result.stderr
        return result.stderr.strip()

    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    assert refused(passwd) == (
        "recp: passwd is not an XLSForm: choose an Excel workbook (.xlsx or .xls) or a CSV file "
        "holding the survey, choices and settings sheets (docs/checklist-format.md)"
    )
    fake = tmp_path / "checklist.xlsx"
    fake.write_bytes(passwd.read_bytes())
    assert refused(fake).startswith(
        "recp: checklist.xlsx cannot be read as an XLSForm workbook: it is not a readable Excel "
        "workbook (.xlsx)"
    )
    old = tmp_path / "checklist.xls"
    old.write_bytes(b"not an OLE2 file")
    assert "not a readable Excel 97-2003 workbook (.xls)" in refused(old)
    plain = tmp_path / "questions.csv"
    plain.write_text("type,name,label\ninteger,count,How many?\n", encoding="utf-8")
    assert "the first column naming the sheet (survey, choices, settings)" in refused(plain)

    typo = write_workbook(
        tmp_path / "typo.xlsx",
        [question("q", "select_one yes_no_na", "Q?", "В?"), question("n", "integr", "N", "Ч")],
        YES_NO_NA,
    )
    assert refused(typo) == (
        "recp: survey sheet, row 3, column type: 'integr' is not a question type; use one of "
        "integer, decimal, text, select_one, select_multiple, note, image, begin_group or "
        "end_group"
    )
    no_list = write_workbook(
        tmp_path / "no-list.xlsx", [question("q", "select_one", "Q?", "В?")], YES_NO_NA
    )
    assert refused(no_list) == (
        "recp: survey sheet, row 2, column type: 'select_one' needs the name of its choice "
        "list, e.g. 'select_one yes_no_na'"
    )
    assert recp(*folder, "template", "list", "--json").stdout == before


def test_an_xlsform_saved_as_csv_imports(tmp_path: Path, data_folder: Path) -> None:
    """The CSV form of an XLSForm (pyxform's: the sheet's name in the first column of its header
    row) is still read, so refusing other files did not refuse this one."""
    import csv

    from openpyxl import load_workbook

    book = load_workbook(_workbook(tmp_path / "bakery.xlsx"))
    target = tmp_path / "bakery.csv"
    with target.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        for sheet in book.worksheets:
            rows = [
                ["" if v is None else str(v) for v in r] for r in sheet.iter_rows(values_only=True)
            ]
            out.writerow([sheet.title, *rows[0]])
            for row in rows[1:]:
                out.writerow(["", *row])
    imported = recp("--data-dir", str(data_folder), "template", "import", str(target), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["questions"] == 2
