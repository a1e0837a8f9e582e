"""NACE Rev. 2 sections and divisions, for grouping companies by sector.

Source: Eurostat, *NACE Rev. 2 — Statistical classification of economic activities in the
European Community* (2008), the table of sections and the divisions each covers. A company's
``nace`` field holds a class such as ``10.51``; its division is the first two digits (``10``,
manufacture of food products) and its section the letter of that division (``C``,
manufacturing).
"""

from __future__ import annotations

import re

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


def sector_label(division_code: str) -> str:
    """How a division is shown in breakdowns: ``"C 10"``; ``"—"`` when no sector is known."""
    if not division_code:
        return "—"
    letter = section(division_code)
    return f"{letter} {division_code}" if letter else division_code
