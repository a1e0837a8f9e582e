"""The one savings type: totals by hand, currencies kept apart, sums over any partition."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recp_desktop.domain.savings import (
    MONEY,
    PHYSICAL,
    CurrencyMismatchError,
    ExchangeRate,
    Savings,
    payback_years,
)


def test_two_options_by_hand() -> None:
    # a leak repair: 400 AZN for 1 200 AZN/yr, 12.5 MWh, 3.1 t CO2;
    # trigger nozzles: free, 800 AZN/yr and 1 200 m³ of water
    leak = Savings("AZN", 1, investment=400, money=1_200, energy_mwh=12.5, co2_t=3.1)
    nozzles = Savings("AZN", 1, investment=0, money=800, water_m3=1_200)
    total = leak + nozzles
    assert total == Savings(
        "AZN", 2, investment=400, money=2_000, energy_mwh=12.5, water_m3=1_200, co2_t=3.1
    )
    # payback from the sums: 400 / 2 000 = 0.2 years, not the mean of 1/3 and 0
    assert total.payback_years == pytest.approx(0.2)
    assert leak.payback_years == pytest.approx(1 / 3) and nozzles.payback_years == 0
    assert total.energy_kwh == pytest.approx(12_500)


def test_payback_rules() -> None:
    assert payback_years(1_000, 250) == 4
    assert payback_years(0, 10) == 0  # no-cost measure
    assert payback_years(1_000, 0) is None and payback_years(None, None) is None
    assert payback_years(1_000, -5) is None  # costs more each year: never pays back
    assert Savings().payback_years is None


def test_currencies_are_never_added_without_a_rate() -> None:
    azn = Savings("AZN", 1, money=1_000)
    gel = Savings("GEL", 1, money=1_000)
    with pytest.raises(CurrencyMismatchError, match="AZN and GEL"):
        azn + gel
    with pytest.raises(CurrencyMismatchError, match="GEL→AZN"):
        Savings.total([azn, gel], currency="AZN")
    # the zero has no currency and adds to anything
    assert Savings() + azn == azn and sum([azn, Savings()]) == azn
    with pytest.raises(CurrencyMismatchError):
        Savings(money=5.0)  # money needs its currency


def test_an_explicit_rate_converts_money_only_and_is_kept() -> None:
    # 1 GEL = 0.63 AZN (hand-entered by a supervisor); 1 000 GEL/yr -> 630 AZN/yr
    rate = ExchangeRate("GEL", "AZN", 0.63, on=date(2026, 3, 31), origin="CBAR")
    azn = Savings("AZN", 1, investment=100, money=1_000, water_m3=10)
    gel = Savings("GEL", 2, investment=2_000, money=1_000, water_m3=5, co2_t=1.5)
    total = Savings.total([azn, gel], currency="AZN", rates=[rate])
    assert total.currency == "AZN" and total.count == 3
    assert total.money == pytest.approx(1_630)
    assert total.investment == pytest.approx(100 + 1_260)
    assert total.water_m3 == 15 and total.co2_t == 1.5  # physical units are not converted
    assert total.rates == (rate,)
    with pytest.raises(ValueError):
        ExchangeRate("GEL", "AZN", 0.0)
    with pytest.raises(CurrencyMismatchError):
        azn.converted(rate)  # a GEL rate cannot convert AZN


finite = st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False)
savings = st.builds(
    Savings,
    currency=st.just("MDL"),
    count=st.integers(min_value=0, max_value=50),
    investment=finite,
    money=finite,
    energy_mwh=finite,
    water_m3=finite,
    materials_t=finite,
    waste_t=finite,
    co2_t=finite,
)


@given(
    items=st.lists(savings, max_size=40),
    cuts=st.lists(st.integers(min_value=0, max_value=40), max_size=8),
)
def test_the_sum_over_any_partition_is_the_total(items, cuts) -> None:
    bounds = sorted({0, len(items), *(c for c in cuts if c <= len(items))})
    parts = [items[a:b] for a, b in itertools.pairwise(bounds)]
    whole = Savings.total(items)
    by_parts = Savings.total(Savings.total(part) for part in parts)
    assert by_parts.count == whole.count == sum(i.count for i in items)
    for name in (*MONEY, *PHYSICAL):
        expected = sum(getattr(i, name) for i in items)
        assert getattr(by_parts, name) == pytest.approx(expected, rel=1e-9, abs=1e-6)
        assert getattr(whole, name) == pytest.approx(expected, rel=1e-9, abs=1e-6)
    if whole.payback_years is not None:
        assert by_parts.payback_years == pytest.approx(whole.payback_years, rel=1e-9)
