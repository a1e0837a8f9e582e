# /// script
# requires-python = ">=3.11"
# dependencies = ["shapely>=2"]
# ///
"""Build ``resources/regions/boundaries.geojson`` from Natural Earth admin-1 as QGIS ships it.

    apt-get download qgis-common && dpkg-deb -x qgis-common_*.deb /tmp/qgis
    uv run tools/boundaries_import.py /tmp/qgis/usr/share/qgis/resources/data/world_map.gpkg

Shapely is a build-time dependency of this script only (PEP 723 block above; ``uv run`` puts it in
a throw-away environment): the app reads the result with the standard ``json`` module.

Source: layer ``states_provinces`` of QGIS's ``world_map.gpkg`` (its README: Natural Earth 1:10m
Admin 1 – States, Provinces v4.1.0, generalised with GRASS ``v.generalize`` and dissolved per
province). The layer has no ISO 3166-2 column, so ``NE_TO_ISO`` below maps each Natural Earth unit
(``name`` and ``gn_name``, both needed: the layer gives three different units the name
"Lankaran") to the code in ``regions.csv``; several units may form one code (Nakhchivan's
districts form ``AZ-NX``; the Transnistrian units form ``MD-SN``). Natural Earth files Crimea and
Sevastopol under Russia (``admin``), with their Ukrainian FIPS codes UP11/UP20; ISO 3166-2 and this
app keep them as ``UA-43``/``UA-40``.

The units of a code are merged (``shapely.union_all``) and their coordinates rounded to
``DECIMALS`` places (0.001° ≈ 110 m, ``shapely.set_precision``, which keeps polygons valid). The
source is already generalised (8,795 points for the 164 regions, 160 kB): a further
Douglas–Peucker pass per region (``shapely.simplify``, ``TOLERANCE`` degrees; 0 = off) saved 3 %
at 0.01° while opening slivers between neighbours, whose shared borders are simplified apart, so
it is off. A representative point (inside the polygon) is stored as ``label`` [lon, lat] for
labels and distances. The script refuses to write if a code is missing or a unit is unmapped.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import struct
import sys
from collections import defaultdict
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, mapping

ROOT = Path(__file__).resolve().parents[1]
REGIONS = ROOT / "resources" / "regions" / "regions.csv"
TARGET = ROOT / "resources" / "regions" / "boundaries.geojson"
COUNTRIES = ("AM", "AZ", "BY", "GE", "MD", "UA")
TOLERANCE = 0.0
DECIMALS = 3

# (Natural Earth name, gn_name) -> ISO 3166-2 code; gn_name "*" matches any.
NE_TO_ISO: dict[tuple[str, str], str] = {
    # Armenia
    ("Aragatsotn", "*"): "AM-AG",
    ("Ararat", "*"): "AM-AR",
    ("Armavir", "*"): "AM-AV",
    ("Erevan", "*"): "AM-ER",
    ("Gegharkunik", "*"): "AM-GR",
    ("Kotayk", "*"): "AM-KT",
    ("Lori", "*"): "AM-LO",
    ("Shirak", "*"): "AM-SH",
    ("Syunik", "*"): "AM-SU",
    ("Tavush", "*"): "AM-TV",
    ("Vayots Dzor", "*"): "AM-VD",
    # Azerbaijan (Nakhchivan's districts and city form AZ-NX)
    ("Abşeron", "*"): "AZ-ABS",
    ("Astara", "*"): "AZ-AST",
    ("Ağcabədi", "*"): "AZ-AGC",
    ("Ağdam", "*"): "AZ-AGM",
    ("Ağdaş", "*"): "AZ-AGS",
    ("Ağstafa", "*"): "AZ-AGA",
    ("Ağsu", "*"): "AZ-AGU",
    ("Babək", "*"): "AZ-NX",
    ("Bakı", "*"): "AZ-BA",
    ("Balakən", "*"): "AZ-BAL",
    ("Beyləqan", "*"): "AZ-BEY",
    ("Biləsuvar", "*"): "AZ-BIL",
    ("Bərdə", "*"): "AZ-BAR",
    ("Culfa", "*"): "AZ-NX",
    ("Cəbrayıl", "*"): "AZ-CAB",
    ("Cəlilabad", "*"): "AZ-CAL",
    ("Daşkəsən", "*"): "AZ-DAS",
    ("Dəvəçi", "*"): "AZ-SBN",
    ("Füzuli", "*"): "AZ-FUZ",
    ("Goranboy", "*"): "AZ-GOR",
    ("Göyçay", "*"): "AZ-GOY",
    ("Gədəbəy", "*"): "AZ-GAD",
    ("Gəncə", "*"): "AZ-GA",
    ("Hajigabul", "*"): "AZ-HAC",
    ("Kangarli", "*"): "AZ-NX",
    ("Kürdəmir", "*"): "AZ-KUR",
    ("Kəlbəcər", "*"): "AZ-KAL",
    ("Lankaran", "Lankaran Rayon"): "AZ-LAN",
    ("Lankaran", "Lacin Rayonu"): "AZ-LAC",
    ("Lankaran", "Lankaran Sahari"): "AZ-LA",
    ("Lerik", "*"): "AZ-LER",
    ("Masallı", "*"): "AZ-MAS",
    ("Mingəçevir", "*"): "AZ-MI",
    ("Naftalan", "*"): "AZ-NA",
    ("Naxçıvan", "*"): "AZ-NX",
    ("Neftçala", "*"): "AZ-NEF",
    ("Ordubad", "*"): "AZ-NX",
    ("Oğuz", "*"): "AZ-OGU",
    ("Qax", "*"): "AZ-QAX",
    ("Qazax", "*"): "AZ-QAZ",
    ("Qobustan", "*"): "AZ-QOB",
    ("Quba", "*"): "AZ-QBA",
    ("Qubadli", "*"): "AZ-QBI",
    ("Qusar", "*"): "AZ-QUS",
    ("Qəbələ", "*"): "AZ-QAB",
    ("Saatlı", "*"): "AZ-SAT",
    ("Sabirabad", "*"): "AZ-SAB",
    ("Salyan", "*"): "AZ-SAL",
    ("Samux", "*"): "AZ-SMX",
    ("Shirvan", "*"): "AZ-SR",
    ("Siyəzən", "*"): "AZ-SIY",
    # The layer swaps names here: the city-sized unit is Xankəndi, the larger one Xocalı.
    ("Stepanakert", "*"): "AZ-XA",
    ("Xocalı", "*"): "AZ-XCI",
    ("Sumqayıt", "*"): "AZ-SM",
    ("Sədərək", "*"): "AZ-NX",
    ("Tovuz", "*"): "AZ-TOV",
    ("Tərtər", "*"): "AZ-TAR",
    ("Ucar", "*"): "AZ-UCA",
    ("Xanlar", "*"): "AZ-GYG",
    ("Xaçmaz", "*"): "AZ-XAC",
    ("Xizı", "*"): "AZ-XIZ",
    ("Xocavənd", "*"): "AZ-XVD",
    ("Yardımlı", "*"): "AZ-YAR",
    ("Yevlakh", "*"): "AZ-YE",
    ("Yevlakh Rayon", "*"): "AZ-YEV",
    ("Zaqatala", "*"): "AZ-ZAQ",
    ("Zəngilan", "*"): "AZ-ZAN",
    ("Zərdab", "*"): "AZ-ZAR",
    ("İmişli", "*"): "AZ-IMI",
    ("İsmayıllı", "*"): "AZ-ISM",
    ("Şahbuz", "*"): "AZ-NX",
    ("Şamaxı", "*"): "AZ-SMI",
    ("Şuşa", "*"): "AZ-SUS",
    ("Şəki", "Shaki Rayon"): "AZ-SAK",
    ("Şəki", "Saki Sahari"): "AZ-SA",
    ("Şəmkir", "*"): "AZ-SKR",
    ("Şərur", "*"): "AZ-NX",
    # Belarus
    ("Brest", "*"): "BY-BR",
    ("City of Minsk", "*"): "BY-HM",
    ("Gomel", "*"): "BY-HO",
    ("Grodno", "*"): "BY-HR",
    ("Minsk", "*"): "BY-MI",
    ("Mogilev", "*"): "BY-MA",
    ("Vitebsk", "*"): "BY-VI",
    # Georgia
    ("Abkhazia", "*"): "GE-AB",
    ("Ajaria", "*"): "GE-AJ",
    ("Guria", "*"): "GE-GU",
    ("Imereti", "*"): "GE-IM",
    ("Kakheti", "*"): "GE-KA",
    ("Kvemo Kartli", "*"): "GE-KK",
    ("Mtskheta-Mtianeti", "*"): "GE-MM",
    ("Racha-Lechkhumi-Kvemo Svaneti", "*"): "GE-RL",
    ("Samegrelo-Zemo Svaneti", "*"): "GE-SZ",
    ("Samtskhe-Javakheti", "*"): "GE-SJ",
    ("Shida Kartli", "*"): "GE-SK",
    ("Tbilisi", "*"): "GE-TB",
    # Moldova (units without a gn_name are Transnistrian and form MD-SN; "Transnistria",
    # FIPS MD72, is the right-bank part of Dubăsari district)
    ("Anenii Noi", "*"): "MD-AN",
    ("Basarabeasca", "*"): "MD-BS",
    ("Bender", "*"): "MD-BD",
    ("Briceni", "*"): "MD-BR",
    ("Bălţi", "*"): "MD-BA",
    ("Cahul", "*"): "MD-CA",
    ("Camenca", "*"): "MD-SN",
    ("Cantemir", "*"): "MD-CT",
    ("Causeni", "*"): "MD-CS",
    ("Chişinău", "*"): "MD-CU",
    ("Cimişlia", "*"): "MD-CM",
    ("Comrat", "*"): "MD-GA",
    ("Criuleni", "*"): "MD-CR",
    ("Călărași", "*"): "MD-CL",
    ("Donduseni", "*"): "MD-DO",
    ("Drochia", "*"): "MD-DR",
    ("Edineţ", "*"): "MD-ED",
    ("Floreşti", "*"): "MD-FL",
    ("Făleşti", "*"): "MD-FA",
    ("Glodeni", "*"): "MD-GL",
    ("Grigoriopol", "*"): "MD-SN",
    ("Hîncesti", "*"): "MD-HI",
    ("Ialoveni", "*"): "MD-IA",
    ("Leova", "*"): "MD-LE",
    ("Nisporeni", "*"): "MD-NI",
    ("Ocniţa", "*"): "MD-OC",
    ("Orhei", "*"): "MD-OR",
    ("Rezina", ""): "MD-SN",
    ("Rezina", "Raionul Rezina"): "MD-RE",
    ("Rîşcani", "*"): "MD-RI",
    ("Soroca", "*"): "MD-SO",
    ("Străşeni", "*"): "MD-ST",
    ("Stîngă Nistrului", "*"): "MD-SN",
    ("Sîngerei", "*"): "MD-SI",
    ("Taraclia", "*"): "MD-TA",
    ("Teleneşti", "*"): "MD-TE",
    ("Transnistria", "*"): "MD-DU",
    ("Ungheni", "*"): "MD-UN",
    ("Şoldăneşti", "*"): "MD-SD",
    ("Ștefan Vodă", "*"): "MD-SV",
    # Ukraine (Crimea and Sevastopol filed under Russia in the layer, see above)
    ("Cherkasy", "*"): "UA-71",
    ("Chernihiv", "*"): "UA-74",
    ("Chernivtsi", "*"): "UA-77",
    ("Dnipropetrovs'k", "*"): "UA-12",
    ("Donets'k", "*"): "UA-14",
    ("Ivano-Frankivs'k", "*"): "UA-26",
    ("Kharkiv", "*"): "UA-63",
    ("Kherson", "*"): "UA-65",
    ("Khmel'nyts'kyy", "*"): "UA-68",
    ("Kiev", "*"): "UA-32",
    ("Kiev City", "*"): "UA-30",
    ("Kirovohrad", "*"): "UA-35",
    ("L'viv", "*"): "UA-46",
    ("Luhans'k", "*"): "UA-09",
    ("Mykolayiv", "*"): "UA-48",
    ("Odessa", "*"): "UA-51",
    ("Poltava", "*"): "UA-53",
    ("Rivne", "*"): "UA-56",
    ("Sumy", "*"): "UA-59",
    ("Ternopil'", "*"): "UA-61",
    ("Transcarpathia", "*"): "UA-21",
    ("Vinnytsya", "*"): "UA-05",
    ("Volyn", "*"): "UA-07",
    ("Zaporizhzhya", "*"): "UA-23",
    ("Zhytomyr", "*"): "UA-18",
    ("Crimea", "*"): "UA-43",
    ("Sevastopol", "*"): "UA-40",
}


def _wkb(blob: bytes) -> bytes:
    """The WKB inside a GeoPackage geometry blob (GeoPackage 1.3 §2.1.3: 'GP', version, flags,
    srs id, then an envelope whose size the flags' bits 1–3 give)."""
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry")
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 0x07]
    struct.unpack("<i" if flags & 1 else ">i", blob[4:8])  # srs id, checked by the query
    return blob[8 + envelope :]


