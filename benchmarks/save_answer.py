"""Saving one answer through the storage layer vs a raw sqlite3 UPDATE + commit.

Both write to a file with the same pragmas (WAL, synchronous=FULL, foreign keys), so the floor
includes the same fsync. Target: ratio at most 2x.

    uv run python benchmarks/save_answer.py [--count 300]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from recp_desktop.checklists import load_template
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.database import PRAGMAS, Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from tests.synthetic import write_synthetic


def bench_app(folder: Path, count: int) -> list[float]:
    template = load_template(write_synthetic(folder / "t.yaml", 40))
    db = Database(folder / "app")
    company = create_enterprise(db, name="Bench", country="AM")
    assessment = create_assessment(db, company.id, kind="full", currency="AMD")
    question = next(q for q in template.questions if q.answer_type == "number")
    save_answer(db, assessment.id, template, question.id, AnswerState(number=0.0))
    timings = []
    for i in range(count):
        start = time.perf_counter()
        save_answer(db, assessment.id, template, question.id, AnswerState(number=float(i + 1)))
        timings.append(time.perf_counter() - start)
    db.close()
    return timings


def bench_raw(folder: Path, count: int) -> list[float]:
    path = folder / "raw.sqlite3"
    for leftover in folder.glob("raw.sqlite3*"):
        leftover.unlink()
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    conn.execute("CREATE TABLE answer (id TEXT PRIMARY KEY, number REAL, revision INTEGER)")
    conn.execute("INSERT INTO answer VALUES ('a', 0, 1)")
    timings = []
    for i in range(count):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "UPDATE answer SET number = ?, revision = revision + 1 WHERE id = 'a'", (float(i),)
        )
        conn.execute("COMMIT")
        timings.append(time.perf_counter() - start)
    conn.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_raw(folder, 20)  # warm the file system
        raw = statistics.median(bench_raw(folder, args.count))
        app = statistics.median(bench_app(folder, args.count))
    print(f"raw sqlite3 UPDATE+commit: {raw * 1000:.3f} ms (median of {args.count})")
    print(f"app save_answer:          {app * 1000:.3f} ms (median of {args.count})")
    print(f"ratio app/raw: {app / raw:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
