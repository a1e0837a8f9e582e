"""First-level administrative divisions (ISO 3166-2) of the countries the centres work in.

Shipped as ``resources/regions/regions.csv`` (source and licence in its README: Debian's
``iso-codes``, LGPL-2.1+). A company's ``region`` holds the ISO 3166-2 code when picked from this
list; older free text stays as typed (:func:`region_name` shows either).
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache

from recp_desktop.paths import resource_path

COUNTRIES = ("AM", "AZ", "BY", "GE", "MD", "UA")


@dataclass(frozen=True)
class Region:
    """``code`` (``AZ-BA``), ``country`` (``AZ``), ``kind`` (Region, Rayon, City…), names."""

    code: str
    country: str
    kind: str
    name_en: str
    name_ru: str

    def name(self, language: str = "en") -> str:
        """The name in ``language`` (Russian where the source has it), else the ISO name."""
        return (self.name_ru if language == "ru" else "") or self.name_en


@cache
def regions() -> tuple[Region, ...]:
    """Every shipped division, by country then code."""
    with resource_path("regions", "regions.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            Region(r["code"], r["country"], r["type"], r["name_en"], r["name_ru"])
            for r in csv.DictReader(handle)
        )


@cache
def _by_code() -> dict[str, Region]:
    return {r.code: r for r in regions()}


def regions_of(country: str) -> tuple[Region, ...]:
    """The divisions of ``country`` (ISO 3166-1 alpha-2); empty for a country not shipped."""
    return tuple(r for r in regions() if r.country == country)


def region(code: str) -> Region | None:
    """The division with ISO 3166-2 ``code``, or None (free text, or unknown)."""
    return _by_code().get(code.strip().upper()) if code else None


def region_name(value: str, language: str = "en") -> str:
    """A company's stored ``region`` for people: a known code as its name, other text as is."""
    found = region(value)
    return found.name(language) if found else value


def search_key(text: str) -> str:
    """``text`` folded for matching what people type against the list: case, accents
    (Unicode NFKD with combining marks dropped), apostrophes, hyphens and spaces ignored —
    "Kakheti" finds ISO's "K'akheti", "samtskhe javakheti" finds "Samtskhe-Javakheti"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def find_region(text: str, country: str) -> Region | None:
    """The division of ``country`` that ``text`` names: its ISO 3166-2 code, or its English
    or Russian name as :func:`search_key` folds it; None if it names none (free text, kept as
    typed and shown as not on the map)."""
    found = region(text)
    if found is not None:
        return found if found.country == country else None
    key = search_key(text)
    if not key:
        return None
    for entry in regions_of(country):
        if key in (search_key(entry.name_en), search_key(entry.name_ru)):
            return entry
    return None
