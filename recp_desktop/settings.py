"""Preferences of this installation: versioned, upgraded step by step, never exchanged.

They live in ``settings.json`` in the data folder, not in the database, because:

* start-up reads the language before SQLAlchemy is loaded, and even when the database cannot be
  opened (made by a newer version, damaged), so that refusal is shown in the user's language;
* a restore from backup replaces the database; it must not also take back the language or the
  number of backups to keep;
* packages and sync carry database records only, so nothing here can travel to another machine.

The device's identity (id and name) stays in the database's ``local_setting`` table, because
every record the database holds is stamped with that id (see :func:`set_device_name`).

The file carries ``schema_version``. :data:`UPGRADES` holds one function per version step; a
file of version *n* goes through ``UPGRADES[n:]`` in order, so a settings file from any released
version loads in the next (napari ``_napari_settings.py``, picard ``config_upgrade.py``). Never
edit a released step: add a new one and bump nothing else.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from recp_desktop.domain.countries import COUNTRIES
from recp_desktop.domain.units import CURRENCIES
from recp_desktop.paths import database_path
from recp_desktop.storage.backup import DEFAULT_KEEP

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "az": "Azərbaycanca"}
"""Languages of the interface, by code, each named in itself."""
DEFAULT_BACKUPS_KEEP = DEFAULT_KEEP
MAX_BACKUPS_KEEP = 100
MAX_TEXT = 200


class SettingsError(ValueError):
    """A setting that cannot be stored; the message names it and says why."""


@dataclass(frozen=True)
class Settings:
    language: str = ""
    """Interface language code; empty follows the system's language."""
    default_country: str = ""
    """ISO code preselected for new companies; empty preselects nothing in particular."""
    default_currency: str = ""
    """Currency of new assessments; empty means the company's national currency."""
    centre_name: str = ""
    """The RECP centre's name, printed on reports."""
    backups_keep: int = DEFAULT_BACKUPS_KEEP
    """How many rolling database backups to keep."""


Payload = dict[str, Any]
Upgrade = Callable[[Payload], Payload]


def _v0_to_v1(payload: Payload) -> Payload:
    """Version 0 had no file: the language alone, as a ``local_setting`` row of the database."""
    language = payload.get("language")
    return {"language": language if language in LANGUAGES else ""}


UPGRADES: tuple[Upgrade, ...] = (_v0_to_v1,)
"""``UPGRADES[n]`` turns a version-``n`` payload into version ``n + 1``."""
SCHEMA_VERSION = len(UPGRADES)


def upgrade(payload: Payload, steps: Sequence[Upgrade] = UPGRADES) -> Payload:
    """``payload`` brought to version ``len(steps)`` by the steps after its own version."""
    version = payload.get("schema_version", 0)
    if not isinstance(version, int) or version < 0:
        raise SettingsError(f"The settings version {version!r} is not a version number.")
    data = {k: v for k, v in payload.items() if k != "schema_version"}
    for number, step in enumerate(steps[version:], start=version):
        data = step(data)
        log.info("settings upgraded from version %d to %d", number, number + 1)
    return {**data, "schema_version": max(version, len(steps))}


def settings_path(folder: Path) -> Path:
    return Path(folder) / SETTINGS_FILE


def _legacy_payload(folder: Path) -> Payload:
    """What version 0 kept: the language in the database's ``local_setting`` table."""
    from recp_desktop.storage.settings import peek_setting

    language = peek_setting(database_path(Path(folder)), "language")
    return {"schema_version": 0, "language": language} if language else {}


def _read(folder: Path) -> Payload | None:
    """The stored payload (a legacy one if there is no file), or None when unreadable."""
    path = settings_path(folder)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return _legacy_payload(folder)
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read %s, using default settings: %s", path, exc)
        return None
    try:
        payload = json.loads(text)
    except ValueError as exc:
        log.warning("%s is not valid JSON, using default settings: %s", path, exc)
        return None
    if not isinstance(payload, dict):
        log.warning("%s does not hold an object, using default settings", path)
        return None
    return payload


