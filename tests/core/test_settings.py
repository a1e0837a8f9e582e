"""Versioned settings: upgrade steps, validation, atomic storage, and who reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recp_desktop.settings import (
    DEFAULT_BACKUPS_KEEP,
    SCHEMA_VERSION,
    Settings,
    SettingsError,
    backups_to_keep,
    load_settings,
    save_settings,
    settings_path,
    update_settings,
    upgrade,
)
from recp_desktop.storage.backup import backup_database, list_backups
from recp_desktop.storage.database import Database
from recp_desktop.storage.settings import set_device_name, set_setting


def test_a_new_folder_has_the_defaults(data_folder: Path) -> None:
    assert load_settings(data_folder) == Settings()
    assert Settings().language == ""  # follows the system's language
    assert Settings().backups_keep == DEFAULT_BACKUPS_KEEP
    assert not settings_path(data_folder).exists()


def test_version_0_language_in_the_database_is_upgraded(db: Database) -> None:
    """Before settings.json the language was a local_setting row; it carries over."""
    set_setting(db, "language", "ru")
    db.close()
    settings = load_settings(db.folder)
    assert settings.language == "ru"
    stored = json.loads(settings_path(db.folder).read_text(encoding="utf-8"))
    assert stored["schema_version"] == SCHEMA_VERSION
    assert stored["language"] == "ru"
    assert stored["backups_keep"] == DEFAULT_BACKUPS_KEEP


def test_version_0_payload_with_a_language_we_do_not_speak(db: Database) -> None:
    set_setting(db, "language", "xx")
    db.close()
    assert load_settings(db.folder).language == ""
    assert upgrade({"language": "xx"}) == {"language": "", "schema_version": SCHEMA_VERSION}


def test_upgrade_runs_the_steps_after_the_payload_version_in_order() -> None:
    ran = []

    def step(number: int):
        def _step(payload: dict) -> dict:
            ran.append(number)
            return {**payload, "trail": [*payload.get("trail", []), number]}

        return _step

    steps = [step(0), step(1), step(2)]
    assert upgrade({"schema_version": 1, "trail": []}, steps) == {
        "trail": [1, 2],
        "schema_version": 3,
    }
    assert ran == [1, 2]
    ran.clear()
    assert upgrade({"schema_version": 3, "trail": []}, steps)["trail"] == []
    assert ran == []
    with pytest.raises(SettingsError, match="version"):
        upgrade({"schema_version": "one"}, steps)


def test_settings_round_trip(data_folder: Path) -> None:
    data_folder.mkdir()
    saved = update_settings(
        data_folder,
        language="az",
        default_country="az",
        default_currency="eur",
        centre_name="  Azerbaijan RECP Centre ",
        backups_keep=3,
    )
    assert saved == Settings("az", "AZ", "EUR", "Azerbaijan RECP Centre", 3)
    assert load_settings(data_folder) == saved
    assert update_settings(data_folder, centre_name="Baku").backups_keep == 3


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"language": "de"}, "language"),
        ({"default_country": "ZZ"}, "country"),
        ({"default_currency": "XYZ"}, "currency"),
        ({"backups_keep": 0}, "between 1 and"),
        ({"backups_keep": "5"}, "whole number"),
        ({"centre_name": "a\nb"}, "one line"),
        ({"centre_name": "x" * 201}, "longer"),
        ({"colour": "red"}, "Unknown setting"),
    ],
)
def test_an_invalid_change_is_refused_and_nothing_is_written(
    data_folder: Path, change: dict, problem: str
) -> None:
    data_folder.mkdir()
    update_settings(data_folder, centre_name="Before")
    before = settings_path(data_folder).read_bytes()
    with pytest.raises(SettingsError, match=problem):
        update_settings(data_folder, **change)
    assert settings_path(data_folder).read_bytes() == before
    assert not list(data_folder.glob("*.part"))


def test_a_bad_stored_value_falls_back_alone(data_folder: Path) -> None:
    data_folder.mkdir()
    settings_path(data_folder).write_text(
        json.dumps({"schema_version": 1, "language": "ru", "backups_keep": -4, "centre_name": 7}),
        encoding="utf-8",
    )
    settings = load_settings(data_folder)
    assert settings.language == "ru"
    assert settings.backups_keep == DEFAULT_BACKUPS_KEEP
    assert settings.centre_name == ""


def test_a_damaged_file_gives_defaults_and_is_kept_aside(data_folder: Path) -> None:
    data_folder.mkdir()
    settings_path(data_folder).write_text('{"language": "ru", ', encoding="utf-8")
    assert load_settings(data_folder) == Settings()
    update_settings(data_folder, language="az")
    assert load_settings(data_folder).language == "az"
    broken = data_folder / "settings.json.broken"
    assert broken.read_text(encoding="utf-8") == '{"language": "ru", '


def test_a_file_from_a_newer_version_is_read_but_never_overwritten(data_folder: Path) -> None:
    data_folder.mkdir()
    newer = {"schema_version": SCHEMA_VERSION + 1, "language": "az", "theme": "dark"}
    settings_path(data_folder).write_text(json.dumps(newer), encoding="utf-8")
    before = settings_path(data_folder).read_bytes()
    assert load_settings(data_folder).language == "az"
    with pytest.raises(SettingsError, match="newer version"):
        save_settings(data_folder, Settings(language="ru"))
    assert settings_path(data_folder).read_bytes() == before


def test_backups_keep_the_number_the_settings_say(db: Database) -> None:
    # Storage never reads the settings: the app passes the number in (as the window does).
    update_settings(db.folder, backups_keep=2)
    for _ in range(4):
        backup_database(db.path, db.folder, "manual", keep=backups_to_keep(db.folder))
    assert len(list_backups(db.folder)) == 2
    update_settings(db.folder, backups_keep=5)
    for _ in range(4):
        backup_database(db.path, db.folder, "manual", keep=backups_to_keep(db.folder))
    assert len(list_backups(db.folder)) == 5
    db.close()
    # The command line opens the database with the folder's number too.
    from argparse import Namespace

    from recp_desktop.cli.common import open_database

    reopened = open_database(Namespace(data_dir=str(db.folder)))
    assert reopened.backups_keep == 5
    reopened.close()


def test_device_name_is_stored_in_the_database(db: Database) -> None:
    assert set_device_name(db, "  Field laptop 2 ") == "Field laptop 2"
    assert db.device_name == "Field laptop 2"
    with pytest.raises(ValueError, match="empty"):
        set_device_name(db, "   ")
    db.close()
    reopened = Database(db.folder)
    assert reopened.device_name == "Field laptop 2"
    reopened.close()
    assert not settings_path(db.folder).exists()  # identity stays with the records
