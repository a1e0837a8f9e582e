"""``list_assessments`` (``recp list --json``, the home list) counts the questions of every
checklist added to an assessment, not only the four area checklists.

The dairy checklist's source (tools/sector_templates/dairy.yaml) has 16 questions; three show
only after the answer they depend on (``depends_on``): 13 visible on a fresh assessment.
Answering ``dairy.byproducts.whey_use`` with ``drain`` shows ``whey_drain_share``: 14.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from recp_desktop.checklists import builtin_templates
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise, list_assessments
from recp_desktop.storage.templates import set_assessment_templates, template_registry


def test_an_added_sector_checklist_counts_in_the_totals(tmp_path: Path) -> None:
    db = Database(tmp_path / "data")
    try:
        company = create_enterprise(db, name="Şəki Süd MMC", country="AZ", city="Şəki")
        audit = create_assessment(
            db, company.id, kind="full", title="Dairy", currency="AZN", start_date=date(2026, 5, 4)
        )
        [before] = list_assessments(db)
        defaults = [t.key for t in builtin_templates().values()]
        set_assessment_templates(db, audit.id, [*defaults, ("dairy", 1)])
        [row] = list_assessments(db)
        assert (row.answered, row.total) == (0, before.total + 13)

        dairy = template_registry(db).find("dairy", 1)
        save_answer(db, audit.id, dairy, "dairy.byproducts.whey_use", AnswerState("drain"))
        [row] = list_assessments(db)
        assert (row.answered, row.total) == (1, before.total + 14)
    finally:
        db.close()
