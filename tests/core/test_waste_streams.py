"""Waste streams: tonnes from what was typed, checks, revisions and tombstones, totals.

Expected tonnes are worked by hand in each test (mass × periods per year; volume × density).
"""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recp_desktop.domain.waste import (
    MissingFactorError,
    WasteError,
    check_stream,
    to_tonnes,
    tonnes_per_year,
)
from recp_desktop.storage import migrate
from recp_desktop.storage.repository import (
    ValidationError,
    create_assessment,
    create_enterprise,
)
from recp_desktop.storage.waste import (
    add_waste_stream,
    list_waste_streams,
    set_waste_stream_deleted,
    update_waste_stream,
    waste_totals,
)


def test_typed_quantities_become_tonnes_per_year() -> None:
    assert tonnes_per_year(850, "kg", "monthly") == pytest.approx(0.85 * 12)  # 10.2 t
    assert tonnes_per_year(2, "м³", "weekly", density_kg_m3=1200) == pytest.approx(2 * 1.2 * 52)
    assert tonnes_per_year(500, "L", "quarterly", density_kg_m3=880) == pytest.approx(
        0.5 * 0.88 * 4
    )
    assert tonnes_per_year(120, "шт", "yearly", piece_mass_kg=15) == pytest.approx(1.8)
    assert tonnes_per_year(3, "т", "one_off") == pytest.approx(3)
    assert to_tonnes(40, "pcs", piece_mass_kg=25) == pytest.approx(1.0)  # not parsecs


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"ewc_code": "999999"}, "List of Waste"),
        ({"ewc_code": "1705"}, "List of Waste"),
        ({"ewc_code": "170504", "quantity": 2.0, "unit": "kWh"}, "not a mass"),
        ({"ewc_code": "170504", "quantity": 2.0, "unit": ""}, "needs a unit"),
        ({"ewc_code": "170504", "quantity": -2.0, "unit": "t"}, "negative"),
        ({"ewc_code": "170504", "treatment": "R14"}, "treatment"),
        ({"ewc_code": "170504", "destination": "moon"}, "destination"),
        ({"ewc_code": "170504", "frequency": "hourly"}, "frequency"),
    ],
)
def test_a_bad_stream_is_refused_with_its_reason(fields, words) -> None:
    with pytest.raises(WasteError, match=words):
        check_stream(fields)


def test_a_volume_without_density_is_kept_without_tonnes() -> None:
    checked = check_stream({"ewc_code": "170504", "quantity": 2.0, "unit": "m3"})
    assert (checked["quantity"], checked["tonnes_per_year"]) == (2.0, None)
    with pytest.raises(MissingFactorError, match="density"):
        to_tonnes(2.0, "m3")
    with pytest.raises(MissingFactorError, match="mass per piece"):
        to_tonnes(2.0, "pcs", piece_mass_kg=0)


def test_codes_are_read_as_printed() -> None:
    checked = check_stream({"ewc_code": "17 05 03*", "quantity": 1, "unit": "t"})
    assert checked["ewc_code"] == "170503" and checked["tonnes_per_year"] == 1.0


@given(
    quantity=st.floats(min_value=0, max_value=1e9, allow_nan=False),
    density=st.floats(min_value=1, max_value=20_000, allow_nan=False),
    frequency=st.sampled_from(["yearly", "quarterly", "monthly", "weekly", "one_off"]),
)
def test_units_of_one_amount_agree(quantity, density, frequency) -> None:
    per_year = {"yearly": 1, "quarterly": 4, "monthly": 12, "weekly": 52, "one_off": 1}
    in_t = tonnes_per_year(quantity, "t", frequency)
    assert in_t == pytest.approx(quantity * per_year[frequency])
    assert tonnes_per_year(quantity * 1000, "kg", frequency) == pytest.approx(in_t)
    # quantity t of a material of this density is quantity*1000/density m³ or 1000× as many L
    volume = quantity * 1000 / density
    assert tonnes_per_year(volume, "m³", frequency, density_kg_m3=density) == pytest.approx(in_t)
    assert tonnes_per_year(volume * 1000, "L", frequency, density_kg_m3=density) == (
        pytest.approx(in_t)
    )


