"""Waste streams: Russian unit words, refused densities and absurd tonnes, what "without tonnes"
counts, and a huge stored figure (from an older version) that neither the map nor the report
chokes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from recp_desktop.domain.numbers import format_amount, format_number
from recp_desktop.domain.waste import WasteError, check_stream, to_tonnes
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import WasteStream
from recp_desktop.storage.repository import ValidationError
from recp_desktop.storage.waste import add_waste_stream, list_waste_streams, waste_totals
from tests import waste_fixture
from tests.core.test_cli import recp


@pytest.mark.parametrize(
    ("quantity", "unit", "density", "tonnes"),
    [
        (2, "т", None, 2.0),
        (2, "тонны", None, 2.0),
        (5, "тонн", None, 5.0),
        (1, "тонна", None, 1.0),
        (1500, "кг", None, 1.5),
        (3, "куб.м", 800, 2.4),  # 3 m³ × 0.8 t/m³
        (3, "куб. м", 800, 2.4),
        (3, "м3", 800, 2.4),
        (500, "литров", 1000, 0.5),  # 0.5 m³ × 1 t/m³
    ],
)
def test_russian_unit_words(quantity, unit, density, tonnes) -> None:
    assert to_tonnes(quantity, unit, density) == pytest.approx(tonnes)


def test_pieces_in_russian() -> None:
    stream = check_stream({"ewc_code": "150110", "quantity": 40, "unit": "шт", "piece_mass_kg": 18})
    assert stream["tonnes_per_year"] == pytest.approx(40 * 18 / 1000)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"quantity": 2, "unit": "m³", "density_kg_m3": 0}, "not_positive"),
        ({"quantity": 2, "unit": "pcs", "piece_mass_kg": 0.0}, "not_positive"),
        ({"quantity": 2, "unit": "m³", "density_kg_m3": 9e14}, "too_dense"),
        # 9.9e14 t a week × 52 = 5.1e16 t/yr, the tryout's figure
        ({"quantity": 9.9e14, "unit": "t", "frequency": "weekly"}, "too_much"),
        # 1 000 001 000 t/yr: just above the billion-tonne cap
        ({"quantity": 1_000_001_000, "unit": "t"}, "too_much"),
        ({"name": "x" * 301}, "too_long"),
    ],
)
def test_refused_with_a_reason(fields, reason) -> None:
    with pytest.raises(WasteError) as caught:
        check_stream({"ewc_code": "170504", **fields})
    assert caught.value.reason == reason


def test_a_billion_tonnes_is_still_kept() -> None:
    stream = check_stream({"ewc_code": "170504", "quantity": 1e9, "unit": "t"})
    assert stream["tonnes_per_year"] == 1e9


def test_without_tonnes_counts_only_quantities_lacking_a_factor(tmp_path: Path) -> None:
    db = Database(tmp_path / "d")
    try:
        ids = waste_fixture.build(db)
        assert ids
        [printer] = [
            s for s in _all(db) if s.ewc_code == "150110"
        ]  # 80 pcs, no mass per piece: no tonnes
        assessment = printer.assessment_id
        add_waste_stream(db, assessment, ewc_code="170504")  # no quantity yet: not counted
        with pytest.raises(ValidationError):
            add_waste_stream(db, assessment, ewc_code="170504", quantity=2, unit="m³",
                             density_kg_m3=0)  # fmt: skip
        totals = waste_totals(list_waste_streams(db, assessment), "USD")
        assert (totals.count, totals.without_tonnes) == (4, 1)
    finally:
        db.close()


def _all(db: Database) -> list[WasteStream]:
    with db.session() as session:
        return list(session.query(WasteStream).filter(~WasteStream.deleted))


def test_huge_numbers_format() -> None:
    # 4.2e28 has 29 digits: more than decimal's default 28-digit context
    assert format_number(4.2e28, "en", 1) == "42,000,000,000,000,000,000,000,000,000.0"
    assert format_amount(4.2e28, "ru") == "\u00a0".join(["42"] + ["000"] * 9)


def test_map_and_report_survive_a_huge_stored_figure(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    db = Database(folder)
    try:
        waste_fixture.build(db)
        with db.session() as session:  # as an older version could store it, unchecked
            session.execute(
                update(WasteStream)
                .where(WasteStream.ewc_code == "101306")
                .values(quantity=9e14, unit="m³", density_kg_m3=9e14, tonnes_per_year=4.2e28)
            )
        [kiln] = [s for s in _all(db) if s.ewc_code == "101306"]
        assessment = kiln.assessment_id
    finally:
        db.close()
    png = tmp_path / "map.png"
    done = recp("--data-dir", str(folder), "waste", "map", "-o", str(png))
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "map.pdf"
    done = recp("--data-dir", str(folder), "--lang", "ru", "waste", "map", "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    report = tmp_path / "report.pdf"
    done = recp("--data-dir", str(folder), "report", assessment, "-o", str(report))
    assert done.returncode == 0, done.stderr
    assert report.stat().st_size > 10_000
