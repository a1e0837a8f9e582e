"""What an answer is, and the checks an answer must pass before it is stored."""

from __future__ import annotations

from dataclasses import dataclass, replace

from recp_desktop.checklists.model import YES_NO_NA, Question


class AnswerError(ValueError):
    """An answer that does not fit its question (text for a number, a unit of the wrong kind).

    ``reason`` is one of ``not_a_number``, ``unknown_unit``, ``wrong_unit``, ``too_small``,
    ``too_large``, ``not_an_option``, ``ambiguous_percent`` (``details["question"]`` is then
    the structured question of :mod:`recp_desktop.domain.percent`); ``details`` holds what the
    message mentions, so that the interface can say it in the user's language without parsing
    the English text.
    """

    def __init__(self, message: str, reason: str = "invalid", **details: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.details = details


@dataclass(frozen=True)
class AnswerState:
    """Everything a person can set on one question; the unit of undo and redo."""

    value: str | None = None  # yes/no/na, option id or text
    number: float | None = None  # as typed, in ``unit``
    unit: str = ""
    note: str = ""
    opportunity: bool = False

    @property
    def answered(self) -> bool:
        return self.number is not None or bool(self.value)

    def with_changes(self, **changes: object) -> AnswerState:
        return replace(self, **changes)  # type: ignore[arg-type]


EMPTY = AnswerState()


def check_value(question: Question, value: str | None) -> str | None:
    """Check a yes/no/na, choice or text answer; return it cleaned (``None`` clears)."""
    if value is None or value == "":
        return None
    if question.answer_type == "yes_no_na" and value not in YES_NO_NA:
        raise AnswerError(f"'{value}' is not yes, no or not applicable", "not_an_option")
    if question.answer_type == "choice" and value not in {o.id for o in question.options}:
        raise AnswerError(f"'{value}' is not one of the choices", "not_an_option")
    if question.answer_type == "multi":
        chosen = set(value.split())
        for option in chosen - {o.id for o in question.options}:
            raise AnswerError(f"'{option}' is not one of the choices", "not_an_option")
        return " ".join(o.id for o in question.options if o.id in chosen) or None
    if question.answer_type == "number":
        raise AnswerError("this question takes a number", "not_a_number", unit=question.unit)
    return value


def parse_number_answer(
    question: Question, text: str, unit: str | None = None
) -> tuple[float, str]:
    """Parse what was typed for a number question; return ``(number, unit)`` as entered.

    ``text`` may carry its own unit (``"12 Gcal"``); otherwise ``unit`` (or the question's) is
    used. Text that is not a number, or a unit of another dimension, raises :class:`AnswerError`.
    """
    from recp_desktop.domain.units import (
        UnitError,
        parse_quantity,
        same_dimension,
        split_quantity,
    )

    assert question.unit is not None
    typed_unit = _unit_text(text) or unit or question.unit
    try:
        split_quantity(text)
    except UnitError as exc:
        message = f"'{text}' is not a number: type a number such as 12.5 or 12.5 {question.unit}"
        raise AnswerError(message, "not_a_number", text=text, unit=question.unit) from exc
    try:
        quantity = parse_quantity(text, unit or question.unit)
        fits = same_dimension(typed_unit, question.unit)
    except UnitError as exc:
        raise AnswerError(str(exc), "unknown_unit", unit=typed_unit) from exc
    if not fits:
        raise AnswerError(
            f"'{typed_unit}' does not measure the same thing as {question.unit}",
            "wrong_unit",
            unit=typed_unit,
            expected=question.unit,
        )
    number = float(quantity.magnitude)
    if typed_unit == "percent" and not _unit_text(text):
        from recp_desktop.domain.percent import fraction_or_percent

        asked = fraction_or_percent(text, number)  # the one rule, as in the calculators
        if asked is not None:
            raise AnswerError(
                asked.render("en"), "ambiguous_percent", text=text, question=asked.to_json()
            )
    canonical = canonical_number(question, number, typed_unit)
    from recp_desktop.domain.limits import at_least, at_most

    if question.minimum is not None and not at_least(canonical, question.minimum):
        raise AnswerError(
            f"the value must be at least {question.minimum:g} {question.unit}",
            "too_small",
            limit=question.minimum,
            unit=question.unit,
        )
    if question.maximum is not None and not at_most(canonical, question.maximum):
        raise AnswerError(
            f"the value must be at most {question.maximum:g} {question.unit}",
            "too_large",
            limit=question.maximum,
            unit=question.unit,
        )
    return number, typed_unit


def canonical_number(question: Question, number: float, unit: str) -> float:
    """``number`` in ``unit`` expressed in the question's own unit."""
    from recp_desktop.domain.units import convert

    assert question.unit is not None
    return convert(number, unit or question.unit, question.unit)


def _unit_text(text: str) -> str:
    from recp_desktop.domain.units import UnitError, split_quantity

    try:
        return split_quantity(text)[1]
    except UnitError:
        return ""