@pytest.fixture
def plants(db):
    """Three companies' streams; tonnes worked by hand in the comments."""
    out = {}
    for name, country in (("Steel", "AZ"), ("Dairy", "BY"), ("Print", "GE")):
        enterprise = create_enterprise(db, name=name, country=country)
        out[name] = create_assessment(db, enterprise.id, kind="full", title=name, currency="AZN")
    steel, dairy, printing = out["Steel"].id, out["Dairy"].id, out["Print"].id
    # mill scale 100202: 35 t/month → 420 t/year; cost 4 200
    add_waste_stream(db, steel, ewc_code="100210", name="Mill scale", quantity=35, unit="t",
                     frequency="monthly", treatment="R4", destination="other_company",
                     annual_cost=4200)  # fmt: skip
    # spent pickling acid 110105*: 6 m³/week at 1 150 kg/m³ → 6 × 1.15 × 52 = 358.8 t/year
    add_waste_stream(db, steel, ewc_code="110105", name="Pickling acid", quantity=6, unit="m³",
                     density_kg_m3=1150, frequency="weekly", treatment="D9",
                     destination="licensed_contractor", annual_cost=18000)  # fmt: skip
    # whey sludge 020502: 12 000 kg per quarter → 48 t/year
    add_waste_stream(db, dairy, ewc_code="020502", name="Sludge", quantity=12000, unit="kg",
                     frequency="quarterly", treatment="R3")  # fmt: skip
    # 80 drums 150110* of 18 kg each, yearly → 1.44 t/year
    add_waste_stream(db, printing, ewc_code="150110", name="Ink drums", quantity=80,
                     unit="шт", piece_mass_kg=18, treatment="R12")  # fmt: skip
    return out


def test_totals_per_company(db, plants) -> None:
    steel = list_waste_streams(db, plants["Steel"].id)
    assert [s.ewc_code for s in steel] == ["100210", "110105"]
    totals = waste_totals(steel, "AZN")
    assert totals.tonnes == pytest.approx(420 + 358.8)
    assert totals.hazardous_tonnes == pytest.approx(358.8)
    assert totals.cost == pytest.approx(22200)
    dairy = waste_totals(list_waste_streams(db, plants["Dairy"].id), "AZN")
    assert (dairy.tonnes, dairy.hazardous_tonnes) == (pytest.approx(48), 0)
    printing = waste_totals(list_waste_streams(db, plants["Print"].id), "AZN")
    assert printing.hazardous_tonnes == pytest.approx(1.44)


def test_edits_make_revisions_and_tonnes_follow(db, plants) -> None:
    [stream, _] = list_waste_streams(db, plants["Steel"].id)
    update_waste_stream(db, stream.id, quantity=30)  # 30 t/month
    [edited, _] = list_waste_streams(db, plants["Steel"].id)
    assert (edited.revision, edited.tonnes_per_year) == (2, pytest.approx(360))
    update_waste_stream(db, stream.id, quantity=30)  # nothing changed: no revision
    assert list_waste_streams(db, plants["Steel"].id)[0].revision == 2
    with pytest.raises(ValidationError, match="not a mass"):
        update_waste_stream(db, stream.id, unit="kWh")
    assert list_waste_streams(db, plants["Steel"].id)[0].unit == "t"  # nothing stored
    update_waste_stream(db, stream.id, unit="m³")  # density not known yet: no tonnes
    assert list_waste_streams(db, plants["Steel"].id)[0].tonnes_per_year is None
    update_waste_stream(db, stream.id, density_kg_m3=2000)  # 30 m³ × 2 t/m³ × 12
    assert list_waste_streams(db, plants["Steel"].id)[0].tonnes_per_year == pytest.approx(720)
    update_waste_stream(db, stream.id, unit="t", density_kg_m3=None)
    set_waste_stream_deleted(db, stream.id)
    assert [s.name for s in list_waste_streams(db, plants["Steel"].id)] == ["Pickling acid"]
    set_waste_stream_deleted(db, stream.id, False)
    [back, _] = list_waste_streams(db, plants["Steel"].id)
    assert back.revision == 7 and not back.deleted


def test_a_stream_needs_its_assessment(db) -> None:
    with pytest.raises(ValidationError, match="assessment"):
        add_waste_stream(db, "no-such-assessment", ewc_code="170504")


def test_the_table_comes_with_the_migration(db) -> None:
    assert db.revision() == migrate.SCHEMA_HEAD
    assert "0005_waste_streams" in migrate.known_revisions()
    with sqlite3.connect(db.path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(waste_stream)")]
    assert "tonnes_per_year" in columns and "ewc_code" in columns
