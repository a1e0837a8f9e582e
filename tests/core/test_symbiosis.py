"""Symbiosis: the shipped mapping is complete and cited; candidates on the hand-built fixture
(tests/waste_fixture.py) with their scores worked out by hand."""

from __future__ import annotations

import math
import re

import pytest

from recp_desktop.domain.boundaries import region_distance_km
from recp_desktop.domain.ewc import chapters, lookup, subchapters
from recp_desktop.domain.symbiosis import (
    Company,
    Stream,
    candidates,
    distance_km,
    receivers,
    rows_for,
    sources,
)
from recp_desktop.storage.symbiosis import find_candidates
from tests import waste_fixture


def test_mapping_rows_are_real_codes_with_sources() -> None:
    headings = {h.code for h in chapters()} | {h.code for h in subchapters()}
    assert len(receivers()) >= 30
    for row in receivers():
        if len(row.ewc) == 6:
            lookup(row.ewc)  # raises for a code not in the List of Waste
        else:
            assert row.ewc in headings, row
        assert row.quality in ("documented", "general"), row
        assert row.sources and set(row.sources) <= set(sources()), row
        if row.quality == "documented":  # a documented row cites more than general knowledge
            assert set(row.sources) - {"GENERAL"}, row
        assert row.nace and all(re.fullmatch(r"\d{2}(\.\d{1,2})?", n) for n in row.nace), row
        assert row.material_en and row.material_ru and row.use_en, row
    assert all(re.search("[а-яё]", row.use_ru) for row in receivers())  # every use in Russian
    assert rows_for("100210")[0].ewc == "100210"  # most specific first
    assert [r.ewc for r in rows_for("100105")] == ["100105", "1001"]


def test_material_and_use_in_the_interface_language() -> None:
    scale = receivers()[0]  # row 1: mill scale → cement raw meal
    assert scale.use("ru") == "железосодержащая корректирующая добавка в цементную сырьевую смесь"
    assert scale.material("ru") == "прокатная окалина (оксид железа)"
    assert scale.in_language("ru") and scale.in_language("en")
    # no Azerbaijani wording is shipped: English, and the row says it is not in Azerbaijani
    assert scale.use("az") == "iron corrective in cement raw meal" and not scale.in_language("az")


def test_candidates_on_the_fixture(db) -> None:
    ids = waste_fixture.build(db)
    found = find_candidates(db)
    pairs = [(c.stream.name, c.receiver.id, c.score) for c in found]
    # Mill scale 100210 (Rustavi Steel, GE) → Ganja Cement (23.51, AZ): exact documented row
    # 40 + 420 t ≥ 10 → 20 + both in "Rustavi Industrial Zone" 25 − 10 across the border
    # GE → AZ = 75.
    # Cartons 150101 (Telavi Wines) → cardboard: exact general row 40 × 3/4 = 30 + 5 t < 10 →
    # 10 + sites 232.5 km apart (see test_distance_between_sites): ⌊20 × (500 − 232.5) / 500⌋
    # = ⌊10.7⌋ = 10 → 50.
    # Paper packaging 150101 (Baku, AZ) → cardboard (17.12, Imereti, GE): 30 + 15 t → 20 +
    # more than 500 km apart → 0 − 10 across the border AZ → GE = 40: the far pair now ranks
    # below the near one. Nothing else in the fixture has a receiver; the deleted company's
    # scale and the company itself are never offered.
    assert pairs == [
        ("Mill scale", ids["cement"], 75),
        ("Cartons", ids["board"], 50),
        ("Paper packaging", ids["board"], 40),
    ]
    scale = found[0]
    assert scale.row.number == 1 and "ABDULWAHAB2020" in scale.row.sources
    assert any("Rustavi Industrial Zone" in r for r in scale.reasons)
    assert scale.reasons[0].endswith(
        "(the code 10 02 10) is taken by NACE 23.51 for iron corrective in cement raw meal; "
        "documented: Abdul-Wahab et al. 2020, Petavratzi & Barton 2007, "
        "Jato-Espino & Ruiz-Puente 2020."
    )
    assert not any("row" in r for c in found for r in c.reasons)  # no internal row numbers
    assert scale.reasons[-1].startswith("−10 across a border (GE → AZ): check both countries'")
    paper = found[2]
    assert paper.distance_km is not None and paper.distance_km > 500
    assert any(
        r.endswith("general knowledge, not a published exchange: check it locally.")
        for r in paper.reasons
    )
    assert round(found[1].distance_km, 1) == 232.5
    assert (
        "+10 nearness: about 232 km between the sites (20 at 0 km, 0 from 500 km)."
        in found[1].reasons
    )
    assert any("km between the regions" in r for r in paper.reasons)  # Baku Print has no site


