"""Templates travel with the answers that use them (issue 17 §3; docs/package-format.md §4a).

A centre's own XLSForm checklist, answered on one laptop, is exported in a package; a supervisor's
fresh data folder that never installed it imports the package and can open the assessment,
write its report and export its tables. The same id and version with another content is refused
whole, naming the template, and changes nothing. Older packages (formats 1 and 2) still import.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from recp_desktop.checklists import builtin_registry, template_to_data
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.checklists.serialize import content_hash
from recp_desktop.checklists.xlsform import read_xlsform
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.manifest import FORMAT_VERSION
from recp_desktop.exchange.reader import read_package
from recp_desktop.exchange.tables import export_tables
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.report import write_report
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.templates import (
    assessment_templates,
    install_template,
    list_templates,
    missing_templates,
    set_assessment_templates,
    template_registry,
)
from recp_desktop.storage.waste import list_waste_streams
from tests.packages import NUMBER, answer, db_digest, entries, repack
from tests.xlsforms import EN, RU, question, write_workbook

V2 = Path(__file__).resolve().parents[1] / "data" / "packages" / "v2" / "kutaisi.recp"


def _workbook(path: Path, label: str = "Are steam traps tested every year?") -> Path:
    survey = [
        {"type": "begin_group", "name": "traps", f"label::{EN}": "Traps", f"label::{RU}": "Отв"},
        question(
            "tested",
            "select_one yes_no_na",
            label,
            "Проверяют ли конденсатоотводчики?",
            recp_good="yes",
        ),
        question(
            "leaking",
            "integer",
            "Leaking traps found",
            "Протекающих отводчиков",
            recp_unit="dimensionless",
        ),
        {"type": "end_group", "name": "traps"},
    ]
    return write_workbook(path, survey)


@pytest.fixture
def centre(tmp_path: Path):
    """A centre's laptop with its own 'steam_checks' v2 checklist, answered; (db, id, template)."""
    db = Database(tmp_path / "centre")
    template = read_xlsform(_workbook(tmp_path / "steam.xlsx")).template
    assert install_template(db, template, "steam.xlsx")
    company = create_enterprise(db, name="Zestafoni Ferro", country="GE", city="Zestafoni")
    assessment = create_assessment(
        db,
        company.id,
        kind="full",
        title="Steam audit",
        currency="GEL",
        start_date=date(2026, 6, 1),
    )
    set_assessment_templates(db, assessment.id, [("energy", 1), template.key])
    tested, leaking = (q.id for q in template.questions)
    save_answer(db, assessment.id, template, tested, AnswerState("no", note="никогда"))
    save_answer(db, assessment.id, template, leaking, AnswerState(number=7, unit=""))
    answer(db, assessment.id, NUMBER, AnswerState(number=7.5, unit="bar"))
    yield db, assessment.id, template
    db.close()


