"""Industrial symbiosis candidates: one company's waste stream as another company's input.

The curated mapping ``resources/symbiosis/receivers.csv`` (its README explains the columns and
``sources.csv`` the citations) says which sectors (NACE Rev. 2) take a waste of the European List
of Waste. A candidate pairs a stream with another company whose NACE code one of the stream's
matching rows names; each stream keeps its :data:`PER_STREAM` best receivers. A score 0–100
is the sum of its reasons:

- match (up to 40): the row's specificity — the exact code 40, a sub-chapter 30, a chapter 20 —
  in full for a ``documented`` row, three quarters (rounded down) for ``general`` knowledge;
- quantity (up to 20): 20 for 10 t/year or more, 10 for less, 0 when the tonnes are unknown;
  for a declared wanted input "up to W t/year", on min(offered, W);
- nearness (up to 25): the same eco-industrial park 25, the same region 20, else falling with
  the great-circle distance d (:func:`distance_km`) — between the two companies' sites when
  both have coordinates, else between their regions' label points (``domain.boundaries``):
  ⌊20 × (500 − d) / 500⌋, so 20 at 0 km, 10 at 250 km and 0 from :data:`FAR_KM` (500 km) on;
  unknown 0;
- across a border (−10): the companies are in different countries. A transboundary movement of
  hazardous waste (and of the "other wastes" of Annex II) needs the prior written consent of
  the countries of import and transit: Basel Convention on the Control of Transboundary
  Movements of Hazardous Wastes and their Disposal (Basel, 22 March 1989), Art. 4(1)(c) and
  Art. 6 (notification, written consent), Art. 7 (transit through non-Parties) — source key
  ``BASEL1989``; other waste follows both countries' notification rules;
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
import math
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import cache
from itertools import chain

from recp_desktop.domain.boundaries import boundary, great_circle_km, region_distance_km
from recp_desktop.domain.symbiosis_texts import Reason, reason_text
from recp_desktop.paths import resource_path

PER_STREAM = 3
"""How many receivers each waste stream keeps, best score first (``--per-stream``): a
supervisor needs each stream's best matches, not every pair (300 companies and 10,000 streams
made 422,515 pairs; three per stream keep 30,000 at most, which the window and
``recp symbiosis`` list in about a second)."""

PARK_POINTS = 25
NEAR_POINTS = 20
FAR_KM = 500.0
WANTED_POINTS = 40
BORDER_POINTS = -10
HAZARDOUS_POINTS = -15
RECOVERED_POINTS = -10


@dataclass(frozen=True)
class Source:
    """A citation of ``sources.csv``: its key, full citation, link and a short name for
    reasons ("Abdul-Wahab et al. 2020"; empty for general knowledge)."""

    key: str
    citation: str
    url: str
    short: str = ""


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
        return {
            r["key"]: Source(r["key"], r["citation"], r["url"], r.get("short") or "")
            for r in csv.DictReader(handle)
        }


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


@cache
def rows_for(ewc_code: str) -> tuple[ReceiverRow, ...]:
    """The rows whose ``ewc`` prefix the six-digit ``ewc_code`` starts with, most specific
    first."""
    found = [row for row in receivers() if ewc_code.startswith(row.ewc)]
    return tuple(sorted(found, key=lambda row: (-len(row.ewc), row.number)))


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


@cache
def _label_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """:func:`great_circle_km` between two regions' label points, worked out once a pair."""
    return great_circle_km(a, b)


def _place(c: Company) -> tuple[str, str | None, tuple[float, float] | None]:
    """(park compared without case, the region's shipped code or None, its label point)."""
    shape = boundary(c.region)
    return (c.eco_park.strip().casefold(), shape.code if shape else None,
            shape.label if shape else None)  # fmt: skip


def _nearness(
    a: Company, b: Company, places: dict | None = None
) -> tuple[int, Reason, float | None]:
    """The nearness points of a pair, its reason and the distance in km (None if unknown):
    :func:`distance_km`, with each company's place looked up once (``places`` by id)."""
    places = {} if places is None else places
    park_a, region_a, label_a = places.get(a.id) or _place(a)
    park_b, region_b, label_b = places.get(b.id) or _place(b)
    if a.site is not None and b.site is not None:
        distance, between = great_circle_km(a.site, b.site), "sites"
    elif region_a is not None and region_b is not None:
        distance = 0.0 if region_a == region_b else _label_km(label_a, label_b)
        between = "regions"
    else:
        distance, between = None, "regions"
    if park_a and park_a == park_b:
        return PARK_POINTS, Reason("park", {"park": a.eco_park.strip()}), distance
    if region_a is not None and region_a == region_b:
        return NEAR_POINTS, Reason("same_region"), distance
    if distance is None:
        return 0, Reason("distance_unknown"), None
    points = max(0, math.floor(NEAR_POINTS * (FAR_KM - distance) / FAR_KM))
    return (
        points,
        Reason("distance", {"points": points, "km": distance, "between": between}),
        distance,
    )


