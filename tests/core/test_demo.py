"""The demo company: every curated answer lands on a real, visible question."""

from __future__ import annotations

from recp_desktop.checklists import builtin_templates
from recp_desktop.demo import ANSWERS, create_demo
from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.photos import list_photos
from recp_desktop.storage.repository import answer_values, list_assessments


def test_demo_answers_are_stored_and_visible(db) -> None:
    assessment_id = create_demo(db)
    stored = load_answers(db, assessment_id)
    assert set(stored) == set(ANSWERS)
    values, _ = answer_values(db, assessment_id)
    for template in builtin_templates().values():
        visible = {q.id for q in template.visible("full", values)}
        mine = {qid for qid in ANSWERS if qid.startswith(f"{template.area}.")}
        assert mine <= visible, mine - visible
    photos = list_photos(db, assessment_id)
    assert [p.question_id for p in photos] == ["energy.compressed_air.leaks_audible"]
    row = list_assessments(db)[0]
    assert row.company == "Şəki Süd MMC" and 0 < row.answered < row.total
