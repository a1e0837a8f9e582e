"""Companies and assessments: create, edit, list with progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from recp_desktop.checklists import AREAS, Template, builtin_templates
from recp_desktop.domain.records import BY_NAME, RecordError, check_fields
from recp_desktop.domain.vocabulary import ASSESSMENT_KINDS, ASSESSMENT_STATUSES
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Answer, Assessment, AssessmentTemplate, Enterprise
from recp_desktop.storage.records import apply_edit, stamp_new

ENTERPRISE_FIELDS = (
    "name",
    "country",
    "region",
    "city",
    "nace",
    "employees",
    "products",
    "eco_park",
    "registration_no",
    "latitude",
    "longitude",
)
ASSESSMENT_FIELDS = ("kind", "title", "start_date", "end_date", "team", "currency", "status")
STATUSES = ASSESSMENT_STATUSES


class ValidationError(ValueError):
    """A record that cannot be stored as given; the message says which field and why."""


def _check_schema(record_type: str, fields: dict[str, Any], names: tuple[str, ...]) -> None:
    """The record schema's checks (types, lengths, choices), the same a package passes."""
    values = {
        k: (fields[k].isoformat() if isinstance(fields[k], date) else fields[k])
        for k in names
        if k in fields
    }
    try:
        check_fields(BY_NAME[record_type], values, f"The {record_type}")
    except RecordError as exc:
        raise ValidationError(str(exc)) from None


def _check_enterprise(fields: dict[str, Any]) -> None:
    if not str(fields.get("name", "")).strip():
        raise ValidationError("The company needs a name.")
    country = str(fields.get("country", ""))
    if len(country) != 2 or not country.isalpha() or not country.isupper():
        raise ValidationError("The country must be a two-letter ISO code such as AZ or GE.")
    employees = fields.get("employees")
    if employees is not None and (not isinstance(employees, int) or employees < 0):
        raise ValidationError("The number of employees must be a whole number, 0 or more.")
    if (fields.get("latitude") is None) != (fields.get("longitude") is None):
        raise ValidationError("Give both the latitude and the longitude of the site, or neither.")
    _check_schema("enterprise", fields, ENTERPRISE_FIELDS)


def _check_assessment(fields: dict[str, Any]) -> None:
    if fields.get("kind") not in ASSESSMENT_KINDS:
        raise ValidationError("The kind must be a full RECP assessment or a RECP Club self-audit.")
    currency = str(fields.get("currency", ""))
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        raise ValidationError("The currency must be a three-letter ISO code such as AZN or EUR.")
    if fields.get("status", "in_progress") not in STATUSES:
        raise ValidationError(f"The status must be one of {', '.join(STATUSES)}.")
    start, end = fields.get("start_date"), fields.get("end_date")
    if isinstance(start, date) and isinstance(end, date) and end < start:
        raise ValidationError("The assessment cannot end before it starts.")
    _check_schema("assessment", fields, ASSESSMENT_FIELDS)


def create_enterprise(db: Database, **fields: Any) -> Enterprise:
    fields.setdefault("country", "")
    _check_enterprise(fields)
    record = Enterprise(**{k: v for k, v in fields.items() if k in ENTERPRISE_FIELDS})
    stamp_new(record, db.device_id)
    with db.session() as session:
        session.add(record)
    return record


def update_enterprise(db: Database, enterprise_id: str, **fields: Any) -> Enterprise:
    with db.session() as session:
        record = session.get_one(Enterprise, enterprise_id)
        merged = {name: getattr(record, name) for name in ENTERPRISE_FIELDS} | fields
        _check_enterprise(merged)
        apply_edit(record, db.device_id, **{k: merged[k] for k in ENTERPRISE_FIELDS})
    return record


def create_assessment(db: Database, enterprise_id: str, **fields: Any) -> Assessment:
    _check_assessment(fields)
    record = Assessment(
        enterprise_id=enterprise_id, **{k: v for k, v in fields.items() if k in ASSESSMENT_FIELDS}
    )
    stamp_new(record, db.device_id)
    with db.session() as session:
        if session.get(Enterprise, enterprise_id) is None:
            raise ValidationError("The company of this assessment does not exist.")
        session.add(record)
    return record


def update_assessment(db: Database, assessment_id: str, **fields: Any) -> Assessment:
    with db.session() as session:
        record = session.get_one(Assessment, assessment_id)
        merged = {name: getattr(record, name) for name in ASSESSMENT_FIELDS} | fields
        _check_assessment(merged)
        apply_edit(record, db.device_id, **{k: merged[k] for k in ASSESSMENT_FIELDS})
    return record


