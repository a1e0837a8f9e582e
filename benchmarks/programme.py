"""The programme view and its totals over 10,000 assessments (about 10 options each).

Measured in the same run, on the same SQLite file:

* floor: one SQL ``GROUP BY`` over the same rows — every live option joined to its
  assessment, its eight numbers summed per currency (raw sqlite3, rows fetched);
* model load: what opening the programme view does — :func:`programme_rows` (every assessment
  with company, progress and its options' savings) and, when Qt is there, the view's model
  filled from it (offscreen);
* totals: :func:`consolidate_programme` in one currency with two rates (the ``GROUP BY`` over
  currency × country × sector × year × technique × area, and the rollup into breakdowns).

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
from recp_desktop.storage.programme import consolidate_programme, programme_rows

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


def best(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def qt_model_load(db: Database):
    """Opening the view's model, when Qt is installed; else None."""
    try:
        from PySide6.QtWidgets import QApplication

        from recp_desktop.ui.programme_model import ProgrammeModel
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    model = ProgrammeModel(db)

    def load() -> None:
        model.reload()
        app.processEvents()

    return load


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--options", type=int, default=10)
    parser.add_argument("--answers", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
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
        floor_s = best(floor, args.runs)
        rows_s = best(lambda: programme_rows(db, everything), args.runs)
        totals_s = best(lambda: consolidate_programme(db, everything, "AZN", RATES), args.runs)
        approved_s = best(
            lambda: consolidate_programme(db, ProgrammeFilter(), "AZN", RATES), args.runs
        )
        load = qt_model_load(db)
        model_s = best(load, args.runs) if load else None
        options = sum(r.options for r in programme_rows(db, everything))
        print(f"{args.count} assessments, {options} options")
        print(f"floor (one GROUP BY):          {floor_s * 1000:7.1f} ms")
        print(
            f"programme rows (model data):   {rows_s * 1000:7.1f} ms  ratio {rows_s / floor_s:.2f}x"
        )
        if model_s is not None:
            print(
                f"programme view model load:     {model_s * 1000:7.1f} ms  "
                f"ratio {model_s / floor_s:.2f}x"
            )
        print(
            f"totals, all review states:     {totals_s * 1000:7.1f} ms  "
            f"ratio {totals_s / floor_s:.2f}x"
        )
        print(
            f"totals, approved only:         {approved_s * 1000:7.1f} ms  "
            f"ratio {approved_s / floor_s:.2f}x"
        )
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
