"""Helpers for package tests: devices with data, database fingerprints, re-packing packages."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PIL import Image

from recp_desktop.checklists import builtin_templates
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.exchange import keys
from recp_desktop.exchange.manifest import MANIFEST, SIGNATURE
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.baseline import BaselineValue, save_baseline
from recp_desktop.storage.database import Database
from recp_desktop.storage.options import add_option
from recp_desktop.storage.photos import add_photo
from recp_desktop.storage.repository import create_assessment, create_enterprise

# Questions of the built-in templates used by the tests, with answers that fit them.
YES_NO = (
    "energy.motors.vsd",
    "energy.compressed_air.has_system",
    "energy.steam.has_system",
    "water.supply.submeters",
)
NUMBER = "energy.compressed_air.discharge_pressure"  # in bar


def template_of(question_id: str):
    area = question_id.split(".")[0]
    return builtin_templates()[area]


def answer(db: Database, assessment_id: str, question_id: str, state: AnswerState) -> None:
    save_answer(db, assessment_id, template_of(question_id), question_id, state)


def jpeg(path: Path, colour: str = "red", size: tuple[int, int] = (32, 24)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def seed(db: Database, tmp: Path) -> str:
    """A company and assessment with baseline, answers, an option and a photo; its id."""
    company = create_enterprise(db, name="Rustavi Steel", country="GE", city="Rustavi")
    assessment = create_assessment(
        db, company.id, kind="full", title="Audit 2026", currency="GEL", start_date=date(2026, 3, 1)
    )
    save_baseline(db, assessment.id, "electricity", BaselineValue(1200, "MWh", 150_000))
    save_baseline(db, assessment.id, "water", BaselineValue(5000, "m**3", 4000))
    for question in YES_NO[:3]:
        answer(db, assessment.id, question, AnswerState("yes"))
    answer(db, assessment.id, NUMBER, AnswerState(number=7.5, unit="bar", note="gauge"))
    add_option(
        db,
        assessment.id,
        title="Fix air leaks",
        technique="good_housekeeping",
        area="energy",
        inputs={"diameter": "3 mm"},
        results={"annual_cost": {"value": 1234.5, "unit": "GEL"}},
        assumptions=["6000 h a year"],
        investment=300.0,
        saving_money=1234.5,
    )
    add_photo(db, assessment.id, jpeg(tmp / "leak.jpg"), NUMBER)
    return assessment.id


def db_digest(folder: Path) -> str:
    """SHA-256 of the closed database file, and a listing of the photo store."""
    path = folder / "recp.sqlite3"
    assert not path.with_name("recp.sqlite3-wal").exists(), "close the database first"
    photos = sorted(str(p.relative_to(folder)) for p in (folder / "photos").rglob("*"))
    return hashlib.sha256(path.read_bytes()).hexdigest() + "|" + ",".join(photos)


def entries(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_zip(target: Path, files: list[tuple[str, bytes]]) -> Path:
    """A zip holding exactly ``files`` in order (names may repeat)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names; we want them
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files:
                archive.writestr(name, data)
    return target


def repack(
    source: Path,
    target: Path,
    *,
    records: Callable[[dict[str, list[dict[str, Any]]]], None] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    key_folder: Path | None = None,
    sign: bool = True,
    raw: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
) -> Path:
    """Change a package's records or manifest, then recompute its checksums and sign it again.

    ``records`` edits the parsed records, ``raw`` replaces files' bytes, ``drop`` removes files
    (from the manifest too). ``key_folder`` is the data folder whose device key signs. The result
    passes every check that does not concern the change.
    """
    files = entries(source)
    data = {
        name[len("records/") : -len(".json")]: json.loads(blob)
        for name, blob in files.items()
        if name.startswith("records/")
    }
    if records:
        records(data)
    for name, items in data.items():
        files[f"records/{name}.json"] = json.dumps(items, ensure_ascii=False).encode()
    files.update(raw or {})
    for name in drop:
        del files[name]
    payload = json.loads(files[MANIFEST])
    payload["files"] = [e for e in payload["files"] if e["path"] not in drop]
    for entry in payload["files"]:
        blob = files.get(entry["path"])
        if blob is not None:
            entry["sha256"] = hashlib.sha256(blob).hexdigest()
            entry["size"] = len(blob)
    if key_folder is not None:
        payload["device"]["public_key"] = keys.public_bytes(keys.device_key(key_folder)).hex()
    if manifest:
        manifest(payload)
    raw = json.dumps(payload, ensure_ascii=False, indent=2).encode()
    files[MANIFEST] = raw
    files.pop(SIGNATURE, None)
    if sign:
        assert key_folder is not None, "say whose key signs"
        files[SIGNATURE] = keys.sign(keys.device_key(key_folder), raw).hex().encode()
    ordered = [(MANIFEST, files.pop(MANIFEST))]
    if SIGNATURE in files:
        ordered.append((SIGNATURE, files.pop(SIGNATURE)))
    return write_zip(target, ordered + list(files.items()))
