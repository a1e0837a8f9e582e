"""``recp export``, ``import``, ``export-table``, ``conflicts``, ``resolve`` and ``device``, run as
a person would run them."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.keys import device_fingerprint
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.database import Database
from tests.core.test_cli import recp
from tests.packages import NUMBER, answer, seed


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, str]:
    from recp_desktop.demo import create_demo

    folder = tmp_path / "field"
    db = Database(folder)
    try:
        return folder, create_demo(db)
    finally:
        db.close()


def test_export_and_import_on_another_device(demo, tmp_path: Path) -> None:
    folder, assessment_id = demo
    package = tmp_path / "sheki.recp"
    exported = recp("--data-dir", str(folder), "export", assessment_id, "-o", str(package))
    assert exported.returncode == 0, exported.stderr
    assert "signed by key" in exported.stdout and device_fingerprint(folder) in exported.stdout
    office = tmp_path / "office"
    first = recp("--data-dir", str(office), "import", str(package))
    assert first.returncode == 0, first.stderr
    [line] = first.stdout.splitlines()
    assert line.startswith("imported: ") and " 0 updated" in line and "Şəki Süd MMC" in line
    # the demo holds a second company (the feed mill next door); the package carries one
    field = json.loads(recp("--data-dir", str(folder), "list", "--json").stdout)
    assert json.loads(recp("--data-dir", str(office), "list", "--json").stdout) == [
        row for row in field if row["id"] == assessment_id
    ]
    second = recp("--data-dir", str(office), "import", str(package), "--json")
    assert second.returncode == 0
    [report] = json.loads(second.stdout)
    assert report["status"] == "imported" and report["signed"] is True
    assert report["counts"]["new"] == report["counts"]["updated"] == 0
    assert report["counts"]["unchanged"] > 60


def test_import_reports_every_package_and_fails_if_any_is_rejected(demo, tmp_path) -> None:
    folder, assessment_id = demo
    good = tmp_path / "good.recp"
    assert recp("--data-dir", str(folder), "export", assessment_id, "-o", str(good)).returncode == 0
    garbage = tmp_path / "garbage.recp"
    garbage.write_text("not a package")
    office = tmp_path / "office"
    result = recp(
        "--data-dir", str(office), "import", str(good), str(garbage), str(tmp_path / "gone.recp")
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("imported: ")
    assert (
        lines[1]
        == f"rejected: {garbage}: This is not a RECP package: the file is not a zip archive."
    )
    assert lines[2].startswith("rejected: ") and "cannot be read" in lines[2]
    assert "Traceback" not in result.stderr
    as_json = recp("--data-dir", str(office), "import", str(garbage), "--json")
    assert as_json.returncode == 1
    assert [r["status"] for r in json.loads(as_json.stdout)] == ["rejected"]


def test_export_of_an_unknown_assessment(tmp_path: Path) -> None:
    result = recp("--data-dir", str(tmp_path / "d"), "export", "nope", "-o", str(tmp_path / "x"))
    assert result.returncode == 2 and "No assessment with id nope" in result.stderr
    assert not (tmp_path / "x").exists()


def test_unsigned_packages_only_when_allowed(demo, tmp_path: Path) -> None:
    folder, assessment_id = demo
    db = Database(folder)
    try:
        from recp_desktop.exchange import local
        from recp_desktop.exchange.writer import write_package

        with db.engine.connect() as connection:
            records = local.assessment_records(connection, assessment_id, db.device_id)
        package = tmp_path / "unsigned.recp"
        from recp_desktop.storage.photos import photo_file

        photos = {
            r["sha256"]: photo_file(folder, r["sha256"], r["media_type"]) for r in records["photo"]
        }
        write_package(
            package,
            records=records,
            photos=photos,
            device_id=db.device_id,
            device_name="field",
            author="",
            assessment_id=assessment_id,
            key=None,
        )
    finally:
        db.close()
    office = str(tmp_path / "office")
    refused = recp("--data-dir", office, "import", str(package))
    assert refused.returncode == 1 and "not signed" in refused.stdout
    allowed = recp("--data-dir", office, "import", "--allow-unsigned", str(package))
    assert allowed.returncode == 0 and "UNSIGNED" in allowed.stdout


def test_export_table_as_a_workbook(demo, tmp_path: Path) -> None:
    folder, assessment_id = demo
    workbook = tmp_path / "all.xlsx"
    result = recp("--data-dir", str(folder), "export-table", "--all", "-o", str(workbook))
    assert result.returncode == 0, result.stderr
    sheets = pd.read_excel(workbook, sheet_name=None)
    assert list(sheets) == [
        "Companies",
        "Assessments",
        "Baseline",
        "Answers",
        "Options",
        "Photos",
        "Waste streams",
        "Wanted inputs",
    ]
    answers = sheets["Answers"]
    for label in ("Record ID", "Question ID", "Number (as entered)", "Question's unit", "Note"):
        assert label in answers.columns
    assert set(answers["Assessment ID"]) == {assessment_id}
    db = Database(folder)
    try:
        from recp_desktop.storage.answers import load_answers

        assert len(answers) == len(load_answers(db, assessment_id))
    finally:
        db.close()
    baseline = sheets["Baseline"]
    electricity = baseline[baseline["Line key"] == "electricity"].iloc[0]
    assert electricity["Canonical unit"] == "kWh" and electricity["Currency"] == "AZN"
    assert "Energy saving (kWh/year)" in sheets["Options"].columns
    assert sheets["Companies"].iloc[0]["Company"] == "Şəki Süd MMC"

    missing = recp(
        "--data-dir", str(folder), "export-table", "--assessment", "nope", "-o", "x.xlsx"
    )
    assert missing.returncode == 2 and "No assessment" in missing.stderr


def test_conflicts_listed_and_resolved_from_the_shell(tmp_path: Path) -> None:
    a, b = Database(tmp_path / "a"), Database(tmp_path / "b")
    try:
        assessment_id = seed(a, tmp_path)
        export_assessment(a, assessment_id, tmp_path / "1.recp")
        assert import_package(b, tmp_path / "1.recp").ok
        answer(a, assessment_id, NUMBER, AnswerState(number=6.0, unit="bar"))
        answer(b, assessment_id, NUMBER, AnswerState(number=8.0, unit="bar"))
        export_assessment(b, assessment_id, tmp_path / "2.recp")
    finally:
        a.close()
        b.close()
    here = ("--data-dir", str(tmp_path / "a"))
    imported = recp(*here, "import", str(tmp_path / "2.recp"))
    assert imported.returncode == 0 and "1 in conflict" in imported.stdout
    listed = recp(*here, "conflicts", "--json")
    [conflict] = json.loads(listed.stdout)
    assert conflict["label"] == NUMBER
    assert conflict["local"]["number"] == 6.0 and conflict["incoming"]["number"] == 8.0
    plain = recp(*here, "conflicts").stdout
    assert conflict["id"] in plain and "number: here 6 bar  /  incoming 8 bar" in plain
    assert "Compressor discharge pressure (gauge)" in plain  # the question (energy.yaml)
    assert "number_canonical" not in plain  # follows from the number and its unit
    resolved = recp(*here, "resolve", conflict["id"], "--keep", "incoming")
    assert resolved.returncode == 0, resolved.stderr
    assert recp(*here, "conflicts").stdout.strip() == "No open conflicts."
    again = recp(*here, "resolve", conflict["id"], "--keep", "local")
    assert again.returncode == 2 and "already resolved" in again.stderr
    assert json.loads(recp(*here, "conflicts", "--all", "--json").stdout)[0]["status"] == "resolved"


def test_device_prints_the_key_fingerprint(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    result = recp("--data-dir", str(folder), "device", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["fingerprint"] == device_fingerprint(folder)
    assert len(payload["fingerprint"].split()) == 8
