"""Storage on real SQLite files: pragmas, migrations, records, answers, baseline, photos."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from recp_desktop.checklists.answers import AnswerError, AnswerState, parse_number_answer
from recp_desktop.storage import migrate
from recp_desktop.storage.answers import load_answers, save_answer
from recp_desktop.storage.baseline import BaselineValue, load_baseline, save_baseline
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.models import Answer
from recp_desktop.storage.photos import PhotoError, add_photo, list_photos, photo_file
from recp_desktop.storage.repository import (
    ValidationError,
    create_assessment,
    create_enterprise,
    update_enterprise,
)


def test_pragmas_are_set_on_every_connection(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_schema_head_constant_matches_alembic() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_migrations_create_the_models_schema(db: Database) -> None:
    assert db.revision() == migrate.SCHEMA_HEAD
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from recp_desktop.storage.models import Base

    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_reopen_keeps_device_and_data(data_folder: Path) -> None:
    first = Database(data_folder)
    enterprise = create_enterprise(first, name="Kvareli Wine", country="GE")
    device = first.device_id
    first.close()
    second = Database(data_folder)
    assert second.device_id == device
    from recp_desktop.storage.repository import list_enterprises

    assert [e.id for e in list_enterprises(second)] == [enterprise.id]
    second.close()


def test_newer_database_is_refused_untouched(data_folder: Path) -> None:
    Database(data_folder).close()
    path = data_folder / "recp.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    listing_before = sorted(os.listdir(data_folder))
    with pytest.raises(migrate.NewerDatabaseError, match="newer version of RECP Desktop"):
        Database(data_folder)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(os.listdir(data_folder)) == listing_before


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        create_assessment(db, "no-such-company", kind="full", currency="EUR")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": " ", "country": "AZ"}, "needs a name"),
        ({"name": "X", "country": "Azerbaijan"}, "two-letter ISO code"),
        ({"name": "X", "country": "AZ", "employees": -3}, "whole number"),
    ],
)
def test_enterprise_validation(db: Database, fields: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        create_enterprise(db, **fields)


def test_edits_bump_revision_and_stamp_device(db: Database) -> None:
    enterprise = create_enterprise(db, name="Chisinau Bread", country="MD")
    assert enterprise.revision == 1 and enterprise.updated_by == db.device_id
    updated = update_enterprise(db, enterprise.id, city="Chișinău")
    assert updated.revision == 2 and updated.city == "Chișinău"
    same = update_enterprise(db, enterprise.id, city="Chișinău")
    assert same.revision == 2  # nothing changed, no new revision


def test_answers_round_trip_with_template_version(db, assessment, sample_template) -> None:
    save_answer(db, assessment.id, sample_template, "sample.air.has_system", AnswerState("yes"))
    state = AnswerState(number=12, unit="MWh", note="from bills", opportunity=True)
    save_answer(db, assessment.id, sample_template, "sample.heat.use", state)
    answers = load_answers(db, assessment.id)
    assert answers["sample.air.has_system"].value == "yes"
    assert answers["sample.heat.use"] == state
    with db.session() as session:
        row = session.query(Answer).filter_by(question_id="sample.heat.use").one()
        assert row.number_canonical == pytest.approx(12_000)  # in the question's kWh
        assert row.template_id == "sample" and row.template_version == 3


def test_gcal_is_converted_into_the_question_unit(db, assessment, sample_template) -> None:
    save_answer(
        db, assessment.id, sample_template, "sample.heat.use", AnswerState(number=2, unit="Gcal")
    )
    with db.session() as session:
        row = session.query(Answer).filter_by(question_id="sample.heat.use").one()
        assert row.number_canonical == pytest.approx(2 * 1163)


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("sample.heat.use", AnswerState(number=12, unit="m**3")),  # wrong dimension
        ("sample.air.has_system", AnswerState(value="maybe")),
        ("sample.lighting.type", AnswerState(value="candles")),
        ("sample.air.has_system", AnswerState(number=3)),
    ],
)
def test_bad_answers_store_nothing(db, assessment, sample_template, question, state) -> None:
    with pytest.raises(AnswerError):
        save_answer(db, assessment.id, sample_template, question, state)
    assert load_answers(db, assessment.id) == {}


@pytest.mark.parametrize(
    ("question", "state", "reason", "limit"),
    [
        ("sample.air.pressure", AnswerState(number=41, unit="bar"), "too_large", 40),
        # 600 psi × 0.0689476 bar/psi = 41.4 bar: over the 40 bar maximum in another unit
        ("sample.air.pressure", AnswerState(number=600, unit="psi"), "too_large", 40),
        ("sample.air.pressure", AnswerState(number=-1, unit="bar"), "too_small", 0),
        ("sample.heat.use", AnswerState(number=-5, unit="MWh"), "too_small", 0),
    ],
)
def test_save_answer_enforces_the_questions_limits(
    db, assessment, sample_template, question, state, reason, limit
) -> None:
    """Storage refuses what the checklist refuses when typed (tryout finding: only the UI
    checked min/max), with the same reason and details, and stores nothing."""
    with pytest.raises(AnswerError) as refused:
        save_answer(db, assessment.id, sample_template, question, state)
    assert refused.value.reason == reason and refused.value.details["limit"] == limit
    assert str(refused.value).startswith(f"the value must be at {'most' if limit else 'least'}")
    assert load_answers(db, assessment.id) == {}
    typed = f"{state.number:g} {state.unit}"  # the same rule when typed in the checklist
    with pytest.raises(AnswerError) as typed_refusal:
        parse_number_answer(sample_template.question(question), typed)
    assert typed_refusal.value.reason == reason


def test_save_answer_takes_values_at_and_within_the_limits(db, assessment, sample_template) -> None:
    for number, unit in ((40, "bar"), (0, "bar"), (580, "psi")):  # 580 psi = 39.99 bar
        state = AnswerState(number=number, unit=unit)
        assert (
            save_answer(db, assessment.id, sample_template, "sample.air.pressure", state) == state
        )


def test_baseline_units_and_refusals(db, assessment) -> None:
    save_baseline(db, assessment.id, "heat", BaselineValue(100, "Gcal", 5000))
    save_baseline(db, assessment.id, "electricity", BaselineValue(1.2, "GWh", 130000))
    assert load_baseline(db, assessment.id)["heat"] == BaselineValue(100, "Gcal", 5000)
    with pytest.raises(ValidationError, match="Water"):
        save_baseline(db, assessment.id, "water", BaselineValue(10, "kWh", None))
    with pytest.raises(ValidationError, match="negative"):
        save_baseline(db, assessment.id, "water", BaselineValue(-1, "m**3", None))
    assert "water" not in load_baseline(db, assessment.id)


def test_natural_gas_in_normal_or_standard_cubic_metres(db, assessment) -> None:
    from recp_desktop.storage.models import BaselineItem

    def canonical(unit: str) -> float:
        save_baseline(db, assessment.id, "natural_gas", BaselineValue(1000, unit, 500))
        with db.session() as session:
            return session.scalars(select(BaselineItem.quantity_canonical)).one()

    # Nm³ at 0 °C hold more gas than the m³ at 20 °C the baseline keeps: 293.15/273.15 more.
    assert canonical("Nm3") == pytest.approx(1000 * 293.15 / 273.15)
    assert canonical("Sm3") == pytest.approx(1000)  # 20 °C, 101.325 kPa: the m³ of CIS bills
    assert canonical("m**3") == pytest.approx(1000)
    assert canonical("scf") == pytest.approx(1000 * 0.3048**3 * 101.325 / 101.325, rel=2e-3)
    assert load_baseline(db, assessment.id)["natural_gas"] == BaselineValue(1000, "scf", 500)
    with pytest.raises(ValidationError, match="Water"):  # amounts of gas are for gas only
        save_baseline(db, assessment.id, "water", BaselineValue(10, "Nm3", None))


def _jpeg(path: Path, colour: str = "red") -> Path:
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path


def test_photos_are_stored_once_by_hash(db, assessment, tmp_path: Path) -> None:
    source = _jpeg(tmp_path / "leak.jpg")
    first = add_photo(db, assessment.id, source, "sample.air.leaks")
    second = add_photo(db, assessment.id, source, "sample.air.pressure")
    assert first.sha256 == second.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    stored = photo_file(db.folder, first.sha256, first.media_type)
    assert stored.read_bytes() == source.read_bytes()
    assert (first.width, first.height, first.media_type) == (64, 48, "image/jpeg")
    assert len(list(stored.parent.iterdir())) == 1
    assert [p.id for p in list_photos(db, assessment.id, "sample.air.leaks")] == [first.id]


def test_a_file_that_is_not_an_image_is_refused(db, assessment, tmp_path: Path) -> None:
    fake = tmp_path / "notes.jpg"
    fake.write_text("this is not a picture")
    with pytest.raises(PhotoError, match="not an image"):
        add_photo(db, assessment.id, fake)
    assert list_photos(db, assessment.id) == []
    assert not (db.folder / "photos").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_raises_storage_error(data_folder: Path) -> None:
    db = Database(data_folder)
    db.close()
    for path in data_folder.iterdir():
        path.chmod(0o444)
    data_folder.chmod(0o555)
    try:
        reopened = Database(data_folder)
        with pytest.raises(StorageError, match="read-only"):
            create_enterprise(reopened, name="X", country="AM")
    finally:
        data_folder.chmod(0o755)
