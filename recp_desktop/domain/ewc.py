"""The European List of Waste (EWC) and the R/D treatment codes, as shipped data.

The list is the Annex to Commission Decision 2000/532/EC as replaced by Decision 2014/955/EU:
20 chapters, 111 sub-chapters, 842 six-digit entries of which 408 are hazardous (marked ``*``).
The treatment codes are the recovery (R1–R13) and disposal (D1–D15) operations of Annexes II
and I of the Waste Framework Directive 2008/98/EC. Sources, licences and the languages shipped
are in ``resources/ewc/README.md``: descriptions are in English only, since no published
Russian or Azerbaijani translation could be obtained; every language falls back to English.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from recp_desktop.paths import resource_path

DESCRIPTION_LANGUAGES = ("en",)
"""Languages in which the shipped list has its official descriptions."""


class UnknownWasteCodeError(LookupError):
    """A code that is not in the List of Waste (or not six digits)."""


@dataclass(frozen=True)
class WasteCode:
    """One entry of the List of Waste.

    ``code`` is six digits without spaces (``"170503"``); ``descriptions`` maps a language code
    to the official description; ``mirror`` marks one of a hazardous/non-hazardous pair.
    """

    code: str
    hazardous: bool
    mirror: bool
    descriptions: Mapping[str, str]

    @property
    def chapter(self) -> str:
        return self.code[:2]

    @property
    def subchapter(self) -> str:
        return self.code[:4]

    @property
    def display(self) -> str:
        """The code as the Decision prints it: ``17 05 03*`` (asterisk when hazardous)."""
        spaced = f"{self.code[:2]} {self.code[2:4]} {self.code[4:]}"
        return spaced + ("*" if self.hazardous else "")

    def description(self, language: str = "en") -> str:
        """The description in ``language``, else in English."""
        return self.descriptions.get(language) or self.descriptions["en"]


@dataclass(frozen=True)
class Heading:
    """A chapter (two-digit ``code``) or sub-chapter (four digits) and its titles by language."""

    code: str
    titles: Mapping[str, str]

    def title(self, language: str = "en") -> str:
        return self.titles.get(language) or self.titles["en"]


@dataclass(frozen=True)
class TreatmentCode:
    """A recovery (``R1``–``R13``) or disposal (``D1``–``D15``) operation of 2008/98/EC."""

    code: str
    recovery: bool
    descriptions: Mapping[str, str]

    def description(self, language: str = "en") -> str:
        return self.descriptions.get(language) or self.descriptions["en"]


def _rows(name: str) -> list[dict[str, str]]:
    with resource_path("ewc", name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _texts(row: Mapping[str, str], prefix: str) -> dict[str, str]:
    return {
        key.removeprefix(prefix): value
        for key, value in row.items()
        if key.startswith(prefix) and value
    }


@cache
def codes() -> tuple[WasteCode, ...]:
    """All 842 entries in the order of the list."""
    return tuple(
        WasteCode(
            code=row["code"],
            hazardous=row["hazardous"] == "1",
            mirror=row["entry"] == "mirror",
            descriptions=_texts(row, "description_"),
        )
        for row in _rows("list-of-waste.csv")
    )


@cache
def _by_code() -> dict[str, WasteCode]:
    return {entry.code: entry for entry in codes()}


@cache
def _headings() -> dict[str, Heading]:
    return {
        row["code"]: Heading(row["code"], _texts(row, "title_")) for row in _rows("chapters.csv")
    }


def chapters() -> tuple[Heading, ...]:
    """The 20 chapters (``01`` … ``20``)."""
    return tuple(h for code, h in _headings().items() if len(code) == 2)


def subchapters(chapter: str | None = None) -> tuple[Heading, ...]:
    """The sub-chapters (four-digit codes), all or those of ``chapter``."""
    return tuple(
        h
        for code, h in _headings().items()
        if len(code) == 4 and (chapter is None or code.startswith(chapter))
    )


def heading(code: str) -> Heading:
    """The chapter or sub-chapter ``code`` (``"17"``, ``"17 05"``).

    Raises:
        UnknownWasteCodeError: no such heading.
    """
    key = _digits(code)
    try:
        return _headings()[key]
    except KeyError:
        raise UnknownWasteCodeError(
            f"No chapter or sub-chapter {code!r} in the List of Waste."
        ) from None


def _digits(code: str) -> str:
    return re.sub(r"[\s.\-*]", "", code)


def lookup(code: str) -> WasteCode:
    """The entry ``code``, written ``170503``, ``17 05 03``, ``17 05 03*`` or ``17.05.03``.

    Raises:
        UnknownWasteCodeError: not six digits, or not in the list.
    """
    key = _digits(code)
    entry = _by_code().get(key) if re.fullmatch(r"\d{6}", key) else None
    if entry is None:
        raise UnknownWasteCodeError(
            f"{code!r} is not a code of the European List of Waste (six digits, e.g. 17 05 04)."
        )
    return entry


@cache
def display_code(code: str) -> str:
    """A code, sub-chapter or chapter as the List of Waste prints it: ``"020501"`` →
    ``"02 05 01"``, ``"130205"`` → ``"13 02 05*"`` (asterisk: a hazardous entry, Commission
    Decision 2000/532/EC as amended by 2014/955/EU), ``"1001"`` → ``"10 01"``, ``"02"`` →
    ``"02"``. A six-digit code not in the list is spaced without an asterisk; text that is not
    2, 4 or 6 digits is returned as given."""
    key = _digits(code)
    if not re.fullmatch(r"\d{2}|\d{4}|\d{6}", key):
        return code
    spaced = " ".join(key[i : i + 2] for i in range(0, len(key), 2))
    entry = _by_code().get(key) if len(key) == 6 else None
    return spaced + ("*" if entry is not None and entry.hazardous else "")


def fold(text: str) -> str:
    """``text`` for matching: case folded, accents and other combining marks removed
    (``Ölçü`` → ``olcu``; ``й`` → ``и``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _folded(language: str) -> dict[str, str]:
    return {entry.code: fold(entry.description(language)) for entry in codes()}


HAZARD_WORDS = ("hazardous", "опасн", "təhlukəli")
"""Query words (folded; a word starting with one of them) that keep only the hazardous entries,
like a ``*`` in the query: ``lubricating hazardous`` finds 13 02 05* although its description
does not say "hazardous"."""


def _is_hazard_word(word: str) -> bool:
    return word == "*" or any(word.startswith(h) for h in HAZARD_WORDS)


@cache
def _word_start(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])" + re.escape(word))


