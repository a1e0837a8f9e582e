"""The calculators' messages and assumptions in Russian and Azerbaijani (domain/phrases.py).

Every message a calculator can produce — found by running each calculator over good and bad
inputs — must come out translated, with its numbers intact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recp_desktop.domain.calculators import NAMES, CalculationError, inputs, run
from recp_desktop.domain.emissions import fuels
from recp_desktop.domain.phrases import CATALOG, fields_of, translate
from tests.core.test_calculators import TEXTS

LANGUAGES = ("ru", "az")
# Numbers as a reader sees them: not the 2 of CO2 or the 3 of m**3.
NUMBER = re.compile(r"(?<![\w*.])\d+(?:[.,]\d+)?")


# --- the catalog ----------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase", CATALOG, ids=lambda p: p.en[:40])
def test_every_phrase_has_both_translations_with_the_same_fields(phrase) -> None:
    for language in LANGUAGES:
        text = phrase.text(language)
        assert text and text != phrase.en, (language, phrase.en)
        assert sorted(set(fields_of(text))) == sorted(set(fields_of(phrase.en))), (language, text)
        assert "'{" not in text, text  # quotes are « » in both languages


def test_the_catalog_has_no_duplicates() -> None:
    english = [phrase.en for phrase in CATALOG]
    assert len(english) == len(set(english))


# --- hand-checked -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("must be at least 1 percent", "значение должно быть не менее 1 %"),
        ("must be at most 1 dimensionless", "значение должно быть не более 1"),
        ("'abc' is not a number with a unit", "«abc» — не число с единицей измерения"),
        ("give power, or voltage and current", "укажите мощность или напряжение и ток"),
        ("'3 kg' is not a length (e.g. mm)", "«3 kg» не является длиной (например, mm)"),
        ("is required (leak hole diameter)", "обязательный параметр (диаметр отверстия утечки)"),
        ("electricity price 0.11 AZN/kWh", "цена электроэнергии 0.11 AZN/kWh"),
        ("6000 h per year before, 4000 h after", "6000 ч в год до, 4000 ч после"),
        ("1 leak(s), 6000 h per year", "число утечек: 1, 6000 ч в год"),
        (
            "orifice method, choked flow, discharge coefficient 0.65, air at 20 °C, "
            "atmosphere 101.325 kPa",
            "метод отверстия, критический режим истечения, коэффициент расхода 0.65, "
            "воздух при 20 °C, атмосферное давление 101.325 кПа",
        ),
        (
            "CO2 factor 384 g/kWh (IFI Default Grid Factors 2021 v3.1, combined margin for "
            "energy-efficiency measures, AZ, 2021)",
            "коэффициент CO2: 384 g/kWh (IFI Default Grid Factors 2021 v3.1, комбинированная "
            "маржа для мер по энергоэффективности, AZ, 2021)",
        ),
        ("CO2 factor 50.0 kg/GJ (given)", "коэффициент CO2: 50.0 kg/GJ (задан пользователем)"),
        ("fuel natural_gas, boiler efficiency 85%", "топливо: природный газ, КПД котла 85%"),
        (
            "'0.1' would be read as 0.1 %; type 10 for 10 %, or '0.1 %' if you mean a fraction "
            "of a percent",
            "«0.1» будет прочитано как 0.1 %; введите 10, если имеется в виду 10 %, или "
            "«0.1 %», если нужна доля процента",
        ),
        (
            "'x' is not a price in a currency per kWh or t or m**3 or Sm3",
            "«x» — не цена в валюте за kWh или t или m³ или Sm³",
        ),
    ],
)
def test_hand_checked_russian(english: str, russian: str) -> None:
    assert translate(english, "ru") == russian


def test_azerbaijani_example() -> None:
    assert translate("must be at least 1 percent", "az") == "ən azı 1 % olmalıdır"
    assert translate("electricity price 0.11 AZN/kWh", "az") == (
        "elektrik enerjisinin qiyməti 0.11 AZN/kWh"
    )


def test_unknown_text_and_english_come_back_unchanged() -> None:
    assert translate("something nobody wrote", "ru") == "something nobody wrote"
    assert translate("must be at least 1 percent", "en") == "must be at least 1 percent"
    assert translate("must be at least 1 percent", "de") == "must be at least 1 percent"
    assert translate("", "ru") == ""


def test_what_the_user_typed_is_not_translated() -> None:
    assert translate("'is required' is not a number", "ru") == "«is required» — не число"


# --- coverage: every message the calculators produce -------------------------------------------
EXAMPLES = {
    "compressed-air-leak": {"diameter": "3 mm", "pressure": "6 bar"},
    "compressor-pressure-reduction": {
        "power": "75 kW",
        "rated_pressure": "8 bar",
        "new_pressure": "7 bar",
    },
    "steam-leak": {"diameter": "3 mm", "pressure": "7 bar"},
    "water-leak": {"drips_per_minute": "60"},
    "lighting": {
        "fixtures": "10",
        "lamp_power": "36 W",
        "hours": "4000 h",
        "new_lamp_power": "18 W",
    },
    "electric-load": {"voltage": "400 V", "current": "10 A", "hours": "1000 h"},
    "pipe-insulation": {
        "outside_diameter": "60 mm",
        "length": "10 m",
        "surface_temperature": "150 degC",
    },
    "economics": {"investment": "1000 AZN", "annual_saving": "400 AZN"},
}
ELECTRICITY = (
    {},
    {"electricity_price": "0.11 AZN/kWh"},
    {"country": "AZ"},
    {"country": "MD", "electricity_price": "2 MDL/kWh"},
    {"emission_factor": "500 g/kWh"},
)
BAD = (
    "abc",
    "",
    "   ",
    "-5",
    "0",
    "0.1",
    "0,5",
    "2.5",
    "1/0",
    "1e400",
    "1e400 mm",
    "5 kg",
    "5 mm",
    "5 bar",
    "5 degC",
    "5 h",
    "5 W",
    "5 L/s",
    "5 AZN/kWh",
    "5 AZN/m",
    "5 AZN*USD/kWh",
    "5 AZN",
    "5 %",
    "5 furlongs",
    "99999",
    "unobtainium",
    "XX",
)


def _variants() -> Iterator[tuple[str, dict[str, str]]]:
    for name, example in EXAMPLES.items():
        yield name, example
        for spec in inputs(name):
            for text in BAD:
                yield name, {**example, spec.name: text}
            if spec.name in example:
                yield name, {k: v for k, v in example.items() if k != spec.name}
        yield name, {**example, "colour": "red"}
        yield name, {}
    air = "compressed-air-leak"
    for extra in ELECTRICITY:
        for base in (
            {"diameter": "3 mm", "pressure": "6 bar"},
            {"diameter": "3 mm", "pressure": "0.5 bar"},
            {"method": "bag", "bag_volume": "30 L", "fill_time": "10 s"},
            {"method": "bag", "bag_diameter": "20 cm", "bag_height": "50 cm", "fill_time": "5 s"},
            {"method": "bag", "bag_volume": "30 L"},
            {"method": "bag", "fill_time": "10 s"},
            {"method": "bag", "bag_diameter": "20 cm", "fill_time": "5 s"},
            {"method": "estimate", "leak_flow": "10 cfm", "count": "3"},
            {"method": "estimate"},
            {"method": "orifice"},
            {"method": "orifice", "diameter": "3 mm"},
        ):
            yield air, {**base, **extra}
            for kind in ("reciprocating", "lubricant_free_screw", "centrifugal"):
                yield air, {**base, **extra, "compressor_type": kind}
            yield air, {**base, **extra, "specific_power": "6 kW/(m**3/min)"}
    for name in ("compressor-pressure-reduction", "lighting", "electric-load"):
        for extra in ELECTRICITY:
            yield name, {**EXAMPLES[name], **extra}
    pressure = EXAMPLES["compressor-pressure-reduction"]
    yield "compressor-pressure-reduction", {**pressure, "new_pressure": "9 bar"}
    lamps = {"fixtures": "10", "lamp_power": "36 W", "hours": "4000 h"}
    yield "lighting", {**lamps, "new_hours": "2000 h"}
    yield "lighting", lamps
    yield "lighting", {**EXAMPLES["lighting"], "new_lamp_power": "72 W"}
    yield "electric-load", {"voltage": "230 V", "current": "5 A", "phases": "1", "hours": "10 h"}
    yield "electric-load", {"voltage": "400 V", "hours": "100 h"}
    yield "electric-load", {"current": "10 A", "hours": "100 h"}
    yield "electric-load", {"hours": "100 h"}
    yield "electric-load", {"power": "15 kW", "load_factor": "0.3", "hours": "2000 h"}
    for fuel in fuels():
        for extra in (
            {},
            {"fuel_price": "0.036 AZN/kWh"},
            {"fuel_price": "100 AZN/t"},
            {"fuel_price": "0.3 AZN/m**3"},
            {"fuel_price": "0.3 AZN/Sm3"},
            {"emission_factor": "60 kg/GJ"},
        ):
            yield "steam-leak", {**EXAMPLES["steam-leak"], "fuel": fuel, **extra}
            yield "pipe-insulation", {**EXAMPLES["pipe-insulation"], "fuel": fuel, **extra}
    steam = EXAMPLES["steam-leak"]
    yield "steam-leak", {**steam, "discharge": "closed_return", "count": "2"}
    yield "steam-leak", {**steam, "pressure": "0.3 bar"}
    yield "steam-leak", {**steam, "steam_price": "30 AZN/t"}
    pipe = EXAMPLES["pipe-insulation"]
    yield "pipe-insulation", {**pipe, "wind_speed": "5 m/s"}
    yield "pipe-insulation", {**pipe, "surface_temperature": "10 degC"}
    yield "water-leak", {"drips_per_minute": "60", "water_price": "1.2 AZN/m**3"}
    yield (
        "water-leak",
        {
            "drips_per_minute": "60",
            "water_price": "1.2 AZN/m**3",
            "wastewater_price": "1 USD/m**3",
        },
    )
    yield "water-leak", {"method": "flow", "flow": "2 L/min"}
    yield "water-leak", {"method": "flow", "volume": "10 L", "time": "2 min"}
    yield "water-leak", {"method": "flow", "volume": "10 L"}
    yield "water-leak", {"method": "drip"}
    for raw in (
        {"investment": "0 AZN", "annual_saving": "400 AZN"},
        {"investment": "-5 AZN", "annual_saving": "400 AZN"},
        {"investment": "1000 AZN", "annual_saving": "0 AZN"},
        {"investment": "1000 AZN", "annual_saving": "400 USD"},
        {"investment": "100000 AZN", "annual_saving": "1 AZN", "lifetime": "2 year"},
        {"investment": "1000 AZN", "annual_saving": "400 AZN", "discount_rate": "0.1"},
        {"investment": "1000 AZN", "annual_saving": "400 AZN", "discount_rate": "-0,5"},
    ):
        yield "economics", raw


def _messages(name: str, raw: dict) -> list[str]:
    try:
        calculation = run(name, raw)
    except CalculationError as exc:
        return [exc.message]
    return list(calculation.result.assumptions)


def _check(message: str) -> None:
    for language in LANGUAGES:
        translated = translate(message, language)
        assert translated != message, f"untranslated ({language}): {message!r}"
        for number in NUMBER.findall(message):
            assert number in translated, (
                f"{number} lost ({language}): {message!r} -> {translated!r}"
            )


def test_every_message_of_every_calculator_is_translated() -> None:
    seen: set[str] = set()
    for name, raw in _variants():
        seen.update(_messages(name, raw))
    with pytest.raises(CalculationError) as info:
        run("perpetual-motion", {})
    seen.add(info.value.message)
    assert len(seen) > 150  # the sweep reached the calculators' many branches
    failures = []
    for message in sorted(seen):
        try:
            _check(message)
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n".join(failures)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), data=st.data())
def test_any_input_gives_a_translated_message(name: str, data: st.DataObject) -> None:
    names = [spec.name for spec in inputs(name)]
    raw = data.draw(st.dictionaries(st.sampled_from(names), TEXTS, max_size=len(names)))
    for message in _messages(name, {**EXAMPLES[name], **raw}):
        _check(message)
