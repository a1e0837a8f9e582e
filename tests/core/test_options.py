"""Cleaner-production options: stored from a calculator run, edited, totalled, migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from recp_desktop.domain.calculators import run
from recp_desktop.domain.options import savings_from_results
from recp_desktop.storage import migrate
from recp_desktop.storage.options import (
    add_calculated_option,
    add_option,
    list_options,
    option_results,
    option_totals,
    projected_totals,
    set_option_deleted,
    update_option,
)
from recp_desktop.storage.repository import ValidationError


def _air_leak_option(db, assessment, **extra):
    calc = run(
        "compressed-air-leak",
        {
            "diameter": "3 mm",
            "pressure": "7 bar",
            "hours": "6000 h",
            "electricity_price": "0.25 GEL/kWh",
            "country": "GE",
        },
    )
    return add_calculated_option(
        db,
        assessment.id,
        calc,
        "GEL",
        title="Repair air leaks at the filling line",
        technique="good_housekeeping",
        area="energy",
        question_id="energy.compressed_air.leaks_audible",
        investment=300.0,
        **extra,
    )


def test_an_option_from_a_calculator_round_trips(db, assessment) -> None:
    option = _air_leak_option(db, assessment)
    [stored] = list_options(db, assessment.id)
    assert stored.id == option.id and stored.revision == 1
    results = option_results(stored)
    assert results["annual_energy"]["unit"] == "kWh"
    assert stored.saving_energy_kwh == pytest.approx(results["annual_energy"]["value"])
    assert stored.saving_money == pytest.approx(stored.saving_energy_kwh * 0.25)
    assert stored.saving_co2_t == pytest.approx(stored.saving_energy_kwh * 0.135 / 1000)
    assert stored.saving_water_m3 is None  # compressed air's volume is not water


def test_money_in_another_currency_is_refused() -> None:
    calc = run(
        "lighting",
        {
            "fixtures": "4",
            "lamp_power": "58 W",
            "hours": "3000 h",
            "new_lamp_power": "22 W",
            "electricity_price": "0.1 EUR/kWh",
        },
    )
    with pytest.raises(ValueError, match="EUR"):
        savings_from_results("lighting", calc.result.values, "GEL")


def test_totals_payback_order_and_statuses(db, assessment) -> None:
    leak = _air_leak_option(db, assessment, status="recommended")
    add_option(
        db,
        assessment.id,
        title="Trigger nozzles on all hoses",
        technique="good_housekeeping",
        area="water",
        investment=0.0,
        saving_money=800.0,
        saving_water_m3=1200.0,
        status="implemented",
    )
    rejected = add_option(
        db,
        assessment.id,
        title="Replace the boiler",
        technique="technology_change",
        area="energy",
        investment=250_000.0,
        saving_money=9_000.0,
        status="rejected",
    )
    options = list_options(db, assessment.id)
    assert options[0].title == "Trigger nozzles on all hoses"  # payback 0 first
    totals = option_totals(options, "GEL")
    assert totals.count == 2
    assert totals.water_m3 == 1200.0
    assert totals.money == pytest.approx(800.0 + leak.saving_money)
    assert totals.payback_years == pytest.approx(300.0 / totals.money)
    assert projected_totals(options, "GEL").count == 2
    update_option(db, rejected.id, status="recommended")
    assert option_totals(list_options(db, assessment.id), "GEL").count == 3


def test_edits_bump_revision_and_tombstones_hide(db, assessment) -> None:
    option = _air_leak_option(db, assessment)
    edited = update_option(db, option.id, investment=450.0, note="Two couplings to replace")
    assert edited.revision == 2
    assert update_option(db, option.id, investment=450.0).revision == 2  # no change, no bump
    set_option_deleted(db, option.id)
    assert list_options(db, assessment.id) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": " "}, "title"),
        ({"technique": "magic"}, "technique"),
        ({"area": "air"}, "area"),
        ({"status": "maybe"}, "status"),
        ({"investment": -5.0}, "negative"),
        ({"saving_money": "lots"}, "not a number"),
    ],
)
def test_bad_options_store_nothing(db, assessment, fields: dict, message: str) -> None:
    base = {"title": "Fix it", "technique": "good_housekeeping", "area": "energy"}
    with pytest.raises(ValidationError, match=message):
        add_option(db, assessment.id, **(base | fields))
    assert list_options(db, assessment.id) == []


def test_a_database_of_the_first_release_is_upgraded_with_its_data(data_folder: Path) -> None:
    """A 0001 database (no options table) opens, is backed up, migrated and keeps its data."""
    from alembic import command
    from sqlalchemy import create_engine

    data_folder.mkdir(parents=True)
    path = data_folder / "recp.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrate._alembic_config(connection), "0001_initial")
        connection.exec_driver_sql(
            "INSERT INTO enterprise (id, revision, updated_at, updated_by, deleted, name, country,"
            " region, city, nace, products, eco_park) VALUES ('e1', 1, '2026-01-01', 'dev', 0,"
            " 'Old Plant', 'MD', '', 'Bălți', '', '', '')"
        )
    engine.dispose()
    assert migrate.database_revision(path) == "0001_initial"

    from recp_desktop.storage.database import Database
    from recp_desktop.storage.repository import list_enterprises

    db = Database(data_folder)
    try:
        assert db.revision() == migrate.SCHEMA_HEAD  # through 0002_cp_options and later
        assert [e.name for e in list_enterprises(db)] == ["Old Plant"]
    finally:
        db.close()
    backups = list((data_folder / "backups").glob("*.sqlite3"))
    assert backups, "no backup before the migration"
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_initial"
    old.close()
