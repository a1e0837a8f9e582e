"""Waste streams travel in packages (format 2); format-1 packages still import, with none."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.manifest import FORMAT_VERSION
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.waste import (
    add_waste_stream,
    list_waste_streams,
    set_waste_stream_deleted,
    update_waste_stream,
)

V1 = Path(__file__).resolve().parents[1] / "data" / "packages" / "v1" / "1-first.recp"
FIELDS = ("ewc_code", "name", "quantity", "unit", "density_kg_m3", "frequency",
          "tonnes_per_year", "treatment", "destination", "annual_cost", "note")  # fmt: skip


def _view(streams) -> list[tuple]:
    return sorted((s.id, s.revision, *(getattr(s, f) for f in FIELDS)) for s in streams)


@pytest.fixture
def two(tmp_path: Path):
    a, b = Database(tmp_path / "a"), Database(tmp_path / "b")
    yield a, b
    a.close()
    b.close()


def test_streams_round_trip_both_ways_with_edits_and_tombstones(two, tmp_path) -> None:
    a, b = two
    company = create_enterprise(a, name="Baku Steel", country="AZ")
    assessment = create_assessment(a, company.id, kind="full", title="2026", currency="AZN")
    scale = add_waste_stream(a, assessment.id, ewc_code="100210", name="Mill scale",
                             quantity=35, unit="t", frequency="monthly", treatment="R4",
                             destination="other_company", annual_cost=4200.0)  # fmt: skip
    acid = add_waste_stream(a, assessment.id, ewc_code="110105", name="Pickling acid",
                            quantity=6, unit="m³", density_kg_m3=1150, frequency="weekly",
                            treatment="D9", note="неутрализация")  # fmt: skip
    first = tmp_path / "a-1.recp"
    export_assessment(a, assessment.id, first, author="a")
    with zipfile.ZipFile(first) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        carried = json.loads(archive.read("records/waste_stream.json"))
    assert manifest["format_version"] == FORMAT_VERSION  # 2 introduced waste streams
    assert {r["ewc_code"]: r["tonnes_per_year"] for r in carried} == {
        "100210": pytest.approx(420.0),  # 35 t × 12
        "110105": pytest.approx(358.8),  # 6 m³ × 1.15 t/m³ × 52
    }
    assert import_package(b, first).ok
    assert _view(list_waste_streams(b, assessment.id)) == _view(
        list_waste_streams(a, assessment.id)
    )
    # B edits one stream and deletes the other; A receives both changes.
    update_waste_stream(b, scale.id, quantity=30)
    set_waste_stream_deleted(b, acid.id)
    back = tmp_path / "b-1.recp"
    export_assessment(b, assessment.id, back, author="b")
    result = import_package(a, back)
    assert result.ok, result.reason
    [kept] = list_waste_streams(a, assessment.id)
    assert (kept.id, kept.tonnes_per_year, kept.revision) == (scale.id, pytest.approx(360), 2)
    assert _view(list_waste_streams(a, assessment.id)) == _view(
        list_waste_streams(b, assessment.id)
    )
    # importing the same package again changes nothing
    assert import_package(a, back).ok
    assert _view(list_waste_streams(a, assessment.id)) == _view(
        list_waste_streams(b, assessment.id)
    )


def test_a_format_1_package_imports_with_no_waste_streams(two) -> None:
    a, _ = two
    with zipfile.ZipFile(V1) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert "records/waste_stream.json" not in archive.namelist()
    assert manifest["format_version"] == 1
    result = import_package(a, V1)
    assert result.ok, result.reason
    assert list_waste_streams(a, manifest["assessment_id"]) == []
