"""Load and validate checklist templates.

The validator runs at every load (and in the tests): a malformed template is refused with a
:class:`TemplateError` naming the file and the question, never half-loaded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from recp_desktop.checklists.model import (
    ANSWER_TYPES,
    AREAS,
    CALCULATORS,
    CP_TECHNIQUES,
    PARK,
    REQUIRED_LANGUAGES,
    SECTOR,
    TEMPLATE_AREAS,
    TOPICS,
    YES_NO_NA,
    Feed,
    Option,
    Question,
    Template,
    question_areas,
)
from recp_desktop.paths import package_path

TEMPLATES_DIR = package_path("checklists", "templates")
QUESTION_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
TEMPLATE_ID = re.compile(r"^[a-z0-9_]{1,40}$")
OPTION_ID = re.compile(r"^[A-Za-z0-9_.-]+$")

try:  # libyaml is ~10x faster than the pure-Python parser
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - wheels ship libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class TemplateError(ValueError):
    """A checklist template that does not follow docs/checklist-format.md."""


class _Checker:
    """Collects the context (file, question) that every error message names."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = ""

    def fail(self, problem: str) -> TemplateError:
        place = f"{self.path.name}: {self.where}: " if self.where else f"{self.path.name}: "
        return TemplateError(place + problem)

    def text(self, data: Mapping[str, Any], key: str, *, required: bool = True) -> dict[str, str]:
        value = data.get(key)
        if value is None and not required:
            return {}
        if not isinstance(value, Mapping):
            raise self.fail(f"'{key}' must be a mapping of language to text")
        for language in REQUIRED_LANGUAGES:
            if not isinstance(value.get(language), str) or not value[language].strip():
                raise self.fail(f"'{key}' lacks its '{language}' text")
        for language, text in value.items():
            if not isinstance(text, str):
                raise self.fail(f"'{key}.{language}' must be text")
        return dict(value)

    def one_of(self, value: Any, allowed: tuple[str, ...], key: str) -> str:
        if value not in allowed:
            raise self.fail(f"'{key}' is {value!r}; expected one of {', '.join(allowed)}")
        return value