def _pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_a_supervisor_without_the_template_opens_reports_and_tabulates(
    centre, tmp_path: Path
) -> None:
    db, assessment_id, template = centre
    package = tmp_path / "steam.recp"
    export_assessment(db, assessment_id, package)
    files = entries(package)
    manifest = json.loads(files["manifest.json"])
    assert manifest["format_version"] == FORMAT_VERSION == 3
    # Both templates the answers use travel, as canonical JSON named by id and version; the
    # manifest's SHA-256 of each entry is the template's content hash.
    carried = sorted(p for p in files if p.startswith("templates/"))
    assert carried == ["templates/energy@1.json", "templates/steam_checks@2.json"]
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    assert listed["templates/steam_checks@2.json"] == content_hash(template)
    assert json.loads(files["templates/steam_checks@2.json"]) == template_to_data(template)

    office = Database(tmp_path / "office")
    try:
        assert template_registry(office).find("steam_checks", 2) is None
        result = import_package(office, package)
        assert result.ok, result.reason
        assert result.templates == ["steam_checks@2"]  # energy is built in here too
        assert "steam_checks@2" in result.line()
        assert missing_templates(office, assessment_id) == []
        used = [t.key for t in assessment_templates(office, assessment_id)]
        assert ("steam_checks", 2) in used
        installed = {t.template.key: t for t in list_templates(office)}
        assert installed[("steam_checks", 2)].sha256 == content_hash(template)
        assert installed[("steam_checks", 2)].source.startswith("steam.recp from ")
        assert template_registry(office).get("steam_checks", 2) == template

        pdf = tmp_path / "report.pdf"
        write_report(office, assessment_id, pdf, language="en")
        text = _pdf_text(pdf)
        assert "Are steam traps tested every year?" in text
        assert "никогда" in text

        xlsx = tmp_path / "tables.xlsx"
        export_tables(office, xlsx, assessment_id, language="en")
        book = load_workbook(xlsx, read_only=True)
        cells = {str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row}
        book.close()
        assert "Are steam traps tested every year?" in cells
        assert "Leaking traps found" in cells

        # The same package again, and a second package of the same template: nothing new.
        again = import_package(office, package)
        assert again.ok and again.templates == [] and again.counts["new"] == 0
    finally:
        office.close()


def test_another_content_under_the_same_id_and_version_is_refused_whole(
    centre, tmp_path: Path
) -> None:
    db, assessment_id, _template = centre
    package = tmp_path / "steam.recp"
    export_assessment(db, assessment_id, package)
    office_folder = tmp_path / "office"
    office = Database(office_folder)
    other = read_xlsform(_workbook(tmp_path / "other.xlsx", "Traps tested yearly?")).template
    assert other.key == ("steam_checks", 2)
    install_template(office, other, "other.xlsx")
    office.close()
    before = db_digest(office_folder)
    office = Database(office_folder)
    try:
        result = import_package(office, package)
        assert result.status == "rejected"
        assert "'steam_checks' version 2" in result.reason
        assert "new version number" in result.reason
    finally:
        office.close()
    assert db_digest(office_folder) == before


def test_a_changed_built_in_template_is_refused(centre, tmp_path: Path) -> None:
    db, assessment_id, _template = centre
    package = tmp_path / "steam.recp"
    export_assessment(db, assessment_id, package)
    energy = json.loads(entries(package)["templates/energy@1.json"])
    energy["questions"][0]["text"]["en"] = "Something else entirely?"
    changed = repack(
        package,
        tmp_path / "changed.recp",
        key_folder=db.folder,
        raw={"templates/energy@1.json": json.dumps(energy).encode()},
    )
    office_folder = tmp_path / "office"
    Database(office_folder).close()
    before = db_digest(office_folder)
    office = Database(office_folder)
    try:
        result = import_package(office, changed)
        assert result.status == "rejected"
        assert "'energy' version 1" in result.reason and "built-in" in result.reason
    finally:
        office.close()
    assert db_digest(office_folder) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.update(version=3), "holds template 'steam_checks' version 3"),
        (lambda t: t.update(questions=[]), "'questions' must be a non-empty list"),
        (lambda t: t["questions"][0].update(answer={"type": "colour"}), "colour"),
    ],
)
def test_an_invalid_carried_template_is_refused_with_its_problem(
    centre, tmp_path: Path, change, message: str
) -> None:
    db, assessment_id, _template = centre
    package = tmp_path / "steam.recp"
    export_assessment(db, assessment_id, package)
    data = json.loads(entries(package)["templates/steam_checks@2.json"])
    change(data)
    bad = repack(
        package,
        tmp_path / "bad.recp",
        key_folder=db.folder,
        raw={"templates/steam_checks@2.json": json.dumps(data).encode()},
    )
    from recp_desktop.exchange.errors import PackageError

    with pytest.raises(PackageError, match=r"templates/steam_checks@2\.json") as caught:
        read_package(bad)
    assert message in str(caught.value)


