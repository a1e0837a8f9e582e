"""First-level administrative divisions (ISO 3166-2) of the countries the centres work in.

Shipped as ``resources/regions/regions.csv`` (source and licence in its README: Debian's
``iso-codes``, LGPL-2.1+), with ``aliases.csv``: the other names people type (Natural Earth's
names of the same units: "Brest", "Брест", "Baku City", "Kiev"; public domain). A company's
``region`` holds the ISO 3166-2 code when picked from this list; older free text stays as typed
(:func:`region_name` shows either).
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache

from recp_desktop.paths import resource_path

COUNTRIES = ("AM", "AZ", "BY", "GE", "MD", "UA")


# The kind of a division in words, to tell apart two of one country that share a name
# (Azerbaijan's city Şəki and the Şəki rayon around it). ISO 3166-2's category names; Russian and
# Azerbaijani as those countries' statistics name them (город/şəhər, район/rayon, область…).
KINDS: dict[str, dict[str, str]] = {
    "Municipality": {"en": "city", "ru": "город", "az": "şəhər"},
    "City": {"en": "city", "ru": "город", "az": "şəhər"},
    "Rayon": {"en": "rayon", "ru": "район", "az": "rayon"},
    "District": {"en": "district", "ru": "район", "az": "rayon"},
    "Oblast": {"en": "oblast", "ru": "область", "az": "vilayət"},
    "Region": {"en": "region", "ru": "регион", "az": "region"},
    "Republic": {"en": "republic", "ru": "республика", "az": "respublika"},
    "Autonomous republic": {"en": "autonomous republic", "ru": "автономная республика",
                            "az": "muxtar respublika"},
    "Autonomous territorial unit": {"en": "autonomous territorial unit",
                                    "ru": "автономное территориальное образование",
                                    "az": "muxtar ərazi vahidi"},
    "Territorial unit": {"en": "territorial unit", "ru": "территориальная единица",
                         "az": "ərazi vahidi"},
}  # fmt: skip


@dataclass(frozen=True)
class Region:
    """``code`` (``AZ-BA``), ``country`` (``AZ``), ``kind`` (Region, Rayon, City…), names, and
    ``aliases``: other names people use (``aliases.csv``), searched but never shown."""

    code: str
    country: str
    kind: str
    name_en: str
    name_ru: str
    aliases: tuple[str, ...] = ()

    def name(self, language: str = "en") -> str:
        """The name in ``language`` (Russian where the source has it), else the ISO name."""
        return (self.name_ru if language == "ru" else "") or self.name_en

    def label(self, language: str = "en") -> str:
        """How people see it: :meth:`name`, with its kind when another division of the country
        has the same name ("Şəki (city)", "Şəki (rayon)"), or the same English name while this
        one is shown in English for want of a translation (Russian "Шекинский район" beside
        "Şəki (город)")."""
        name = self.name(language)
        english = name == self.name_en  # no name in ``language``: another may be its neighbour's
        if not any(
            other is not self
            and (other.name(language) == name or (english and other.name_en == self.name_en))
            for other in regions_of(self.country)
        ):
            return name
        words = KINDS.get(self.kind, {})
        return f"{name} ({words.get(language) or words.get('en') or self.kind.lower()})"


@cache
def regions() -> tuple[Region, ...]:
    """Every shipped division, by country then code."""
    aliases: dict[str, list[str]] = {}
    with resource_path("regions", "aliases.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            aliases.setdefault(row["code"], []).append(row["alias"])
    with resource_path("regions", "regions.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            Region(r["code"], r["country"], r["type"], r["name_en"], r["name_ru"],
                   tuple(aliases.get(r["code"], ())))
            for r in csv.DictReader(handle)
        )  # fmt: skip


@cache
def _by_code() -> dict[str, Region]:
    return {r.code: r for r in regions()}


@cache
def regions_of(country: str) -> tuple[Region, ...]:
    """The divisions of ``country`` (ISO 3166-1 alpha-2); empty for a country not shipped."""
    return tuple(r for r in regions() if r.country == country)


def region(code: str) -> Region | None:
    """The division with ISO 3166-2 ``code``, or None (free text, or unknown)."""
    return _by_code().get(code.strip().upper()) if code else None


def region_name(value: str, language: str = "en") -> str:
    """A company's stored ``region`` for people: a known code as its :meth:`Region.label`,
    other text as is."""
    found = region(value)
    return found.label(language) if found else value


def search_key(text: str) -> str:
    """``text`` folded for matching what people type against the list: case, accents
    (Unicode NFKD with combining marks dropped), apostrophes, hyphens and spaces ignored —
    "Kakheti" finds ISO's "K'akheti", "samtskhe javakheti" finds "Samtskhe-Javakheti"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def regions_named(text: str, country: str) -> tuple[Region, ...]:
    """The divisions of ``country`` that ``text`` names, as :func:`search_key` folds it: those
    whose English or Russian name (or label) it is; if none, those with it as an alias; if none,
    those with an alias starting with it (four letters at least). Two or more: the text alone
    does not say which."""
    key = search_key(text)
    if not key:
        return ()
    own = tuple(
        entry
        for entry in regions_of(country)
        if key in {search_key(n) for n in (entry.name_en, entry.name_ru, *_labels(entry))}
    )
    if own:
        return own
    aliased = tuple(
        entry for entry in regions_of(country) if key in {search_key(a) for a in entry.aliases}
    )
    if aliased or len(key) < 4:
        return aliased
    # "Baku" for the alias "Baku City": the start of one alias (four letters at least)
    return tuple(
        entry
        for entry in regions_of(country)
        if any(search_key(a).startswith(key) for a in entry.aliases)
    )


def _labels(entry: Region) -> tuple[str, ...]:
    return tuple(entry.label(language) for language in ("en", "ru", "az"))


def find_region(text: str, country: str) -> Region | None:
    """The division of ``country`` that ``text`` names: its ISO 3166-2 code, or the one
    division :func:`regions_named` finds; None if it names none or several (free text, kept as
    typed and shown as not on the map until one is picked)."""
    found = region(text)
    if found is not None:
        return found if found.country == country else None
    named = regions_named(text, country)
    return named[0] if len(named) == 1 else None
