"""The waste map with 10,000 waste streams: aggregation plus redraw, against a floor.

Builds 10,000 stream rows over all 164 regions (no database: the query is measured apart),
then times what the window does when the measure changes — totals per region
(``domain.waste_map.aggregate``), class breaks, recolouring the 164 regions, placing 300
companies with coordinates as points (``tonnes_by_company``, ``set_points``) and painting the
map into a 1200 × 800 image — and, as the floor measured in the same run, painting the same map
with its colours unchanged. Target (issue 15): a redraw under 100 ms.

    uv run python benchmarks/waste_map.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from recp_desktop.domain.boundaries import boundary
from recp_desktop.domain.ewc import codes
from recp_desktop.domain.regions import regions
from recp_desktop.domain.vocabulary import TREATMENT_CODES
from recp_desktop.domain.waste_map import (
    Measure,
    StreamRow,
    aggregate,
    class_breaks,
    tonnes_by_company,
)
from recp_desktop.ui.map_view import RegionMapView


def rows(count: int) -> list[StreamRow]:
    rng = random.Random(15)
    places = regions()
    entries = codes()
    out = []
    for n in range(count):
        place = rng.choice(places)
        entry = rng.choice(entries)
        out.append(StreamRow(place.code, place.country, entry.code, entry.hazardous,
                             rng.uniform(0.1, 500.0), rng.choice(TREATMENT_CODES),
                             f"e{n % 900}"))  # fmt: skip
    return out


def sites(data: list[StreamRow], count: int) -> list[tuple[str, str, float, float]]:
    """(enterprise id, country, longitude, latitude) of ``count`` companies, at their region's
    label point."""
    first: dict[str, StreamRow] = {}
    for row in data:
        first.setdefault(row.enterprise_id, row)
    out = []
    for enterprise_id, row in list(first.items())[:count]:
        lon, lat = boundary(row.region).label
        out.append((enterprise_id, row.country, lon, lat))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    view = RegionMapView()
    view.resize(1200, 800)
    data = rows(10_000)
    located = sites(data, 300)
    measures = [
        Measure(),
        Measure("hazardous"),
        Measure("chapter", "17"),
        Measure("treatment", "R"),
    ]
    redraw, floor = [], []
    for run in range(args.runs):
        measure = measures[run % len(measures)]
        start = time.perf_counter()
        figures = aggregate(data, measure)
        breaks = class_breaks(f.tonnes for f in figures.values())
        view.set_values({c: f.tonnes for c, f in figures.items()}, breaks, {})
        tonnes = tonnes_by_company(data, measure)
        view.set_points([(e, c, lon, lat, e, e in tonnes) for e, c, lon, lat in located])
        view.render_image(1200, 800)
        redraw.append(time.perf_counter() - start)
        start = time.perf_counter()
        view.render_image(1200, 800)
        floor.append(time.perf_counter() - start)
    r, f = statistics.median(redraw) * 1000, statistics.median(floor) * 1000
    print(f"10,000 streams: redraw {r:.1f} ms (median of {args.runs}); "
          f"paint alone {f:.1f} ms; ratio {r / f:.2f}; target < 100 ms: "
          f"{'met' if r < 100 else 'NOT met'}")  # fmt: skip
    view.deleteLater()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
