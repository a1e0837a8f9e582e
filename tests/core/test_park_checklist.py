"""Park checklists: questions under the four categories of the International Framework for
Eco-Industrial Parks, not under the RECP areas (issue 15 §4; docs/checklist-format.md, "Park
checklists").

The shipped park checklist loads with its questions under management, environmental, social and
economic; a wrong area is refused naming the row; an answered park checklist reads by category in
the report and the tables; the checklist travels in a package, built in or a centre's own.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from recp_desktop.checklists import (
    PARK_CATEGORIES,
    TemplateError,
    builtin_registry,
    builtin_templates,
    parse_template,
    template_to_data,
)
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.checklists.carried import carry, from_data, from_wire, to_wire
from recp_desktop.checklists.model import option_area
from recp_desktop.checklists.serialize import content_hash
from recp_desktop.checklists.xlsform import XLSFormError, read_xlsform
from recp_desktop.checklists.xlsform_export import write_xlsform
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.tables import export_tables
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.report import write_report
from recp_desktop.storage.answers import load_answers, save_answer
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.templates import (
    assessment_templates,
    install_template,
    set_assessment_templates,
    template_registry,
)
from tests.packages import entries
from tests.xlsforms import EN, RU, question, settings, write_workbook

ROOT = Path(__file__).resolve().parents[2]
PARK = ("eco_industrial_park", 2)

# Counted by hand in tools/sector_templates/eco_industrial_park.yaml, question by question:
# park management: entity, services, symbiosis, monitoring, targets, master_plan = 6;
# environmental: environment.ems, .firms_ems, .compliance, energy.management, .renewable_share,
# .heat_exchange, water.treatment, .reuse, .metering, waste.management, .recycled_share,
# nature.open_space, .climate_risk = 13; social: management_system, grievance, infrastructure,
# community = 4; economic: employment, skills, local_sme, value = 4. 27 in all.
COUNTS = {"management": 6, "environmental": 13, "social": 4, "economic": 4}


def test_the_shipped_park_checklist_files_its_questions_under_the_four_categories() -> None:
    park = read_xlsform(ROOT / "resources" / "templates" / "eco_industrial_park.xlsx").template
    assert park.key == PARK and park.area == "park"
    counts: dict[str, int] = {}
    for q in park.questions:
        counts[q.area] = counts.get(q.area, 0) + 1
    assert counts == COUNTS
    assert list(counts) == list(PARK_CATEGORIES)  # in the framework's order
    assert not {q.area for q in park.questions} & {"energy", "water", "materials", "waste"}
    assert park.question("eco_industrial_park.water.metering").area == "environmental"
    assert park.question("eco_industrial_park.economic.value").area == "economic"
    assert builtin_registry().get("eco_industrial_park") == park
    # the four area checklists an assessment always uses are unchanged
    assert list(builtin_templates()) == ["energy", "water", "materials", "waste"]


def _park_data(**changes) -> dict:
    """The shipped park checklist as YAML data, with ``changes`` applied to its first question."""
    data = template_to_data(builtin_registry().get(*PARK))
    data["questions"][0].update(changes)
    return data


@pytest.mark.parametrize(
    ("template_area", "question_area", "message"),
    [
        (
            "park",
            "materials",
            "question 'eco_industrial_park.management.entity': 'area' is 'materials'; expected "
            "one of management, environmental, social, economic",
        ),
        (
            "park",
            None,
            "question 'eco_industrial_park.management.entity': each question of a park "
            "template needs its 'area'",
        ),
        (
            "sector",
            "social",
            "question 'eco_industrial_park.management.entity': 'area' is 'social'; expected one "
            "of energy, water, materials, waste",
        ),
        ("parks", "management", "'area' is 'parks'; expected one of energy, water, materials"),
    ],
)
def test_a_question_area_outside_its_template_kind_is_refused(
    template_area: str, question_area: str | None, message: str
) -> None:
    data = _park_data(area=question_area)
    data["area"] = template_area
    if question_area is None:
        del data["questions"][0]["area"]
    with pytest.raises(TemplateError) as caught:
        parse_template(data, Path("park.yaml"))
    assert message in str(caught.value)
    assert parse_template(_park_data(), Path("park.yaml")) == builtin_registry().get(*PARK)


def _park_workbook(path: Path, area_of_second: str = "social") -> Path:
    survey = [
        {"type": "begin_group", "name": "mgmt", f"label::{EN}": "Park management: monitoring",
         f"label::{RU}": "Управление парком: мониторинг"},
        question("targets", "select_one yes_no_na", "Are there park-wide targets?",
                 "Есть ли цели парка?", recp_good="yes", recp_area="management"),
        {"type": "end_group", "name": "mgmt"},
        question("grievance", "select_one yes_no_na", "Is there a grievance mechanism?",
                 "Есть ли механизм жалоб?", recp_good="yes", recp_area=area_of_second),
        question("metering", "select_one yes_no_na", "Is water metered per firm?",
                 "Учитывается ли вода?", recp_good="yes", recp_area="environmental",
                 recp_calculator="water-leak"),
    ]  # fmt: skip
    return write_workbook(
        path, survey, settings_row=settings(form_id="park_own", version="1", recp_area="park")
    )


def test_the_xlsform_path_reads_a_park_checklist_and_names_the_row_of_a_wrong_area(
    tmp_path: Path,
) -> None:
    own = read_xlsform(_park_workbook(tmp_path / "park.xlsx")).template
    assert own.area == "park"
    assert [q.area for q in own.questions] == ["management", "social", "environmental"]
    # export then import gives the same template (the categories kept)
    again = read_xlsform(write_xlsform(own, tmp_path / "again.xlsx")).template
    assert again == own and content_hash(again) == content_hash(own)

    with pytest.raises(XLSFormError) as caught:
        read_xlsform(_park_workbook(tmp_path / "bad.xlsx", area_of_second="materials"))
    # row 1 is the header, 2 begin_group, 3 targets, 4 end_group, 5 grievance
    assert str(caught.value).startswith("survey sheet, row 5, column recp_area: ")
    assert "'materials'" in str(caught.value)
    assert "management, environmental, social, economic" in str(caught.value)


def test_a_park_checklist_travels_as_data_and_keeps_its_hash() -> None:
    park = builtin_registry().get(*PARK)
    data = template_to_data(park)
    assert data["area"] == "park"
    assert all(q["area"] in PARK_CATEGORIES for q in data["questions"])
    wire = to_wire(carry(park))
    carried = from_wire(json.loads(json.dumps(wire)), "test")
    assert carried.template == park and carried.sha256 == content_hash(park)
    # parsed, not recognised by its hash: what a device that lacks it does
    parsed = from_data(json.loads(json.dumps(data)), *PARK, "test")
    assert parsed.template == park and parsed.sha256 == content_hash(park)


def test_options_from_a_park_question_stay_in_a_recp_area() -> None:
    park = builtin_registry().get(*PARK)
    metering = park.question("eco_industrial_park.water.metering")
    assert metering.area == "environmental" and metering.calculator == "water-leak"
    assert option_area(metering, park.area) == "water"  # what the water-leak calculator saves
    dairy = builtin_registry().get("dairy")
    for q in dairy.questions:  # a sector checklist's questions keep their own areas
        assert option_area(q, dairy.area) == q.area
    energy = builtin_templates()["energy"]
    assert {option_area(q, "energy") for q in energy.questions} <= {"energy", "water"}


ANSWERS = {  # one "not good" answer per category, and one number
    "eco_industrial_park.management.monitoring": AnswerState("no", note="no data request yet"),
    "eco_industrial_park.environment.ems": AnswerState("no"),
    "eco_industrial_park.energy.heat_exchange": AnswerState("no"),
    "eco_industrial_park.social.grievance": AnswerState("no", note="жалобы не регистрируются"),
    "eco_industrial_park.economic.skills": AnswerState("yes", opportunity=True),
    "eco_industrial_park.water.treatment": AnswerState(number=85, unit="percent"),
}


def _park_audit(db: Database) -> str:
    company = create_enterprise(
        db, name="Sumgait Park Management LLC", country="AZ", city="Sumgait", eco_park="Sumgait CIP"
    )
    audit = create_assessment(
        db, company.id, kind="full", title="Park audit", currency="AZN", start_date=date(2026, 5, 4)
    )
    defaults = [t.key for t in builtin_templates().values()]
    set_assessment_templates(db, audit.id, [*defaults, PARK])
    park = assessment_templates(db, audit.id)[-1]
    for question_id, state in ANSWERS.items():
        save_answer(db, audit.id, park, question_id, state)
    return audit.id


def _pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


@pytest.mark.parametrize(
    ("language", "headings"),
    [
        ("en", ["Park management (1)", "Environmental (2)", "Social (1)", "Economic (1)"]),
        ("ru", ["Управление парком (1)", "Окружающая среда (2)", "Социальная сфера (1)",
                "Экономика (1)"]),
        ("az", ["Park idarəetməsi (1)", "Ətraf mühit (2)", "Sosial sahə (1)", "İqtisadiyyat (1)"]),
    ],
)  # fmt: skip
def test_the_report_lists_park_findings_under_their_categories(
    db: Database, tmp_path: Path, language: str, headings: list[str]
) -> None:
    audit = _park_audit(db)
    pdf = tmp_path / f"park-{language}.pdf"
    write_report(db, audit, pdf, language=language)
    text = _pdf_text(pdf)
    positions = [text.find(h) for h in headings]
    assert -1 not in positions, (headings, text[:3000])
    assert positions == sorted(positions)  # in the framework's order
    # each a numbered heading of the findings, never its raw key
    for heading in headings:
        assert re.search(r"\d\.\d+ " + re.escape(heading), text), heading
    assert not re.search(r"\d\.\d+ (management|environmental|social|economic) \(", text)
    # "Materials" is there only as the name of the (empty) area checklist's area, never as a
    # heading of park findings
    assert "Materials (" not in text and "Материалы (" not in text


def test_the_tables_name_each_park_answer_by_its_category(db: Database, tmp_path: Path) -> None:
    audit = _park_audit(db)
    for language, social in (("en", "Social"), ("ru", "Социальная сфера"), ("az", "Sosial sahə")):
        xlsx = tmp_path / f"tables-{language}.xlsx"
        export_tables(db, xlsx, audit, language=language)
        book = load_workbook(xlsx, read_only=True)
        rows = list(book.worksheets[3].iter_rows(values_only=True))  # the answers
        book.close()
        if language == "en":
            assert rows[0][3:6] == ("Area", "Area (code)", "Question ID")
        areas = {row[5]: (row[4], row[3]) for row in rows[1:]}
        assert areas["eco_industrial_park.social.grievance"] == ("social", social)
        assert areas["eco_industrial_park.water.treatment"][0] == "environmental"
        assert {code for code, _label in areas.values()} == {
            "management",
            "environmental",
            "social",
            "economic",
        }


def test_a_park_audit_round_trips_through_a_package(db: Database, tmp_path: Path) -> None:
    audit = _park_audit(db)
    own = read_xlsform(_park_workbook(tmp_path / "own.xlsx")).template
    install_template(db, own, "own.xlsx")
    park = assessment_templates(db, audit)[-1]
    save_answer(db, audit, own, own.questions[1].id, AnswerState("no", note="own park check"))
    package = tmp_path / "park.recp"
    export_assessment(db, audit, package)
    carried = sorted(p for p in entries(package) if p.startswith("templates/"))
    assert "templates/eco_industrial_park@2.json" in carried
    assert "templates/park_own@1.json" in carried

    office = Database(tmp_path / "office")
    try:
        result = import_package(office, package)
        assert result.ok, result.reason
        assert result.templates == ["park_own@1"]  # the shipped park checklist is built in here
        assert template_registry(office).get("park_own", 1) == own
        used = {t.key: t for t in assessment_templates(office, audit)}
        assert used[PARK] == park
        answers = load_answers(office, audit)
        for question_id, state in ANSWERS.items():
            assert answers[question_id].value == state.value
            assert answers[question_id].note == state.note
        assert answers["eco_industrial_park.water.treatment"].number == pytest.approx(85)
        pdf = tmp_path / "office.pdf"
        write_report(office, audit, pdf)
        text = _pdf_text(pdf)
        assert "Social (2)" in text  # the built-in grievance question and the centre's own
        assert "Is there a grievance mechanism?" in text and "own park check" in text
        again = import_package(office, package)
        assert again.ok and again.counts["new"] == 0
    finally:
        office.close()
