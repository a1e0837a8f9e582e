"""Wanted inputs: stored and checked, carried in format-3 packages, read from format-2 ones as
none, and turned into symbiosis candidates whatever the receiver's sector."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.manifest import FORMAT_VERSION
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import ValidationError, create_assessment, create_enterprise
from recp_desktop.storage.symbiosis import find_candidates
from recp_desktop.storage.wanted import (
    add_wanted_input,
    list_wanted_inputs,
    set_wanted_input_deleted,
    update_wanted_input,
)
from recp_desktop.storage.waste import list_waste_streams
from tests import waste_fixture

V2 = Path(__file__).resolve().parents[1] / "data" / "packages" / "v2" / "waste.recp"


def _view(rows) -> list[tuple]:
    return [(w.id, w.ewc_code, w.material, w.tonnes_per_year, w.note, w.revision) for w in rows]


def test_store_check_edit_and_tombstone(db, assessment) -> None:
    wanted = add_wanted_input(db, assessment.id, ewc_code="02 05 01", material="Whey",
                              tonnes_per_year=100)  # fmt: skip
    assert (wanted.ewc_code, wanted.tonnes_per_year, wanted.revision) == ("020501", 100.0, 1)
    add_wanted_input(db, assessment.id, ewc_code="1001", material="Fly ash")  # a sub-chapter
    add_wanted_input(db, assessment.id, ewc_code="15", material="Any packaging")  # a chapter
    for bad, field in [("21", "ewc code"), ("0299", "ewc code"), ("02050", "ewc code")]:
        with pytest.raises(ValidationError, match=field):
            add_wanted_input(db, assessment.id, ewc_code=bad, material="x")
    with pytest.raises(ValidationError, match="negative"):
        add_wanted_input(db, assessment.id, ewc_code="15", material="x", tonnes_per_year=-1)
    with pytest.raises(ValidationError, match="assessment"):
        add_wanted_input(db, "no-such-assessment", ewc_code="15", material="x")
    update_wanted_input(db, wanted.id, tonnes_per_year=150.0)
    assert [w.ewc_code for w in list_wanted_inputs(db, assessment.id)] == ["020501", "1001", "15"]
    set_wanted_input_deleted(db, wanted.id)
    assert [w.ewc_code for w in list_wanted_inputs(db, assessment.id)] == ["1001", "15"]


def test_carried_in_format_3_packages(tmp_path: Path) -> None:
    a, b = Database(tmp_path / "a"), Database(tmp_path / "b")
    try:
        company = create_enterprise(a, name="Ganja Feed", country="AZ", region="AZ-GA")
        assessment = create_assessment(a, company.id, kind="full", title="2026", currency="AZN")
        add_wanted_input(a, assessment.id, ewc_code="020501", material="Whey",
                         tonnes_per_year=100, note="сыворотка")  # fmt: skip
        package = tmp_path / "a.recp"
        export_assessment(a, assessment.id, package, author="a")
        with zipfile.ZipFile(package) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            carried = json.loads(archive.read("records/wanted_input.json"))
        assert manifest["format_version"] == FORMAT_VERSION == 3
        assert [(r["ewc_code"], r["material"], r["note"]) for r in carried] == [
            ("020501", "Whey", "сыворотка")
        ]
        assert import_package(b, package).ok
        assert _view(list_wanted_inputs(b, assessment.id)) == _view(
            list_wanted_inputs(a, assessment.id)
        )
        assert import_package(b, package).ok  # again: nothing changes
        assert len(list_wanted_inputs(b, assessment.id)) == 1
    finally:
        a.close()
        b.close()


def test_a_format_2_package_imports_with_no_wanted_inputs(db) -> None:
    with zipfile.ZipFile(V2) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert "records/wanted_input.json" not in archive.namelist()
    assert manifest["format_version"] == 2
    result = import_package(db, V2)
    assert result.ok, result.reason
    streams = list_waste_streams(db, manifest["assessment_id"])
    # 2 m³ × 1.3 t/m³ × 4 quarters = 10.4 t; 1.5 t × 12 = 18 t
    assert {s.ewc_code: round(s.tonnes_per_year, 6) for s in streams} == {
        "080111": 10.4,
        "150101": 18.0,
    }
    assert list_wanted_inputs(db, manifest["assessment_id"]) == []


def test_a_wanted_input_makes_a_candidate(db) -> None:
    ids = waste_fixture.build(db)
    # Baku Print (18.12) is no receiver of anything in the mapping; it declares it wants
    # wood waste (sub-chapter 0301) for its boiler: Imereti Cardboard's sawdust 030105 (8 t).
    from recp_desktop.storage.models import Assessment

    with db.session() as session:
        printer = session.query(Assessment).filter_by(enterprise_id=ids["print"]).one()
    add_wanted_input(db, printer.id, ewc_code="0301", material="wood waste for the boiler",
                     tonnes_per_year=20)  # fmt: skip
    found = [c for c in find_candidates(db) if c.wanted is not None]
    [sawdust] = found
    assert (sawdust.stream.name, sawdust.receiver.id, sawdust.row) == (
        "Sawdust",
        ids["print"],
        None,
    )
    # declared: 40; 8 t < 10: 10; Imereti → Baku over 500 km: 0; across the border GE → AZ:
    # −10 → 40
    assert sawdust.score == 40
    assert sawdust.reasons[0].startswith("+40 match: Baku Print declared it wants wood waste")
    assert "up to 20 t/year" in sawdust.reasons[0]
    assert sawdust.reasons[1] == "+10 quantity: 8 t/year offered."  # 8 t is under the 20 t


def test_a_wanted_amount_caps_the_quantity_points() -> None:
    from recp_desktop.domain.symbiosis import Company, Stream, Wanted, candidates

    dairy = Company("d", "Dairy", "10.51", "AZ-SAK", "AZ")
    farm = Company("f", "Farm", "01.46", "AZ-SAK", "AZ")
    whey = Stream("w", dairy, "020501", False, "Whey", 163.8)
    small = Wanted("x", farm, "0205", "whey for pigs", 5.0)
    (found,) = [c for c in candidates([whey], [dairy, farm], [small]) if c.wanted]
    # declared 40; the farm takes up to 5 t of the 163.8 t: min = 5 t < 10 → 10 (not 20);
    # same region 20 → 70
    assert found.score == 40 + 10 + 20
    assert found.reasons[1] == (
        "+10 quantity: 163.8 t/year offered, up to 5 t/year wanted: counted as 5 t/year."
    )
    big = Wanted("y", farm, "0205", "whey for pigs", 100.0)
    (found,) = [c for c in candidates([whey], [dairy, farm], [big]) if c.wanted]
    assert found.score == 40 + 20 + 20  # min(163.8, 100) = 100 t ≥ 10 → 20


def test_wanted_inputs_have_their_own_sheet(db, assessment) -> None:
    from recp_desktop.exchange.tables import build_tables

    add_wanted_input(db, assessment.id, ewc_code="1001", material="Fly ash", tonnes_per_year=40)
    gone = add_wanted_input(db, assessment.id, ewc_code="15", material="Pallets")
    set_wanted_input_deleted(db, gone.id)
    frame = build_tables(db, language="ru")["wanted"]
    assert list(frame.columns)[3:6] == [
        "Код, подглава или глава EWC",
        "Описание (Перечень отходов, англ.)",
        "Нужный материал",
    ]
    [row] = frame.itertuples(index=False)  # the deleted one is not exported
    # sub-chapter 10 01 of the List of Waste (Commission Decision 2000/532/EC)
    assert row[3:7] == (
        "1001",
        "Wastes from power stations and other combustion plants (except 19)",
        "Fly ash",
        40.0,
    )
