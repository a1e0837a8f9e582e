"""Symbiosis at volume: 300 companies, 10,000 waste streams, against a floor.

Builds (once; ``--folder`` keeps it for the next run) a data folder of 300 companies spread over
the shipped regions (half with a site at their region's label point, one in five in one of six
parks) whose NACE codes are receivers of the shipped mapping, and 10,000 streams whose codes
the mapping names — the tryout's shape (issue 15, finding 4: 422,515 pairs). Then times:

- the floor: reading the streams, companies and wanted inputs alone
  (``storage.symbiosis.symbiosis_inputs`` + ``wanted_inputs``);
- ``find_candidates`` (each stream's best receivers, ``PER_STREAM``);
- ``recp symbiosis`` and ``recp symbiosis --json`` in-process, output to a buffer;
- the parks overview (``storage.parks.park_overviews``);
- with ``--window``: the symbiosis window until its background load has shown the list.

Prints each time and its ratio to the floor. Targets (the brief): the window usable in < 1 s,
the CLI in < 2 s at this size.

    uv run python benchmarks/symbiosis.py [--folder DIR] [--runs 3] [--window]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from recp_desktop.domain.boundaries import boundary
from recp_desktop.domain.ewc import codes
from recp_desktop.domain.regions import regions
from recp_desktop.domain.symbiosis import receivers
from recp_desktop.domain.waste import check_stream
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import WasteStream
from recp_desktop.storage.records import stamp_new
from recp_desktop.storage.repository import create_assessment, create_enterprise

COMPANIES = 300
STREAMS = 10_000


def build(folder: Path) -> None:
    """Store the companies and streams in ``folder`` (a new data folder)."""
    rng = random.Random(15)
    db = Database(folder)
    try:
        places = [r for r in regions() if _label(r.code) is not None]
        naces = sorted({n if "." in n else f"{n}.1" for row in receivers() for n in row.nace})
        prefixes = [row.ewc for row in receivers()]
        offered = [c for c in codes() if any(c.code.startswith(p) for p in prefixes)]
        assessments = []
        for n in range(COMPANIES):
            place = rng.choice(places)
            lon, lat = _label(place.code)
            site = {"latitude": lat, "longitude": lon} if n % 2 else {}
            park = f"Park {n % 6 + 1}" if n % 5 == 0 else ""
            company = create_enterprise(db, name=f"Company {n:03d}", nace=rng.choice(naces),
                                        country=place.country, region=place.code,
                                        eco_park=park, **site)  # fmt: skip
            audit = create_assessment(db, company.id, kind="full", title=f"Audit {n}",
                                      currency="USD")  # fmt: skip
            assessments.append(audit.id)
        with db.session() as session:
            for n in range(STREAMS):
                entry = rng.choice(offered)
                fields = check_stream({"ewc_code": entry.code, "name": f"Stream {n}",
                                       "quantity": round(rng.uniform(0.5, 400.0), 1),
                                       "unit": "t", "frequency": "yearly"})  # fmt: skip
                record = WasteStream(assessment_id=assessments[n % COMPANIES], **fields)
                stamp_new(record, db.device_id)
                session.add(record)
    finally:
        db.close()


def _label(code: str) -> tuple[float, float] | None:
    found = boundary(code)
    return None if found is None else found.label


def _timed(work, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _cli(folder: Path, *extra: str) -> int:
    from recp_desktop.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["--data-dir", str(folder), "symbiosis", *extra])
    return len(out.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, help="keep the built folder here (reused)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--window", action="store_true", help="also time the window")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="recp-symbiosis-"))
    from recp_desktop.storage.database import database_path

    if not database_path(folder).exists():
        start = time.perf_counter()
        build(folder)
        print(f"built {folder} in {time.perf_counter() - start:.1f} s")
    from recp_desktop.storage.parks import park_overviews
    from recp_desktop.storage.symbiosis import find_candidates, symbiosis_inputs, wanted_inputs

    db = Database(folder)
    try:

        def floor_work():
            streams, companies = symbiosis_inputs(db)
            return streams, wanted_inputs(db, companies)

        floor, (streams, _) = _timed(floor_work, args.runs)
        find, found = _timed(lambda: find_candidates(db), args.runs)
        parks, _ = _timed(lambda: park_overviews(db), args.runs)
    finally:
        db.close()
    text, _ = _timed(lambda: _cli(folder), args.runs)
    as_json, size = _timed(lambda: _cli(folder, "--json"), args.runs)
    print(f"{len(streams):,} streams, {COMPANIES} companies: {len(found):,} candidates; "
          f"floor (read inputs) {floor:.3f} s")  # fmt: skip
    rows = [("find_candidates", find), ("recp symbiosis", text),
            ("recp symbiosis --json", as_json), ("parks overview", parks)]  # fmt: skip
    if args.window:
        rows.append(("window until listed", _window(folder)))
    for name, seconds in rows:
        print(f"  {name:<24} {seconds:7.3f} s   ratio to floor {seconds / floor:6.1f}")
    print(f"  (--json printed {size:,} characters; median of {args.runs} runs)")
    print(f"CLI target < 2 s: {'met' if max(text, as_json) < 2 else 'NOT met'}")
    return 0


def _window(folder: Path) -> float:
    from PySide6.QtWidgets import QApplication

    from recp_desktop.ui.symbiosis_page import SymbiosisWindow

    app = QApplication.instance() or QApplication([])
    db = Database(folder)
    try:
        start = time.perf_counter()
        window = SymbiosisWindow(db, "en")
        window.show()
        shown = time.perf_counter() - start
        while getattr(window, "loading", False):
            app.processEvents()
            time.sleep(0.005)
        listed = time.perf_counter() - start
        print(f"  window shown (responsive) after {shown:.3f} s")
        window.close()
        window.deleteLater()
        app.processEvents()
        return listed
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
