"""NACE Rev. 2 sections and divisions, for grouping companies by sector and naming them.

Source of the structure: Eurostat, *NACE Rev. 2 — Statistical classification of economic
activities in the European Community* (2008), the table of sections and the divisions each
covers. A company's ``nace`` field holds a class such as ``10.51``; its division is the first
two digits (``10``, manufacture of food products) and its section the letter of that division
(``C``, manufacturing).

The names of the 21 sections and 88 divisions are shipped in ``resources/nace/nace_rev2.csv``
(see the README there): English as Eurostat publishes them (RAMON export of NACE Rev. 2),
Russian as OKVED 2 (ОК 029-2014 (КДЕС Ред. 2), Rosstat's open data set) words them — the
Russian version of NACE Rev. 2, with the same sections and divisions. No published Azerbaijani
list was found: Azerbaijani falls back to English (:func:`in_language` says so).
"""

from __future__ import annotations

import csv
import re
from functools import cache

from recp_desktop.paths import resource_path

SECTIONS: tuple[tuple[str, int, int], ...] = (
    ("A", 1, 3),
    ("B", 5, 9),
    ("C", 10, 33),
    ("D", 35, 35),
    ("E", 36, 39),
    ("F", 41, 43),
    ("G", 45, 47),
    ("H", 49, 53),
    ("I", 55, 56),
    ("J", 58, 63),
    ("K", 64, 66),
    ("L", 68, 68),
    ("M", 69, 75),
    ("N", 77, 82),
    ("O", 84, 84),
    ("P", 85, 85),
    ("Q", 86, 88),
    ("R", 90, 93),
    ("S", 94, 96),
    ("T", 97, 98),
    ("U", 99, 99),
)
"""Section letter, first and last division (NACE Rev. 2, 2008)."""

NAME_LANGUAGES: tuple[str, ...] = ("en", "ru")
"""Languages whose published names are shipped; any other language gets the English name."""

DASH = "\u2014"

_DIVISION = re.compile(r"\s*([0-9]{2})")


def division(code: str | None) -> str:
    """The two-digit division of a NACE code (``"10.51"`` -> ``"10"``); ``""`` if none."""
    match = _DIVISION.match(code or "")
    return match.group(1) if match else ""


def section(division_code: str) -> str:
    """The section letter of a division (``"10"`` -> ``"C"``); ``""`` for none or unknown."""
    if not division_code.isdigit():
        return ""
    number = int(division_code)
    for letter, first, last in SECTIONS:
        if first <= number <= last:
            return letter
    return ""


@cache
def _names() -> dict[tuple[str, str], dict[str, str]]:
    """``(level, code) -> {language: name}`` from ``resources/nace/nace_rev2.csv``; level is
    ``section`` (code ``A``…``U``) or ``division`` (``01``…``99``)."""
    with resource_path("nace", "nace_rev2.csv").open(encoding="utf-8", newline="") as handle:
        return {
            (r["level"], r["code"]): {lang: r[f"name_{lang}"] for lang in NAME_LANGUAGES}
            for r in csv.DictReader(handle)
        }


def in_language(language: str) -> bool:
    """Whether :func:`division_name` and :func:`section_name` answer in ``language`` itself
    (English, Russian); for any other (Azerbaijani) they give the English name."""
    return language in NAME_LANGUAGES


def _name(level: str, code: str, language: str) -> str:
    names = _names().get((level, code))
    if names is None:
        return ""
    return names.get(language) or names["en"]


def division_name(code: str | None, language: str = "en") -> str:
    """The name of the division of ``code`` (``"10"`` or a class such as ``"10.51"``):
    ``"Manufacture of food products"`` / ``"Производство пищевых продуктов"``; ``""`` for a
    code that is no NACE Rev. 2 division (``"00"``, ``"34"``, empty).

    English: Eurostat, NACE Rev. 2 (2008); Russian: OKVED 2, ОК 029-2014 (КДЕС Ред. 2); other
    languages get the English name (see :func:`in_language`). Names are verbatim."""
    return _name("division", division(code), language)


def section_name(letter: str, language: str = "en") -> str:
    """The name of section ``letter`` as published, in capitals: ``"C"`` ->
    ``"MANUFACTURING"`` / ``"ОБРАБАТЫВАЮЩИЕ ПРОИЗВОДСТВА"``; ``""`` for an unknown letter.
    Sources as for :func:`division_name`."""
    return _name("section", letter.strip().upper(), language)


def sector_label(division_code: str, language: str | None = None) -> str:
    """How a division is shown in breakdowns: ``"C 10"``, or with a ``language`` its name too,
    ``"C 10 — Manufacture of food products"``; ``"—"`` when no sector is known, the bare code
    for a number that is no NACE Rev. 2 division."""
    if not division_code:
        return DASH
    letter = section(division_code)
    label = f"{letter} {division_code}" if letter else division_code
    name = division_name(division_code, language) if language else ""
    return f"{label} {DASH} {name}" if name else label


def code_label(code: str | None, language: str) -> str:
    """A company's code with its division's name: ``"10.91 — Manufacture of food products"``;
    the code alone when its division is unknown, ``"—"`` when there is no code."""
    code = (code or "").strip()
    if not code:
        return DASH
    name = division_name(code, language)
    return f"{code} {DASH} {name}" if name else code
