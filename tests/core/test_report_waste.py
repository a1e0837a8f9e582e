"""The report's waste-streams section: codes with hazard marks, tonnes per year, totals."""

from __future__ import annotations

from pathlib import Path

import pytest

from recp_desktop.report import write_report
from recp_desktop.storage.waste import add_waste_stream
from tests.core.test_report import pdf_text


@pytest.mark.parametrize("language", ["en", "ru"])
def test_waste_streams_section(db, assessment, tmp_path: Path, language: str) -> None:
    add_waste_stream(db, assessment.id, ewc_code="110105", name="Pickling acid", quantity=6,
                     unit="m³", density_kg_m3=1150, frequency="weekly", treatment="D9",
                     destination="licensed_contractor", annual_cost=18000.0)  # fmt: skip
    add_waste_stream(db, assessment.id, ewc_code="100210", name="Mill scale", quantity=35,
                     unit="t", frequency="monthly", treatment="R4",
                     destination="other_company", annual_cost=4200.0)  # fmt: skip
    add_waste_stream(db, assessment.id, ewc_code="150110", name="Drums", quantity=80,
                     unit="pcs")  # fmt: skip  # no mass per piece: no tonnes
    target = tmp_path / f"waste-{language}.pdf"
    data = write_report(db, assessment.id, target, language=language)
    assert [row.code for row in data.waste] == ["10 02 10", "11 01 05*", "15 01 10*"]
    text = " ".join(pdf_text(target).split())
    heading = {"en": "5 Waste streams", "ru": "5 Потоки отходов"}[language]
    assert heading in text
    assert "11 01 05*" in text and "Mill scale" in text and "D9" in text
    # 6 m³ × 1.15 t/m³ × 52 = 358.8 t; 35 t × 12 = 420 t; total 778.8 → "779" (3 figures)
    decimal = "," if language == "ru" else "."
    assert "359" in text and "420" in text and "779" in text
    assert f"359{decimal}" not in text  # three significant figures
    no_tonnes = {"en": "no density yet", "ru": "нет плотности"}[language]
    assert no_tonnes in text


def test_no_section_without_waste_streams(db, assessment, tmp_path: Path) -> None:
    target = tmp_path / "plain.pdf"
    data = write_report(db, assessment.id, target, language="en")
    assert data.waste == [] and "Waste streams" not in pdf_text(target)
