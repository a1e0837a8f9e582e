"""Consolidating savings: :meth:`Savings.total` over 10,000 assessments' totals (a programme).

Floor, measured in the same run: the same eight columns summed with :func:`math.fsum` from
plain float lists already in columns (no currency check, no objects). Target: at most 4x the
floor (reading the fields off the objects is most of the difference), and a
consolidation of 10,000 assessments in well under a second.

    uv run python benchmarks/savings_totals.py [--count 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from recp_desktop.domain.savings import MONEY, PHYSICAL, ExchangeRate, Savings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    currencies = ("AZN", "GEL", "MDL")
    items = [
        Savings(
            rng.choice(currencies),
            rng.randint(1, 12),
            **{name: rng.uniform(0, 1e5) for name in (*MONEY, *PHYSICAL)},
        )
        for _ in range(args.count)
    ]
    rates = [ExchangeRate("GEL", "AZN", 0.63), ExchangeRate("MDL", "AZN", 0.095)]
    columns = {name: [getattr(i, name) for i in items] for name in (*MONEY, *PHYSICAL)}

    def floor() -> None:
        for values in columns.values():
            math.fsum(values)

    def consolidate() -> None:
        Savings.total(items, currency="AZN", rates=rates)

    def best(work) -> float:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    base, ours = best(floor), best(consolidate)
    print(
        f"{args.count} assessments: floor {base * 1000:.1f} ms, Savings.total {ours * 1000:.1f} ms"
    )
    print(f"ratio to floor: {ours / base:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