def test_a_template_written_in_another_json_layout_is_the_same_template(
    centre, tmp_path: Path
) -> None:
    """Only the content counts: indented JSON with other key order hashes to the same template."""
    db, assessment_id, template = centre
    package = tmp_path / "steam.recp"
    export_assessment(db, assessment_id, package)
    data = json.loads(entries(package)["templates/steam_checks@2.json"])
    pretty = json.dumps(dict(reversed(list(data.items()))), indent=2, ensure_ascii=True).encode()
    assert hashlib.sha256(pretty).hexdigest() != content_hash(template)
    relaid = repack(
        package,
        tmp_path / "pretty.recp",
        key_folder=db.folder,
        raw={"templates/steam_checks@2.json": pretty},
    )
    assert read_package(relaid).templates[("steam_checks", 2)].sha256 == content_hash(template)


def test_template_entries_in_a_format_2_package_are_unexpected(centre, tmp_path: Path) -> None:
    db, assessment_id, _template = centre
    package = tmp_path / "steam.recp"
    export_assessment(db, assessment_id, package)

    def older(manifest: dict) -> None:
        manifest["format_version"] = 2

    from recp_desktop.exchange.errors import PackageError

    downgraded = repack(package, tmp_path / "v2.recp", key_folder=db.folder, manifest=older)
    with pytest.raises(PackageError, match=r"unexpected file 'templates/energy@1\.json'"):
        read_package(downgraded)


def test_a_format_2_package_imports_unchanged(tmp_path: Path) -> None:
    """Written by the app before templates travelled (tests/data/packages/v2/make_fixtures.py)."""
    with zipfile.ZipFile(V2) as archive:
        assert json.loads(archive.read("manifest.json"))["format_version"] == 2
        assert not [n for n in archive.namelist() if n.startswith("templates/")]
    office = Database(tmp_path / "office")
    try:
        result = import_package(office, V2)
        assert result.ok, result.reason
        # A company, an assessment, a baseline line, two answers, an option, two streams.
        assert result.counts == {"new": 8, "updated": 0, "unchanged": 0, "conflict": 0}
        assert result.templates == []
        streams = {s.name: s for s in list_waste_streams(office, result.assessment_id)}
        # 3.5 t a month = 42 t a year; 2 m³ of oil at 880 kg/m³ = 1.76 t a year.
        assert streams["Steel turnings"].tonnes_per_year == pytest.approx(42.0)
        assert streams["Used gear oil"].tonnes_per_year == pytest.approx(1.76)
        assert missing_templates(office, result.assessment_id) == []
        again = import_package(office, V2)
        assert again.ok and again.counts["unchanged"] == 8
    finally:
        office.close()


def test_answers_to_a_template_this_device_lacks_travel_without_it(tmp_path: Path) -> None:
    """Answers that came in an older package without their template are exported as they are."""
    db = Database(tmp_path / "a")
    try:
        company = create_enterprise(db, name="X", country="GE", city="Poti")
        assessment = create_assessment(db, company.id, kind="full", title="T", currency="GEL")
        template = read_xlsform(_workbook(tmp_path / "steam.xlsx")).template
        save_answer(db, assessment.id, template, template.questions[0].id, AnswerState("yes"))
        package = export_assessment(db, assessment.id, tmp_path / "a.recp").path
        assert [p for p in entries(package) if p.startswith("templates/")] == []
        assert missing_templates(db, assessment.id) == [("steam_checks", 2)]
    finally:
        db.close()


def test_builtin_templates_are_recognised_without_parsing() -> None:
    from recp_desktop.checklists.carried import carry, known

    energy = builtin_registry().get("energy", 1)
    carried = carry(energy)
    assert known("energy", 1, carried.sha256) is not None
    assert known("water", 1, carried.sha256) is None  # the hash of another template
    assert known("energy", 1, "0" * 64) is None
