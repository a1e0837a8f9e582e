"""Importing many packages vs the floor of just opening, hashing and parsing the same files.

Generates N signed packages (default 1,000) from several devices, each one assessment with about
200 answers, a baseline, a few options and 5 photos, then:

- floor: open each zip, read every entry, SHA-256 it, parse the JSON files (no checks, no writes);
- import: ``import_packages`` into a fresh data folder (every check; each package in a savepoint
  of its own inside batches of up to 0.25 s, each batch committed once with its photo files
  fsynced first; SQLite with synchronous=FULL);
- store floor, for context: the floor plus the least a durable import must write: the same rows
  inserted with plain sqlite3 (same schema and pragmas, committed in batches of the same length
  as the import's) and the photo files written and fsynced the same way, with no checks,
  versions or lookups.

Prints packages per second and the ratios import/store floor (target <= 1.5x) and import/floor.
Floors run before and after the import; the faster run of each is kept. Wall-clock and CPU
time are both shown, since other work on the machine slows wall-clock time.

    uv run python benchmarks/import_packages.py [--packages 1000] [--answers 200] [--photos 5]

Measured on 2026-11-30 with ``--packages 300`` on the shared 2-core machine (load average 7–9,
three runs each, medians): with the version vectors in ``sync_version`` (one more row per
record) import/store floor 2.57x wall, 2.36x CPU, import 8.2 s CPU; with the vectors in the
record rows (migration 0006_tmpltravel_vectors_in_rows) 2.14x wall, 1.84x CPU, import 6.4 s CPU.
The store floor stores no version vector at all. What is left is Python work per record that
the floor does not do (schema validation, the merge plan, row conversion with SQLAlchemy's type
processors) rather than database writes.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image

from recp_desktop.exchange import keys
from recp_desktop.exchange.importer import BATCH_SECONDS, import_packages
from recp_desktop.exchange.writer import write_package
from recp_desktop.storage.database import Database

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC).isoformat()


def _base_jpeg(kilobytes: int) -> bytes:
    """A noisy JPEG of about the given size (noise does not compress, like a real photo)."""
    rng = random.Random(1)
    side = 64
    while True:
        image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=85)
        if buffer.tell() >= kilobytes * 1024 or side > 4000:
            return buffer.getvalue()
        side = int(side * 1.3)


def _sync(device: str, revision: int = 1) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "revision": revision,
        "updated_at": NOW,
        "updated_by": device,
        "deleted": False,
        "version": {device: revision},
    }


def _records(device: str, answers: int, photo_files: list[tuple[str, int]], rng) -> dict:
    enterprise = {
        **_sync(device),
        "name": f"Plant {rng.randrange(10**6)}",
        "country": "AZ",
        "region": "AZ-SAK",  # Şəki (ISO 3166-2)
        "city": "Şəki",
        "nace": "10.51",
        "employees": 120,
        "products": "milk, yoghurt, cheese",
        "eco_park": "",
    }
    assessment = {
        **_sync(device),
        "enterprise_id": enterprise["id"],
        "kind": "full",
        "title": "RECP assessment",
        "start_date": "2026-04-01",
        "end_date": None,
        "team": "Aysel, Rauf",
        "currency": "AZN",
        "status": "in_progress",
    }
    aid = assessment["id"]
    baseline = [
        {
            **_sync(device),
            "assessment_id": aid,
            "key": key,
            "label": key.title(),
            "quantity": rng.uniform(100, 10**6),
            "unit": unit,
            "quantity_canonical": rng.uniform(100, 10**6),
            "cost": rng.uniform(100, 10**5),
        }
        for key, unit in (("electricity", "kWh"), ("natural_gas", "m**3"), ("water", "m**3"))
    ]
    answer_records = []
    for i in range(answers):
        numeric = i % 3 == 0
        answer_records.append(
            {
                **_sync(device, rng.randint(1, 4)),
                "assessment_id": aid,
                "template_id": "energy",
                "template_version": 1,
                "question_id": f"energy.group{i // 20}.question{i}",
                "value": None if numeric else rng.choice(("yes", "no", "na")),
                "number": rng.uniform(0, 1000) if numeric else None,
                "unit": "kWh" if numeric else "",
                "number_canonical": rng.uniform(0, 1000) if numeric else None,
                "note": "Checked on the walk-through." if i % 5 == 0 else "",
                "opportunity": i % 7 == 0,
            }
        )
    options = [
        {
            **_sync(device),
            "assessment_id": aid,
            "title": f"Option {k}",
            "technique": "good_housekeeping",
            "area": "energy",
            "question_id": None,
            "calculator": "compressed-air-leak",
            "inputs": {"diameter": "3 mm", "pressure": "7 bar"},
            "results": {"annual_cost": {"value": 1234.5, "unit": "AZN"}},
            "assumptions": ["6000 h a year"],
            "investment": 300.0,
            "saving_money": 1234.5,
            "saving_energy_kwh": 10000.0,
            "saving_water_m3": None,
            "saving_materials_t": None,
            "saving_co2_t": 4.2,
            "status": "identified",
            "note": "",
        }
        for k in range(3)
    ]
    photos = [
        {
            **_sync(device),
            "assessment_id": aid,
            "question_id": answer_records[k]["question_id"],
            "sha256": sha256,
            "filename": f"IMG_{k:04d}.jpg",
            "media_type": "image/jpeg",
            "size": size,
            "width": 800,
            "height": 600,
            "caption": "",
        }
        for k, (sha256, size) in enumerate(photo_files)
    ]
    return {
        "enterprise": [enterprise],
        "assessment": [assessment],
        "baseline_item": baseline,
        "answer": answer_records,
        "cp_option": options,
        "photo": photos,
    }


def generate(folder: Path, count: int, answers: int, photos: int, photo_kb: int) -> list[Path]:
    rng = random.Random(42)
    base = _base_jpeg(photo_kb)
    devices = []
    for d in range(min(20, count)):
        device_folder = folder / "devices" / f"d{d}"
        devices.append((str(uuid.uuid4()), f"LAPTOP-{d}", keys.device_key(device_folder)))
    scratch = folder / "scratch"
    scratch.mkdir(parents=True)
    out = folder / "packages"
    out.mkdir()
    paths = []
    for n in range(count):
        device_id, name, key = devices[n % len(devices)]
        files: dict[str, Path] = {}
        listed = []
        for _ in range(photos):
            blob = base + rng.randbytes(64)  # bytes after the JPEG's end: a distinct photo
            sha256 = hashlib.sha256(blob).hexdigest()
            path = scratch / sha256
            path.write_bytes(blob)
            files[sha256] = path
            listed.append((sha256, len(blob)))
        records = _records(device_id, answers, listed, rng)
        target = out / f"{n:05d}.recp"
        write_package(
            target,
            records=records,
            photos=files,
            device_id=device_id,
            device_name=name,
            author="bench",
            assessment_id=records["assessment"][0]["id"],
            key=key,
        )
        for path in files.values():
            path.unlink()
        paths.append(target)
    return paths


def floor(paths: list[Path]) -> tuple[float, float]:
    """Open, hash every entry and parse the JSON ones: the least any importer must do.

    Returns wall-clock and CPU seconds.
    """
    start, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                data = archive.read(info)
                hashlib.sha256(data).hexdigest()
                if info.filename.endswith(".json"):
                    json.loads(data)
    return time.perf_counter() - start, time.process_time() - cpu


def store_floor(paths: list[Path], folder: Path) -> tuple[float, float]:
    """Open, hash, parse, then insert the rows and write the photos durably, checking nothing."""
    from concurrent.futures import ThreadPoolExecutor

    from recp_desktop.storage.database import PRAGMAS

    Database(folder).close()  # the real schema
    connection = sqlite3.connect(folder / "recp.sqlite3", isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    store = folder / "photos"
    store.mkdir()

    def durable(path: Path) -> None:
        fd = os.open(path, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)

    def value(v):
        if isinstance(v, dict | list):
            return json.dumps(v, ensure_ascii=False)
        return v

    start, cpu = time.perf_counter(), time.process_time()
    with ThreadPoolExecutor(max_workers=8) as pool:
        photos: list[Path] = []
        due = time.monotonic() + BATCH_SECONDS
        connection.execute("BEGIN")
        for path in paths:
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    data = archive.read(info)
                    digest = hashlib.sha256(data).hexdigest()
                    if info.filename.startswith("records/"):
                        table = info.filename[len("records/") : -len(".json")]
                        rows = json.loads(data)
                        if rows:
                            names = [n for n in rows[0] if n != "version"]
                            connection.executemany(
                                f"INSERT INTO {table} ({', '.join(names)}) "
                                f"VALUES ({', '.join('?' * len(names))})",
                                [tuple(value(r[n]) for n in names) for r in rows],
                            )
                    elif info.filename.startswith("photos/"):
                        target = store / digest[:2] / f"{digest}.jpg"
                        target.parent.mkdir(exist_ok=True)
                        target.write_bytes(data)
                        photos.append(target)
                    elif info.filename.endswith(".json"):
                        json.loads(data)
            if time.monotonic() >= due or path == paths[-1]:  # batches, as the import commits
                list(pool.map(durable, photos))
                list(pool.map(durable, {p.parent for p in photos}))
                connection.execute("COMMIT")
                photos = []
                due = time.monotonic() + BATCH_SECONDS
                if path != paths[-1]:
                    connection.execute("BEGIN")
    connection.close()
    return time.perf_counter() - start, time.process_time() - cpu


def edits_during_import(folder: Path, paths: list[Path], every: float = 0.05) -> dict:
    """How long saving an answer takes in the window while an import runs in the background.

    The window saves on its own thread while the import holds the write lock batch by batch;
    this measures that wait: one answer saved every ``every`` seconds, first with nothing else
    running, then during the import of ``paths`` into the same database.
    """
    import statistics
    import threading

    from recp_desktop.checklists import builtin_templates
    from recp_desktop.checklists.answers import AnswerState
    from recp_desktop.storage.answers import save_answer
    from recp_desktop.storage.repository import create_assessment, create_enterprise

    db = Database(folder)
    template = builtin_templates()["energy"]
    question = next(q for q in template.questions if q.answer_type == "number")
    company = create_enterprise(db, name="Desk", country="AZ")
    assessment = create_assessment(db, company.id, kind="full", currency="AZN")

    def save_while(running: Callable[[], bool]) -> list[float]:
        timings = []
        while running():
            start = time.perf_counter()
            state = AnswerState(number=float(len(timings)), unit=question.unit or "")
            save_answer(db, assessment.id, template, question.id, state)
            timings.append(time.perf_counter() - start)
            time.sleep(every)
        return timings

    save_while(iter([True, False]).__next__)  # one save first, not counted: it warms up
    quiet_until = time.perf_counter() + 3
    quiet = save_while(lambda: time.perf_counter() < quiet_until)
    worker = threading.Thread(target=import_packages, args=(db, paths))
    worker.start()
    busy = save_while(worker.is_alive)
    worker.join()
    db.close()

    def describe(timings: list[float]) -> str:
        timings = sorted(timings)
        p95 = timings[int(0.95 * (len(timings) - 1))]
        return (
            f"median {statistics.median(timings) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {timings[-1] * 1000:.0f} ms over {len(timings)} saves"
        )

    return {"quiet": describe(quiet), "import": describe(busy)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--packages", type=int, default=1000)
    parser.add_argument("--answers", type=int, default=200)
    parser.add_argument("--photos", type=int, default=5)
    parser.add_argument("--photo-kb", type=int, default=150, help="size of each photo")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        paths = generate(folder, args.packages, args.answers, args.photos, args.photo_kb)
        size = sum(p.stat().st_size for p in paths)
        if hasattr(os, "sync"):
            os.sync()  # the generated files reach the disk now, not during the measured import
        print(
            f"generated {len(paths)} packages ({size / 2**20:,.0f} MB) "
            f"in {time.perf_counter() - start:.1f} s"
        )
        first = floor(paths)
        stored_first = store_floor(paths, folder / "store-floor-1")
        db = Database(folder / "office")
        start, cpu = time.perf_counter(), time.process_time()
        results = import_packages(db, paths)
        imported, imported_cpu = time.perf_counter() - start, time.process_time() - cpu
        db.close()
        second = floor(paths)
        stored = min(stored_first, store_floor(paths, folder / "store-floor-2"))
        edits = edits_during_import(folder / "desk", paths[: max(1, len(paths) // 3)])
    bad = [r for r in results if not r.ok]
    if bad:
        raise SystemExit(f"{len(bad)} packages were not imported: {bad[0].line()}")
    best, best_cpu = min(first, second)
    n = len(paths)
    records = sum(sum(r.counts.values()) for r in results)
    print(
        f"floor (open, hash, parse): {n / best:8.1f} packages/s  "
        f"({best:.2f} s, CPU {best_cpu:.2f} s)"
    )
    print(
        f"import:                    {n / imported:8.1f} packages/s  "
        f"({imported:.2f} s, CPU {imported_cpu:.2f} s)"
    )
    print(
        f"store floor (+ plain inserts, photos fsynced): {n / stored[0]:8.1f} packages/s  "
        f"({stored[0]:.2f} s, CPU {stored[1]:.2f} s)"
    )
    print(f"records imported: {records:,}; {records / imported:,.0f} records/s")
    print(f"ratio import/floor (open, hash, parse): {imported / best:.2f}x")
    print(f"saving an answer in the window, nothing else running: {edits['quiet']}")
    print(f"saving an answer in the window during an import:      {edits['import']}")
    print(f"CPU ratio import/floor: {imported_cpu / best_cpu:.2f}x")
    print(
        f"ratio import/store floor: {imported / stored[0]:.2f}x wall (target <= 1.5x), "
        f"{imported_cpu / stored[1]:.2f}x CPU (the cost of the checks and bookkeeping)"
    )


if __name__ == "__main__":
    main()
