"""A small programme for tests: two approved assessments in AZN and GEL and a returned one.

The figures each test expects are worked out by hand in ``tests/core/test_programme.py``.
"""

from __future__ import annotations

from datetime import date

from recp_desktop.domain.savings import ExchangeRate
from recp_desktop.storage.models import Assessment
from recp_desktop.storage.options import add_option
from recp_desktop.storage.repository import create_assessment, create_enterprise

GEL_AZN = ExchangeRate("GEL", "AZN", 0.63, on=date(2026, 3, 31), origin="CBAR")


def set_review(db, assessment_id: str, state: str) -> None:
    with db.session() as session:
        session.get_one(Assessment, assessment_id).review_state = state


def make_programme(db) -> dict[str, str]:
    """Two approved assessments (AZN, GEL) and a returned one; see the figures in the tests."""
    dairy = create_enterprise(db, name="Baku Dairy", country="AZ", region="AZ-BA", nace="10.51")
    metal = create_enterprise(db, name="Rustavi Metal", country="GE", nace="25.61")
    bread = create_enterprise(db, name="Ganja Bread", country="AZ", nace="10.71")
    a = create_assessment(
        db, dairy.id, kind="full", currency="AZN", start_date=date(2025, 5, 1), team="Aliyev"
    )
    b = create_assessment(db, metal.id, kind="full", currency="GEL", start_date=date(2026, 2, 1))
    c = create_assessment(db, bread.id, kind="club", currency="AZN", start_date=date(2026, 4, 1))
    add_option(
        db,
        a.id,
        title="Leaks",
        technique="good_housekeeping",
        area="energy",
        investment=1000,
        saving_money=2000,
        saving_energy_kwh=50_000,
        saving_co2_t=20,
        status="implemented",
    )
    add_option(
        db,
        a.id,
        title="CIP reuse",
        technique="technology_change",
        area="water",
        investment=5000,
        saving_money=1000,
        saving_water_m3=3000,
        status="recommended",
    )
    add_option(
        db,
        a.id,
        title="New boiler",
        technique="equipment_modification",
        area="energy",
        investment=9999,
        saving_money=9999,
        status="rejected",
    )
    add_option(
        db,
        b.id,
        title="Die change",
        technique="equipment_modification",
        area="materials",
        investment=2000,
        saving_money=3000,
        saving_materials_t=4,
        saving_co2_t=1.5,
    )
    add_option(
        db,
        b.id,
        title="Swarf",
        technique="onsite_recovery_reuse",
        area="waste",
        investment=0,
        saving_money=500,
        saving_materials_t=10,
    )
    add_option(
        db,
        c.id,
        title="Ovens off",
        technique="good_housekeeping",
        area="energy",
        investment=100,
        saving_money=400,
        saving_energy_kwh=10_000,
    )
    set_review(db, a.id, "approved")
    set_review(db, b.id, "approved")
    set_review(db, c.id, "returned")
    return {"a": a.id, "b": b.id, "c": c.id}