def search(text: str, language: str = "en", limit: int | None = None) -> list[WasteCode]:
    """Entries matching ``text``, in the list's order.

    Digits (spaces, dots ignored) are a code prefix: ``17 05`` finds the sub-chapter's entries.
    Every other word must begin a word of the description (in ``language``, else English),
    case- and accent-insensitively: ``oil`` finds "oils" and "oily" but not "soil" or "boiler".
    ``hazardous`` (or ``опасные``, ``təhlükəli``) and a ``*`` keep the hazardous entries only:
    ``soil hazardous`` finds 17 05 03*. An empty query finds nothing.
    """
    folded_text = fold(text)
    hazardous = "*" in folded_text
    words = folded_text.replace("*", " ").split()
    hazardous = hazardous or any(_is_hazard_word(w) for w in words)
    words = [w for w in words if not _is_hazard_word(w)]
    digits = "".join(w for w in words if re.fullmatch(r"[\d.\-]+", w))
    digits = _digits(digits)
    others = [_word_start(w) for w in words if not re.fullmatch(r"[\d.\-]+", w)]
    if not digits and not others and not hazardous:
        return []
    folded = _folded(language)
    found = [
        entry
        for entry in codes()
        if entry.code.startswith(digits)
        and (entry.hazardous or not hazardous)
        and all(w.search(folded[entry.code]) for w in others)
    ]
    return found[:limit] if limit is not None else found


@cache
def treatment_codes() -> tuple[TreatmentCode, ...]:
    """R1–R13 then D1–D15, with their descriptions."""
    return tuple(
        TreatmentCode(
            code=row["code"],
            recovery=row["kind"] == "recovery",
            descriptions=_texts(row, "description_"),
        )
        for row in _rows("treatment-codes.csv")
    )


def treatment(code: str) -> TreatmentCode:
    """The operation ``code`` (``R4``, ``r 4``, ``D10``); :class:`UnknownWasteCodeError` if none."""
    key = re.sub(r"\s", "", code).upper()
    for entry in treatment_codes():
        if entry.code == key:
            return entry
    raise UnknownWasteCodeError(f"{code!r} is not a treatment code (R1–R13 or D1–D15).")