def _number(checker: _Checker, data: Mapping[str, Any], key: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise checker.fail(f"'{key}' must be a number")
    return float(value)


def _question(
    checker: _Checker, data: Any, seen: dict[str, Question], template_area: str
) -> Question:
    if not isinstance(data, Mapping):
        raise checker.fail("each question must be a mapping")
    qid = data.get("id")
    checker.where = f"question '{qid}'"
    if not isinstance(qid, str) or not QUESTION_ID.match(qid):
        raise checker.fail("'id' must look like 'area.group.name' in lowercase letters")
    if qid in seen:
        raise checker.fail("the id is used twice")
    answer = data.get("answer")
    if not isinstance(answer, Mapping):
        raise checker.fail("'answer' must be a mapping with a 'type'")
    answer_type = checker.one_of(answer.get("type"), ANSWER_TYPES, "answer.type")
    techniques = data.get("techniques")
    if not isinstance(techniques, list) or not techniques:
        raise checker.fail("'techniques' must list at least one CP technique")
    for technique in techniques:
        checker.one_of(technique, CP_TECHNIQUES, "techniques")
    unit = None
    if answer_type == "number":
        unit = answer.get("unit")
        if not isinstance(unit, str) or not unit:
            raise checker.fail("a number question needs 'answer.unit'")
        from recp_desktop.domain.units import KNOWN_UNITS, UnitError, parse_unit

        try:
            if unit not in KNOWN_UNITS:  # only unusual units need pint at load
                parse_unit(unit)
        except UnitError as exc:
            raise checker.fail(f"'answer.unit': {exc}") from exc
    options: tuple[Option, ...] = ()
    if answer_type in ("choice", "multi"):
        raw = answer.get("options")
        if not isinstance(raw, list) or len(raw) < 2:
            raise checker.fail(f"a {answer_type} question needs at least two 'answer.options'")
        for item in raw:
            if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
                raise checker.fail("each option needs an 'id' and a 'label'")
            if not OPTION_ID.match(item["id"]):
                raise checker.fail(f"option id {item['id']!r} must be letters, digits, _ . or -")
            options += (Option(item["id"], checker.text(item, "label")),)
        if len({o.id for o in options}) != len(options):
            raise checker.fail("option ids must be unique")
    good = data.get("good")
    if good is not None:
        if answer_type != "yes_no_na":
            raise checker.fail("'good' applies to yes_no_na questions only")
        checker.one_of(good, ("yes", "no"), "good")
    calculator = data.get("calculator")
    if calculator is not None:
        checker.one_of(calculator, CALCULATORS, "calculator")
    club = data.get("club", False)
    if not isinstance(club, bool):
        raise checker.fail("'club' must be true or false")
    required = data.get("required", False)
    if not isinstance(required, bool):
        raise checker.fail("'required' must be true or false")
    area = data.get("area")
    if area is None and template_area not in (SECTOR, PARK):
        area = template_area
    if area is None:
        raise checker.fail(f"each question of a {template_area} template needs its 'area'")
    checker.one_of(area, question_areas(template_area), "area")
    club_guidance = checker.text(data, "club_guidance", required=club)
    depends_on, depends_in = _condition(checker, data.get("depends_on"), seen)
    feeds = tuple(_feed(checker, item) for item in data.get("feeds") or ())
    if feeds and answer_type != "number":
        raise checker.fail("'feeds' applies to number questions only")
    return Question(
        id=qid,
        group=checker.text(data, "group"),
        topic=checker.one_of(data.get("topic"), TOPICS, "topic"),
        text=checker.text(data, "text"),
        guidance=checker.text(data, "guidance"),
        answer_type=answer_type,
        techniques=tuple(techniques),
        good=good,
        unit=unit,
        minimum=_number(checker, answer, "min"),
        maximum=_number(checker, answer, "max"),
        options=options,
        calculator=calculator,
        club=club,
        club_text=checker.text(data, "club_text", required=False) or None,
        club_guidance=club_guidance or None,
        depends_on=depends_on,
        depends_in=depends_in,
        feeds=feeds,
        area=area,
        required=required,
    )


def _condition(
    checker: _Checker, raw: Any, seen: Mapping[str, Question]
) -> tuple[str | None, tuple[str, ...]]:
    if raw is None:
        return None, ()
    if not isinstance(raw, Mapping):
        raise checker.fail("'depends_on' must be a mapping with 'question' and 'in'")
    target = raw.get("question")
    if target not in seen:
        raise checker.fail(f"'depends_on' refers to '{target}', which is not an earlier question")
    values = raw.get("in")
    if not isinstance(values, list) or not values:
        raise checker.fail("'depends_on.in' must list the answers that show this question")
    referenced = seen[target]
    if referenced.answer_type not in ("yes_no_na", "choice", "multi"):
        raise checker.fail("'depends_on' can only refer to a yes/no or choice question")
    allowed = (
        YES_NO_NA
        if referenced.answer_type == "yes_no_na"
        else tuple(o.id for o in referenced.options)
    )
    for value in values:
        checker.one_of(value, allowed, "depends_on.in")
    return target, tuple(values)


def _feed(checker: _Checker, raw: Any) -> Feed:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("input"), str):
        raise checker.fail("each 'feeds' entry needs 'calculator' and 'input'")
    return Feed(
        checker.one_of(raw.get("calculator"), CALCULATORS, "feeds.calculator"), raw["input"]
    )


def parse_template(data: Any, path: Path) -> Template:
    """Validate already-parsed YAML ``data`` read from ``path`` and build the template."""
    checker = _Checker(path)
    if not isinstance(data, Mapping):
        raise checker.fail("the file must hold a mapping")
    template_id = data.get("id")
    if not isinstance(template_id, str) or not template_id:
        raise checker.fail("'id' is missing")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise checker.fail("'version' must be a positive integer")
    if not TEMPLATE_ID.match(template_id):
        raise checker.fail("'id' must be 1 to 40 lowercase letters, digits or _")
    area = checker.one_of(data.get("area"), TEMPLATE_AREAS, "area")
    title = checker.text(data, "title")
    description = checker.text(data, "description", required=False)
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise checker.fail("'questions' must be a non-empty list")
    seen: dict[str, Question] = {}
    for raw in raw_questions:
        question = _question(checker, raw, seen, area)
        seen[question.id] = question
    return Template(template_id, version, area, title, description, tuple(seen.values()), path)


def load_template(path: Path) -> Template:
    """Read and validate one template file."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path.name}: cannot be read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise TemplateError(f"{path.name}: is not valid YAML: {exc}") from exc
    return parse_template(data, path)


@cache
def builtin_templates() -> dict[str, Template]:
    """The checklist each area starts with: the newest shipped template whose id is the area.

    All shipped YAML files are read (older versions may be kept in subfolders, and other
    templates may cover the same area); they go through the registry, so two different files
    with one ``(id, version)`` are refused rather than one silently replacing the other.
    """
    from recp_desktop.checklists.registry import TemplateRegistry

    registry = TemplateRegistry(load_template(p) for p in sorted(TEMPLATES_DIR.rglob("*.yaml")))
    defaults = registry.area_defaults()
    missing = [a for a in AREAS if a not in defaults]
    if missing:
        raise TemplateError(f"no template for area(s): {', '.join(missing)}")
    return defaults