def quantity_points(tonnes: float | None) -> int:
    """20 for 10 t/year or more, 10 for less, 0 when unknown."""
    return 0 if tonnes is None else 20 if tonnes >= 10 else 10


def _quantity(stream: Stream, wanted: Wanted | None) -> tuple[int, Reason]:
    if stream.tonnes is None:
        return 0, Reason("quantity_unknown")
    if wanted is not None and wanted.tonnes is not None and wanted.tonnes < stream.tonnes:
        points = quantity_points(wanted.tonnes)
        return points, Reason("quantity_capped", {"points": points, "tonnes": stream.tonnes,
                                                  "wanted": wanted.tonnes})  # fmt: skip
    points = quantity_points(stream.tonnes)
    return points, Reason("quantity", {"points": points, "tonnes": stream.tonnes})


def _crosses_border(a: Company, b: Company) -> bool:
    return bool(a.country and b.country) and a.country.upper() != b.country.upper()


class _Pairs:
    """What every pair of a run shares, worked out once: nearness by company pair, the
    receivers of each mapping row (an index by NACE prefix), wanted inputs by code prefix."""

    def __init__(self, companies: list[Company], wanted: list[Wanted]) -> None:
        self.near: dict[tuple[str, str], tuple[int, Reason, float | None]] = {}
        self.places = {c.id: _place(c) for c in companies}
        self.by_row: dict[tuple[str, int], list[tuple[int, Company]]] = {}
        by_nace: dict[str, list[Company]] = {}
        for company in companies:
            by_nace.setdefault(company.nace.strip(), []).append(company)
        self.takers: dict[int, list[Company]] = {}
        for row in receivers():
            found = {c.id: c for n, group in by_nace.items() if n and row.takes(n) for c in group}
            self.takers[row.number] = list(found.values())
        self.wanted: dict[str, list[Wanted]] = {}
        for want in wanted:
            self.wanted.setdefault(want.ewc_code, []).append(want)

    def ranked(self, giver: Company, row: ReceiverRow) -> list[tuple[int, Company]]:
        """The row's receivers other than ``giver`` with their pair points (nearness and the
        border), best first, ties by name: worked out once per (company, row), so that each
        stream only reads the head of the list."""
        key = (giver.id, row.number)
        found = self.by_row.get(key)
        if found is None:
            found = [
                (
                    self.nearness(giver, r)[0]
                    + (BORDER_POINTS if _crosses_border(giver, r) else 0),
                    r,
                )
                for r in self.takers[row.number]
                if r.id != giver.id
            ]
            found.sort(key=lambda p: (-p[0], p[1].name.casefold(), p[1].id))
            self.by_row[key] = found
        return found

    def nearness(self, a: Company, b: Company) -> tuple[int, Reason, float | None]:
        key = (a.id, b.id)
        found = self.near.get(key)
        if found is None:
            found = self.near[key] = _nearness(a, b, self.places)
        return found


def _options(
    stream: Stream, pairs: _Pairs, per_stream: int | None, kept: set[tuple[str, str]]
) -> dict[str, tuple[int, ReceiverRow | None, Wanted | None, Company]]:
    """Each possible receiver of ``stream`` with its score and how it matched (the best way:
    a declared wanted input first, then the most specific row, on equal scores)."""
    best: dict[str, tuple[int, ReceiverRow | None, Wanted | None, Company]] = {}
    penalty = (HAZARDOUS_POINTS if stream.hazardous else 0) + (
        RECOVERED_POINTS if _recovered(stream) else 0)  # fmt: skip
    giver = stream.company
    quantity = quantity_points(stream.tonnes)
    code = stream.ewc_code
    for prefix in (code[:2], code[:4], code[:6]):
        for want in pairs.wanted.get(prefix, ()):
            receiver = want.company
            if receiver.id == giver.id:
                continue
            near = pairs.nearness(giver, receiver)[0]
            score = (WANTED_POINTS + _quantity(stream, want)[0] + near + penalty
                     + (BORDER_POINTS if _crosses_border(giver, receiver) else 0))  # fmt: skip
            known = best.get(receiver.id)
            if known is None or score > known[0]:
                best[receiver.id] = (score, None, want, receiver)
    base = quantity + penalty
    for row in rows_for(code):
        match = match_points(row) + base
        ranked = pairs.ranked(giver, row)
        # a receiver among the stream's best n is among the n best of the row that gives
        # its best score (the score is the row's match plus the pair's points)
        head = ranked if per_stream is None else ranked[:per_stream]
        tail = () if per_stream is None or not kept else ranked[per_stream:]
        for points, receiver in chain(head, (p for p in tail if (stream.id, p[1].id) in kept)):
            score = match + points
            known = best.get(receiver.id)
            if known is None or score > known[0]:
                best[receiver.id] = (score, row, None, receiver)
    return best


