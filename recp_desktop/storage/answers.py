"""Checklist answers: each edit is one committed transaction."""

from __future__ import annotations

from sqlalchemy import select

from recp_desktop.checklists import Template
from recp_desktop.checklists.answers import AnswerError, AnswerState, canonical_number, check_value
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Answer
from recp_desktop.storage.records import apply_edit, stamp_new


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

    An answer that does not fit its question raises :class:`AnswerError` and stores nothing.
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
    with db.session() as session:
        row = session.scalars(
            select(Answer).where(
                Answer.assessment_id == assessment_id, Answer.question_id == question_id
            )
        ).one_or_none()
        if row is None:
            row = stamp_new(
                Answer(assessment_id=assessment_id, question_id=question_id, **fields),
                db.device_id,
            )
            session.add(row)
        else:
            apply_edit(row, db.device_id, **fields)
    return _state(row)
