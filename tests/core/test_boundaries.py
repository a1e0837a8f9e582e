"""The shipped outlines: one per region code and back, closed non-empty rings, labels inside,
and distances against hand-computed values."""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict

from recp_desktop.domain.boundaries import (
    boundaries,
    boundary,
    great_circle_km,
    region_distance_km,
)
from recp_desktop.domain.regions import COUNTRIES, regions


def _inside(point: tuple[float, float], rings) -> bool:
    """Even-odd rule over all rings of a polygon (holes count as outside)."""
    x, y = point
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in itertools.pairwise(ring):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def _signed_area(ring) -> float:
    """Shoelace formula (Gauss's area formula): positive when the ring runs counter-clockwise."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring)) / 2


def _union_boundary(outlines) -> tuple[list, list[list]]:
    """Segments walked twice the same way, and the rings of the unshared segments.

    Every outer ring is walked counter-clockwise and every hole clockwise, so a border that two
    regions share exactly is walked once each way and cancels; a segment walked twice the same
    way has two regions on the same side (an overlap). What is left bounds the union of all
    regions; walked as rings, a clockwise one is a hole in that union.
    """
    walked: Counter = Counter()
    for outline in outlines:
        for polygon in outline.polygons:
            for index, ring in enumerate(polygon):
                counter_clockwise = _signed_area(ring) > 0
                if counter_clockwise != (index == 0):
                    ring = ring[::-1]
                walked.update((p, q) for p, q in itertools.pairwise(ring) if p != q)
    overlaps = [segment for segment, count in walked.items() if count > 1]
    following: dict = defaultdict(list)
    for p, q in walked:
        if (q, p) not in walked:
            following[p].append(q)
    rings = []
    while following:
        start = point = next(iter(following))
        ring = [start]
        while True:
            nxt = following[point].pop()
            if not following[point]:
                del following[point]
            ring.append(nxt)
            point = nxt
            if point == start:
                break
        rings.append(ring)
    return overlaps, rings


def test_neighbours_share_their_borders_without_gaps_or_overlaps() -> None:
    # The build script checks this with GEOS (tools/boundaries_import.py); this is the same
    # property checked on the shipped file with plain arithmetic. None of the six countries
    # encloses foreign land (the enclaves between Armenia and Azerbaijan are each other's
    # regions), so the union of all regions has no hole: every ring left runs counter-clockwise
    # (a coast or the outer border), and a clockwise one would be a gap between neighbours.
    overlaps, rings = _union_boundary(boundaries().values())
    assert overlaps == []
    gaps = [ring[0] for ring in rings if _signed_area(ring) <= 0]
    assert gaps == []
    # Borders are shared point for point, so most segments cancel (none would if neighbours
    # were drawn apart).
    total = sum(
        len(ring) - 1
        for outline in boundaries().values()
        for polygon in outline.polygons
        for ring in polygon
    )
    assert sum(len(ring) - 1 for ring in rings) < total / 2


def test_every_region_has_an_outline_and_every_outline_a_region() -> None:
    codes = {r.code for r in regions() if r.country in COUNTRIES}
    assert len(codes) == 164
    assert set(boundaries()) == codes
    for code, outline in boundaries().items():
        assert outline.country == code[:2]
        assert outline.polygons, code
        for polygon in outline.polygons:
            for ring in polygon:
                assert len(ring) >= 4 and ring[0] == ring[-1], code


def test_labels_lie_inside_their_region() -> None:
    for code, outline in boundaries().items():
        assert any(_inside(outline.label, polygon) for polygon in outline.polygons), code


def test_known_places_fall_in_their_region() -> None:
    # City centres (degrees E, N) from the cities' own coordinates as commonly published.
    places = {
        "GE-TB": (44.793, 41.715),  # Tbilisi
        "AZ-BA": (49.867, 40.409),  # Baku
        "BY-HM": (27.562, 53.902),  # Minsk
        "MD-CU": (28.857, 47.011),  # Chișinău
        "AM-ER": (44.515, 40.183),  # Yerevan
        "UA-30": (30.523, 50.450),  # Kyiv
        "UA-43": (34.100, 44.950),  # Simferopol, Crimea
        "AZ-NX": (45.410, 39.210),  # Nakhchivan city (an exclave)
    }
    for code, point in places.items():
        outline = boundary(code)
        assert outline is not None
        assert any(_inside(point, polygon) for polygon in outline.polygons), code
    assert boundary("ge-tb") is boundary("GE-TB") and boundary("Kakheti") is None


def test_great_circle_distances() -> None:
    # One degree of a meridian on a sphere of R = 6371.0088 km: 2πR/360 = 111.195 km.
    assert math.isclose(great_circle_km((45.0, 40.0), (45.0, 41.0)), 111.195, abs_tol=0.001)
    # A quarter of the equator: πR/2 = 10007.557 km.
    assert math.isclose(great_circle_km((0.0, 0.0), (90.0, 0.0)), 10007.557, abs_tol=0.01)
    assert region_distance_km("GE-TB", "GE-TB") == 0.0
    assert region_distance_km("GE-TB", "Kakheti") is None
    # Tbilisi to Baku is about 450 km as the crow flies; label points are not city centres.
    assert 380 < (region_distance_km("GE-TB", "AZ-BA") or 0) < 520
