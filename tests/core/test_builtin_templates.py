"""The shipped checklists: complete, bilingual, with club subsets, skip logic and calculators."""

from __future__ import annotations

from collections import Counter

import pytest

from recp_desktop.checklists import AREAS, builtin_templates, load_template
from recp_desktop.checklists.model import CALCULATORS, TOPICS


@pytest.fixture(scope="module")
def templates():
    return builtin_templates()


def test_every_area_has_a_validated_template(templates) -> None:
    assert list(templates) == list(AREAS)
    for area, template in templates.items():
        assert template.id == area and template.version >= 1
        reloaded = load_template(template.path)  # the validator, run again explicitly
        assert reloaded.questions == template.questions


@pytest.mark.parametrize("area", AREAS)
def test_area_content(templates, area: str) -> None:
    template = templates[area]
    questions = template.questions
    assert len(questions) >= 25
    assert set(Counter(q.topic for q in questions)) == set(TOPICS)
    types = Counter(q.answer_type for q in questions)
    assert types["yes_no_na"] and types["number"] and types["choice"] and types["text"]
    assert any(q.depends_on for q in questions), "no skip logic"
    club = template.questions_for("club")
    assert 5 <= len(club) < len(questions)
    assert all(q.club_guidance for q in club)
    for q in questions:
        for text in (q.text, q.guidance, q.group):
            assert text["en"].strip() and text["ru"].strip()
            assert any("а" <= ch.lower() <= "я" for ch in text["ru"]), (q.id, text["ru"])


def test_calculators_are_reachable_from_questions(templates) -> None:
    linked = {q.calculator for t in templates.values() for q in t.questions if q.calculator}
    assert linked == set(CALCULATORS)


def test_question_ids_are_unique_across_templates(templates) -> None:
    ids = [q.id for t in templates.values() for q in t.questions]
    assert len(ids) == len(set(ids))
