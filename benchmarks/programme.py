"""The programme view and its totals over 10,000 assessments (about 10 options each).

Measured in the same run, on the same SQLite file:

* floor: one SQL ``GROUP BY`` over the same rows — every live option joined to its
  assessment, its eight numbers summed per currency (raw sqlite3, rows fetched);
* programme view opened: what opening the view does — its model filled (offscreen Qt) from
  :func:`programme_rows` (every assessment with company, progress and its options' savings) and
  the totals panel (:func:`consolidate_rows`, in one currency with two rates);
* totals: :func:`consolidate_programme` in one currency with two rates, as the CLI and the
  reports compute them (per assessment, then per technique and area, and the rollup into
  every breakdown).

Target: each at most 3x the floor and under one second.

    uv run python benchmarks/programme.py [--count 10000] [--options 10] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert

from recp_desktop.domain.programme import ProgrammeFilter
from recp_desktop.domain.savings import ExchangeRate
from recp_desktop.domain.vocabulary import AREAS, CP_TECHNIQUES, OPTION_STATUSES
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Answer, Assessment, CPOption, Enterprise
from recp_desktop.storage.programme import (
    consolidate_programme,
    consolidate_rows,
    programme_rows,
)

COUNTRIES = {"AZ": "AZN", "GE": "GEL", "MD": "MDL"}
RATES = [ExchangeRate("GEL", "AZN", 0.63), ExchangeRate("MDL", "AZN", 0.095)]
FLOOR = """
SELECT a.currency, count(*), sum(o.investment), sum(o.saving_money), sum(o.saving_energy_kwh),
       sum(o.saving_water_m3), sum(o.saving_materials_t), sum(o.saving_co2_t),
       sum(o.status = 'implemented')
FROM cp_option o JOIN assessment a ON a.id = o.assessment_id
WHERE NOT o.deleted AND NOT a.deleted
GROUP BY a.currency
"""


def populate(db: Database, count: int, options: int, answers: int) -> None:
    """``count`` companies with one assessment each, ~``options`` options and ``answers``
    answers per assessment, written with executemany."""
    rng = random.Random(11)
    stamp = {
        "revision": 1,
        "updated_at": datetime.now(UTC),
        "updated_by": db.device_id,
        "deleted": False,
    }
    enterprises, assessments, option_rows, answer_rows = [], [], [], []
    states = ("approved",) * 8 + ("submitted", "returned")
    for i in range(count):
        country = rng.choice(tuple(COUNTRIES))
        eid, aid = str(uuid.uuid4()), str(uuid.uuid4())
        enterprises.append(
            {
                "id": eid,
                "name": f"Company {i:05d}",
                "country": country,
                "region": f"R{i % 7}",
                "city": "",
                "nace": f"{rng.randint(10, 33)}.{rng.randint(10, 99)}",
                "employees": 50,
                "products": "",
                "eco_park": "",
                "registration_no": "",
                **stamp,
            }
        )
        assessments.append(
            {
                "id": aid,
                "enterprise_id": eid,
                "kind": rng.choice(("full", "club")),
                "title": "",
                "start_date": date(rng.randint(2022, 2026), rng.randint(1, 12), 1),
                "end_date": None,
                "team": f"Expert {i % 40}",
                "currency": COUNTRIES[country],
                "status": "completed",
                "review_state": rng.choice(states),
                **stamp,
            }
        )
        for _ in range(max(1, int(rng.gauss(options, 2)))):
            area = rng.choice(AREAS)
            option_rows.append(
                {
                    "id": str(uuid.uuid4()),
                    "assessment_id": aid,
                    "title": "Option",
                    "technique": rng.choice(CP_TECHNIQUES),
                    "area": area,
                    "inputs": "{}",
                    "results": "{}",
                    "assumptions": "[]",
                    "investment": rng.uniform(0, 20000),
                    "saving_money": rng.uniform(0, 9000),
                    "saving_energy_kwh": rng.uniform(0, 90000) if area == "energy" else None,
                    "saving_water_m3": rng.uniform(0, 5000) if area == "water" else None,
                    "saving_materials_t": rng.uniform(0, 40)
                    if area in ("materials", "waste")
                    else None,
                    "saving_co2_t": rng.uniform(0, 40),
                    "status": rng.choice(OPTION_STATUSES),
                    "note": "",
                    **stamp,
                }
            )
        for q in range(answers):
            answer_rows.append(
                {
                    "id": str(uuid.uuid4()),
                    "assessment_id": aid,
                    "template_id": "energy",
                    "template_version": 1,
                    "question_id": f"energy.q{q}",
                    "value": "yes",
                    "unit": "",
                    "note": "",
                    "opportunity": False,
                    **stamp,
                }
            )
    with db.session() as session:
        for model, rows in (
            (Enterprise, enterprises),
            (Assessment, assessments),
            (CPOption, option_rows),
            (Answer, answer_rows),
        ):
            session.execute(insert(model), rows)
    with sqlite3.connect(db.path) as connection:
        connection.execute("ANALYZE")


def measure(works: dict[str, object], runs: int) -> dict[str, float]:
    """The median time of each work, run in turns (floor, ours, floor, ours…) so that the
    load of a shared machine falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(runs):
        for name, work in works.items():
            start = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def open_view(db: Database):
    """Opening the programme view: its model filled (offscreen Qt) and the totals of what it
    shows in one currency; without Qt, the same rows and totals without the model."""
    try:
        from PySide6.QtWidgets import QApplication

        from recp_desktop.ui.programme_model import ProgrammeModel
    except ImportError:
        ProgrammeModel = None  # noqa: N806
    if ProgrammeModel is None:

        def rows_only() -> None:
            rows = programme_rows(db, ProgrammeFilter(review=None))
            consolidate_rows(rows, "AZN", RATES)

        return rows_only
    app = QApplication.instance() or QApplication([])
    model = ProgrammeModel(db)

    def load() -> None:
        model.reload()
        consolidate_rows(model.rows, "AZN", RATES)
        app.processEvents()

    return load


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--options", type=int, default=10)
    parser.add_argument("--answers", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder))
        start = time.perf_counter()
        populate(db, args.count, args.options, args.answers)
        print(f"populated {args.count} assessments in {time.perf_counter() - start:.1f} s")

        def floor() -> None:
            with sqlite3.connect(db.path) as connection:
                connection.execute(FLOOR).fetchall()

        everything = ProgrammeFilter(review=None)
        works = {
            "floor (one GROUP BY)": floor,
            "programme view opened": open_view(db),
            "totals, all review states": lambda: consolidate_programme(
                db, everything, "AZN", RATES
            ),
            "totals, approved only": lambda: consolidate_programme(
                db, ProgrammeFilter(), "AZN", RATES
            ),
        }
        times = measure(works, args.runs)
        options = sum(r.options for r in programme_rows(db, everything))
        print(f"{args.count} assessments, {options} options; medians of {args.runs} runs")
        base = times["floor (one GROUP BY)"]
        for name, seconds in times.items():
            ratio = "" if seconds is base else f"  ratio {seconds / base:.2f}x"
            print(f"{name:28s} {seconds * 1000:7.1f} ms{ratio}")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
