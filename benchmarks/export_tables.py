"""Excel export of many rows: the app's writer (every text a string cell, formula-like text
quote-prefixed, control characters dropped) against pandas' own ``to_excel`` on the same frame,
the floor measured in the same run.

Target: within 1.5x the floor, and time linear in the rows (the ratio does not grow from
2,000 to 8,000 rows).

    uv run python benchmarks/export_tables.py [--rows 2000 8000] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd

from recp_desktop.exchange.tables import _write_xlsx

TARGET = 1.5


def frame(rows: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Record ID": [f"{i:08d}-0000-4000-8000-000000000000" for i in range(rows)],
            "Note": [
                ("=1+1 " if i % 10 == 0 else "") + "leak near valve\x07 " * 3 for i in range(rows)
            ],
            "Number": [i * 1.5 for i in range(rows)],
            "Unit": ["kWh"] * rows,
        },
        dtype=object,
    )


def timed(write, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        write()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[2000, 8000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "t.xlsx"
        for rows in args.rows:
            data = frame(rows)
            clean = data.replace({"\x07": ""}, regex=True)  # pandas' writer refuses \x07
            floor = timed(lambda clean=clean: clean.to_excel(target, index=False), args.runs)
            ours = timed(lambda data=data: _write_xlsx({"answers": data}, target, "en"), args.runs)
            ratio = ours / floor
            ok &= ratio <= TARGET
            print(f"{rows} rows: pandas {floor:.2f} s, app {ours:.2f} s ({ratio:.2f}x the floor)")
    print("OK" if ok else f"FAIL: slower than {TARGET}x the floor")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