def _iso(name: str, gn_name: str | None) -> str | None:
    return NE_TO_ISO.get((name, gn_name or "")) or NE_TO_ISO.get((name, "*"))


def main(gpkg: str) -> int:
    with REGIONS.open(encoding="utf-8", newline="") as handle:
        wanted = {r["code"]: r["country"] for r in csv.DictReader(handle)}
    db = sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)
    parts: dict[str, list] = defaultdict(list)
    unmapped = []
    marks = ",".join("?" * len(COUNTRIES))
    query = (
        "SELECT name, gn_name, geom FROM states_provinces "
        f"WHERE iso_a2 IN ({marks}) OR fips IN ('UP11', 'UP20')"
    )
    for name, gn_name, blob in db.execute(query, COUNTRIES):
        code = _iso(name, gn_name)
        if code is None:
            unmapped.append((name, gn_name))
            continue
        parts[code].append(shapely.from_wkb(_wkb(blob)))
    missing = sorted(set(wanted) - set(parts))
    extra = sorted(set(parts) - set(wanted))
    if unmapped or missing or extra:
        print(f"unmapped: {unmapped}\nmissing: {missing}\nnot in regions.csv: {extra}")
        return 1
    features = []
    points = 0
    for code in sorted(parts):
        merged = shapely.union_all(parts[code])
        if TOLERANCE:
            merged = shapely.simplify(merged, TOLERANCE, preserve_topology=True)
        simple = shapely.set_precision(merged, 10**-DECIMALS)
        if simple.geom_type == "Polygon":
            simple = MultiPolygon([simple])
        if simple.is_empty or simple.geom_type != "MultiPolygon":
            print(f"{code}: simplification left {simple.geom_type}")
            return 1
        points += shapely.get_num_coordinates(simple)
        label = simple.representative_point()
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "code": code,
                    "country": wanted[code],
                    "label": [round(label.x, DECIMALS), round(label.y, DECIMALS)],
                },
                "geometry": mapping(simple),
            }
        )
    collection = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:10m Admin 1 v4.1.0 (public domain), generalised as in QGIS "
        "world_map.gpkg; see README.md",
        "features": features,
    }
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    TARGET.write_text(text + "\n", encoding="utf-8")
    print(f"{len(features)} regions, {points} points, {len(text.encode()):,} bytes -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
