"""Templates by (id, version): several per area, every answered version kept, no silent replace."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recp_desktop.checklists import (
    TemplateConflictError,
    TemplateError,
    TemplateNotFoundError,
    TemplateRegistry,
    builtin_registry,
    builtin_templates,
    parse_template,
    template_to_data,
)
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import ChecklistTemplate
from recp_desktop.storage.templates import (
    add_assessment_template,
    assessment_templates,
    install_template,
    list_templates,
    missing_templates,
    set_assessment_templates,
    template_registry,
)

DATA = Path(__file__).parent.parent / "data"


def _variant(template, **changes):
    """A copy of ``template`` as data with top-level ``changes`` and question 0 reworded."""
    data = copy.deepcopy(template_to_data(template))
    data.update(changes)
    data["questions"][0]["text"]["en"] += " (revised)"
    return parse_template(data, Path("variant.yaml"))


def test_builtin_registry_holds_area_and_sector_templates() -> None:
    keys = [t.key for t in builtin_registry()]
    assert keys[:4] == [("energy", 1), ("water", 1), ("materials", 1), ("waste", 1)]
    assert ("dairy", 1) in keys and ("metalworking", 1) in keys
    assert builtin_registry().area_defaults() == builtin_templates()
    for sector in ("dairy", "metalworking"):
        template = builtin_registry().get(sector)
        assert template.area == "sector"
        assert {q.area for q in template.questions} <= {"energy", "water", "materials", "waste"}
        assert all(q.text["ru"] and q.guidance["ru"] for q in template.questions)


def test_two_templates_for_one_area_are_both_kept() -> None:
    energy = builtin_templates()["energy"]
    light = _variant(energy, id="energy_light")
    registry = TemplateRegistry([energy, light])
    assert registry.get("energy") is energy and registry.get("energy_light") is light
    assert registry.area_defaults()["energy"] is energy  # the area's own id stays its default


def test_same_key_same_content_is_accepted_other_content_refused() -> None:
    energy = builtin_templates()["energy"]
    registry = TemplateRegistry([energy])
    assert registry.add(parse_template(template_to_data(energy), Path("copy.yaml"))) is False
    with pytest.raises(TemplateConflictError) as caught:
        registry.add(_variant(energy))
    assert str(caught.value) == (
        "template 'energy' version 1 from variant.yaml differs from the one already known "
        "(from energy.yaml); give the changed template a new version"
    )
    assert registry.get("energy") is energy


def test_every_version_is_kept_and_the_newest_is_the_default() -> None:
    energy = builtin_templates()["energy"]
    newer = _variant(energy, version=2)
    registry = TemplateRegistry([newer, energy])
    assert registry.versions("energy") == [1, 2]
    assert registry.get("energy") is newer and registry.get("energy", 1) is energy
    with pytest.raises(TemplateNotFoundError, match="no checklist template 'energy' version 3"):
        registry.get("energy", 3)


def test_installed_templates_survive_reopening_and_install_once(data_folder: Path) -> None:
    custom = _variant(builtin_templates()["water"], id="water_plus")
    db = Database(data_folder)
    assert install_template(db, custom, source="water_plus.xlsx") is True
    assert install_template(db, custom, source="again.xlsx") is False
    db.close()
    db = Database(data_folder)
    assert template_registry(db).get("water_plus") == custom
    rows = {(r.template.id, r.builtin, r.source) for r in list_templates(db)}
    assert ("water_plus", False, "water_plus.xlsx") in rows and (
        "dairy",
        True,
        "dairy.xlsx",
    ) in rows
    db.close()


def test_a_conflicting_install_changes_nothing(db) -> None:
    custom = _variant(builtin_templates()["water"], id="water_plus")
    install_template(db, custom)
    changed = _variant(custom)
    with pytest.raises(TemplateConflictError, match="raise 'version' in the settings sheet"):
        install_template(db, changed)
    with pytest.raises(TemplateConflictError, match="is a built-in template"):
        install_template(db, _variant(builtin_templates()["energy"]))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ChecklistTemplate)) == 1
    assert template_registry(db).get("water_plus") == custom


def test_a_new_assessment_uses_the_area_checklists(db, assessment) -> None:
    keys = [t.key for t in assessment_templates(db, assessment.id)]
    assert keys == [("energy", 1), ("water", 1), ("materials", 1), ("waste", 1)]


def test_chosen_and_added_templates_are_pinned(db, assessment) -> None:
    defaults = [t.key for t in builtin_templates().values()]
    set_assessment_templates(db, assessment.id, [*defaults, ("dairy", 1)])
    add_assessment_template(db, assessment.id, "metalworking")
    ids = [t.id for t in assessment_templates(db, assessment.id)]
    assert ids == ["energy", "water", "materials", "waste", "dairy", "metalworking"]
    with pytest.raises(ValueError, match="already uses the checklist 'dairy'"):
        add_assessment_template(db, assessment.id, "dairy")
    with pytest.raises(TemplateNotFoundError):
        add_assessment_template(db, assessment.id, "textiles")


def test_answers_to_an_older_version_stay_readable_and_reportable(db, assessment) -> None:
    from recp_desktop.report.gather import gather

    energy_v1 = builtin_templates()["energy"]
    question = next(q for q in energy_v1.questions if q.answer_type == "yes_no_na" and q.good)
    bad = "no" if question.good == "yes" else "yes"
    save_answer(db, assessment.id, energy_v1, question.id, AnswerState(value=bad))
    # version 2 drops that question; it is installed after the answer was given
    data = copy.deepcopy(template_to_data(energy_v1))
    data["version"] = 2
    data["questions"] = [
        q
        for q in data["questions"]
        if q["id"] != question.id and (q.get("depends_on") or {}).get("question") != question.id
    ]
    install_template(db, parse_template(data, Path("energy-v2.yaml")))
    assert template_registry(db).area_defaults()["energy"].version == 2
    used = {t.id: t.version for t in assessment_templates(db, assessment.id)}
    assert used["energy"] == 1  # the version its answers refer to
    report = gather(db, assessment.id, language="en")
    assert question.id in [f.question_id for f in report.findings]
    # an assessment started now gets version 2
    from recp_desktop.storage.repository import create_assessment

    fresh = create_assessment(db, assessment.enterprise_id, kind="full", currency="GEL")
    assert {t.id: t.version for t in assessment_templates(db, fresh.id)}["energy"] == 2


def test_answers_to_a_template_not_installed_are_reported_missing(db, assessment) -> None:
    custom = _variant(builtin_templates()["waste"], id="waste_extra")
    first = custom.questions[0]
    install_template(db, custom)
    save_answer(db, assessment.id, custom, first.id, AnswerState(value="yes", note="n"))
    assert "waste_extra" in [t.id for t in assessment_templates(db, assessment.id)]
    assert missing_templates(db, assessment.id) == []
    with db.session() as session:
        session.query(ChecklistTemplate).delete()
    assert missing_templates(db, assessment.id) == [("waste_extra", 1)]


def test_lazy_templates_are_read_only_when_needed() -> None:
    energy = builtin_templates()["energy"]
    dairy = builtin_registry().get("dairy")
    reads: list[str] = []

    def load():
        reads.append("dairy")
        return (dairy,)

    registry = TemplateRegistry([energy])
    registry.add_lazy("dairy", load)
    assert registry.area_defaults() == {"energy": energy} and registry.find("energy", 1)
    assert reads == []  # the area checklists need no workbook
    assert registry.get("dairy") is dairy and reads == ["dairy"]
    assert [t.id for t in registry.latest()] == ["energy", "dairy"] and reads == ["dairy"]
    wrong = TemplateRegistry()
    wrong.add_lazy("metal", load)
    with pytest.raises(TemplateError, match="holds template 'dairy', not 'metal'"):
        wrong.latest()


def test_an_installed_template_that_no_longer_validates_is_left_out(db, assessment) -> None:
    custom = _variant(builtin_templates()["waste"], id="waste_extra")
    install_template(db, custom)
    save_answer(db, assessment.id, custom, custom.questions[0].id, AnswerState(value="yes"))
    with db.session() as session:  # as if a newer app checked something this one let through
        row = session.get(ChecklistTemplate, ("waste_extra", 1))
        row.content = row.content.replace('"area":"waste"', '"area":"air"', 1)
    assert template_registry(db).find("waste_extra") is None
    assert [t.id for t in assessment_templates(db, assessment.id)] == list(builtin_templates())
    assert missing_templates(db, assessment.id) == [("waste_extra", 1)]


def test_tables_and_answers_of_a_sector_checklist_name_its_questions(db, assessment) -> None:
    from recp_desktop.exchange.tables import build_tables

    dairy = builtin_registry().get("dairy")
    set_assessment_templates(db, assessment.id, [*(t.key for t in builtin_templates().values())])
    add_assessment_template(db, assessment.id, "dairy")
    save_answer(
        db, assessment.id, dairy, "dairy.water.specific_use", AnswerState(number=1.8, unit="m**3/t")
    )
    row = (
        build_tables(db, assessment.id)["answers"]
        .set_index("Question ID")
        .loc["dairy.water.specific_use"]
    )
    assert row["Question"] == "Water used per tonne of milk processed"
    # The question's unit as a reader writes it (m³ per tonne), never pint's m**3/t (issue 10 §5).
    assert row["Area (code)"] == "water" and row["Question's unit"] == "m³/t"


# The International EIP Framework v2.0 (UNIDO, World Bank Group, GIZ, January 2021): its four
# performance categories and their sub-categories, as the framework names them.
EIP_CATEGORIES = {
    "Park management": {"management entity and services", "monitoring", "planning and zoning"},
    "Environmental": {
        "environmental management and monitoring",
        "energy",
        "water",
        "waste and material use",
        "natural environment and climate resilience",
    },
    "Social": {
        "social management systems",
        "social infrastructure",
        "community outreach and dialogue",
    },
    "Economic": {
        "employment generation",
        "local business and SME promotion",
        "economic value creation",
    },
}


CATEGORY_OF = {
    "Park management": "management",
    "Environmental": "environmental",
    "Social": "social",
    "Economic": "economic",
}


def test_the_park_checklist_reads_with_pyxform_and_follows_the_eip_framework() -> None:
    import yaml

    from recp_desktop.checklists.xlsform import read_xlsform

    root = Path(__file__).parent.parent.parent
    result = read_xlsform(root / "resources" / "templates" / "eco_industrial_park.xlsx")
    park = result.template
    assert park.key == ("eco_industrial_park", 2) and park.area == "park"
    assert builtin_registry().get("eco_industrial_park") == park
    # the workbook says what its readable source says
    source = yaml.safe_load(
        (root / "tools" / "sector_templates" / "eco_industrial_park.yaml").read_text("utf-8")
    )
    assert any("Version 2.0" in note and "January 2021" in note for note in source.pop("notes"))
    assert parse_template(source, Path("eco_industrial_park.yaml")) == park
    groups: dict[str, set[str]] = {}
    for question in park.questions:
        category, _, sub = question.group["en"].partition(": ")
        groups.setdefault(category, set()).add(sub)
        assert CATEGORY_OF[category] == question.area  # filed under the category it names
        assert question.text["ru"] and question.guidance["ru"] and question.group["ru"]
        assert question.techniques
    assert groups == EIP_CATEGORIES
    assert 20 <= len(park.questions) <= 30
    kinds = [q.answer_type for q in park.questions]
    assert kinds.count("yes_no_na") > len(kinds) / 2
    shares = {q.id: q.unit for q in park.questions if q.answer_type == "number"}
    for share in ("energy.renewable_share", "water.treatment", "waste.recycled_share"):
        assert shares[f"eco_industrial_park.{share}"] == "percent"


def test_a_park_management_company_assessment_can_use_the_park_checklist(db) -> None:
    from recp_desktop.storage.repository import create_assessment, create_enterprise

    company = create_enterprise(
        db, name="Sumgait Park Management LLC", country="AZ", city="Sumgait", eco_park="Sumgait CIP"
    )
    audit = create_assessment(db, company.id, kind="full", title="Park audit", currency="AZN")
    offered = [t.key for t in template_registry(db).latest()]
    assert ("eco_industrial_park", 2) in offered
    defaults = [t.key for t in builtin_templates().values()]
    set_assessment_templates(db, audit.id, [*defaults, ("eco_industrial_park", 2)])
    park = assessment_templates(db, audit.id)[-1]
    assert park.id == "eco_industrial_park"
    qid = "eco_industrial_park.water.treatment"
    from recp_desktop.storage.answers import load_answers

    save_answer(db, audit.id, park, qid, AnswerState(number=85, unit="percent"))
    assert load_answers(db, audit.id)[qid].number == pytest.approx(85)
