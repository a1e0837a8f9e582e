"""How the format-2 fixture package here was made (kept for the record; do not rerun).

Written by the app at commit e8ce8a8 (package format 2: waste streams, no templates carried), so
that a test proves format-2 packages keep importing after format 3 added the templates:

- ``kutaisi.recp``: one assessment with two answers to the built-in energy checklist, a baseline
  line, an option and two waste streams (one hazardous, one given in m³ with a bulk density).

    uv run python tests/data/packages/v2/make_fixtures.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))

from recp_desktop.checklists.answers import AnswerState  # noqa: E402
from recp_desktop.exchange.writer import export_assessment  # noqa: E402
from recp_desktop.storage.baseline import BaselineValue, save_baseline  # noqa: E402
from recp_desktop.storage.database import Database  # noqa: E402
from recp_desktop.storage.options import add_option  # noqa: E402
from recp_desktop.storage.repository import create_assessment, create_enterprise  # noqa: E402
from recp_desktop.storage.waste import add_waste_stream  # noqa: E402
from tests.packages import NUMBER, YES_NO, answer  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "a")
        company = create_enterprise(db, name="Кутаиси Металл", country="GE", city="Kutaisi")
        assessment = create_assessment(
            db,
            company.id,
            kind="full",
            title="Audit 2026",
            currency="GEL",
            start_date=date(2026, 5, 4),
        )
        aid = assessment.id
        save_baseline(db, aid, "electricity", BaselineValue(800, "MWh", 96_000))
        answer(db, aid, YES_NO[0], AnswerState("no", note="без ЧРП"))
        answer(db, aid, NUMBER, AnswerState(number=8.0, unit="bar"))
        add_option(
            db,
            aid,
            title="VSD on the main pump",
            technique="equipment_modification",
            area="energy",
            inputs={},
            results={},
            assumptions=[],
            investment=4000.0,
            saving_money=1500.0,
        )
        add_waste_stream(
            db,
            aid,
            ewc_code="120101",
            name="Steel turnings",
            quantity=3.5,
            unit="t",
            frequency="monthly",
            treatment="R4",
            destination="licensed_contractor",
        )
        add_waste_stream(
            db,
            aid,
            ewc_code="130205",
            name="Used gear oil",
            quantity=2.0,
            unit="m³",
            density_kg_m3=880.0,
            frequency="yearly",
            treatment="R9",
        )
        export_assessment(db, aid, HERE / "kutaisi.recp", author="nino")
        db.close()


if __name__ == "__main__":
    main()
