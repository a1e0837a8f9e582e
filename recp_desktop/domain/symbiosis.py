"""Industrial symbiosis candidates: one company's waste stream as another company's input.

The curated mapping ``resources/symbiosis/receivers.csv`` (its README explains the columns and
``sources.csv`` the citations) says which sectors (NACE Rev. 2) take a waste of the European List
of Waste. A candidate pairs a stream with every other company whose NACE code one of the
stream's matching rows names, and is scored 0–100 from its reasons:

- match (up to 40): the row's specificity — the exact code 40, a sub-chapter 30, a chapter 20 —
  in full for a ``documented`` row, three quarters (rounded down) for ``general`` knowledge;
- quantity (up to 20): 20 for 10 t/year or more, 10 for less, 0 when the tonnes are unknown;
- nearness (up to 25): the same eco-industrial park 25, the same region 20, else by the
  great-circle distance (:func:`distance_km`) — between the two companies' sites when both
  have coordinates, else between their regions' label points (``domain.boundaries``):
  ≤ 50 km 15, ≤ 200 km 10, ≤ 500 km 5, farther or unknown 0;
- hazardous handling (−15): a hazardous entry (``*``) needs permitted transport and a permitted
  receiver;
- already recovered (−10): the stream already goes to another company for recovery (R code).

A company may also declare a wanted input (``domain.records.WantedInput``: a List of Waste code,
sub-chapter or chapter): a stream under it is a candidate for that company whatever its sector,
with the full 40 for the match (the receiver asked for it) and the other parts as above.

The weights are this app's convention (a ranking aid for the supervisor, not a measured
probability); every part of the score is listed in the candidate's reasons.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache

from recp_desktop.domain.boundaries import great_circle_km, region_distance_km
from recp_desktop.domain.symbiosis_texts import Reason, reason_text
from recp_desktop.paths import resource_path


@dataclass(frozen=True)
class Source:
    key: str
    citation: str
    url: str


@dataclass(frozen=True)
class ReceiverRow:
    """One row of the mapping: EWC prefix, material, receiving NACE prefixes, use, quality."""

    number: int  # 1-based row of receivers.csv (after the header), for citing it
    ewc: str
    material_en: str
    material_ru: str
    nace: tuple[str, ...]
    use_en: str
    quality: str  # "documented" | "general"
    sources: tuple[str, ...]
    use_ru: str = ""

    def material(self, language: str = "en") -> str:
        """The material in ``language`` where the mapping has it (en, ru), else in English."""
        return (self.material_ru if language == "ru" else "") or self.material_en

    def use(self, language: str = "en") -> str:
        """What the receiver does with it, in ``language`` where the mapping has it (en, ru),
        else in English — see :meth:`in_language`."""
        return (self.use_ru if language == "ru" else "") or self.use_en

    def in_language(self, language: str) -> bool:
        """Whether :meth:`material` and :meth:`use` are in ``language`` itself. The mapping
        has English and Russian; no published Azerbaijani wording of these materials and uses
        was found, so Azerbaijani falls back to English (and the window says so)."""
        return language == "en" or (language == "ru" and bool(self.material_ru and self.use_ru))

    def takes(self, nace: str) -> bool:
        """Whether a company of NACE ``nace`` is one of this row's receivers."""
        code = nace.strip()
        return bool(code) and any(code.startswith(prefix) for prefix in self.nace)


@cache
def sources() -> dict[str, Source]:
    """The citations of ``sources.csv`` by key."""
    with resource_path("symbiosis", "sources.csv").open(encoding="utf-8", newline="") as handle:
        return {r["key"]: Source(r["key"], r["citation"], r["url"]) for r in csv.DictReader(handle)}


@cache
def receivers() -> tuple[ReceiverRow, ...]:
    """Every row of the mapping, in file order."""
    path = resource_path("symbiosis", "receivers.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            ReceiverRow(
                number,
                r["ewc"],
                r["material_en"],
                r["material_ru"],
                tuple(r["nace"].split()),
                r["use_en"],
                r["quality"],
                tuple(r["sources"].split()),
                r["use_ru"],
            )
            for number, r in enumerate(csv.DictReader(handle), start=1)
        )


def rows_for(ewc_code: str) -> list[ReceiverRow]:
    """The rows whose ``ewc`` prefix the six-digit ``ewc_code`` starts with, most specific
    first."""
    found = [row for row in receivers() if ewc_code.startswith(row.ewc)]
    return sorted(found, key=lambda row: (-len(row.ewc), row.number))


@dataclass(frozen=True)
class Company:
    """A company as symbiosis sees it: id, name, NACE code, region (ISO code or text),
    country, eco-industrial park ("" if none) and its site's WGS 84 latitude and longitude in
    degrees (None if not given)."""

    id: str
    name: str
    nace: str
    region: str
    country: str
    eco_park: str = ""
    latitude: float | None = None
    longitude: float | None = None

    @property
    def site(self) -> tuple[float, float] | None:
        """(longitude, latitude) when both are given, else None."""
        if self.latitude is None or self.longitude is None:
            return None
        return (self.longitude, self.latitude)


def distance_km(a: Company, b: Company) -> tuple[float | None, str]:
    """The distance in km between two companies and what it is measured between: ``"sites"``
    when both have coordinates — the great-circle (haversine) distance on the mean Earth
    sphere, :func:`recp_desktop.domain.boundaries.great_circle_km` (R. W. Sinnott, "Virtues of
    the Haversine", Sky and Telescope 68(2), 1984, p. 159) — else ``"regions"``: the same
    formula between the label points of their regions (0 for the same region; None when a
    region is not on the shipped list)."""
    if a.site is not None and b.site is not None:
        return great_circle_km(a.site, b.site), "sites"
    return region_distance_km(a.region, b.region), "regions"


