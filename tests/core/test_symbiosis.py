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
    # Mill scale 100210 → cement (23.51): exact documented row 40 + 420 t ≥ 10 → 20 + both in
    # "Rustavi Industrial Zone" 25 = 85.
    # Paper packaging 150101 (Baku) → cardboard (17.12, Imereti): exact general row 40 × 0.75
    # = 30 + 15 t → 20 + > 500 km apart → 0 = 50.
    # Cartons 150101 (Telavi Wines) → cardboard: 30 + 5 t < 10 → 10 + both companies have
    # sites, 232.5 km apart (see test_distance_between_sites) ≤ 500 km → 5 = 45. Nothing else
    # in the fixture has a receiver; the deleted company's scale and the company itself are
    # never offered.
    assert pairs == [
        ("Mill scale", ids["cement"], 85),
        ("Paper packaging", ids["board"], 50),
        ("Cartons", ids["board"], 45),
    ]
    scale = found[0]
    assert scale.row.number == 1 and "ABDULWAHAB2020" in scale.row.sources
    assert any("Rustavi Industrial Zone" in r for r in scale.reasons)
    assert any("mapping row 1, documented" in r for r in scale.reasons)
    paper = found[1]
    assert paper.distance_km is not None and paper.distance_km > 500
    assert any("general knowledge (GENERAL)" in r for r in paper.reasons)
    assert round(found[2].distance_km, 1) == 232.5
    assert "+5 nearness: about 232 km between the sites." in found[2].reasons
    assert any("km between the regions" in r for r in paper.reasons)  # Baku Print has no site


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
    scale, _paper, cartons = find_candidates(db)
    assert scale.reasons_in("ru") == (
        "+40 совпадение: прокатная окалина (оксид железа) (код 100210) принимают предприятия "
        "NACE 23.51: железосодержащая корректирующая добавка в цементную сырьевую смесь; строка "
        "справочника 1, задокументировано (ABDULWAHAB2020, PETAVRATZI2007, JATO2020).",
        "+20 количество: предлагается 420 т/год.",
        "+25 близость: оба в эко-индустриальном парке «Rustavi Industrial Zone».",
    )
    assert cartons.reasons_in("ru")[1:] == (
        "+10 количество: предлагается 5 т/год.",
        "+5 близость: около 232 км между площадками.",
    )
    assert cartons.reasons_in("az")[2] == "+5 yaxınlıq: yerlər arasında təxminən 232 km."
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
