"""Waste by region on the hand-built fixture (tests/waste_fixture.py): totals per measure,
class breaks, and refusals of unknown measures."""

from __future__ import annotations

import math

import pytest

from recp_desktop.domain.waste_map import Measure, class_breaks, class_of
from recp_desktop.storage.waste_map import map_rows, waste_by_region
from tests import waste_fixture


def _tonnes(figures) -> dict[str, float]:
    return {region: round(f.tonnes, 6) for region, f in figures.items()}


def test_totals_per_region(db) -> None:
    waste_fixture.build(db)
    assert len(map_rows(db)) == 10  # 11 live streams of live companies less the deleted one
    figures = waste_by_region(db)
    assert _tonnes(figures) == {
        "GE-KK": 778.8,  # 35 × 12 + 6 × 1.15 × 52
        "GE-IM": 158.0,  # 120 + 30 + 8
        "AZ-BA": 17.0,  # 2 + 15, drums without tonnes
        "AZ-GA": 50.0,
        "GE-KA": 5.0,
    }
    assert (figures["GE-IM"].streams, figures["GE-IM"].companies) == (3, 2)
    assert (figures["AZ-BA"].streams, figures["AZ-BA"].without_tonnes) == (3, 1)
    assert figures["GE-KK"].companies == 1  # the deleted company's scale is not counted


def test_totals_by_measure(db) -> None:
    waste_fixture.build(db)
    hazardous = waste_by_region(db, Measure("hazardous"))
    # 110105* pickling acid 358.8 t; 080317* toner 2 t; 150110* drums (no tonnes)
    assert _tonnes(hazardous) == {"GE-KK": 358.8, "AZ-BA": 2.0}
    assert hazardous["AZ-BA"].streams == 2
    assert _tonnes(waste_by_region(db, Measure("chapter", "02"))) == {"GE-IM": 150.0}
    assert _tonnes(waste_by_region(db, Measure("chapter", "15"))) == {
        "AZ-BA": 15.0,
        "GE-KA": 5.0,
    }
    recovery = waste_by_region(db, Measure("treatment", "R"))
    assert _tonnes(recovery) == {"GE-KK": 420.0, "GE-IM": 128.0, "AZ-BA": 15.0, "AZ-GA": 50.0}
    disposal = waste_by_region(db, Measure("treatment", "D"))
    assert _tonnes(disposal) == {"GE-KK": 358.8, "GE-IM": 30.0, "AZ-BA": 2.0}
    assert _tonnes(waste_by_region(db, Measure("treatment", "R3"))) == {
        "GE-IM": 128.0,
        "AZ-BA": 15.0,
    }
    untreated = waste_by_region(db, Measure("treatment", "none"))
    assert _tonnes(untreated) == {"AZ-BA": 0.0, "GE-KA": 5.0}


def test_unknown_measures_are_refused() -> None:
    for kind, value in [("volume", ""), ("chapter", "21"), ("treatment", "R14"), ("all", "x")]:
        with pytest.raises(ValueError):
            Measure(kind, value)


def test_class_breaks() -> None:
    # Ten values 1..10, five quantile classes: inclusive quantiles at 20/40/60/80 % are
    # 1 + 9 × p = 2.8, 4.6, 6.4, 8.2; the last bound is the maximum.
    breaks = class_breaks([float(v) for v in range(1, 11)] + [0.0], classes=5)
    assert [round(b, 6) for b in breaks] == [2.8, 4.6, 6.4, 8.2, 10.0]
    assert class_of(2.8, breaks) == 0 and class_of(2.81, breaks) == 1
    assert class_of(10.0, breaks) == 4 and class_of(0.0, breaks) is None
    assert class_breaks([0.0, -1.0]) == [] and class_breaks([7.0]) == [7.0]
    # Repeated values merge cut points: fewer classes, never an empty one.
    few = class_breaks([5.0, 5.0, 5.0, 9.0])
    # two distinct figures, two classes split at their median (30 + 431) / 2 = 230.5: each
    # region in its own class, no empty class in the legend
    assert class_breaks([30.0, 431.0]) == [230.5, 431.0]
    assert class_of(30.0, [230.5, 431.0]) == 0 and class_of(431.0, [230.5, 431.0]) == 1
    assert few[-1] == 9.0 and len(few) == len(set(few)) and all(math.isfinite(b) for b in few)
