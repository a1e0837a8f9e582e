"""Companies that look the same (issue 14 §5): two experts may create one company on two laptops.

No Qt, no SQL. :func:`name_key` normalises a company name: Unicode compatibility forms (NFKC)
and case folded, quotes and punctuation dropped, and the words of a legal form removed, so
``«Şəki Süd» MMC``, ``ŞƏKİ SÜD`` and ``"Şəki Süd" Məhdud Məsuliyyətli Cəmiyyəti`` give one key.
:func:`duplicate_groups` groups companies that are probably one:

- the same country and the same registration number (spaces, dots, dashes and slashes ignored),
  whatever their names; or
- the same country, the same name key and the same city (case-folded, spaces trimmed; the
  relation must be transitive, so a city left blank matches only a blank city), unless both
  have registration numbers and they differ (two legal entities with one name).

Legal-form words. The abbreviations and full names are those of the ISO 20275 Entity Legal
Forms code list maintained by GLEIF (https://www.gleif.org/en/about-lei/code-lists/
iso-20275-entity-legal-forms-code-list; columns "Abbreviations Local/Transliterated" and
"Entity Legal Form name") for the jurisdictions our programmes work in and those a company's
name is commonly written in: Azerbaijan (MMC, ASC, QSC, AC, FŞ), Russia, Kazakhstan, Ukraine,
Belarus, Uzbekistan, Kyrgyzstan (ООО, ОАО, ЗАО, АО, ПАО, ТОО, ТОВ, ОДО, ИП, ЧП, MChJ, AJ), Georgia
(შპს, სს and their transliterations ŠPS/SS), Armenia (ՍՊԸ, ФЗО/ՓԲԸ), Türkiye (A.Ş., Ltd. Şti.),
the United Kingdom and the United States (Ltd, LLC, LLP, PLC, Inc, Corp, Co), Germany and Austria
(GmbH, AG, KG), and the English renderings of all of these (JSC, OJSC, CJSC, PJSC, LLC).
Only the words of a legal form are dropped; "Company" or "Group" alone are kept (they are often
part of the name itself).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

LEGAL_FORMS = frozenset(
    {
        # Azerbaijan: Məhdud Məsuliyyətli Cəmiyyət, Açıq/Qapalı Səhmdar Cəmiyyəti, Fərdi Sahibkar
        "mmc", "ммс", "asc", "qsc", "sc", "fş", "fs",
        # Russia, Belarus, Kazakhstan, Kyrgyzstan, Ukraine (Cyrillic and transliterated)
        "ооо", "оао", "зао", "ао", "пао", "нао", "одо", "тоо", "тов", "пат", "прат", "ип", "чп",
        "ooo", "oao", "zao", "pao", "too", "tov", "ip",
        # Uzbekistan: Mas'uliyati cheklangan jamiyat, Aksiyadorlik jamiyati
        "mchj", "aj", "ммж",
        # Georgia: შეზღუდული პასუხისმგებლობის საზოგადოება, სააქციო საზოგადოება
        "შპს", "სს", "šps", "shps",
        # Armenia: Սահմանափակ պատասխանատվությամբ ընկերություն, Փակ բաժնետիրական ընկերություն
        "սպը", "փբը", "բբը",
        # Türkiye: Anonim Şirketi, Limited Şirketi
        "aş", "şti",
        # English renderings, UK, US
        "llc", "ltd", "llp", "plc", "inc", "corp", "jsc", "ojsc", "cjsc", "pjsc", "co",
        # Germany, Austria, Switzerland
        "gmbh", "ag", "kg",
    }
)  # fmt: skip
"""Abbreviations of legal forms, case-folded, without dots (see the module's sources)."""

LEGAL_FORM_PHRASES = (
    "məhdud məsuliyyətli cəmiyyəti",
    "məhdud məsuliyyətli cəmiyyət",
    "açıq səhmdar cəmiyyəti",
    "qapalı səhmdar cəmiyyəti",
    "səhmdar cəmiyyəti",
    "общество с ограниченной ответственностью",
    "открытое акционерное общество",
    "закрытое акционерное общество",
    "публичное акционерное общество",
    "акционерное общество",
    "товарищество с ограниченной ответственностью",
    "limited liability company",
    "open joint stock company",
    "closed joint stock company",
    "joint stock company",
    "joint-stock company",
    "limited company",
    "limited şirketi",
    "anonim şirketi",
)
"""Full names of the same legal forms, case-folded (longest first where one contains another)."""

_QUOTES = "\"'«»“”„‟‘’‚‛`´‹›"
_PUNCT = re.compile(r"[\s,;:()\[\]{}/\\|+&—–\-_!?*#№]+")


def _fold(text: str) -> str:
    # casefold() turns the Azerbaijani and Turkish İ into i + a combining dot above (dropped, so
    # ŞƏKİ and şəki compare equal) and I into i, where Azerbaijani reads ı: BAKI is Bakı, so
    # the dotless ı is compared as i too.
    folded = unicodedata.normalize("NFKC", text).casefold()
    return folded.replace("\u0307", "").replace("ı", "i")


def name_key(name: str) -> str:
    """The comparable form of a company name: folded, no quotes or legal-form words."""
    text = _fold(name)
    for quote in _QUOTES:
        text = text.replace(quote, " ")
    for phrase in LEGAL_FORM_PHRASES:
        text = text.replace(phrase, " ")
    text = text.replace(".", "")  # L.L.C. → llc, A.Ş. → aş
    words = [w for w in _PUNCT.split(text) if w and w not in LEGAL_FORMS]
    return " ".join(words)


def registration_key(number: str) -> str:
    """A registration number without spaces, dots, dashes and slashes, case-folded."""
    return re.sub(r"[\s.\-/]+", "", _fold(number))


@dataclass(frozen=True)
class Company:
    """What duplicate detection looks at."""

    id: str
    name: str
    country: str
    city: str = ""
    registration_no: str = ""


@dataclass(frozen=True)
class Group:
    """Companies that look like one: their ids (sorted) and why (``registration`` or ``name``)."""

    ids: tuple[str, ...]
    reasons: tuple[str, ...]


def same(a: Company, b: Company) -> str | None:
    """Why ``a`` and ``b`` look like one company (``registration`` or ``name``), or None."""
    if a.country != b.country:
        return None
    reg_a, reg_b = registration_key(a.registration_no), registration_key(b.registration_no)
    if reg_a and reg_b:
        return "registration" if reg_a == reg_b else None
    key = name_key(a.name)
    if not key or key != name_key(b.name):
        return None
    if " ".join(_fold(a.city).split()) != " ".join(_fold(b.city).split()):
        return None
    return "name"


def duplicate_groups(companies: Iterable[Company]) -> list[Group]:
    """Groups of two or more companies that look like one (linked pairwise, then joined).

    Companies are bucketed by country and name key or registration number first, so the pairs
    compared stay few. Groups are sorted by their first id.
    """
    items = list(companies)
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple[str, str, str], list[int]] = {}
    for i, c in enumerate(items):
        buckets.setdefault((c.country, "name", name_key(c.name)), []).append(i)
        reg = registration_key(c.registration_no)
        if reg:
            buckets.setdefault((c.country, "registration", reg), []).append(i)
    reasons: dict[int, set[str]] = {}
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                why = same(items[i], items[j])
                if why:
                    a, b = root(i), root(j)
                    if a != b:
                        parent[b] = a
                        reasons.setdefault(a, set()).update(reasons.pop(b, set()))
                    reasons.setdefault(a, set()).add(why)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(root(i), []).append(i)
    out = [
        Group(tuple(sorted(items[i].id for i in members)), tuple(sorted(reasons.get(r, ()))))
        for r, members in groups.items()
        if len(members) > 1
    ]
    return sorted(out, key=lambda g: g.ids)


def survivor(ids: Sequence[str], assessments: dict[str, int]) -> str:
    """The company a group is merged into by default: most assessments, then the smaller id
    (the same choice on every device)."""
    return min(ids, key=lambda i: (-assessments.get(i, 0), i))