def test_nearness_falls_with_distance_and_far_pairs_rank_lower() -> None:
    """The tryout's case: 6 t/year of plastic film from Şəki to a Belarus cement kiln
    (2,173 km) ranked above Baku Plastics (243 km)."""
    seki = Company("s", "Şəki Yem", "10.91", "AZ-SAK", "AZ", "", 41.19, 47.17)
    baku = Company("b", "Baku Plastics", "22.22", "AZ-BA", "AZ", "", 40.41, 49.87)
    kiln = Company("k", "Kiln", "23.51", "BY-MI", "BY", "", 53.90, 27.56)
    film = Stream("f", seki, "150102", False, "Plastic film", 6.0)
    by_receiver = {c.receiver.id: c for c in candidates([film], [seki, baku, kiln])}
    near, far = by_receiver["b"], by_receiver["k"]
    assert far.distance_km > 2000 and 200 < near.distance_km < 300
    near_points = math.floor(20 * (500 - near.distance_km) / 500)  # 243 km → ⌊10.3⌋ = 10
    assert near_points == 10
    # near: row 17, 150102 → NACE 22.22, general: 40 × 3/4 = 30; 6 t < 10 → 10; 10 → 50
    assert (near.row.number, near.score) == (17, 30 + 10 + near_points)
    # far: row 18, 150102 → 23.51, documented: 40; 6 t → 10; beyond 500 km → 0; across the
    # border AZ → BY −10 → 40 (it was 50 above the near pair's 45 before)
    assert (far.row.number, far.score) == (18, 40 + 10 + 0 - 10)
    assert near.score > far.score
    assert any(r.startswith("−10 across a border (AZ → BY)") and "Basel" in r for r in far.reasons)
    assert not any("border" in r for r in near.reasons)


