"""Build ``resources/regions/regions.csv`` from Debian's ``iso-codes`` package.

    apt-get download iso-codes && dpkg-deb -x iso-codes_*.deb /tmp/isoc
    uv run python tools/regions_import.py /tmp/isoc

Keeps the first-level divisions (ISO 3166-2 entries without a parent) of the countries the
centres work in, with the package's names (romanised, as ISO 3166-2 gives them) and its Russian
translations (``locale/ru/.../iso_3166-2.mo``; empty where it has none). The package has no
Azerbaijani translation of these names.
"""

from __future__ import annotations

import csv
import gettext
import json
import sys
from pathlib import Path

COUNTRIES = ("AM", "AZ", "BY", "GE", "MD", "UA")
TARGET = Path(__file__).resolve().parents[1] / "resources" / "regions" / "regions.csv"


def main(root: str) -> int:
    base = Path(root) / "usr" / "share"
    entries = json.loads((base / "iso-codes" / "json" / "iso_3166-2.json").read_text("utf-8"))
    translations = {}
    for language in ("ru",):
        path = base / "locale" / language / "LC_MESSAGES" / "iso_3166-2.mo"
        with path.open("rb") as handle:
            translations[language] = gettext.GNUTranslations(handle)
    rows = []
    for entry in entries["3166-2"]:
        country = entry["code"][:2]
        if country not in COUNTRIES or entry.get("parent"):
            continue
        name = entry["name"]
        local = {}
        for language, catalogue in translations.items():
            translated = catalogue.gettext(name)
            local[language] = translated if translated != name else ""
        rows.append([entry["code"], country, entry["type"], name, local["ru"]])
    _shared_names(rows)
    rows.sort(key=lambda r: (r[1], r[0]))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with TARGET.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "country", "type", "name_en", "name_ru"])
        writer.writerows(rows)
    print(f"{len(rows)} regions written to {TARGET}")
    return 0


def _shared_names(rows: list[list[str]]) -> None:
    """A catalogue translates by the English name, so a city and the rayon around it that share
    one (Azerbaijan's Şəki, Lənkəran, Yevlax) get the same Russian name, which fits only one of
    them: a name saying "район" (rayon) is the rayon's, any other the city's; the other entry's
    Russian is left empty (the English name is shown, told apart by its kind)."""
    by_name: dict[tuple[str, str], list[list[str]]] = {}
    for row in rows:
        by_name.setdefault((row[1], row[3]), []).append(row)
    for group in by_name.values():
        if len(group) < 2:
            continue
        for row in group:
            rayon_name = "район" in row[4]
            if row[4] and rayon_name != (row[2] == "Rayon"):
                row[4] = ""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
