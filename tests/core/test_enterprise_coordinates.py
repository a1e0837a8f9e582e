"""A company's optional site coordinates: the schema's ranges, the repository's pair rule,
travel in packages, and the migration that adds them (0007_wastemap_enterprise_coordinates)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from recp_desktop.domain.records import BY_NAME, RecordError, check_record
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage import migrate
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Enterprise
from recp_desktop.storage.repository import (
    ValidationError,
    create_assessment,
    create_enterprise,
    update_enterprise,
)

TYPE = BY_NAME["enterprise"]


def _record(**changes) -> dict:
    return {
        "id": "e1",
        "revision": 1,
        "updated_at": "2026-11-30T10:00:00+00:00",
        "updated_by": "dev-1",
        "deleted": False,
        "version": {"dev-1": 1},
        "name": "Telavi Wines",
        "country": "GE",
        "region": "GE-KA",
        "city": "Telavi",
        "nace": "11.02",
        "employees": None,
        "products": "",
        "eco_park": "",
        **changes,
    }


def test_schema_ranges_and_the_pair_rule() -> None:
    assert check_record(TYPE, _record(), "x")["latitude"] is None  # an older record: null
    ok = check_record(TYPE, _record(latitude=41.9198, longitude=45), "x")
    assert (ok["latitude"], ok["longitude"]) == (41.9198, 45.0)  # whole number read as float
    assert check_record(TYPE, _record(latitude=-90, longitude=180), "x")["longitude"] == 180.0
    for changes, phrase in [
        ({"latitude": 90.5, "longitude": 0}, "field 'latitude' must be between −90 and 90"),
        ({"latitude": 0, "longitude": -181}, "field 'longitude' must be between −180 and 180"),
        ({"latitude": None, "longitude": 44.0}, "must be given together"),
        ({"latitude": True, "longitude": 44.0}, "field 'latitude' must be a number"),
    ]:
        with pytest.raises(RecordError, match=phrase):
            check_record(TYPE, _record(**changes), "x")


def test_repository_keeps_both_or_neither(db) -> None:
    company = create_enterprise(db, name="Telavi Wines", country="GE", region="GE-KA")
    assert company.latitude is None and company.longitude is None
    sited = update_enterprise(db, company.id, latitude=41.9198, longitude=45.4731)
    assert (sited.latitude, sited.longitude) == (41.9198, 45.4731)
    with pytest.raises(ValidationError, match="both the latitude and the longitude"):
        update_enterprise(db, company.id, latitude=None)
    with pytest.raises(ValidationError, match="between −90 and 90"):
        update_enterprise(db, company.id, latitude=-91.0)
    cleared = update_enterprise(db, company.id, latitude=None, longitude=None)
    assert cleared.latitude is None


def test_coordinates_travel_in_a_package(tmp_path: Path) -> None:
    laptop, office = Database(tmp_path / "laptop"), Database(tmp_path / "office")
    try:
        company = create_enterprise(laptop, name="Telavi Wines", country="GE", region="GE-KA",
                                    latitude=41.9198, longitude=45.4731)  # fmt: skip
        plain = create_enterprise(laptop, name="Kutaisi Dairy", country="GE", region="GE-IM")
        for enterprise in (company, plain):
            audit = create_assessment(laptop, enterprise.id, kind="full", currency="GEL")
            package = tmp_path / f"{enterprise.name}.recp"
            export_assessment(laptop, audit.id, package, author="laptop")
            assert import_package(office, package).ok
        with office.session() as session:
            got = {e.name: (e.latitude, e.longitude) for e in session.query(Enterprise)}
        assert got == {"Telavi Wines": (41.9198, 45.4731), "Kutaisi Dairy": (None, None)}
    finally:
        laptop.close()
        office.close()


def test_a_database_before_the_coordinates_opens_with_its_companies(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._alembic_config())
    before = script.get_revision("0007_wastemap_enterprise_coordinates").down_revision
    folder = tmp_path / "old"
    db = Database(folder)
    create_enterprise(db, name="Rustavi Steel", country="GE", region="GE-KK", city="Rustavi")
    db.close()
    engine = create_engine(f"sqlite:///{folder / 'recp.sqlite3'}")
    with engine.begin() as connection:
        command.downgrade(migrate._alembic_config(connection), before)
        columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(enterprise)")]
    engine.dispose()
    assert "latitude" not in columns
    db = Database(folder)  # upgrades to the head
    try:
        assert db.revision() == migrate.SCHEMA_HEAD
        with db.session() as session:
            (company,) = session.query(Enterprise).all()
            assert (company.name, company.region, company.city) == ("Rustavi Steel", "GE-KK",
                                                                    "Rustavi")  # fmt: skip
            assert company.latitude is None and company.longitude is None
    finally:
        db.close()
