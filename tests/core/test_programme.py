"""Programme totals: hand-computed figures on two currencies, the review filter, partitions."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recp_desktop.domain.programme import (
    DIMENSIONS,
    AssessmentGroup,
    MissingRateError,
    OptionGroup,
    ProgrammeFilter,
    consolidate,
    parse_rate,
)
from recp_desktop.domain.savings import ExchangeRate
from recp_desktop.storage.models import Assessment
from recp_desktop.storage.options import add_option
from recp_desktop.storage.programme import consolidate_programme, programme_rows
from recp_desktop.storage.repository import create_assessment, create_enterprise

GEL_AZN = ExchangeRate("GEL", "AZN", 0.63, on=date(2026, 3, 31), origin="CBAR")


def set_review(db, assessment_id: str, state: str) -> None:
    with db.session() as session:
        session.get_one(Assessment, assessment_id).review_state = state


@pytest.fixture
def programme(db) -> dict[str, str]:
    """Two approved assessments (AZN, GEL) and a returned one; see the figures in the tests."""
    dairy = create_enterprise(db, name="Baku Dairy", country="AZ", region="Baku", nace="10.51")
    metal = create_enterprise(db, name="Rustavi Metal", country="GE", nace="25.61")
    bread = create_enterprise(db, name="Ganja Bread", country="AZ", nace="10.71")
    a = create_assessment(
        db, dairy.id, kind="full", currency="AZN", start_date=date(2025, 5, 1), team="Aliyev"
    )
    b = create_assessment(db, metal.id, kind="full", currency="GEL", start_date=date(2026, 2, 1))
    c = create_assessment(db, bread.id, kind="club", currency="AZN", start_date=date(2026, 4, 1))
    add_option(
        db,
        a.id,
        title="Leaks",
        technique="good_housekeeping",
        area="energy",
        investment=1000,
        saving_money=2000,
        saving_energy_kwh=50_000,
        saving_co2_t=20,
        status="implemented",
    )
    add_option(
        db,
        a.id,
        title="CIP reuse",
        technique="technology_change",
        area="water",
        investment=5000,
        saving_money=1000,
        saving_water_m3=3000,
        status="recommended",
    )
    add_option(
        db,
        a.id,
        title="New boiler",
        technique="equipment_modification",
        area="energy",
        investment=9999,
        saving_money=9999,
        status="rejected",
    )
    add_option(
        db,
        b.id,
        title="Die change",
        technique="equipment_modification",
        area="materials",
        investment=2000,
        saving_money=3000,
        saving_materials_t=4,
        saving_co2_t=1.5,
    )
    add_option(
        db,
        b.id,
        title="Swarf",
        technique="onsite_recovery_reuse",
        area="waste",
        investment=0,
        saving_money=500,
        saving_materials_t=10,
    )
    add_option(
        db,
        c.id,
        title="Ovens off",
        technique="good_housekeeping",
        area="energy",
        investment=100,
        saving_money=400,
        saving_energy_kwh=10_000,
    )
    set_review(db, a.id, "approved")
    set_review(db, b.id, "approved")
    set_review(db, c.id, "returned")
    return {"a": a.id, "b": b.id, "c": c.id}


def test_totals_by_hand(db, programme) -> None:
    result = consolidate_programme(db, ProgrammeFilter(), "AZN", [GEL_AZN])
    t = result.totals.savings
    assert result.assessments == 2
    # options: 3 (one rejected, identified all the same) + 2; implemented: the leaks
    assert (result.totals.options, result.totals.implemented) == (5, 1)
    # investment: 1000 + 5000 AZN, and (2000 + 0) GEL × 0.63 = 1260 AZN -> 7260 AZN
    assert t.investment == pytest.approx(7260)
    # money: 2000 + 1000 AZN, and (3000 + 500) GEL × 0.63 = 2205 AZN -> 5205 AZN
    assert t.money == pytest.approx(5205)
    assert (t.energy_mwh, t.water_m3, t.materials_t, t.waste_t) == pytest.approx((50, 3000, 4, 10))
    assert t.co2_t == pytest.approx(21.5)  # 20 + 1.5
    assert result.totals.payback_years == pytest.approx(7260 / 5205)  # 1.39 years
    assert result.rates == (GEL_AZN,) and result.currencies == ("AZN", "GEL")
    country = {f.key: f for f in result.breakdowns["country"]}
    assert country["AZ"].savings.money == pytest.approx(3000)
    assert country["GE"].savings.money == pytest.approx(2205)
    assert (country["AZ"].assessments, country["GE"].assessments) == (1, 1)
    technique = {f.key: f for f in result.breakdowns["technique"]}
    # the rejected boiler counts as an option identified but saves nothing
    assert technique["equipment_modification"].options == 2
    assert technique["equipment_modification"].savings.money == pytest.approx(1890)  # 3000×0.63
    assert technique["onsite_recovery_reuse"].savings.waste_t == pytest.approx(10)
    assert {f.key: f.assessments for f in result.breakdowns["year"]} == {"2025": 1, "2026": 1}
    assert {f.key for f in result.breakdowns["sector"]} == {"10", "25"}


def test_all_review_states_on_request(db, programme) -> None:
    result = consolidate_programme(db, ProgrammeFilter(review=None), "AZN", [GEL_AZN])
    assert result.assessments == 3
    assert result.totals.savings.money == pytest.approx(5205 + 400)
    assert result.totals.savings.energy_mwh == pytest.approx(60)
    rows = programme_rows(db, ProgrammeFilter(review=None))
    assert [r.company for r in rows] == ["Baku Dairy", "Ganja Bread", "Rustavi Metal"]
    assert [r.review for r in rows] == ["approved", "returned", "approved"]
    assert rows[0].money == 3000 and rows[0].options == 3 and rows[0].implemented == 1


@pytest.mark.parametrize("state", ["draft", "submitted", "returned"])
def test_only_approved_count_by_default(db, programme, state) -> None:
    set_review(db, programme["a"], state)
    result = consolidate_programme(db, ProgrammeFilter(), "AZN", [GEL_AZN])
    assert result.assessments == 1
    assert result.totals.savings.money == pytest.approx(2205)
    assert [r.id for r in programme_rows(db, ProgrammeFilter())] == [programme["b"]]
    # control: approving it again brings it back
    set_review(db, programme["a"], "approved")
    assert consolidate_programme(db, ProgrammeFilter(), "AZN", [GEL_AZN]).assessments == 2


def test_a_missing_rate_names_the_currency(db, programme) -> None:
    with pytest.raises(MissingRateError, match="GEL") as caught:
        consolidate_programme(db, ProgrammeFilter(), "AZN", [])
    assert caught.value.currency == "GEL" and caught.value.target == "AZN"
    # one country alone needs no rate
    only_az = consolidate_programme(db, ProgrammeFilter(countries=("AZ",)), "AZN")
    assert only_az.totals.savings.money == pytest.approx(3000) and only_az.rates == ()
    # reporting in GEL needs AZN→GEL
    with pytest.raises(MissingRateError, match="AZN"):
        consolidate_programme(db, ProgrammeFilter(), "GEL", [GEL_AZN])


def test_filters_and_ids(db, programme) -> None:
    flt = ProgrammeFilter(review=None, sectors=("10",), years=("2026",))
    assert [r.company for r in programme_rows(db, flt)] == ["Ganja Bread"]
    ids = ProgrammeFilter(review=None, ids=frozenset({programme["a"], programme["c"]}))
    result = consolidate_programme(db, ids, "AZN")
    assert result.assessments == 2 and result.totals.savings.money == pytest.approx(3400)
    implemented = ProgrammeFilter(option_statuses=("implemented",))
    result = consolidate_programme(db, implemented, "AZN", [GEL_AZN])
    assert result.totals.savings.money == pytest.approx(2000) and result.totals.options == 5


def test_parse_rate_uses_the_shared_number_reader() -> None:
    assert parse_rate("GEL=0.63", "AZN").rate == pytest.approx(0.63)
    assert parse_rate("gel=0,63", "AZN", language="ru").rate == pytest.approx(0.63)
    assert parse_rate("AMD=1 234,5", "AZN", language="ru").rate == pytest.approx(1234.5)
    for bad in ("GEL", "GEL=", "GEL=abc", "GEL=0", "GEL=-1", "LARI=2", "AZN=1"):
        with pytest.raises(ValueError):
            parse_rate(bad, "AZN")


CURRENCIES = ("AZN", "GEL", "MDL")
RATES = [ExchangeRate("GEL", "AZN", 0.63), ExchangeRate("MDL", "AZN", 0.095)]
money = st.floats(0, 1e7, allow_nan=False)
groups = st.lists(
    st.builds(
        OptionGroup,
        st.sampled_from(CURRENCIES),
        st.sampled_from(("AZ", "GE", "MD")),
        st.sampled_from(("10", "25", "")),
        st.sampled_from(("2025", "2026", "")),
        st.sampled_from(("good_housekeeping", "technology_change")),
        st.sampled_from(("energy", "water", "waste")),
        st.integers(0, 50),
        st.integers(0, 50),
        *([money] * 7),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(groups)
def test_every_breakdown_sums_to_the_total(items: list[OptionGroup]) -> None:
    assessments = [AssessmentGroup(g.currency, g.country, g.sector, g.year, 1) for g in items]
    result = consolidate(items, assessments, "AZN", RATES)
    total = result.totals
    for dimension in DIMENSIONS:
        parts = result.breakdowns[dimension]
        assert sum(f.options for f in parts) == total.options
        assert sum(f.implemented for f in parts) == total.implemented
        for name in ("investment", "money", "energy_mwh", "water_m3", "waste_t", "co2_t"):
            summed = math.fsum(getattr(f.savings, name) for f in parts)
            assert summed == pytest.approx(getattr(total.savings, name), rel=1e-9, abs=1e-6)
        if dimension in ("country", "sector", "year"):
            assert sum(f.assessments or 0 for f in parts) == total.assessments == len(items)