@cache
def match_points(row: ReceiverRow) -> int:
    """The exact code 40, a sub-chapter 30, a chapter 20; three quarters (rounded down) of it
    for a ``general`` row."""
    level = {6: 40, 4: 30, 2: 20}.get(len(row.ewc), 20)
    return level if row.quality == "documented" else level * 3 // 4


def _recovered(stream: Stream) -> bool:
    return (stream.treatment or "").startswith("R") and stream.destination == "other_company"


def _candidate(stream: Stream, receiver: Company, row: ReceiverRow | None,
               wanted: Wanted | None, pairs: _Pairs) -> Candidate:  # fmt: skip
    if wanted is not None:
        match = WANTED_POINTS
        first = Reason("wanted", {"company": wanted.company.name, "material": wanted.material,
                                  "code": wanted.ewc_code, "tonnes": wanted.tonnes})  # fmt: skip
    else:
        assert row is not None
        match = match_points(row)
        first = Reason("match", {"points": match, "row": row})
    parts = [first]
    points, reason = _quantity(stream, wanted)
    parts.append(reason)
    near, reason, distance = pairs.nearness(stream.company, receiver)
    parts.append(reason)
    score = match + points + near
    if _crosses_border(stream.company, receiver):
        score += BORDER_POINTS
        parts.append(Reason("border", {"from": stream.company.country.upper(),
                                       "to": receiver.country.upper(),
                                       "hazardous": stream.hazardous}))  # fmt: skip
    if stream.hazardous:
        score += HAZARDOUS_POINTS
        parts.append(Reason("hazardous"))
    if _recovered(stream):
        score += RECOVERED_POINTS
        parts.append(Reason("recovered", {"treatment": stream.treatment}))
    score = max(0, min(100, score))
    return Candidate(stream, receiver, row, score, distance, tuple(parts), wanted)


def candidates(
    streams: list[Stream],
    companies: list[Company],
    wanted: list[Wanted] | None = None,
    per_stream: int | None = PER_STREAM,
    keep: Collection[tuple[str, str]] = (),
    progress: Callable[[float], None] | None = None,
) -> list[Candidate]:
    """The (stream, other company) pairs the mapping or a ``wanted`` input supports, best score
    first: for each stream its ``per_stream`` best receivers (None: all of them; ties by the
    receiver's name), plus any pair in ``keep`` (the decided ones, so a decision never drops
    out of the list). For a pair matched several ways, the best-scoring one (ties: a declared
    wanted input, then the more specific row).

    Receivers come from an index (companies by NACE code per mapping row, wanted inputs by code
    prefix), so the work is the number of possible pairs, not streams × companies; the reasons
    are built only for the pairs kept. ``progress(fraction)`` is called every 500 streams
    (whatever it raises stops the work: a background task's cancel).
    """
    pairs = _Pairs(companies, list(wanted or ()))
    kept = set(keep)
    found: list[Candidate] = []
    for done, stream in enumerate(streams):
        if progress is not None and done % 500 == 0:
            progress(done / len(streams))
        options = _options(stream, pairs, per_stream, kept)
        if not options:
            continue
        ranked = sorted(options.values(), key=lambda o: (-o[0], o[3].name.casefold(), o[3].id))
        chosen = ranked if per_stream is None else ranked[:per_stream] + [
            o for o in ranked[per_stream:] if (stream.id, o[3].id) in kept]  # fmt: skip
        for _score, row, want, receiver in chosen:
            found.append(_candidate(stream, receiver, row, want, pairs))
    return sorted(
        found,
        key=lambda c: (
            -c.score,
            c.stream.company.name.casefold(),
            c.receiver.name.casefold(),
            c.stream.ewc_code,
            c.stream.id,
        ),
    )


__all__ = [
    "FAR_KM",
    "PER_STREAM",
    "Candidate",
    "Company",
    "Reason",
    "ReceiverRow",
    "Source",
    "Stream",
    "Wanted",
    "candidates",
    "distance_km",
    "match_points",
    "quantity_points",
    "receivers",
    "rows_for",
    "sources",
]
