"""Checklist answers: each edit is one committed transaction."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Executable, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from recp_desktop.checklists import Template
from recp_desktop.checklists.answers import (
    AnswerError,
    AnswerState,
    canonical_number,
    check_limits,
    check_value,
)
from recp_desktop.storage.database import Database, now
from recp_desktop.storage.models import Answer, new_id


def load_answers(db: Database, assessment_id: str) -> dict[str, AnswerState]:
    """The current answers of an assessment by question id."""
    with db.session() as session:
        rows = session.scalars(
            select(Answer).where(Answer.assessment_id == assessment_id, ~Answer.deleted)
        )
        return {row.question_id: _state(row) for row in rows}


def _state(row: Answer) -> AnswerState:
    return AnswerState(
        value=row.value,
        number=row.number,
        unit=row.unit or "",
        note=row.note or "",
        opportunity=bool(row.opportunity),
    )


def save_answer(
    db: Database, assessment_id: str, template: Template, question_id: str, state: AnswerState
) -> AnswerState:
    """Store ``state`` as the answer to ``question_id``, checked against the question.

    An answer that does not fit its question raises :class:`AnswerError` and stores nothing: a
    value that is not an option, a number for a question that takes none, a unit of another
    kind, or a number outside the question's ``min``/``max`` (reason ``too_small`` or
    ``too_large``, :func:`~recp_desktop.checklists.answers.check_limits`).
    """
    question = template.question(question_id)
    value = check_value(question, state.value)
    number_canonical = None
    unit = state.unit
    if state.number is not None:
        if question.answer_type != "number":
            raise AnswerError("this question does not take a number")
        unit = unit or question.unit or ""
        try:
            number_canonical = canonical_number(question, state.number, unit)
        except ValueError as exc:
            raise AnswerError(str(exc)) from exc
        check_limits(question, number_canonical)  # the same rule as the checklist's typing
    fields = {
        "template_id": template.id,
        "template_version": template.version,
        "value": value,
        "number": state.number,
        "unit": unit if state.number is not None else "",
        "number_canonical": number_canonical,
        "note": state.note,
        "opportunity": state.opportunity,
        "deleted": False,
    }
    _upsert(db, assessment_id, question_id, fields)
    return AnswerState(value, state.number, fields["unit"], state.note, state.opportunity)


FIELDS = (
    "template_id",
    "template_version",
    "value",
    "number",
    "unit",
    "number_canonical",
    "note",
    "opportunity",
    "deleted",
)


@cache
def _upsert_statement(dialect_name: str) -> Executable:
    """Insert an answer, or update it and bump its revision if anything differs.

    Built once: this is the hot path of the checklist (one call per committed answer), so it is a
    single precompiled ``INSERT ... ON CONFLICT DO UPDATE`` rather than an ORM read-modify-write.
    """
    table = Answer.__table__
    dialect = sqlite if dialect_name == "sqlite" else postgresql
    stmt = dialect.insert(table)
    changed = or_(*(table.c[name].is_distinct_from(stmt.excluded[name]) for name in FIELDS))
    return stmt.on_conflict_do_update(
        index_elements=[table.c.assessment_id, table.c.question_id],
        set_={
            **{name: stmt.excluded[name] for name in FIELDS},
            "revision": table.c.revision + 1,
            "updated_at": stmt.excluded.updated_at,
            "updated_by": stmt.excluded.updated_by,
        },
        where=changed,
    )


def _upsert(db: Database, assessment_id: str, question_id: str, fields: dict) -> None:
    params = {
        "id": new_id(),
        "assessment_id": assessment_id,
        "question_id": question_id,
        "revision": 1,
        "updated_at": now(),
        "updated_by": db.device_id,
        **fields,
    }
    with db.write() as connection:
        connection.execute(_upsert_statement(db.engine.dialect.name), params)
