"""Reading a checklist workbook: the whole XLSForm import against reading its cells.

The floor is openpyxl reading every cell of the same workbook (what any reader must do); the
import adds pyxform's conventions and survey building, the mapping and our validation. Both run
on a synthetic checklist of 500 questions exported by the app, and on the shipped dairy one.
pyxform's own import time (paid once per process) is reported apart.

    uv run python benchmarks/template_import.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from recp_desktop.checklists import parse_template
from recp_desktop.checklists.registry import SECTOR_TEMPLATES_DIR
from tests.synthetic import synthetic_template


def _floor(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    cells = sum(
        1 for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for _ in row
    )
    book.close()
    return cells


def _timed(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    start = time.perf_counter()
    import pyxform.builder
    import pyxform.xls2json  # noqa: F401

    print(f"pyxform import (once per process): {1000 * (time.perf_counter() - start):.0f} ms")
    from recp_desktop.checklists.xlsform import read_xlsform
    from recp_desktop.checklists.xlsform_export import write_xlsform

    with tempfile.TemporaryDirectory() as folder:
        synthetic = parse_template(synthetic_template(500), Path("synthetic.yaml"))
        start = time.perf_counter()
        big = write_xlsform(synthetic, Path(folder) / "synthetic.xlsx")
        print(f"export of 500 questions: {1000 * (time.perf_counter() - start):.0f} ms")
        for name, path in (("dairy (16 q.)", SECTOR_TEMPLATES_DIR / "dairy.xlsx"), ("500 q.", big)):
            floor = _timed(lambda p=path: _floor(p), args.runs)
            full = _timed(lambda p=path: read_xlsform(p), args.runs)
            print(
                f"{name}: import {1000 * full:.0f} ms, cell-read floor {1000 * floor:.0f} ms, "
                f"ratio {full / floor:.1f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