def _law_of_cosines_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance by the spherical law of cosines — another formula than the app's
    haversine — on the same mean radius 6371.0088 km; (latitude, longitude) in degrees."""
    p1, p2, dl = map(math.radians, (a[0], b[0], b[1] - a[1]))
    cosine = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0088 * math.acos(cosine)


def test_distance_between_sites() -> None:
    # Telavi (41.9198 N, 45.4731 E) to Kutaisi (42.2679 N, 42.6946 E): by the law of cosines
    # 232.493 km; a flat check: Δφ = 0.3481° → 38.7 km, Δλ = 2.7785° × cos 42.09° → 229.3 km,
    # √(38.7² + 229.3²) ≈ 232.6 km.
    telavi = Company("t", "Telavi Wines", "11.02", "GE-KA", "GE", "", 41.9198, 45.4731)
    kutaisi = Company("k", "Imereti Cardboard", "17.12", "GE-IM", "GE", "", 42.2679, 42.6946)
    expected = _law_of_cosines_km((41.9198, 45.4731), (42.2679, 42.6946))
    assert round(expected, 3) == 232.493
    km, between = distance_km(telavi, kutaisi)
    assert between == "sites" and km == pytest.approx(expected, abs=1e-6)
    # Tbilisi (41.7151 N, 44.8271 E) to Baku (40.4093 N, 49.8671 E): 446.72 km
    tbilisi = Company("a", "A", "", "GE-TB", "GE", "", 41.7151, 44.8271)
    baku = Company("b", "B", "", "AZ-BA", "AZ", "", 40.4093, 49.8671)
    assert distance_km(tbilisi, baku)[0] == pytest.approx(446.724, abs=0.001)
    # one without a site: the regions' label points, as before
    unsited = Company("c", "C", "", "AZ-BA", "AZ")
    assert distance_km(tbilisi, unsited) == (region_distance_km("GE-TB", "AZ-BA"), "regions")
    # 1° of latitude along a meridian is R × π / 180 = 111.195 km
    north = Company("n", "N", "", "", "GE", "", 42.0, 44.0)
    south = Company("s", "S", "", "", "GE", "", 41.0, 44.0)
    assert distance_km(north, south)[0] == pytest.approx(6371.0088 * math.pi / 180, abs=1e-9)


def test_reasons_in_russian_and_azerbaijani(db) -> None:
    waste_fixture.build(db)
    scale, cartons, _paper = find_candidates(db)
    assert scale.reasons_in("ru") == (
        "+40 совпадение: прокатная окалина (оксид железа) (код 10 02 10) принимают предприятия "
        "NACE 23.51: железосодержащая корректирующая добавка в цементную сырьевую смесь; "
        "задокументировано: Abdul-Wahab et al. 2020, Petavratzi & Barton 2007, "
        "Jato-Espino & Ruiz-Puente 2020.",
        "+20 количество: предлагается 420 т/год.",
        "+25 близость: оба в эко-индустриальном парке «Rustavi Industrial Zone».",
        "−10 через границу (GE → AZ): проверьте правила уведомления о перевозке отходов в обеих "
        "странах; процедура согласия Базельской конвенции (1989 г., ст. 6) распространяется на "
        "опасные отходы и «другие отходы» её приложения II.",
    )
    assert cartons.reasons_in("ru")[1:] == (
        "+10 количество: предлагается 5 т/год.",
        "+10 близость: около 232 км между площадками (20 при 0 км, 0 от 500 км).",
    )
    assert cartons.reasons_in("az")[2] == (
        "+10 yaxınlıq: yerlər arasında təxminən 232 km (0 km-də 20, 500 km-dən 0)."
    )
    assert cartons.reasons_in("az")[0].endswith(
        "ümumi bilik, dərc olunmuş mübadilə deyil: yerində yoxlayın."
    )
    # the mapping has no Azerbaijani wording: its material and use stay English in the sentence
    assert "paper and cardboard packaging" in cartons.reasons_in("az")[0]
    assert cartons.reasons_in("xx") == cartons.reasons  # a language without texts: English


def test_hazardous_and_already_recovered_lower_the_score() -> None:
    garage = Company("g", "Garage", "45.20", "GE-TB", "GE")
    kiln = Company("k", "Kiln", "23.51", "GE-TB", "GE")
    oil = Stream("s", garage, "130205", True, "Engine oil", 3.0, "R9", "other_company")
    (found,) = candidates([oil], [garage, kiln])
    # sub-chapter 1302, documented: 30; 3 t < 10: 10; same region: 20; hazardous −15;
    # already recovered by another company −10 → 35.
    assert found.score == 35 and found.row.ewc == "1302"
    assert any(r.startswith("−15 hazardous") for r in found.reasons)
    assert any(r.startswith("−10 already recovered") for r in found.reasons)
    # across a border, hazardous: the Basel Convention's prior written consent
    baku_kiln = Company("b", "Kiln AZ", "23.51", "AZ-BA", "AZ")
    (abroad,) = candidates([oil], [baku_kiln])
    assert abroad.reasons[3] == (
        "−10 across a border (GE → AZ): hazardous waste may be shipped only with the prior "
        "written consent of the countries of import and transit (Basel Convention, 1989, "
        "Art. 4 and 6)."
    )
    assert candidates([oil], [garage]) == []  # never to itself


def test_decisions_are_kept_replaced_and_taken_back(db, data_folder) -> None:
    import pytest

    from recp_desktop.storage.database import Database
    from recp_desktop.storage.repository import ValidationError
    from recp_desktop.storage.symbiosis_decisions import decide, decisions, undecide

    waste_fixture.build(db)
    scale, paper, _cartons = find_candidates(db)
    decide(db, *scale.key, "confirmed", " Trial load in May ")
    decide(db, *paper.key, "dismissed")
    with pytest.raises(ValidationError):
        decide(db, *paper.key, "maybe")
    with pytest.raises(ValidationError):
        decide(db, "no-such-stream", paper.receiver.id, "confirmed")
    db.close()
    reopened = Database(data_folder)  # committed when made
    try:
        found = decisions(reopened)
        assert found[scale.key].status == "confirmed"
        assert found[scale.key].comment == "Trial load in May"
        assert found[paper.key].status == "dismissed"
        decide(reopened, *paper.key, "confirmed")
        assert decisions(reopened)[paper.key].status == "confirmed"
        undecide(reopened, *paper.key)
        assert set(decisions(reopened)) == {scale.key}
    finally:
        reopened.close()


def test_each_stream_keeps_its_best_receivers_and_the_decided_ones() -> None:
    steel = Company("s", "Steel", "24.10", "GE-KK", "GE")
    near = Company("a", "A Cement", "23.51", "GE-KK", "GE")  # same region: 40 + 20 + 20 = 80
    mid = Company("b", "B Cement", "23.51", "GE-TB", "GE")  # another region, under 500 km
    far = Company("c", "C Cement", "23.51", "BY-MI", "BY")  # 40 + 20 + 0 − 10 = 50
    scale = Stream("m", steel, "100210", False, "Mill scale", 420.0)
    every = candidates([scale], [steel, near, mid, far], per_stream=None)
    assert [c.receiver.id for c in every] == ["a", "b", "c"]
    assert (every[0].score, every[2].score) == (80, 50)
    best = candidates([scale], [steel, near, mid, far], per_stream=2)
    assert [c.receiver.id for c in best] == ["a", "b"]
    kept = candidates([scale], [steel, near, mid, far], per_stream=1, keep={("m", "c")})
    assert [c.receiver.id for c in kept] == ["a", "c"]  # a decided pair never drops out
    assert candidates([scale], [steel, near, mid, far], per_stream=0) == []


def test_the_best_receivers_are_those_of_the_full_ranking() -> None:
    """The indexed selection (each row's head) keeps exactly each stream's n best of the full
    list, on random companies and streams."""
    import random

    from recp_desktop.domain.regions import regions

    rng = random.Random(8)
    places = [r for r in regions() if r.country in ("AZ", "GE", "BY")]
    naces = ["23.51", "17.12", "22.22", "24.10", "01.46", "38.32", "10.91"]
    companies = [
        Company(
            f"c{n}",
            f"Company {n % 7}",
            rng.choice(naces),
            place.code,
            place.country,
            "Park" if n % 9 == 0 else "",
        )
        for n, place in enumerate(rng.choices(places, k=60))
    ]
    codes = ["100210", "150101", "150102", "020501", "130205", "100105", "120101"]
    streams = [
        Stream(
            f"s{n}",
            rng.choice(companies),
            rng.choice(codes),
            False,
            f"S{n}",
            rng.choice([None, 2.0, 50.0]),
        )
        for n in range(150)
    ]
    every = candidates(streams, companies, per_stream=None)
    for n in (1, 3):
        ranked: dict[str, list] = {}
        for c in sorted(every, key=lambda c: (-c.score, c.receiver.name.casefold(), c.receiver.id)):
            ranked.setdefault(c.stream.id, []).append(c)
        expected = {(c.key, c.score) for group in ranked.values() for c in group[:n]}
        assert {(c.key, c.score) for c in candidates(streams, companies, per_stream=n)} == expected


def test_progress_is_reported_and_can_stop_the_work() -> None:
    steel = Company("s", "Steel", "24.10", "GE-KK", "GE")
    kiln = Company("k", "Kiln", "23.51", "GE-KK", "GE")
    streams = [Stream(f"m{n}", steel, "100210", False, "Scale", 20.0) for n in range(1200)]
    seen: list[float] = []
    assert len(candidates(streams, [steel, kiln], progress=seen.append)) == 1200
    assert seen == [0.0, 500 / 1200, 1000 / 1200]  # every 500 streams

    class StopError(Exception):
        pass

    def stop(fraction: float) -> None:
        if fraction > 0:
            raise StopError

    with pytest.raises(StopError):  # a cancelled background task stops between streams
        candidates(streams, [steel, kiln], progress=stop)


def test_codes_are_printed_as_the_list_of_waste_prints_them() -> None:
    from recp_desktop.domain.ewc import display_code

    # Commission Decision 2000/532/EC: pairs of digits, an asterisk for a hazardous entry
    # (13 02 05* mineral-based non-chlorinated engine oils; 02 05 01 is not hazardous)
    assert display_code("020501") == "02 05 01"
    assert display_code("130205") == "13 02 05*"
    assert display_code("1001") == "10 01" and display_code("02") == "02"
    assert display_code("999999") == "99 99 99"  # not in the list: spaced, no asterisk
    assert display_code("oil") == "oil"