def load_settings(folder: Path) -> Settings:
    """The settings of a data folder, upgraded to this version; defaults for what is missing.

    A value that is not valid (a hand-edited file, say) falls back to its default and is logged.
    A file upgraded from an older version is written back in the new form.
    """
    stored = _read(folder)
    if not stored:
        return Settings()
    try:
        payload = upgrade(stored)
    except SettingsError as exc:
        log.warning("%s: %s; using default settings", settings_path(folder), exc)
        return Settings()
    settings = _from_payload(payload)
    if stored.get("schema_version", 0) < SCHEMA_VERSION and Path(folder).is_dir():
        try:
            save_settings(folder, settings)
        except (OSError, SettingsError) as exc:  # read-only folder: upgrade again next time
            log.warning("cannot write the upgraded settings: %s", exc)
    return settings


def _from_payload(payload: Payload) -> Settings:
    values: dict[str, Any] = {}
    default = Settings()
    for field in fields(Settings):
        if field.name not in payload:
            continue
        candidate = replace(default, **{field.name: payload[field.name]})
        try:
            values[field.name] = getattr(validate(candidate), field.name)
        except SettingsError as exc:
            log.warning("ignoring the stored setting %s: %s", field.name, exc)
    return Settings(**values)


def validate(settings: Settings) -> Settings:
    """``settings`` with texts trimmed and codes upper-cased; :class:`SettingsError` if invalid."""
    if not isinstance(settings.language, str) or (
        settings.language and settings.language not in LANGUAGES
    ):
        raise SettingsError(
            f"The language {settings.language!r} is not one of {', '.join(LANGUAGES)}."
        )
    country = _text(settings.default_country, "default country").upper()
    if country and country not in COUNTRIES:
        raise SettingsError(f"The default country {country!r} is not a known country code.")
    currency = _text(settings.default_currency, "default currency").upper()
    if currency and currency not in CURRENCIES:
        raise SettingsError(f"The default currency {currency!r} is not a known currency code.")
    centre = _text(settings.centre_name, "centre name").strip()
    keep = settings.backups_keep
    if isinstance(keep, bool) or not isinstance(keep, int):
        raise SettingsError(f"The number of backups to keep must be a whole number, not {keep!r}.")
    if not 1 <= keep <= MAX_BACKUPS_KEEP:
        raise SettingsError(
            f"The number of backups to keep must be between 1 and {MAX_BACKUPS_KEEP}, not {keep}."
        )
    return replace(settings, default_country=country, default_currency=currency, centre_name=centre)


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise SettingsError(f"The {name} must be text, not {value!r}.")
    if len(value) > MAX_TEXT:
        raise SettingsError(f"The {name} is longer than {MAX_TEXT} characters.")
    if any(c in value for c in "\r\n\t\0"):
        raise SettingsError(f"The {name} must fit on one line.")
    return value


def save_settings(folder: Path, settings: Settings) -> None:
    """Write ``settings`` atomically (a crash leaves the old file or the new one, never half).

    Refuses to overwrite a file written by a newer version, which this one cannot read fully.
    """
    settings = validate(settings)
    path = settings_path(folder)
    stored = _read(folder) if path.exists() else None
    if path.exists() and stored is None:  # unreadable: keep it for whoever wants to look
        os.replace(path, path.with_name(path.name + ".broken"))
    version = stored.get("schema_version", 0) if stored else 0
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise SettingsError(
            f"{path} was written by a newer version of RECP Desktop (settings version {version}); "
            "this version leaves it unchanged."
        )
    payload = {"schema_version": SCHEMA_VERSION, **asdict(settings)}
    partial = path.with_name(path.name + ".part")
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        directory = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def update_settings(folder: Path, **changes: Any) -> Settings:
    """Change some settings and store them all; nothing is written if one is invalid."""
    unknown = set(changes) - {f.name for f in fields(Settings)}
    if unknown:
        raise SettingsError(f"Unknown setting: {', '.join(sorted(unknown))}.")
    settings = validate(replace(load_settings(folder), **changes))
    save_settings(folder, settings)
    return settings


def backups_to_keep(folder: Path) -> int:
    return load_settings(folder).backups_keep
