"""A realistic demo company with a partly filled assessment, for newcomers and screenshots."""

from __future__ import annotations

import random
from datetime import date

from recp_desktop.checklists import Question, builtin_templates
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.paths import resource_path
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.baseline import BaselineValue, save_baseline
from recp_desktop.storage.database import Database
from recp_desktop.storage.photos import add_photo
from recp_desktop.storage.repository import create_assessment, create_enterprise

# Share of each area's questions the demo expert has already answered.
FILLED = {"energy": 0.8, "water": 0.6, "materials": 0.3, "waste": 0.0}

BASELINE = {
    "production_output": BaselineValue(4_200, "t", None),
    "value_added": BaselineValue(3_150_000, "AZN", None),
    "electricity": BaselineValue(1_250_000, "kWh", 137_500),
    "natural_gas": BaselineValue(410_000, "m**3", 102_500),
    "water": BaselineValue(38_500, "m**3", 23_100),
    "wastewater": BaselineValue(31_000, "m**3", 12_400),
    "raw_materials": BaselineValue(4_650, "t", 2_325_000),
    "chemicals": BaselineValue(18.5, "t", 27_750),
    "packaging": BaselineValue(96, "t", 144_000),
    "waste_nonhazardous": BaselineValue(210, "t", 6_300),
}

NOTES = {
    "energy": "Air leaks audible at the filling line drops; compressor runs at 7.5 bar.",
    "water": "CIP rinse water goes straight to drain; hoses without trigger nozzles.",
    "materials": "Milk losses at the separator start-up are not measured.",
}


def _demo_answer(question: Question, rng: random.Random) -> AnswerState:
    if question.answer_type == "yes_no_na":
        good = question.good or "yes"
        bad = "no" if good == "yes" else "yes"
        value = rng.choices([good, bad, "na"], weights=[5, 4, 1])[0]
        return AnswerState(value=value, opportunity=value == bad and rng.random() < 0.6)
    if question.answer_type == "number":
        low = question.minimum or 0.0
        high = question.maximum if question.maximum is not None else low + 100.0
        number = round(rng.uniform(low + (high - low) * 0.2, low + (high - low) * 0.8), 1)
        return AnswerState(number=number, unit=question.unit or "")
    if question.answer_type == "choice":
        return AnswerState(value=rng.choice(question.options).id)
    return AnswerState(value="Checked with the chief engineer during the walkthrough.")


def create_demo(db: Database) -> str:
    """Create the demo company and assessment; return the assessment's id."""
    rng = random.Random(2026)
    enterprise = create_enterprise(
        db,
        name="Şəki Süd MMC",
        country="AZ",
        region="Shaki-Zagatala",
        city="Şəki",
        nace="10.51",
        employees=140,
        products="Pasteurised milk, kefir, ayran, butter, white cheese",
        eco_park="",
    )
    assessment = create_assessment(
        db,
        enterprise.id,
        kind="full",
        title="RECP assessment 2026",
        start_date=date(2026, 10, 12),
        end_date=date(2026, 12, 18),
        team="Leyla Mammadova (lead expert), Rashad Aliyev (energy), Nigar Huseynova (water)",
        currency="AZN",
        status="in_progress",
    )
    for key, value in BASELINE.items():
        save_baseline(db, assessment.id, key, value)
    first_photo_done = False
    for area, template in builtin_templates().items():
        answers: dict[str, str | None] = {}
        visible = template.visible("full", answers)
        goal = int(len(template.questions) * FILLED[area])
        done = 0
        while done < goal:
            pending = [q for q in visible if q.id not in answers]
            if not pending:
                break
            question = pending[0]
            state = _demo_answer(question, rng)
            if done == 1 and area in NOTES:
                state = state.with_changes(note=NOTES[area], opportunity=True)
            save_answer(db, assessment.id, template, question.id, state)
            answers[question.id] = state.value
            done += 1
            visible = template.visible("full", answers)
            if question.calculator == "compressed-air-leak" and not first_photo_done:
                add_photo(
                    db, assessment.id, resource_path("demo", "compressed-air-leak.jpg"), question.id
                )
                first_photo_done = True
    return assessment.id
