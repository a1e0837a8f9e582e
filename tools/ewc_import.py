"""Rebuild ``resources/ewc/list-of-waste.csv`` and ``chapters.csv`` from DEFRA's EWC table.

Source: ``src/common/constants/ewc-codes.js`` of github.com/DEFRA/waste-movement-external-api
(commit 9404fd7, 19 December 2025; Open Government Licence v3.0), which reproduces the European
List of Waste (Commission Decision 2000/532/EC as replaced by Decision 2014/955/EU) with
chapter and sub-chapter titles, hazardous flags and absolute/mirror entry types. Usage::

    uv run python tools/ewc_import.py ewc-codes.js resources/ewc

The checks the shipped data must pass are in ``tests/core/test_ewc.py``.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

FIELD = re.compile(r"(\w+):\s*(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|(true|false))", re.S)


# DEFRA's table writes every word after the first in lower case; the Decision's acronyms back.
ACRONYMS = {"pcb": "PCB", "pcbs": "PCBs", "hcfc": "HCFC", "hfc": "HFC", "mfsu": "MFSU"}
ACRONYM = re.compile(r"\b(" + "|".join(ACRONYMS) + r")\b")


def official_case(text: str) -> str:
    return ACRONYM.sub(lambda m: ACRONYMS[m.group(1)], text).replace("Ni-cd", "Ni-Cd")


def entries(source: str) -> list[dict[str, str]]:
    body = source[source.index("[") : source.index("]\n")]
    out = []
    for block in re.findall(r"\{(.*?)\}", body, re.S):
        fields = {}
        for key, single, double, boolean in FIELD.findall(block):
            value = single or double or boolean
            fields[key] = official_case(re.sub(r"\s+", " ", value.replace("\\'", "'")).strip())
        out.append(fields)
    return out


def main(source: Path, folder: Path) -> None:
    rows = entries(source.read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    titles: dict[str, str] = {}
    with (folder / "list-of-waste.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["code", "hazardous", "entry", "description_en"])
        for row in rows:
            code = row["code"]
            titles.setdefault(code[:2], row["chapter"])
            titles.setdefault(code[:4], row["subChapter"])
            entry = "mirror" if row["entryTypeDesc"].startswith("Mirror") else "absolute"
            hazardous = "1" if row["isHazardous"] == "true" else "0"
            writer.writerow([code, hazardous, entry, row["description"]])
    with (folder / "chapters.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["code", "title_en"])
        for code in sorted(titles):
            writer.writerow([code, titles[code]])


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
