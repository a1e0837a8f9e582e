"""What an answer is, and the checks an answer must pass before it is stored."""

from __future__ import annotations

from dataclasses import dataclass, replace

from recp_desktop.checklists.model import YES_NO_NA, Question


class AnswerError(ValueError):
    """An answer that does not fit its question (text for a number, a unit of the wrong kind).

    ``reason`` is one of ``not_a_number``, ``not_finite``, ``unknown_unit``, ``wrong_unit``,
    ``too_small``, ``too_large``, ``not_an_option``, ``ambiguous_percent``
    (``details["question"]`` is then the structured question of
    :mod:`recp_desktop.domain.percent`); ``details`` holds what the message mentions, so that
    the interface can say it in the user's language without parsing the English text.
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
    question: Question, text: str, unit: str | None = None, language: str = "en"
) -> tuple[float, str]:
    """Parse what was typed for a number question; return ``(number, unit)`` as entered.

    The number is read as ``language`` writes it (:mod:`recp_desktop.domain.numbers`: ``1,500``
    is 1500 in English, 1.5 in Russian). ``text`` may carry its own unit (``"12 Gcal"``);
    otherwise ``unit`` (or the question's) is used. Any text raises :class:`AnswerError` with a
    ``reason`` rather than anything else: ``not_a_number``, ``not_finite`` (``inf``, ``1e999``,
    absurd magnitudes), ``unknown_unit``, ``wrong_unit`` (also a temperature difference such as
    ``40 Δ°C`` for a temperature), ``too_small`` or ``too_large`` (the question's limits).
    """
    from recp_desktop.domain.units import UnitError, parse_number, parse_unit, split_quantity

    assert question.unit is not None
    try:
        number_text, unit_text = split_quantity(text)
        number = parse_number(number_text, language)
    except UnitError as exc:
        if exc.reason in ("not_finite", "too_large"):  # inf, nan, 1e999, 1e16: not usable
            raise AnswerError(str(exc), "not_finite", text=text, unit=question.unit) from exc
        example = exc.details.get("example", "12.5")
        message = f"'{text}' is not a number: type e.g. {example} or {example} {question.unit}"
        raise AnswerError(message, "not_a_number", text=text, unit=question.unit) from exc
    typed_unit = unit_text or unit or question.unit
    try:
        parse_unit(typed_unit)
    except UnitError as exc:
        raise AnswerError(str(exc), "unknown_unit", unit=typed_unit) from exc
    try:
        canonical = canonical_number(question, number, typed_unit)
    except UnitError as exc:
        raise AnswerError(str(exc), "wrong_unit", unit=typed_unit, expected=question.unit) from exc
    if typed_unit == "percent" and not unit_text:
        from recp_desktop.domain.percent import fraction_or_percent

        asked = fraction_or_percent(text, number)  # the one rule, as in the calculators
        if asked is not None:
            raise AnswerError(
                asked.render("en"), "ambiguous_percent", text=text, question=asked.to_json()
            )
    check_limits(question, canonical)
    return number, typed_unit


def check_limits(question: Question, canonical: float) -> None:
    """The question's ``min``/``max`` (in its own unit; a rounding's difference allowed,
    :mod:`recp_desktop.domain.limits`) for ``canonical``, a number already in that unit: the one
    rule for what is typed (:func:`parse_number_answer`) and what is stored
    (:func:`recp_desktop.storage.answers.save_answer`).

    Raises:
        AnswerError: reason ``too_small`` or ``too_large``, ``details`` ``limit`` and ``unit``.
    """
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


def canonical_number(question: Question, number: float, unit: str) -> float:
    """``number`` in ``unit`` expressed in the question's own unit.

    Raises:
        UnitError: ``unit`` is unknown or does not measure what the question asks (reason
            ``unknown_unit`` or ``wrong_unit``), or ``number`` is not finite.
    """
    import math

    from recp_desktop.domain.units import UnitError, convert

    assert question.unit is not None
    if not math.isfinite(number):
        raise UnitError(f"'{number}' is not a finite number", "not_finite", text=str(number))
    return convert(number, unit or question.unit, question.unit)
