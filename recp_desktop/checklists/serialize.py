"""A template as plain data (the YAML format of docs/checklist-format.md) and its content hash.

``template_to_data`` is the inverse of :func:`recp_desktop.checklists.loader.parse_template`:
``parse_template(template_to_data(t), path) == t`` for every valid template. The database stores
imported templates in this form, and the content hash is taken over it, so two files that
describe the same checklist get the same hash whatever their format (YAML or XLSForm).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from recp_desktop.checklists.model import PARK, SECTOR, Question, Template


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def question_to_data(question: Question, template_area: str) -> dict[str, Any]:
    """One question as the mapping the YAML format uses (optional keys only when set)."""
    answer: dict[str, Any] = {"type": question.answer_type}
    if question.unit is not None:
        answer["unit"] = question.unit
    if question.minimum is not None:
        answer["min"] = _number(question.minimum)
    if question.maximum is not None:
        answer["max"] = _number(question.maximum)
    if question.options:
        answer["options"] = [{"id": o.id, "label": dict(o.label)} for o in question.options]
    data: dict[str, Any] = {
        "id": question.id,
        "group": dict(question.group),
        "topic": question.topic,
        "text": dict(question.text),
        "guidance": dict(question.guidance),
        "answer": answer,
        "techniques": list(question.techniques),
    }
    if template_area in (SECTOR, PARK) or question.area != template_area:
        data["area"] = question.area
    if question.good is not None:
        data["good"] = question.good
    if question.calculator is not None:
        data["calculator"] = question.calculator
    if question.club:
        data["club"] = True
    if question.required:
        data["required"] = True
    if question.club_text:
        data["club_text"] = dict(question.club_text)
    if question.club_guidance:
        data["club_guidance"] = dict(question.club_guidance)
    if question.depends_on is not None:
        data["depends_on"] = {"question": question.depends_on, "in": list(question.depends_in)}
    if question.feeds:
        data["feeds"] = [{"calculator": f.calculator, "input": f.input} for f in question.feeds]
    return data


def template_to_data(template: Template) -> dict[str, Any]:
    """The whole template as YAML-format data (JSON-serialisable)."""
    data: dict[str, Any] = {
        "id": template.id,
        "version": template.version,
        "area": template.area,
        "title": dict(template.title),
    }
    if template.description:
        data["description"] = dict(template.description)
    data["questions"] = [question_to_data(q, template.area) for q in template.questions]
    return data


def canonical_json(template: Template) -> str:
    """The template as compact JSON with sorted keys: the bytes the content hash covers."""
    return json.dumps(
        template_to_data(template), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def content_hash(template: Template) -> str:
    """SHA-256 (hex) of :func:`canonical_json`: equal for equal templates, whatever their file."""
    return hashlib.sha256(canonical_json(template).encode("utf-8")).hexdigest()
