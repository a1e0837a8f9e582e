"""Calculators opened from a question start with what the assessment already knows."""

from __future__ import annotations

import pytest

from recp_desktop.checklists import builtin_templates
from recp_desktop.checklists.prefill import prefill, tariffs
from recp_desktop.demo import create_demo
from recp_desktop.domain.calculators import inputs, run
from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.baseline import BaselineValue, load_baseline


def test_tariffs_come_from_baseline_cost_over_use() -> None:
    baseline = {
        "electricity": BaselineValue(1_250, "MWh", 137_500),
        "natural_gas": BaselineValue(410_000, "m**3", 102_500),
        "water": BaselineValue(0, "m**3", 100),  # no use: no tariff
    }
    assert tariffs(baseline, "AZN") == {
        "electricity_price": "0.11 AZN/kWh",
        "fuel_price": "0.25 AZN/m**3",
    }


def test_demo_prefills_the_compressor_calculator(db) -> None:
    assessment_id = create_demo(db)
    questions = [q for t in builtin_templates().values() for q in t.questions]
    names = [spec.name for spec in inputs("compressor-pressure-reduction")]
    values = prefill(
        "compressor-pressure-reduction",
        names,
        country="AZ",
        currency="AZN",
        baseline=load_baseline(db, assessment_id),
        answers=load_answers(db, assessment_id),
        questions=questions,
    )
    assert values["rated_pressure"] == "7.5 bar"  # answered on the discharge-pressure question
    assert values["power"] == "37 kW"
    assert values["hours"] == "6200 h"
    assert values["electricity_price"] == "0.11 AZN/kWh"
    assert values["country"] == "AZ"
    assert "fuel_price" not in values  # not an input of this calculator
    result = run("compressor-pressure-reduction", values | {"new_pressure": "6.5 bar"})
    assert result.result.magnitude("annual_cost", "AZN") == pytest.approx(
        result.result.magnitude("annual_energy", "kWh") * 0.11
    )