def get_assessment(db: Database, assessment_id: str) -> tuple[Assessment, Enterprise]:
    with db.session() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None or assessment.deleted:
            raise LookupError(f"No assessment with id {assessment_id}.")
        return assessment, session.get_one(Enterprise, assessment.enterprise_id)


def list_enterprises(db: Database) -> list[Enterprise]:
    with db.session() as session:
        stmt = select(Enterprise).where(~Enterprise.deleted).order_by(Enterprise.name)
        return list(session.scalars(stmt))


@dataclass(frozen=True)
class AssessmentRow:
    """One line of the home screen and of ``recp list``."""

    id: str
    enterprise_id: str
    company: str
    country: str
    kind: str
    title: str
    status: str
    start_date: date | None
    answered: int
    total: int
    review: str = "draft"  # vocabulary.REVIEW_STATES


def progress(
    templates: dict[str, Template], kind: str, answers: dict[str, str | None], numbers: set[str]
) -> dict[str, tuple[int, int]]:
    """Answered and total visible questions per area, given the answers (skip logic applies)."""
    result = {}
    for area in AREAS:
        visible = templates[area].visible(kind, answers)
        answered = sum(1 for q in visible if answers.get(q.id) or q.id in numbers)
        result[area] = (answered, len(visible))
    return result


def _registry(db: Database):
    from recp_desktop.storage.templates import template_registry

    return template_registry(db)


def answer_values(db: Database, assessment_id: str) -> tuple[dict[str, str | None], set[str]]:
    """Choice-like values by question, and the questions answered with a number."""
    with db.session() as session:
        rows = session.execute(
            select(Answer.question_id, Answer.value, Answer.number).where(
                Answer.assessment_id == assessment_id, ~Answer.deleted
            )
        )
        values: dict[str, str | None] = {}
        numbers: set[str] = set()
        for question_id, value, number in rows:
            values[question_id] = value
            if number is not None:
                numbers.add(question_id)
    return values, numbers


def list_assessments(db: Database, search: str = "") -> list[AssessmentRow]:
    """Every assessment with its company and answered/total, filtered by ``search``.

    The totals count the visible questions of the four area checklists and of every other
    checklist added to the assessment (sector, park or a centre's own), skip logic applied."""
    templates = builtin_templates()
    with db.session() as session:
        stmt = (
            select(Assessment, Enterprise)
            .join(Enterprise, Assessment.enterprise_id == Enterprise.id)
            .where(~Assessment.deleted, ~Enterprise.deleted)
            .order_by(Enterprise.name, Assessment.start_date)
        )
        pairs = list(session.execute(stmt))
        counts = dict(
            session.execute(
                select(Answer.assessment_id, func.count())
                .where(~Answer.deleted)
                .group_by(Answer.assessment_id)
            ).all()
        )
        added: dict[str, list[tuple[str, int]]] = {}  # checklists beyond the four areas
        for assessment_id, template_id, version in session.execute(
            select(
                AssessmentTemplate.assessment_id,
                AssessmentTemplate.template_id,
                AssessmentTemplate.template_version,
            )
            .where(AssessmentTemplate.template_id.not_in(AREAS))
            .order_by(AssessmentTemplate.position)
        ):
            added.setdefault(assessment_id, []).append((template_id, version))
    registry = _registry(db) if added else None
    needle = search.casefold().strip()
    rows = []
    for assessment, enterprise in pairs:
        haystack = " ".join(
            (
                enterprise.name,
                enterprise.city,
                enterprise.region,
                enterprise.country,
                enterprise.nace,
                assessment.title,
                assessment.team,
            )
        ).casefold()
        if needle and needle not in haystack:
            continue
        if counts.get(assessment.id):
            values, numbers = answer_values(db, assessment.id)
        else:
            values, numbers = {}, set()
        per_area = progress(templates, assessment.kind, values, numbers)
        for key in added.get(assessment.id, ()):
            template = registry.find(*key)  # not installed here: see missing_templates
            if template is not None:
                visible = template.visible(assessment.kind, values)
                done = sum(1 for q in visible if values.get(q.id) or q.id in numbers)
                per_area[f"{key[0]}@{key[1]}"] = (done, len(visible))
        rows.append(
            AssessmentRow(
                id=assessment.id,
                enterprise_id=enterprise.id,
                company=enterprise.name,
                country=enterprise.country,
                kind=assessment.kind,
                title=assessment.title,
                status=assessment.status,
                start_date=assessment.start_date,
                answered=sum(a for a, _ in per_area.values()),
                total=sum(t for _, t in per_area.values()),
                review=assessment.review_state,
            )
        )
    return rows
