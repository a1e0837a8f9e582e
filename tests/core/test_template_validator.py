"""The template loader accepts well-formed templates and names file and question otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from recp_desktop.checklists import TemplateError, load_template

DATA = Path(__file__).parent.parent / "data"


def _write_variant(tmp_path: Path, mutate) -> Path:
    data = yaml.safe_load((DATA / "sample.yaml").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_sample_loads(sample_template) -> None:
    assert sample_template.version == 3
    assert [q.id for q in sample_template.questions_for("club")] == [
        "sample.air.has_system",
        "sample.heat.use",
    ]


def test_skip_logic_hides_dependents_transitively(sample_template) -> None:
    ids = [q.id for q in sample_template.visible("full", {})]
    assert "sample.air.leaks" not in ids and "sample.air.pressure" not in ids
    ids = [q.id for q in sample_template.visible("full", {"sample.air.has_system": "yes"})]
    assert "sample.air.leaks" in ids and "sample.air.pressure" not in ids
    answers = {"sample.air.has_system": "yes", "sample.air.leaks": "no"}
    assert "sample.air.pressure" in [q.id for q in sample_template.visible("full", answers)]
    answers["sample.air.has_system"] = "no"  # hiding the parent hides the grandchild
    assert "sample.air.pressure" not in [q.id for q in sample_template.visible("full", answers)]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["questions"][1]["text"].pop("ru"), "'text' lacks its 'ru' text"),
        (lambda d: d["questions"][1].update(topic="vibes"), "'topic' is 'vibes'"),
        (lambda d: d["questions"][1].update(calculator="magic"), "'calculator' is 'magic'"),
        (lambda d: d["questions"][1].update(techniques=[]), "at least one CP technique"),
        (lambda d: d["questions"][2]["answer"].update(unit="furlongs_per_blorp"), "unknown unit"),
        (lambda d: d["questions"][2]["answer"].pop("unit"), "needs 'answer.unit'"),
        (lambda d: d["questions"][1].update(id="sample.air.has_system"), "used twice"),
        (
            lambda d: d["questions"][1].update(depends_on={"question": "sample.x", "in": ["yes"]}),
            "not an earlier question",
        ),
        (
            lambda d: d["questions"][1].update(
                depends_on={"question": "sample.air.has_system", "in": ["maybe"]}
            ),
            "'depends_on.in' is 'maybe'",
        ),
        (lambda d: d["questions"][0].pop("club_guidance"), "'club_guidance' must be a mapping"),
        (lambda d: d["questions"][1].update(good=True), "'good' is True"),
        (
            lambda d: d["questions"][4]["answer"].update(
                options=[{"id": "x", "label": {"en": "X", "ru": "Х"}}]
            ),
            "at least two",
        ),
    ],
)
def test_malformed_template_names_file_and_question(tmp_path: Path, mutate, expected) -> None:
    path = _write_variant(tmp_path, mutate)
    with pytest.raises(TemplateError) as info:
        load_template(path)
    message = str(info.value)
    assert message.startswith("broken.yaml: question '")
    assert expected in message


def test_file_level_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\nversion: 0\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^bad\.yaml: 'version' must be a positive integer"):
        load_template(path)
    path.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^bad\.yaml: is not valid YAML"):
        load_template(path)
