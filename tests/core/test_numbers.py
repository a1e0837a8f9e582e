"""One number parser and one formatter for every field, by the display language's rule."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recp_desktop.domain.numbers import (
    MAX_MAGNITUDE,
    NumberError,
    format_amount,
    format_date,
    format_duration,
    format_money,
    format_number,
    format_percent,
    parse_number,
    read_number,
)

LANGUAGES = ("en", "ru", "az")
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the examples: the same text, each language's rule
        ("1,500", "en", 1500),
        ("1,979", "en", 1979),  # what the app prints for 1979 AZN reads back as 1979
        ("1,500", "ru", 1.5),
        ("1,500", "az", 1.5),
        ("1.500", "az", 1500),
        ("1.500", "en", 1.5),
        ("1.500", "ru", 1.5),
        # each language's own notation
        ("1,234,567.5", "en", 1234567.5),
        (f"1{NBSP}234{NBSP}567,5", "ru", 1234567.5),
        ("1.234.567,5", "az", 1234567.5),
        # spaces between groups of three digits, in every language
        ("1 200", "en", 1200),
        ("1 200", "ru", 1200),
        ("1\u202f200,5", "az", 1200.5),
        ("12 000 000", "ru", 12_000_000),
        # the other decimal mark where it cannot be a group separator
        ("12,5", "en", 12.5),
        ("0,25", "en", 0.25),
        ("1.5", "az", 1.5),
        (".5", "az", 0.5),
        ("1.5", "ru", 1.5),
        # signs, exponents, fractions
        ("−3", "en", -3),
        ("-2,5", "ru", -2.5),
        ("+4", "az", 4),
        ("1e5", "ru", 100_000),
        ("2,5E3", "ru", 2500),
        ("1/8", "en", 0.125),
        ("3 / 4", "ru", 0.75),
    ],
)
def test_each_language_reads_by_its_rule(text: str, language: str, expected: float) -> None:
    assert parse_number(text, language) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("inf", "en", "not_finite"),
        ("-Infinity", "ru", "not_finite"),
        ("nan", "az", "not_finite"),
        ("1e999", "en", "not_finite"),
        ("1e16", "en", "too_large"),
        ("-2e15", "ru", "too_large"),
        ("", "en", "not_a_number"),
        ("twelve", "en", "not_a_number"),
        ("1_000", "en", "not_a_number"),  # Python's digit separator is not a person's
        ("１２", "en", "not_a_number"),  # full-width digits
        ("1.500,5", "en", "not_a_number"),  # a group mark after the decimal
        ("1,500.5", "ru", "not_a_number"),
        ("1,500.5", "az", "not_a_number"),
        ("1.234.567", "en", "not_a_number"),
        ("1 5", "en", "not_a_number"),  # a space that is no group separator
        ("0,500", "en", "not_a_number"),  # no group starts with 0, nor is it clearly a decimal
        ("1/0", "en", "not_a_number"),
        ("0x1F", "en", "not_a_number"),
    ],
)
def test_what_is_not_a_number_is_refused_with_its_reason(
    text: str, language: str, reason: str
) -> None:
    with pytest.raises(NumberError) as caught:
        parse_number(text, language)
    assert caught.value.reason == reason
    assert caught.value.text == text
    assert f"'{text}'" in str(caught.value)


@pytest.mark.parametrize(("language", "example"), [("en", "1,234.5"), ("ru", f"1{NBSP}234,5")])
def test_the_refusal_gives_an_example_in_the_language(language: str, example: str) -> None:
    with pytest.raises(NumberError, match=example):
        parse_number("x", language)


@pytest.mark.parametrize(
    ("text", "language", "ambiguous", "echo"),
    [
        ("1,500", "en", True, "1,500"),
        ("1,500", "ru", True, "1,5"),
        ("1.500", "az", True, "1.500"),
        ("1.500", "en", True, "1.5"),
        ("1,5", "ru", False, "1,5"),
        ("1 500,5", "ru", False, f"1{NBSP}500,5"),
        ("1,500.5", "en", False, "1,500.5"),
    ],
)
def test_a_reading_says_when_another_language_would_differ(
    text: str, language: str, ambiguous: bool, echo: str
) -> None:
    reading = read_number(text, language)
    assert reading.ambiguous is ambiguous
    assert reading.echo == echo


@settings(max_examples=300, deadline=None)
@given(
    language=st.sampled_from(LANGUAGES),
    mantissa=st.floats(min_value=1.0, max_value=10.0, allow_nan=False, exclude_max=True),
    exponent=st.integers(min_value=-6, max_value=11),
    negative=st.booleans(),
)
def test_what_is_printed_reads_back_as_the_same_number(
    language: str, mantissa: float, exponent: int, negative: bool
) -> None:
    value = mantissa * 10.0**exponent * (-1 if negative else 1)
    assert parse_number(format_number(value, language), language) == value
    for decimals in (0, 2):
        shown = format_number(value, language, decimals)
        assert parse_number(shown, language) == pytest.approx(value, abs=0.51 * 10**-decimals)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=30), language=st.sampled_from((*LANGUAGES, "ka", "xx")))
def test_any_text_is_a_finite_number_or_a_refusal(text: str, language: str) -> None:
    try:
        value = parse_number(text, language)
    except NumberError as exc:
        assert exc.reason in ("not_a_number", "not_finite", "too_large")
    else:
        assert math.isfinite(value) and abs(value) <= MAX_MAGNITUDE


def test_formatting_follows_cldr() -> None:
    assert format_number(1234567.891, "en", 1) == "1,234,567.9"
    assert format_number(1234567.891, "ru", 1) == f"1{NBSP}234{NBSP}567,9"
    assert format_number(1234567.891, "az", 1) == "1.234.567,9"
    assert format_number(2.5, "en", 0) == "3"  # half up, as people round
    assert format_number(-0.04, "en", 1) == "0.0"  # no "-0.0"
    assert format_number(152800.0, "en") == "152,800"  # never 1.528e+05
    assert format_number(1e-6, "ru") == "0,000001"
    assert format_amount(0.012345, "ru") == "0,0123"
    assert format_percent(0.125, "ru", 1) == f"12,5{NBSP}%"
    assert format_money(1979, "AZN", "en") == f"1,979{NBSP}AZN"
    assert format_date(date(2026, 3, 2), "az") == "2 mart 2026"
    assert format_duration(2.4, "year", "ru", 1) == f"2,4{NBSP}года"
    assert format_duration(5, "year", "ru") == f"5{NBSP}лет"
    assert format_duration(1, "month", "en") == f"1{NBSP}month"
