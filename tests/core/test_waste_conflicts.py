"""A waste stream edited on two laptops: resolved with edited values, its tonnes stay consistent."""

from __future__ import annotations

from pathlib import Path

import pytest

from recp_desktop.exchange.conflicts import list_conflicts, resolve_conflict
from recp_desktop.exchange.errors import ConflictError
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.waste import add_waste_stream, list_waste_streams, update_waste_stream


@pytest.fixture
def conflict(tmp_path: Path):
    """02 05 02 edited apart: A types 4 m³ at 1 050 kg/m³ (R3), B 5 000 kg (D10)."""
    a, b = Database(tmp_path / "a"), Database(tmp_path / "b")
    company = create_enterprise(a, name="Şəki Süd", country="AZ")
    assessment = create_assessment(a, company.id, kind="full", title="2026", currency="AZN")
    stream = add_waste_stream(a, assessment.id, ewc_code="020502", quantity=2, unit="t")
    first = tmp_path / "first.recp"
    export_assessment(a, assessment.id, first, author="a")
    assert import_package(b, first).ok
    update_waste_stream(a, stream.id, quantity=4, unit="m³", density_kg_m3=1050, treatment="R3")
    update_waste_stream(b, stream.id, quantity=5000, unit="kg", treatment="D10")
    from_b = tmp_path / "b.recp"
    export_assessment(b, assessment.id, from_b, author="b")
    assert import_package(a, from_b).counts["conflict"] == 1
    [found] = list_conflicts(a)
    yield a, found, assessment.id
    a.close()
    b.close()


def test_edited_values_recompute_the_tonnes(conflict) -> None:
    a, found, assessment_id = conflict
    assert {"quantity", "unit", "tonnes_per_year", "treatment"} <= set(found.differing)
    # keep A's quantity 4 with B's unit kg, and a monthly frequency: 4 kg × 12 = 0.048 t/yr
    # (not A's stored 4 × 1.05 = 4.2 t nor B's 5 t)
    resolve_conflict(a, found.id, "edit", {"unit": "kg", "frequency": "monthly"})
    [stream] = list_waste_streams(a, assessment_id)
    assert (stream.quantity, stream.unit) == (4.0, "kg")
    assert stream.tonnes_per_year == pytest.approx(4 / 1000 * 12)


def test_an_inconsistent_edit_is_refused_with_the_reason(conflict) -> None:
    a, found, assessment_id = conflict
    with pytest.raises(ConflictError, match="not a mass, a volume or pieces") as caught:
        resolve_conflict(a, found.id, "edit", {"unit": "kWh"})
    assert caught.value.__cause__.reason == "not_an_amount"
    [stream] = list_waste_streams(a, assessment_id)  # nothing changed, still open
    assert (stream.quantity, stream.unit, stream.tonnes_per_year) == (4.0, "m³", pytest.approx(4.2))
    assert [c.status for c in list_conflicts(a)] == ["open"]


def test_cli_lists_the_fields_in_words(conflict, tmp_path: Path) -> None:
    from tests.core.test_cli import recp

    a, _found, _assessment_id = conflict
    done = recp("--data-dir", str(a.folder), "--lang", "ru", "conflicts")
    assert done.returncode == 0, done.stderr
    # A: 4 m³ × 1.05 t/m³ = 4.2 t; B: 5 000 kg = 5 t
    assert "quantity: here 4 m³  /  incoming 5000 kg" in done.stdout
    assert "tonnes per year: here 4.2 t  /  incoming 5 t" in done.stdout
    assert "tonnes_per_year" not in done.stdout and "treatment (R/D code)" in done.stdout
