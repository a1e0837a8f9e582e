"""Programme totals: hand-computed figures on two currencies, the review filter, partitions."""

from __future__ import annotations

import math

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
from recp_desktop.storage.programme import consolidate_programme, programme_rows
from tests.programme_fixture import GEL_AZN, make_programme, set_review


@pytest.fixture
def programme(db) -> dict[str, str]:
    return make_programme(db)


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


def test_indicators_per_value_added_by_hand(db, programme) -> None:
    from recp_desktop.storage.baseline import BaselineValue, save_baseline
    from recp_desktop.storage.programme_indicators import programme_indicators

    save_baseline(db, programme["a"], "value_added", BaselineValue(500_000, "AZN"))
    save_baseline(db, programme["a"], "electricity", BaselineValue(1_000_000, "kWh"))
    save_baseline(db, programme["a"], "water", BaselineValue(20_000, "m**3"))
    save_baseline(db, programme["b"], "value_added", BaselineValue(1_000_000, "GEL"))
    save_baseline(db, programme["b"], "electricity", BaselineValue(500, "MWh"))
    found = {i.key: i for i in programme_indicators(db, ProgrammeFilter(), "AZN", [GEL_AZN])}
    energy = found["energy_productivity"]
    # value added 500 000 AZN + 1 000 000 GEL × 0.63 = 1 130 000 AZN over 1 000 + 500 MWh;
    # after: the dairy's implemented leak repair saves 50 MWh (the metal plant's options are
    # only identified, so they do not count)
    assert energy.before == pytest.approx(1_130_000 / 1_500)
    assert energy.after == pytest.approx(1_130_000 / 1_450)
    assert energy.unit == "AZN/MWh" and energy.assessments == 2
    # water: only the dairy recorded it: 500 000 AZN / 20 000 m³; after the recommended CIP
    # reuse (3 000 m³): / 17 000 m³
    water = found["water_productivity"]
    assert (water.before, water.after) == pytest.approx((25.0, 500_000 / 17_000))
    assert water.assessments == 1
    assert found["waste_intensity"].before is None  # nobody recorded waste
    with pytest.raises(MissingRateError, match="GEL"):
        programme_indicators(db, ProgrammeFilter(), "AZN", [])


@settings(max_examples=100, deadline=None)
@given(groups)
def test_two_coarse_group_bys_give_the_same_breakdowns(items: list[OptionGroup]) -> None:
    """What storage does (one GROUP BY per assessment attributes, one per option attributes)
    gives the figures of one fine GROUP BY."""
    assessments = [AssessmentGroup(g.currency, g.country, g.sector, g.year, 1) for g in items]
    by_assessment = [g._replace(technique="", area="") for g in items]
    by_option = [g._replace(country="", sector="", year="") for g in items]
    fine = consolidate(items, assessments, "AZN", RATES)
    coarse = consolidate(by_assessment, assessments, "AZN", RATES, by_option=by_option)
    assert coarse.totals.savings.money == pytest.approx(fine.totals.savings.money)
    for dimension in DIMENSIONS:
        got = {f.key: (f.options, f.savings.money) for f in coarse.breakdowns[dimension]}
        want = {f.key: (f.options, f.savings.money) for f in fine.breakdowns[dimension]}
        assert got.keys() == want.keys()
        for key, (n, money) in want.items():
            assert got[key][0] == n and got[key][1] == pytest.approx(money, abs=1e-6)


def test_the_views_totals_match_the_sql_totals(db, programme) -> None:
    from recp_desktop.storage.programme import consolidate_rows

    rows = programme_rows(db, ProgrammeFilter(review=None))
    for review in (("approved",), None):
        fast = consolidate_rows(rows, "AZN", [GEL_AZN], review=review)
        sql = consolidate_programme(db, ProgrammeFilter(review=review), "AZN", [GEL_AZN])
        assert fast.assessments == sql.assessments
        for name in ("investment", "money", "energy_mwh", "water_m3", "waste_t", "co2_t"):
            assert getattr(fast.totals.savings, name) == pytest.approx(
                getattr(sql.totals.savings, name)
            )
        assert (fast.totals.options, fast.totals.implemented) == (
            sql.totals.options,
            sql.totals.implemented,
        )
    assert consolidate_rows(rows, "AZN", [GEL_AZN]).totals.savings.money == pytest.approx(5205)


def test_implemented_options_are_counted_not_flagged(db, programme) -> None:
    from recp_desktop.storage.options import add_option

    for title in ("Insulation", "VSD"):
        add_option(db, programme["a"], title=title, technique="equipment_modification",
                   area="energy", status="implemented")  # fmt: skip
    result = consolidate_programme(db, ProgrammeFilter(), "AZN", [GEL_AZN])
    assert (result.totals.options, result.totals.implemented) == (7, 3)
    assert {f.key: f.implemented for f in result.breakdowns["country"]} == {"AZ": 3, "GE": 0}
    [dairy] = [r for r in programme_rows(db, ProgrammeFilter()) if r.id == programme["a"]]
    assert (dairy.options, dairy.implemented) == (5, 3)
