"""The unit registry: the units of post-Soviet industry, offsets, currencies."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from recp_desktop.domain.units import UnitError, parse_quantity, registry, same_dimension

UNITS = yaml.safe_load(
    (Path(__file__).parents[1] / "data" / "reference" / "units.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("1 Gcal", "GJ", 4.1868),
        ("1 Gcal", "MWh", 1.163),
        ("1 Gcal/h", "MW", 1.163),
        ("1 tce", "GJ", 29.3076),
        ("1 tce", "Gcal", 7),
        ("1 toe", "GJ", 41.868),
        ("1 kgf/cm²", "kPa", 98.0665),
        ("1 at", "kPa", 98.0665),
        ("1 atm", "kPa", 101.325),
        ("1 mmH2O", "Pa", 9.80665),
        ("1 mmHg", "Pa", 133.322),
        ("1 Sm3", "Nm3", UNITS["gas_volume"]["normal_from_standard_20C"]),
        ("1 hp", "W", 745.7),
        ("1 cfm", "L/s", 0.471947),
        ("12,5 m³/h", "L/s", 3.47222),
    ],
)
def test_conversions(text: str, unit: str, expected: float) -> None:
    assert parse_quantity(text).to(unit).magnitude == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        # as typed on a plant's keyboard: Cyrillic (GOST 8.417) and Azerbaijani unit names
        ("12 Гкал", "Gcal", 12),
        ("2 МВт·ч", "kWh", 2000),
        ("2 кВтч", "kWh", 2),
        ("1 ГДж", "GJ", 1),
        ("6 кгс/см²", "kPa", 6 * 98.0665),
        ("3 МПа", "bar", 30),
        ("5 м3/ч", "m**3/h", 5),
        ("10 м³", "L", 10_000),
        ("250 мм", "m", 0.25),
        ("7 т", "kg", 7000),
        ("90 °С", "degC", 90),  # a Cyrillic С after the degree sign
        ("3 kVt·saat", "kWh", 3),
        ("5 kq", "kg", 5),
        ("2 saat", "min", 120),
        ("4 Qkal", "Gcal", 4),
        # no superscripts on the keyboard, digits grouped with spaces
        ("10 m3", "L", 10_000),
        ("4 cm2", "mm**2", 400),
        ("1 500 kWh", "kWh", 1500),
        ("1\u00a0234,5 кВт·ч", "kWh", 1234.5),
    ],
)
def test_units_as_typed_in_the_field(text: str, unit: str, expected: float) -> None:
    assert parse_quantity(text).to(unit).magnitude == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize("text", ["100 Nm³", "100 Nm3", "100 нм³", "100 Нм3"])
def test_normal_cubic_metres_with_a_superscript_are_still_gas(text: str) -> None:
    quantity = parse_quantity(text)  # "Nm³" once read as newton-metre cubed
    assert quantity.to("Nm3").magnitude == pytest.approx(100)
    assert parse_quantity("100 Sm³").to("Sm3").magnitude == pytest.approx(100)


def test_metric_horsepower() -> None:
    metric = UNITS["power"]["metric_horsepower_W"]
    assert parse_quantity("1 metric_horsepower").to("W").magnitude == pytest.approx(metric)


@pytest.mark.parametrize("text", ["20 °C", "20 degC", "20 ℃", "68 degF", "68 °F", "293.15 K"])
def test_temperatures_parse_as_temperatures(text: str) -> None:
    assert parse_quantity(text).to("degC").magnitude == pytest.approx(20)


def test_gas_amounts_convert_to_cubic_metres_at_20_degrees() -> None:
    """A plain m³ of gas is a CIS metered m³ (20 °C, 101.325 kPa): one path for every screen."""
    per_standard = UNITS["gas_volume"]["normal_from_standard_20C"]  # Nm³ in one Sm³
    assert same_dimension("Nm3", "m**3") and same_dimension("scf", "m3")
    assert parse_quantity("100 Nm3").to("m**3").magnitude == pytest.approx(
        100 / per_standard, rel=1e-4
    )
    assert parse_quantity("100 m³").to("Nm3").magnitude == pytest.approx(
        100 * per_standard, rel=1e-4
    )
    assert parse_quantity("1 Sm3").to("m**3").magnitude == pytest.approx(1)
    assert parse_quantity("60 Nm3/h").to("m**3/min").magnitude == pytest.approx(
        1 / per_standard, rel=1e-4
    )
    assert parse_quantity("1 Nm3").to("mol").magnitude == pytest.approx(44.615, rel=1e-4)
    assert parse_quantity("1 scfm").to("Nm3/h").magnitude == pytest.approx(
        0.0283168 * 273.15 / 293.15 * 60, rel=1e-4
    )


def test_currencies_never_convert_into_each_other() -> None:
    ureg = registry()
    assert not same_dimension("AZN", "USD")
    with pytest.raises(Exception, match=r"(?i)cannot convert"):
        ureg.Quantity(1, "AZN").to("USD")


@pytest.mark.parametrize("text", ["", "kWh", "12 parsecs/fortnight per", "1/0 kg", "twelve kWh"])
def test_bad_quantities_raise_unit_error(text: str) -> None:
    with pytest.raises(UnitError):
        parse_quantity(text)


def test_known_units_really_parse() -> None:
    from recp_desktop.domain.units import KNOWN_UNITS, parse_unit

    for unit in KNOWN_UNITS:
        parse_unit(unit)


def test_an_energy_asked_as_a_temperature_difference_is_not_called_a_temperature() -> None:
    """12 Gcal is an energy: the refusal must not say "Gcal is a temperature"."""
    from recp_desktop.domain.units import to_unit

    with pytest.raises(UnitError) as energy:
        to_unit(parse_quantity("12 Gcal"), "delta_degC")
    assert "temperature," not in str(energy.value)
    assert "does not measure the same thing" in str(energy.value)
    with pytest.raises(UnitError) as delta:
        to_unit(parse_quantity("20 delta_degC"), "degC")
    assert "is a temperature difference, not a temperature" in str(delta.value)


def test_a_temperature_below_absolute_zero_is_refused() -> None:
    # Absolute zero: 0 K = -273.15 degC = -459.67 degF (the kelvin's definition, SI Brochure 2019).
    from recp_desktop.domain.units import UnitError, parse_quantity

    for text in ("-500 degC", "-273.16 °C", "-460 degF", "-1 K"):
        with pytest.raises(UnitError) as refused:
            parse_quantity(text)
        assert refused.value.reason == "below_absolute_zero"
        assert "absolute zero" in str(refused.value)
    for text in ("-273.15 degC", "-459.67 degF", "0 K", "-40 degC"):
        parse_quantity(text)  # at or above absolute zero: accepted
    assert parse_quantity("-500 delta_degC").magnitude == -500  # a difference may be negative


def test_a_bare_number_converted_to_a_unit_is_explained_without_pint_words() -> None:
    import contextlib
    import io

    from recp_desktop.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["units", "convert", "12", "MWh"])
    assert code == 2
    assert "dimensionless" not in err.getvalue()
    assert "without a unit" in err.getvalue() and "12 MWh" in err.getvalue()


@pytest.mark.parametrize(
    ("name", "typed", "message_id"),
    [
        ("electricity_price", "1e300 AZN/kWh", "error.absurd"),  # was "is not a number"
        ("air_temperature", "-300 degC", "error.below_absolute_zero"),  # 0 K = -273.15 degC
        ("air_temperature", "inf degC", "error.not_finite"),
    ],
)
def test_calculators_say_why_a_parsed_number_is_refused(name, typed, message_id) -> None:
    from recp_desktop.domain.calculators import CalculationError, run

    raw = {"diameter": "1/8 in", "pressure": "6 bar", "country": "AZ", name: typed}
    with pytest.raises(CalculationError) as refused:
        run("compressed-air-leak", raw)
    assert refused.value.input == name
    assert refused.value.msg.id == message_id
    for language in ("en", "ru", "az"):
        assert typed in refused.value.render(language)