@dataclass(frozen=True)
class Stream:
    """A waste stream offered: its id, company, EWC code, hazard flag, name, tonnes per year
    (None if unknown), treatment code and destination (None/"" if not recorded)."""

    id: str
    company: Company
    ewc_code: str
    hazardous: bool
    name: str
    tonnes: float | None
    treatment: str | None = None
    destination: str | None = None


@dataclass(frozen=True)
class Wanted:
    """A wanted input: ``company`` would take waste under ``ewc_code`` (2, 4 or 6 digits),
    described as ``material``, up to ``tonnes`` per year (None: not said)."""

    id: str
    company: Company
    ewc_code: str
    material: str
    tonnes: float | None = None


@dataclass(frozen=True)
class Candidate:
    """``stream`` could go to ``receiver``, by mapping ``row`` or because the receiver declared
    the ``wanted`` input (one of the two is set); ``score`` 0–100 and the ``parts`` that make
    it up (:attr:`reasons` in English, :meth:`reasons_in` another language);
    ``distance_km`` between the sites when both companies have coordinates, else between the
    regions (0 for the same region, None if unknown)."""

    stream: Stream
    receiver: Company
    row: ReceiverRow | None
    score: int
    distance_km: float | None
    parts: tuple[Reason, ...] = field(default=())
    wanted: Wanted | None = None

    @property
    def reasons(self) -> tuple[str, ...]:
        """Each part of the score as an English sentence (``recp symbiosis``)."""
        return self.reasons_in("en")

    def reasons_in(self, language: str) -> tuple[str, ...]:
        """Each part of the score as a sentence in ``language`` (en, ru, az)."""
        return tuple(reason_text(part, language) for part in self.parts)

    @property
    def material(self) -> str:
        """What is exchanged, in English (the mapping's words or the receiver's)."""
        return self.row.material_en if self.row else (self.wanted.material if self.wanted else "")

    @property
    def key(self) -> tuple[str, str]:
        """(stream id, receiver id): one candidate per pair, the best row kept."""
        return (self.stream.id, self.receiver.id)


def _score(stream: Stream, receiver: Company, row: ReceiverRow) -> Candidate:
    level = {6: 40, 4: 30, 2: 20}.get(len(row.ewc), 20)
    match = level if row.quality == "documented" else level * 3 // 4
    reason = Reason("match", {"points": match, "row": row})
    return _complete(stream, receiver, row, None, match, reason)


def _score_wanted(stream: Stream, wanted: Wanted) -> Candidate:
    reason = Reason(
        "wanted",
        {
            "company": wanted.company.name,
            "material": wanted.material,
            "code": wanted.ewc_code,
            "tonnes": wanted.tonnes,
        },
    )
    return _complete(stream, wanted.company, None, wanted, 40, reason)


def _complete(
    stream: Stream,
    receiver: Company,
    row: ReceiverRow | None,
    wanted: Wanted | None,
    match: int,
    first: Reason,
) -> Candidate:
    parts = [first]
    score = match
    if stream.tonnes is None:
        parts.append(Reason("quantity_unknown"))
    else:
        points = 20 if stream.tonnes >= 10 else 10
        score += points
        parts.append(Reason("quantity", {"points": points, "tonnes": stream.tonnes}))
    distance, between = distance_km(stream.company, receiver)
    same_region = region_distance_km(stream.company.region, receiver.region) == 0.0
    park = stream.company.eco_park.strip()
    if park and park.casefold() == receiver.eco_park.strip().casefold():
        score += 25
        parts.append(Reason("park", {"park": park}))
    elif same_region:
        score += 20
        parts.append(Reason("same_region"))
    elif distance is None:
        parts.append(Reason("distance_unknown"))
    else:
        points = 15 if distance <= 50 else 10 if distance <= 200 else 5 if distance <= 500 else 0
        score += points
        parts.append(Reason("distance", {"points": points, "km": distance, "between": between}))
    if stream.hazardous:
        score -= 15
        parts.append(Reason("hazardous"))
    if (stream.treatment or "").startswith("R") and stream.destination == "other_company":
        score -= 10
        parts.append(Reason("recovered", {"treatment": stream.treatment}))
    score = max(0, min(100, score))
    return Candidate(stream, receiver, row, score, distance, tuple(parts), wanted)


def candidates(
    streams: list[Stream], companies: list[Company], wanted: list[Wanted] | None = None
) -> list[Candidate]:
    """Every (stream, other company) pair the mapping or a ``wanted`` input supports, best
    score first; for a pair matched several ways, the best-scoring one (ties: a declared wanted
    input, then the more specific row)."""
    best: dict[tuple[str, str], Candidate] = {}
    for stream in streams:
        for want in wanted or ():
            if want.company.id != stream.company.id and stream.ewc_code.startswith(want.ewc_code):
                found = _score_wanted(stream, want)
                known = best.get(found.key)
                if known is None or found.score > known.score:
                    best[found.key] = found
        rows = rows_for(stream.ewc_code)
        if not rows:
            continue
        for receiver in companies:
            if receiver.id == stream.company.id:
                continue
            for row in rows:
                if not row.takes(receiver.nace):
                    continue
                found = _score(stream, receiver, row)
                known = best.get(found.key)
                if known is None or found.score > known.score:
                    best[found.key] = found
    return sorted(
        best.values(),
        key=lambda c: (
            -c.score,
            c.stream.company.name.casefold(),
            c.receiver.name.casefold(),
            c.stream.ewc_code,
        ),
    )


__all__ = [
    "Candidate",
    "Company",
    "Reason",
    "ReceiverRow",
    "Source",
    "Stream",
    "Wanted",
    "candidates",
    "distance_km",
    "receivers",
    "rows_for",
    "sources",
]
