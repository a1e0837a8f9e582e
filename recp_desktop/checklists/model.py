"""Checklist templates as immutable Python objects (the data lives in ``templates/*.yaml``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from recp_desktop.domain.vocabulary import AREAS as AREAS  # the areas and techniques, defined once
from recp_desktop.domain.vocabulary import ASSESSMENT_KINDS as ASSESSMENT_KINDS
from recp_desktop.domain.vocabulary import CP_TECHNIQUES as CP_TECHNIQUES
from recp_desktop.domain.vocabulary import PARK_CATEGORIES as PARK_CATEGORIES

SECTOR = "sector"
"""The ``area`` of a template that spans several areas (a sector checklist); its questions
each name their own area."""
PARK = "park"
"""The ``area`` of an eco-industrial park checklist; its questions each name their
:data:`PARK_CATEGORIES` category (``management``, ``environmental``, ``social``, ``economic``)."""
TEMPLATE_AREAS = (*AREAS, SECTOR, PARK)
QUESTION_AREAS = (*AREAS, *PARK_CATEGORIES)
"""Every area a question can be filed under, in display order (reports, tables)."""

TOPICS = ("good_housekeeping", "process_control", "equipment_condition", "recovery_reuse")
ANSWER_TYPES = ("yes_no_na", "number", "choice", "multi", "text")
"""``multi`` (several choices) stores the chosen option ids separated by spaces, as XLSForm does."""
YES_NO_NA = ("yes", "no", "na")
REQUIRED_LANGUAGES = ("en", "ru")
CALCULATORS = (
    "compressed-air-leak",
    "compressor-pressure-reduction",
    "steam-leak",
    "water-leak",
    "lighting",
    "electric-load",
    "pipe-insulation",
)

Text = Mapping[str, str]


def localized(text: Text | None, language: str) -> str:
    """``text`` in ``language``, falling back to English."""
    if not text:
        return ""
    return text.get(language) or text.get("en", "")


def question_areas(template_area: str) -> tuple[str, ...]:
    """The areas the questions of a template with ``template_area`` may name: the park
    categories for a ``park`` template, the four RECP areas for any other."""
    return PARK_CATEGORIES if template_area == PARK else AREAS


def option_area(question: Question, template_area: str) -> str:
    """The RECP area (one of :data:`AREAS`) of an option recorded from ``question``.

    The question's own area where it is a RECP area; else (a park category) the template's area
    if that is one; else the area of what the question's calculator saves: water for the
    water-leak calculator (:data:`recp_desktop.domain.options.WATER_RESULTS`), energy for the
    others. Raises nothing.
    """
    if question.area in AREAS:
        return question.area
    if template_area in AREAS:
        return template_area
    from recp_desktop.domain.options import WATER_RESULTS

    return "water" if question.calculator in WATER_RESULTS else "energy"


@dataclass(frozen=True)
class Option:
    id: str
    label: Text


@dataclass(frozen=True)
class Feed:
    """A calculator input that a number answer prefills."""

    calculator: str
    input: str


@dataclass(frozen=True)
class Question:
    id: str
    group: Text
    topic: str
    text: Text
    guidance: Text
    answer_type: str
    techniques: tuple[str, ...]
    good: str | None = None
    unit: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    options: tuple[Option, ...] = ()
    calculator: str | None = None
    club: bool = False
    club_text: Text | None = None
    club_guidance: Text | None = None
    depends_on: str | None = None
    depends_in: tuple[str, ...] = ()
    feeds: tuple[Feed, ...] = ()
    area: str = ""
    """One of :data:`AREAS` (or of :data:`PARK_CATEGORIES` in a ``park`` template): the
    template's own area unless the question names another."""
    required: bool = False

    def wording(self, language: str, kind: str = "full") -> str:
        if kind == "club" and self.club_text:
            return localized(self.club_text, language)
        return localized(self.text, language)

    def guidance_for(self, language: str, kind: str = "full") -> str:
        if kind == "club" and self.club_guidance:
            return localized(self.club_guidance, language)
        return localized(self.guidance, language)

    def option_label(self, option_id: str, language: str) -> str:
        """The label of one option; for ``multi`` answers, of each chosen option, joined."""
        if self.answer_type == "multi" and " " in option_id.strip():
            return ", ".join(self.option_label(o, language) for o in option_id.split())
        for option in self.options:
            if option.id == option_id:
                return localized(option.label, language)
        return option_id


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    area: str
    title: Text
    description: Text
    questions: tuple[Question, ...]
    path: Path | None = field(default=None, compare=False)
    _by_id: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({q.id: q for q in self.questions})

    @property
    def key(self) -> tuple[str, int]:
        """``(id, version)``: what answers record and the registry files templates under."""
        return (self.id, self.version)

    def question(self, question_id: str) -> Question:
        return self._by_id[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._by_id

    def questions_for(self, kind: str) -> tuple[Question, ...]:
        """The questions of an assessment kind: all for a full assessment, the club subset else."""
        if kind == "club":
            return tuple(q for q in self.questions if q.club)
        return self.questions

    def visible(self, kind: str, answers: Mapping[str, str | None]) -> list[Question]:
        """Questions shown given the answers so far (skip logic), in template order.

        A question whose condition refers to a hidden question is hidden too.
        """
        shown: dict[str, bool] = {}
        result: list[Question] = []
        for q in self.questions_for(kind):
            ok = True
            if q.depends_on is not None:
                ok = shown.get(q.depends_on, False) and _matches(
                    answers.get(q.depends_on), q.depends_in
                )
            shown[q.id] = ok
            if ok:
                result.append(q)
        return result


def _matches(value: str | None, wanted: tuple[str, ...]) -> bool:
    """Whether an answer shows a follow-up: the value, or one of a ``multi`` answer's choices,
    is among ``wanted``."""
    if value is None:
        return False
    return value in wanted or any(part in wanted for part in value.split())
